// Destroys a discord.js client without leaving a socket that can crash the
// process. The quirk (@discordjs/ws 1.x, the class of discord.js#7964): a shard
// destroyed while its socket is still connecting loses that socket's error
// listener but the socket is not closed; and a reconnect already waiting its
// 500 ms when the destroy comes opens one more socket afterwards. When either
// socket then fails (Discord unreachable, a reset), `ws` emits 'error' with no
// listener: an uncaught exception, a stack trace and the wrong exit code after
// a clean stop or a reported fatal. So each socket of a destroyed client gets
// a listener of its own, one the destroy does not take away.
import type { EventEmitter } from 'node:events';
import type { Client } from 'discord.js';

interface ShardLike {
  connection?: EventEmitter | null;
  on?: (event: string, listener: () => void) => unknown;
}

/** The shards of the client's gateway manager: internal fields, so read defensively. */
function shardsOf(client: Client): ShardLike[] {
  const ws = (client.ws as unknown as { _ws?: { strategy?: { shards?: Map<unknown, ShardLike> } } | null })._ws;
  const shards = ws?.strategy?.shards;
  return shards instanceof Map ? [...shards.values()] : [];
}

const quiet = (): void => {};

export async function destroyClient(client: Client): Promise<void> {
  // Taken before: the destroy empties the strategy's list of shards.
  const shards = shardsOf(client);
  const sunk = new WeakSet<EventEmitter>();
  const sink = (shard: ShardLike): void => {
    const socket = shard.connection;
    if (!socket || typeof socket.on !== 'function' || sunk.has(socket)) return;
    sunk.add(socket);
    socket.on('error', quiet);
  };
  for (const shard of shards) {
    sink(shard);
    // A shard says "Connecting to …" on its debug channel and sets its socket in the same
    // tick; a socket fails at the earliest on a later one, so a microtask is in time.
    shard.on?.('debug', () => queueMicrotask(() => sink(shard)));
  }
  await client.destroy();
}
