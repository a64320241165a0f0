// Scale quirk: one gateway connection may serve at most 2,500 guilds, and Discord
// refuses to identify a bot in more without sharding. With DISCORD_SHARDS set,
// discord.js's own ShardingManager runs each shard as a child process
// (shardMain.js, which opens its own catalog); this process only supervises.
// Discord allows one identify per 5 seconds per bucket, hence the spawn delay.
// A shard that exits is forked again by the manager (respawn: true); one that
// keeps dying (deaths.ts) ends the bot with the setting its last death named.
// DISCORD_SHARD_IDS picks which shards of the total this host runs; with a
// shared store (Redis) each is spawned only while this process holds its lease
// (leases.ts), and stopped when the lease is lost: the lease lives here, in the
// supervisor, so a shard process is the same whether or not it is shared.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ShardingManager, type Shard } from 'discord.js';
import { FatalError, type OnFatal } from '../shared/fatal.js';
import type { Logger } from '../shared/logger.js';
import type { Running } from '../platform.js';
import type { StateStore } from '../state/store.js';
import { checkShardIds, type DiscordConfig } from './config.js';
import { DeathWindow } from './deaths.js';
import { startLeases } from './leases.js';
import { shardCount } from './shardCount.js';
import { isShardReport, reportedError, type ShardReport } from './shardReport.js';
import { spaced } from './spaced.js';

const SPAWN_DELAY_MS = 5500;
const READY_TIMEOUT_MS = 60_000;

export interface ShardDeps {
  config: DiscordConfig;
  logger: Logger;
  /** Called once when shards keep dying; optional only for tests that never get there. */
  fatal?: OnFatal;
  /** A shared store (kind 'redis'): each shard runs only while this process holds its lease. */
  state?: StateStore;
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
  const totalShards = await shardCount(config);
  const ids = config.shardIds ?? [...Array(totalShards).keys()];
  checkShardIds(ids, totalShards);
  const manager = new ShardingManager(file, {
    token: config.token,
    totalShards,
    shardList: [...ids],
    mode: 'process',
    respawn: true,
    shardArgs: deps.shardArgs ?? [],
    // A shard serves as this process would: with the Node flags `npm start` gave it (a small young
    // generation, see package.json). The manager's default is none.
    execArgv: process.execArgv,
  });
  const deaths = deps.deaths ?? new DeathWindow();
  /** Why each shard last said it was exiting, kept until it is ready again. */
  const reasons = new Map<number, ShardReport>();
  /** Shards stopped on purpose (a lease lost): their deaths are not failures. */
  const leaving = new Set<number>();
  const identify = spaced(deps.delayMs ?? SPAWN_DELAY_MS);
  let started = false;
  let stopping = false;

  const onDeath = (shard: Shard, child: unknown): void => {
    if (stopping || leaving.has(shard.id)) return;
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

  /** Each shard's process destroys its client and closes its catalog on SIGTERM. */
  const end = async (shard: Shard): Promise<void> => {
    const child = shard.process;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    shard.kill();
    await exited;
  };
  /** Forks one shard and waits until it is ready; a failure says what its process said. */
  const spawn = async (id: number): Promise<Shard> => {
    const shard = manager.shards.get(id) ?? manager.createShard(id);
    try {
      await identify(() => shard.spawn(READY_TIMEOUT_MS));
    } catch (err) {
      const report = reasons.get(id);
      if (report) throw reportedError(report, `shard ${id}: ${report.problem}`);
      throw err;
    }
    return shard;
  };
  /** A lease lost, or the process stopping: this one shard stops, and is not forked again. */
  const leave = async (id: number): Promise<void> => {
    const shard = manager.shards.get(id);
    if (!shard) return;
    leaving.add(id);
    try {
      await end(shard);
    } finally {
      leaving.delete(id);
    }
  };
  const connect = async (id: number): Promise<Running> => {
    try {
      await spawn(id);
    } catch (err) {
      // The manager forks a shard that died again at once; without the shard's lease it must not run.
      await leave(id);
      throw err;
    }
    return { stop: () => leave(id) };
  };

  let leases: Running | null = null;
  const stop = async (): Promise<void> => {
    stopping = true;
    manager.respawn = false;
    await leases?.stop();
    await Promise.all([...manager.shards.values()].map(end));
  };

  try {
    if (deps.state?.kind === 'redis') {
      const fatal = deps.fatal ?? ((err: FatalError) => logger.error({ key: err.key }, err.message));
      leases = await startLeases({ state: deps.state, shards: ids, logger, fatal, connect });
    } else {
      for (const id of ids) await spawn(id);
    }
  } catch (err) {
    // A shard that could not start: the others stop.
    await stop();
    throw err;
  }
  started = true;
  return { stop };
}
