// What the adapters and the conversations remember between turns, behind one
// small interface, so that several copies of the bot can share it. In memory
// by default (one process, no server needed); in Redis when REDIS_URL is set.
// Every key expires, every value is small JSON, and keys are namespaced per
// bot and platform (`scoped`). Redis going away degrades, never breaks: each
// call then falls back to this process's memory, and `health` says so.
import type { RateLimit } from '../shared/config.js';

export type StoreHealth = 'ok' | 'degraded';

export interface Limiter {
  /** Counts one question of `key`; false when it is over the limit (and the question is refused). */
  consume(key: string): Promise<boolean>;
}

export interface StateStore {
  readonly kind: 'memory' | 'redis';
  /** A JSON value, or undefined when absent or expired. */
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown, ttlMs: number): Promise<void>;
  /** Records `key` for `ttlMs`; true for the first caller only (an event, a press delivered twice). */
  setIfAbsent(key: string, ttlMs: number): Promise<boolean>;
  /** A limit of `limit.max` per `limit.windowMs` per key, counted across every copy sharing the store. */
  limiter(name: string, limit: RateLimit): Limiter;
  /** Takes or renews `key` for `owner` for `ttlMs`: true while `owner` holds it (one leader among copies). */
  lease(key: string, owner: string, ttlMs: number): Promise<boolean>;
  /** Gives up a lease `owner` holds, so a standby can take over at once. */
  release(key: string, owner: string): Promise<void>;
  /** The same store under a longer prefix: `scoped('slack')` for one platform's keys. */
  scoped(prefix: string): StateStore;
  health(): StoreHealth;
  close(): Promise<void>;
}
