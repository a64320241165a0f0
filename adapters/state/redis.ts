// The shared store: Redis (ioredis), for several copies of the bot behind a
// load balancer or on several hosts. Rate limits are rate-limiter-flexible's
// Redis limiter; leases are a compare-and-set in one Lua script each.
//
// Redis going away degrades, never breaks: commands fail fast (no offline
// queue, a short timeout), and each call then falls back to this process's
// memory, so answers keep going out. Meanwhile de-duplication and rate limits
// hold per copy, not across copies, and a follow-up may miss what another copy
// remembered: said once as an error line when Redis goes, once when it is back.
// Reconnects are tried for ever, at most every 2 s.
import { Redis } from 'ioredis';
import { RateLimiterRedis } from 'rate-limiter-flexible';
import type { RateLimit } from '../shared/config.js';
import type { Logger } from '../shared/logger.js';
import { MemoryStore, allowed, memoryLimiter } from './memory.js';
import type { Limiter, StateStore, StoreHealth } from './store.js';

const COMMAND_TIMEOUT_MS = 500;
const CONNECT_TIMEOUT_MS = 2000;
const MAX_RECONNECT_DELAY_MS = 2000;

// Take or renew: the key is free or already ours. Give up: only if still ours.
const LEASE = `local v = redis.call('GET', KEYS[1])
if v == false or v == ARGV[1] then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 1 end
return 0`;
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

/** One connection and its state, shared by every scope of the store. */
class Link {
  readonly fallback = new MemoryStore();
  private degraded = false;

  constructor(readonly client: Redis, private readonly log: Logger) {
    client.on('ready', () => this.up());
    // ioredis reports every failed reconnect: one line per outage is enough.
    client.on('error', (err: Error) => this.down(err));
    client.on('end', () => this.down(new Error('connection ended')));
  }

  get ready(): boolean {
    return this.client.status === 'ready';
  }

  /** Redis answers again: after a reconnect, or after a stall that never dropped the connection. */
  up(): void {
    if (!this.degraded) return;
    this.degraded = false;
    this.log.info('state store: redis back');
  }

  down(err: unknown): void {
    if (this.degraded) return;
    this.degraded = true;
    this.log.error({ err }, "state store: redis unreachable, degraded to this process's memory");
  }

  /** Runs `op` on Redis when it is there, else (or when it fails) `local` on this process's memory. */
  async run<T>(op: () => Promise<T>, local: () => Promise<T>): Promise<T> {
    if (!this.ready) { this.down(new Error(`redis ${this.client.status}`)); return local(); }
    try {
      const result = await op();
      this.up();
      return result;
    } catch (err) {
      this.down(err);
      return local();
    }
  }

  get health(): StoreHealth {
    return this.ready && !this.degraded ? 'ok' : 'degraded';
  }
}

export class RedisStore implements StateStore {
  readonly kind = 'redis' as const;

  private constructor(private readonly link: Link, private readonly prefix: string, private readonly local: StateStore) {}

  /** Connects (waiting at most a couple of seconds: a Redis down at start only starts the bot degraded). */
  static async connect(url: string, namespace: string, log: Logger): Promise<RedisStore> {
    const client = new Redis(url, {
      lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: COMMAND_TIMEOUT_MS,
      // The commands of one turn issued together (the rate count and the conversation) go in one write.
      enableAutoPipelining: true,
      connectTimeout: CONNECT_TIMEOUT_MS, retryStrategy: (times) => Math.min(times * 200, MAX_RECONNECT_DELAY_MS),
    });
    const link = new Link(client, log);
    try {
      await client.connect();
    } catch (err) {
      link.down(err);
    }
    return new RedisStore(link, `${namespace}:`, link.fallback.scoped(namespace));
  }

  private key(k: string): string {
    return `${this.prefix}${k}`;
  }

  get<T>(key: string): Promise<T | undefined> {
    return this.link.run(async () => {
      const raw = await this.link.client.get(this.key(key));
      return raw === null ? undefined : (JSON.parse(raw) as T);
    }, () => this.local.get<T>(key));
  }

  set(key: string, value: unknown, ttlMs: number): Promise<void> {
    return this.link.run(async () => { await this.link.client.set(this.key(key), JSON.stringify(value), 'PX', ttlMs); },
      () => this.local.set(key, value, ttlMs));
  }

  setIfAbsent(key: string, ttlMs: number): Promise<boolean> {
    return this.link.run(async () => (await this.link.client.set(this.key(key), '1', 'PX', ttlMs, 'NX')) === 'OK',
      () => this.local.setIfAbsent(key, ttlMs));
  }

  limiter(name: string, limit: RateLimit): Limiter {
    const keyPrefix = this.key(`rl:${name}:${limit.max}/${limit.windowMs}`);
    const limiter = new RateLimiterRedis({
      storeClient: this.link.client, keyPrefix, points: limit.max, duration: limit.windowMs / 1000,
      rejectIfRedisNotReady: true,
      // While Redis is away each copy counts on its own, so a user is never refused for Redis's sake.
      insuranceLimiter: memoryLimiter(keyPrefix, limit),
    });
    return { consume: (key) => allowed(limiter.consume(key)) };
  }

  lease(key: string, owner: string, ttlMs: number): Promise<boolean> {
    return this.link.run(async () => (await this.link.client.eval(LEASE, 1, this.key(key), owner, String(ttlMs))) === 1,
      () => this.local.lease(key, owner, ttlMs));
  }

  release(key: string, owner: string): Promise<void> {
    return this.link.run(async () => { await this.link.client.eval(RELEASE, 1, this.key(key), owner); },
      () => this.local.release(key, owner));
  }

  scoped(prefix: string): StateStore {
    return new RedisStore(this.link, `${this.prefix}${prefix}:`, this.local.scoped(prefix));
  }

  health(): StoreHealth {
    return this.link.health;
  }

  async close(): Promise<void> {
    // A stop is not an outage: no "unreachable" line for the connection this closes.
    this.link.client.removeAllListeners();
    this.link.client.on('error', () => {});
    await this.link.client.quit().catch(() => this.link.client.disconnect());
  }
}
