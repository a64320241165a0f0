// The leases of every shard one process runs (lease.ts), under one owner id per
// process: the host and pid say who holds a shard when an operator looks in
// Redis, the random part keeps a restarted process with a reused pid apart.
// Only with a shared store: without Redis there is nobody to share a shard
// with, and the bot connects as one copy always did.
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { ConfigError } from '../shared/config.js';
import { FatalError, type OnFatal } from '../shared/fatal.js';
import type { Logger } from '../shared/logger.js';
import type { Running } from '../platform.js';
import type { StateStore } from '../state/store.js';
import { holdShard, type LeaseTiming } from './lease.js';

export interface LeasesDeps {
  state: StateStore;
  shards: readonly number[];
  logger: Logger;
  /** Told when a shard this process took over cannot connect (a revoked token, Discord unreachable). */
  fatal: OnFatal;
  /** Connects one shard, answering only while `mayAnswer()`; its stop() disconnects it. */
  connect: (shard: number, mayAnswer: () => boolean) => Promise<Running>;
  /** Test only. */
  timing?: LeaseTiming;
}

export function processOwner(): string {
  return `${hostname()}/${process.pid}/${randomBytes(4).toString('hex')}`;
}

/** After the start a failed connection is fatal, naming the setting its error named. */
function asFatal(err: unknown, shard: number): FatalError {
  if (err instanceof FatalError) return err;
  if (err instanceof ConfigError) return new FatalError(err.key, err.message.slice(err.key.length + 2));
  return new FatalError('DISCORD_API_URL', `shard ${shard} could not connect after taking over: ${String((err as Error)?.message ?? err).split('\n')[0]}`);
}

/** Resolves once every shard is either connected or standing by; rejects when one fails to connect at start. */
export async function startLeases(deps: LeasesDeps): Promise<Running> {
  const store = deps.state.scoped('discord');
  const owner = processOwner();
  const holds = deps.shards.map((shard) => holdShard({
    store, shard, owner, logger: deps.logger, connect: (mayAnswer) => deps.connect(shard, mayAnswer),
    onError: (err) => deps.fatal(asFatal(err, shard)),
    ...(deps.timing ? { timing: deps.timing } : {}),
  }));
  const stop = async (): Promise<void> => { await Promise.all(holds.map((h) => h.stop())); };
  try {
    await Promise.all(holds.map((h) => h.started));
  } catch (err) {
    await stop();
    throw err;
  }
  return { stop };
}
