// One shard of a sharded Discord bot, spawned by ShardingManager (shard.ts). An
// entry point: it reads the environment the manager passed on (discord.js's
// Client takes its shard ids from SHARDS and SHARD_COUNT there).
import dotenv from 'dotenv';
import pino from 'pino';
import { ConfigError, readSharedConfig } from '../shared/config.js';
import { createLogger, maskSecrets } from '../shared/logger.js';
import { startCore } from '../shared/startCore.js';
import { startBot } from './bot.js';
import { readDiscordConfig } from './config.js';

dotenv.config({ quiet: true });

async function main(): Promise<number> {
  const shared = readSharedConfig(process.env);
  const config = { ...readDiscordConfig(process.env), shards: 'off' as const };
  const started = await startCore(shared, true);
  if (!started.ok) { for (const l of started.lines) process.stderr.write(`${l}\n`); return 2; }
  // Synchronous, as in main.ts: a line still being written in the background at process.exit is lost.
  const logger = createLogger(shared.logLevel, [config.token], pino.destination({ dest: 2, sync: true })).child({ shards: process.env.SHARDS ?? null });
  const running = await startBot({ core: started.core, config, shared, logger });
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await running.stop();
  started.core.close();
  logger.info('shard stopped');
  return 0;
}

main().then((code) => { process.exit(code); }, (err: unknown) => {
  const what = err instanceof ConfigError ? 'configuration' : 'failed';
  process.stderr.write(`discord shard ${what}: ${maskSecrets((err as Error).message, [process.env.DISCORD_TOKEN ?? ''])}\n`);
  process.exit(2);
});
