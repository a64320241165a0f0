// Scale quirk: one gateway connection may serve at most 2,500 guilds, and Discord
// refuses to identify a bot in more without sharding. With DISCORD_SHARDS set,
// discord.js's own ShardingManager runs each shard as a child process
// (shardMain.js, which opens its own catalog); this process only supervises.
// Discord allows one identify per 5 seconds per bucket, hence the spawn delay.
// A shard that exits is forked again by the manager (respawn: true); one that
// keeps dying (deaths.ts) ends the bot with the setting its last death named.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ShardingManager, type Shard } from 'discord.js';
import { FatalError, type OnFatal } from '../shared/fatal.js';
import type { Logger } from '../shared/logger.js';
import type { Running } from '../platform.js';
import type { DiscordConfig } from './config.js';
import { DeathWindow } from './deaths.js';
import { shardCount } from './shardCount.js';
import { isShardReport, reportedError, type ShardReport } from './shardReport.js';

const SPAWN_DELAY_MS = 5500;
const READY_TIMEOUT_MS = 60_000;

export interface ShardDeps {
  config: DiscordConfig;
  logger: Logger;
  /** Called once when shards keep dying; optional only for tests that never get there. */
  fatal?: OnFatal;
  /** Test only: the script each shard runs, its arguments, the delay between spawns, the death policy. */
  file?: string;
  shardArgs?: string[];
  delayMs?: number;
  deaths?: DeathWindow;
}

/** The child's exit code, when the death was an exit and not a kill. */
function exitCode(child: unknown): number | null {
  return typeof (child as { exitCode?: unknown } | null)?.exitCode === 'number' ? (child as { exitCode: number }).exitCode : null;
}

export async function startShards(deps: ShardDeps): Promise<Running> {
  const { config, logger } = deps;
  const file = deps.file ?? fileURLToPath(new URL('./shardMain.js', import.meta.url));
  if (!existsSync(file)) throw new Error(`sharding runs from the build, and ${file} is missing: run npm run build`);
  const manager = new ShardingManager(file, {
    token: config.token,
    totalShards: await shardCount(config),
    mode: 'process',
    respawn: true,
    shardArgs: deps.shardArgs ?? [],
  });
  const deaths = deps.deaths ?? new DeathWindow();
  /** Why each shard last said it was exiting, kept until it is ready again. */
  const reasons = new Map<number, ShardReport>();
  let started = false;
  let stopping = false;

  const onDeath = (shard: Shard, child: unknown): void => {
    if (stopping) return;
    const reason = reasons.get(shard.id);
    logger.warn({ shard: shard.id, code: exitCode(child), key: reason?.key ?? null }, 'discord shard exited');
    if (!deaths.record(shard.id) || !started) return;
    // The manager forks this one death's replacement regardless; stop() ends it with the others.
    stopping = true;
    manager.respawn = false;
    const last = reason?.problem ?? `exit code ${exitCode(child) ?? 'none'}`;
    const minutes = Math.round(deaths.windowMs / 60_000);
    const err = new FatalError(reason?.key ?? 'DISCORD_SHARDS', `shard ${shard.id} exited ${deaths.limit} times within ${minutes} min; last: ${last}`);
    if (deps.fatal) deps.fatal(err);
    else logger.error({ key: err.key }, err.message);
  };
  manager.on('shardCreate', (shard) => {
    logger.info({ shard: shard.id, of: manager.totalShards }, 'discord shard launched');
    // The report comes before the exit on the IPC channel, so it is there when the death is counted.
    shard.on('message', (message: unknown) => { if (isShardReport(message)) reasons.set(shard.id, message); });
    shard.on('ready', () => reasons.delete(shard.id));
    shard.on('death', (child) => onDeath(shard, child));
    shard.on('error', (err: Error & { code?: unknown }) => {
      // A respawn whose child dies before it is ready: the death line above already says so.
      if (err.code === 'ShardingReadyDied') return;
      logger.error({ err, shard: shard.id }, 'discord shard error');
    });
  });

  const stop = async (): Promise<void> => {
    stopping = true;
    manager.respawn = false;
    // Each shard's process destroys its client and closes its catalog on SIGTERM.
    await Promise.all([...manager.shards.values()].map(async (shard) => {
      const child = shard.process;
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      shard.kill();
      await exited;
    }));
  };

  try {
    await manager.spawn({ delay: deps.delayMs ?? SPAWN_DELAY_MS, timeout: READY_TIMEOUT_MS });
  } catch (err) {
    // A shard that could not start: the others stop, and the error says what its process said.
    const failed = [...manager.shards.values()].find((s) => reasons.has(s.id)) ?? null;
    const report = failed ? reasons.get(failed.id) : undefined;
    await stop();
    if (report && failed) throw reportedError(report, `shard ${failed.id}: ${report.problem}`);
    throw err;
  }
  started = true;
  return { stop };
}
