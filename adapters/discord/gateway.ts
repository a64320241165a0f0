// Watches the gateway connection of every shard this client runs, for two
// reasons. Quirk one: on a close Discord will not take back (gatewayClose.ts)
// discord.js stops that shard and emits one shardDisconnect, and the bot would
// stay up serving nobody. Quirk two: on a connection it cannot get back (Discord
// unreachable, an identify never answered after an invalid session) discord.js
// retries forever, quietly. Both end here in one problem naming a setting, for
// bot.ts to report; and every change of a shard's state writes one health line.
import { Events, type Client, type CloseEvent } from 'discord.js';
import type { Core } from '../../src/index.js';
import type { Logger } from '../shared/logger.js';
import { closeProblem, type CloseProblem } from './gatewayClose.js';
import { logShardHealth, type ShardEvent } from './health.js';

/** How long a shard may be without a connection, from start or from its last disconnection. */
export const NO_CONNECTION_MS = 60_000;

export interface GatewayProblem extends CloseProblem {
  /** A close discord.js gives up on, or no connection for longer than the bound. */
  cause: 'close' | 'silence';
}

export interface WatchOptions {
  logger: Logger;
  /** For the health line's catalog version. */
  core: Pick<Core, 'info'>;
  noConnectionMs: number;
  /** Called at most once; the watch stops itself after it. */
  onProblem: (problem: GatewayProblem) => void;
}

export interface GatewayWatch {
  /** Stops watching: from here on a disconnection is the bot's own stop. */
  close(): void;
}

function silence(shard: number, ms: number): GatewayProblem {
  const problem = `shard ${shard} has had no gateway connection for ${Math.round(ms / 1000)} s; check that Discord can be reached from here (and DISCORD_API_URL, if set)`;
  return { key: 'DISCORD_API_URL', problem, cause: 'silence' };
}

export function watchGateway(client: Client, options: WatchOptions): GatewayWatch {
  const { logger, noConnectionMs } = options;
  const connected = new Map<number, boolean>();
  const timers = new Map<number, NodeJS.Timeout>();
  let closed = false;

  const report = (problem: GatewayProblem): void => {
    if (closed) return;
    close();
    options.onProblem(problem);
  };
  /** Armed once per outage: further failed attempts do not push the deadline back. */
  const arm = (shard: number): void => {
    if (timers.has(shard)) return;
    timers.set(shard, setTimeout(() => report(silence(shard, noConnectionMs)), noConnectionMs));
  };
  const change = (shard: number, up: boolean, event: ShardEvent): void => {
    if (up) { clearTimeout(timers.get(shard)); timers.delete(shard); } else arm(shard);
    if ((connected.get(shard) ?? false) === up) return;
    connected.set(shard, up);
    logShardHealth(logger, options.core, shard, event);
  };

  const onReady = (shard: number): void => change(shard, true, 'ready');
  const onResume = (shard: number): void => change(shard, true, 'resumed');
  const onReconnecting = (shard: number): void => change(shard, false, 'disconnected');
  const onDisconnect = (event: CloseEvent, shard: number): void => {
    change(shard, false, 'closed');
    const problem = closeProblem(event.code);
    // discord.js emits this only for the codes it gives up on; one it does not know is still fatal.
    report(problem ? { ...problem, cause: 'close' } : { key: 'DISCORD_TOKEN', problem: `gateway closed ${event.code} and discord.js will not reconnect`, cause: 'close' });
  };
  client.on(Events.ShardReady, onReady);
  client.on(Events.ShardResume, onResume);
  client.on(Events.ShardReconnecting, onReconnecting);
  client.on(Events.ShardDisconnect, onDisconnect);
  // The shard ids are known from the options (SHARDS in a sharded child, [0] otherwise) before any connects.
  const shards = Array.isArray(client.options.shards) ? client.options.shards : [0];
  for (const shard of shards) arm(shard);

  function close(): void {
    closed = true;
    for (const timer of timers.values()) clearTimeout(timer);
    timers.clear();
    client.off(Events.ShardReady, onReady);
    client.off(Events.ShardResume, onResume);
    client.off(Events.ShardReconnecting, onReconnecting);
    client.off(Events.ShardDisconnect, onDisconnect);
  }
  return { close };
}
