// One shard of a sharded Discord bot, spawned by ShardingManager (shard.ts). An
// entry point: it reads the environment the manager passed on (discord.js's
// Client takes its shard ids from SHARDS and SHARD_COUNT there). It ends as
// every entry point does (shared/entry.ts): 0 after a stop, 1 after a fatal
// gateway failure, 2 when it could not start; before a non-zero exit it tells
// the supervisor why (shardReport.ts), and the supervisor forks it again.
import dotenv from 'dotenv';
import pino from 'pino';
import { ConfigError, readSharedConfig, readStoreConfig, redisSecrets } from '../shared/config.js';
import { createStore } from '../state/index.js';
import { EXIT, runEntry, type Entry } from '../shared/entry.js';
import { FatalError } from '../shared/fatal.js';
import { createLogger } from '../shared/logger.js';
import { startCore } from '../shared/startCore.js';
import { startBot } from './bot.js';
import { readDiscordConfig } from './config.js';
import { tellSupervisor } from './shardReport.js';

dotenv.config({ quiet: true });

/**
 * What stops a shard, listened for from the start (during the connect it ends it at once: nothing to
 * finish yet). SIGTERM is the supervisor's stop. SIGINT is ignored: Ctrl-C reaches every process of
 * the group, and a shard that stopped on its own would be forked again; the supervisor stops it
 * instead. The IPC channel closing means the supervisor is gone (killed outright): a shard left
 * behind would stay connected, answering for a bot nobody runs.
 */
const stopAsked = new Promise<string>((resolve) => {
  process.on('SIGINT', () => {});
  process.once('SIGTERM', () => resolve('SIGTERM'));
  process.once('disconnect', () => resolve('supervisor gone'));
});

async function serve(entry: Entry): Promise<number> {
  const shared = readSharedConfig(process.env);
  const storeConfig = readStoreConfig(process.env);
  const config = { ...readDiscordConfig(process.env), shards: 'off' as const };
  entry.secrets.push(config.token, ...redisSecrets(storeConfig.redisUrl));
  const started = await startCore(shared, true);
  if (!started.ok) { for (const l of started.lines) process.stderr.write(`${l}\n`); return EXIT.start; }
  const { core } = started;
  // Synchronous, as in main.ts: a line still being written in the background at process.exit is lost.
  const logger = createLogger(shared.logLevel, entry.secrets, pino.destination({ dest: 2, sync: true })).child({ shards: process.env.SHARDS ?? null });
  // Each shard process has its own connection to the shared store, as any copy of the bot does.
  const state = await createStore({ redisUrl: storeConfig.redisUrl, namespace: storeConfig.redisPrefix, logger });
  let onFatal: (err: FatalError) => void = () => {};
  const fatal = new Promise<FatalError>((resolve) => { onFatal = resolve; });

  const start = startBot({ core, config, shared, logger, fatal: onFatal, state });
  const first = await Promise.race([start.then((running) => ({ running })), stopAsked.then(() => null)]).catch(async (err: unknown) => {
    core.close();
    await state.close();
    throw err;
  });
  if (first === null) {
    void start.catch(() => {});
    core.close();
    await state.close();
    return EXIT.ok;
  }
  const why = await Promise.race([stopAsked, fatal]);
  if (why instanceof FatalError) logger.error({ key: why.key }, why.message);
  await first.running.stop();
  core.close();
  await state.close();
  logger.info(why instanceof FatalError ? { fatal: why.key } : { why }, 'shard stopped');
  if (!(why instanceof FatalError)) return EXIT.ok;
  await tellSupervisor(why, entry.secrets);
  return EXIT.failed;
}

runEntry('discord shard', async (entry) => {
  try {
    return await serve(entry);
  } catch (err) {
    if (err instanceof ConfigError || err instanceof FatalError) await tellSupervisor(err, entry.secrets);
    throw err;
  }
});
