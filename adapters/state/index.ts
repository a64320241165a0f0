// Chooses the store `npm start` runs with: Redis when REDIS_URL is set, else
// this process's memory (the default: no server needed).
import type { Logger } from '../shared/logger.js';
import { MemoryStore } from './memory.js';
import { RedisStore } from './redis.js';
import type { StateStore } from './store.js';

export type { Limiter, StateStore, StoreHealth } from './store.js';
export { MemoryStore } from './memory.js';

export interface StoreOptions {
  redisUrl: string | null;
  /** Every key starts with it: several bots can share one Redis. */
  namespace: string;
  logger: Logger;
}

export async function createStore(o: StoreOptions): Promise<StateStore> {
  if (o.redisUrl === null) return new MemoryStore().scoped(o.namespace);
  return RedisStore.connect(o.redisUrl, o.namespace, o.logger.child({ store: 'redis' }));
}
