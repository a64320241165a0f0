// The default store: this process's memory. No server, nothing shared, every
// key bounded in number and expiring, so a flood of distinct keys cannot grow
// it without end. Rate limits come from rate-limiter-flexible's memory
// limiter, the same library (and the same counting) as the Redis store uses.
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { RateLimit } from '../shared/config.js';
import { Bounded } from '../shared/bounded.js';
import type { Limiter, StateStore, StoreHealth } from './store.js';

/** Conversations, event ids and leases together: more than a busy process holds within their lifetimes. */
const CAPACITY = 20_000;

/** A limiter's answer: a RateLimiterRes refusal is "over the limit"; anything else is the store failing. */
export async function allowed(consume: Promise<unknown>): Promise<boolean> {
  try {
    await consume;
    return true;
  } catch (err) {
    if (err instanceof RateLimiterRes) return false;
    throw err;
  }
}

export function memoryLimiter(name: string, limit: RateLimit): RateLimiterMemory {
  return new RateLimiterMemory({ keyPrefix: name, points: limit.max, duration: limit.windowMs / 1000 });
}

class Memory {
  readonly values: Bounded<string>;
  readonly limiters = new Map<string, RateLimiterMemory>();

  constructor(readonly clock: () => number) {
    // Each entry keeps its own expiry; the map's own TTL is only the longest any key may live.
    this.values = new Bounded<string>(CAPACITY, Number.MAX_SAFE_INTEGER, clock);
  }

  read(key: string): string | undefined {
    const raw = this.values.get(key);
    if (raw === undefined) return undefined;
    const at = raw.indexOf('|');
    if (Number(raw.slice(0, at)) <= this.clock()) return undefined;
    return raw.slice(at + 1);
  }

  write(key: string, value: string, ttlMs: number): void {
    this.values.set(key, `${this.clock() + ttlMs}|${value}`);
  }
}

export class MemoryStore implements StateStore {
  readonly kind = 'memory' as const;

  constructor(private readonly prefix = '', private readonly memory = new Memory(Date.now)) {}

  static withClock(clock: () => number): MemoryStore {
    return new MemoryStore('', new Memory(clock));
  }

  private key(k: string): string {
    return `${this.prefix}${k}`;
  }

  async get<T>(key: string): Promise<T | undefined> {
    const raw = this.memory.read(this.key(key));
    return raw === undefined ? undefined : (JSON.parse(raw) as T);
  }

  async set(key: string, value: unknown, ttlMs: number): Promise<void> {
    this.memory.write(this.key(key), JSON.stringify(value), ttlMs);
  }

  async setIfAbsent(key: string, ttlMs: number): Promise<boolean> {
    if (this.memory.read(this.key(key)) !== undefined) return false;
    this.memory.write(this.key(key), '1', ttlMs);
    return true;
  }

  limiter(name: string, limit: RateLimit): Limiter {
    const id = `${this.key(name)}:${limit.max}/${limit.windowMs}`;
    let rl = this.memory.limiters.get(id);
    if (!rl) { rl = memoryLimiter(id, limit); this.memory.limiters.set(id, rl); }
    const limiter = rl;
    return { consume: (key) => allowed(limiter.consume(key)) };
  }

  async lease(key: string, owner: string, ttlMs: number): Promise<boolean> {
    const held = this.memory.read(this.key(key));
    if (held !== undefined && held !== JSON.stringify(owner)) return false;
    this.memory.write(this.key(key), JSON.stringify(owner), ttlMs);
    return true;
  }

  async release(key: string, owner: string): Promise<void> {
    if (this.memory.read(this.key(key)) === JSON.stringify(owner)) this.memory.values.set(this.key(key), `0|`);
  }

  scoped(prefix: string): StateStore {
    return new MemoryStore(`${this.prefix}${prefix}:`, this.memory);
  }

  health(): StoreHealth {
    return 'ok';
  }

  async close(): Promise<void> {}
}
