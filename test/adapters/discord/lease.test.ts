// The lease loop of one Discord shard (adapters/discord/lease.ts), on the
// MemoryStore and a fake clock. Each "copy" of the bot reaches the shared store
// through a Link that can be cut (it then answers from the copy's own memory
// and says degraded, as RedisStore does), paused (a copy that stalls) or frozen
// for good (a copy killed with SIGKILL: its lease is never renewed nor given up).
// Redis itself is driven in test/reliability/discord-leases.test.ts.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { holdShard, type LeaseStore, type LeaseTiming, type ShardLease } from '../../../adapters/discord/lease.js';
import { startLeases } from '../../../adapters/discord/leases.js';
import { discordPlatform } from '../../../adapters/discord/index.js';
import { ConfigError } from '../../../adapters/shared/config.js';
import type { FatalError } from '../../../adapters/shared/fatal.js';
import { createLogger } from '../../../adapters/shared/logger.js';
import type { Running } from '../../../adapters/platform.js';
import { MemoryStore } from '../../../adapters/state/memory.js';
import type { StoreHealth } from '../../../adapters/state/store.js';
import { FakeDiscord } from '../../fakes/discord/fakeDiscord.js';
import { TOKEN } from '../../fixtures/discord/payloads.js';

const TIMING: LeaseTiming = { ttlMs: 10_000, renewMs: 3000, pollMs: 1000 };
const now = (): number => Date.now();

class Link implements LeaseStore {
  reachable = true;
  private paused = false;
  private readonly waiting: (() => void)[] = [];
  private readonly local = MemoryStore.withClock(now);

  constructor(private readonly shared: MemoryStore) {}

  lease(key: string, owner: string, ttlMs: number): Promise<boolean> {
    return this.via((s) => s.lease(key, owner, ttlMs));
  }

  release(key: string, owner: string): Promise<void> {
    return this.via((s) => s.release(key, owner));
  }

  health(): StoreHealth {
    return this.reachable ? 'ok' : 'degraded';
  }

  /** Calls from now on wait until resume(); never resumed, the copy is as dead to the others. */
  pause(): void {
    this.paused = true;
  }

  resume(): void {
    this.paused = false;
    for (const w of this.waiting.splice(0)) w();
  }

  private async via<T>(op: (s: MemoryStore) => Promise<T>): Promise<T> {
    if (this.paused) await new Promise<void>((r) => this.waiting.push(r));
    return op(this.reachable ? this.shared : this.local);
  }
}

interface Copy {
  name: string; link: Link; lease: ShardLease; connected: () => boolean; connects: () => number; lines: () => string[]; errors: unknown[];
  /** What the connection was given: whether it may answer now. */
  mayAnswer: () => boolean;
}

let shared: MemoryStore;
const copies: Copy[] = [];
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  shared = MemoryStore.withClock(now);
});
afterEach(async () => {
  for (const c of copies.splice(0)) { c.link.resume(); await c.lease.stop(); }
  vi.useRealTimers();
});

/** A copy of the bot holding shard 0; `connect` can be slowed or made to fail. */
function copy(name: string, connect: { delayMs?: number; fail?: () => unknown } = {}): Copy {
  const link = new Link(shared);
  const logs: string[] = [];
  const logger = createLogger('info', [], { write: (l: string) => { logs.push(l); } });
  let live = false;
  let connects = 0;
  let mayAnswer: () => boolean = () => false;
  const errors: unknown[] = [];
  const lease = holdShard({
    store: link, shard: 0, owner: name, logger, timing: TIMING, onError: (err) => errors.push(err),
    connect: async (may): Promise<Running> => {
      connects++;
      mayAnswer = may;
      if (connect.delayMs) await new Promise((r) => setTimeout(r, connect.delayMs));
      const failure = connect.fail?.();
      if (failure) throw failure;
      live = true;
      return { stop: async () => { live = false; } };
    },
  });
  const c: Copy = {
    name, link, lease, errors, connected: () => live, connects: () => connects, mayAnswer: () => live && mayAnswer(),
    lines: () => logs.map((l) => JSON.parse(l) as { msg: string }).map((l) => l.msg).filter((m) => m.startsWith('discord shard 0: ')),
  };
  copies.push(c);
  return c;
}

const advance = async (ms: number): Promise<void> => { await vi.advanceTimersByTimeAsync(ms); };
/** Ms of fake time until `done`, checked every 100 ms; fails past `limitMs`. */
async function timeUntil(done: () => boolean, limitMs: number): Promise<number> {
  const start = Date.now();
  while (!done()) {
    if (Date.now() - start > limitMs) throw new Error(`not within ${limitMs} ms`);
    await advance(100);
  }
  return Date.now() - start;
}

describe('holdShard: one lease per shard among copies', () => {
  it('GIVEN two copies on one shard THEN the first leads and connects, the second stands by without connecting, each said in one line', async () => {
    const a = copy('a');
    expect(await a.lease.started).toBe('leading');
    const b = copy('b');
    expect(await b.lease.started).toBe('standing by');
    await advance(30_000);
    expect([a.connected(), b.connected()]).toEqual([true, false]);
    expect(b.connects()).toBe(0);
    expect(a.lines()).toEqual(['discord shard 0: leading']);
    expect(b.lines()).toEqual(['discord shard 0: standing by']);
  });

  it('GIVEN a leader WHEN it stops cleanly THEN it disconnects, gives the lease up, and the standby leads within one poll', async () => {
    const a = copy('a');
    await a.lease.started;
    const b = copy('b');
    await b.lease.started;
    await advance(5000);
    await a.lease.stop();
    expect(a.connected()).toBe(false);
    const took = await timeUntil(b.connected, 5000);
    expect(took).toBeLessThanOrEqual(TIMING.pollMs + 100);
    expect(b.lines()).toEqual(['discord shard 0: standing by', 'discord shard 0: leading']);
  });

  it('GIVEN a leader WHEN it dies without a word (SIGKILL) THEN the standby leads once the lease has expired: within TTL + one poll', async () => {
    const a = copy('a');
    await a.lease.started;
    const b = copy('b');
    await b.lease.started;
    await advance(4500);
    a.link.pause();
    const took = await timeUntil(b.connected, 20_000);
    expect(took).toBeGreaterThan(TIMING.ttlMs - TIMING.renewMs);
    expect(took).toBeLessThanOrEqual(TIMING.ttlMs + TIMING.pollMs + 100);
  });

  it('GIVEN a leader that stalls past its TTL WHEN another copy has taken the lease THEN its next renewal disconnects it, and one copy stays connected', async () => {
    const a = copy('a');
    await a.lease.started;
    const b = copy('b');
    await b.lease.started;
    a.link.pause();
    await timeUntil(b.connected, 20_000);
    expect(a.connected(), 'a stalled copy is still connected: it cannot tell yet').toBe(true);
    a.link.resume();
    await advance(TIMING.renewMs + 100);
    expect([a.connected(), b.connected()]).toEqual([false, true]);
    expect(a.lines()).toEqual(['discord shard 0: leading', 'discord shard 0: lost the lease, disconnecting']);
    // It stands by again: once b gives up, a takes the shard back.
    await advance(30_000);
    expect(a.connected()).toBe(false);
    await b.lease.stop();
    await timeUntil(a.connected, 5000);
  });

  it('GIVEN a leader that stalls THEN it stops answering once its last lease may have run out, before any renewal says so', async () => {
    const a = copy('a');
    await a.lease.started;
    await advance(TIMING.renewMs * 2 + 500);
    expect(a.mayAnswer()).toBe(true);
    // Its last renewal was at 6 s: that lease holds until 16 s at the latest.
    a.link.pause();
    await advance(TIMING.ttlMs - 1000);
    expect(a.mayAnswer()).toBe(true);
    await advance(1500);
    expect(a.connected(), 'still connected: no renewal has answered').toBe(true);
    expect(a.mayAnswer()).toBe(false);
    // The store answers again and nobody else took the shard: its renewal is granted, and it answers again.
    a.link.resume();
    await advance(100);
    expect(a.mayAnswer()).toBe(true);
  });

  it('GIVEN a leader and a standby WHEN the store becomes unreachable THEN the leader keeps serving and the standby does not take over; WHEN it is back THEN still one leads', async () => {
    const a = copy('a');
    await a.lease.started;
    const b = copy('b');
    await b.lease.started;
    a.link.reachable = false;
    b.link.reachable = false;
    await advance(60_000);
    expect([a.connected(), b.connected()]).toEqual([true, false]);
    // The shared lease expired meanwhile; the leader's link comes back after the standby's.
    b.link.reachable = true;
    await advance(1500);
    a.link.reachable = true;
    for (let t = 0; t < 40_000; t += 500) {
      await advance(500);
      expect([a.connected(), b.connected()], `at ${t} ms after the store came back`).toEqual([true, false]);
    }
    expect(a.lines()).toEqual(['discord shard 0: leading']);
  });

  it('GIVEN the store unreachable WHEN a leader dies THEN nobody takes over until the store is back; then the standby leads', async () => {
    const a = copy('a');
    await a.lease.started;
    const b = copy('b');
    await b.lease.started;
    b.link.reachable = false;
    a.link.pause();
    await advance(60_000);
    expect(b.connected()).toBe(false);
    b.link.reachable = true;
    // It first waits one TTL with the store back, for a living leader to renew.
    const took = await timeUntil(b.connected, 30_000);
    expect(took).toBeGreaterThanOrEqual(TIMING.ttlMs);
    expect(took).toBeLessThanOrEqual(TIMING.ttlMs + 2 * TIMING.pollMs + 100);
  });

  it('GIVEN a copy that starts while the store is unreachable THEN it stands by, saying why, and leads once the store is back and the lease free', async () => {
    const a = copy('a');
    a.link.reachable = false;
    expect(await a.lease.started).toBe('standing by');
    expect(a.connected()).toBe(false);
    a.link.reachable = true;
    await timeUntil(a.connected, TIMING.ttlMs + 3 * TIMING.pollMs);
    expect(a.lines()).toEqual(['discord shard 0: standing by', 'discord shard 0: leading']);
  });

  it('GIVEN a connection that takes longer than the TTL to come up THEN the lease is renewed meanwhile and the standby never takes over', async () => {
    const a = copy('a', { delayMs: 25_000 });
    const started = a.lease.started;
    await advance(100);
    const b = copy('b');
    await advance(30_000);
    expect(await started).toBe('leading');
    expect(await b.lease.started).toBe('standing by');
    expect(b.connects()).toBe(0);
  });

  it('GIVEN a first connection that fails THEN started rejects with its error, and the lease is free for another copy at once', async () => {
    const refused = new ConfigError('DISCORD_TOKEN', 'Discord rejected this token');
    const a = copy('a', { fail: () => refused });
    await expect(a.lease.started).rejects.toBe(refused);
    const b = copy('b');
    expect(await b.lease.started).toBe('leading');
  });

  it('GIVEN a takeover whose connection fails THEN onError gets the error and the lease is given up', async () => {
    const a = copy('a');
    await a.lease.started;
    let failing = true;
    const b = copy('b', { fail: () => (failing ? new Error('Discord unreachable') : undefined) });
    await b.lease.started;
    await a.lease.stop();
    await timeUntil(() => b.errors.length > 0, 5000);
    expect(String(b.errors[0])).toMatch(/Discord unreachable/);
    failing = false;
    const c = copy('c');
    await advance(TIMING.pollMs * 2);
    expect(c.connected() || b.connected()).toBe(true);
  });
});

describe('startLeases: the shards of one process', () => {
  it('GIVEN shards 0 and 1 THEN one lease each, keyed discord:shard:<id> under the store, held by one owner per process', async () => {
    const store = MemoryStore.withClock(now);
    const connected: number[] = [];
    const fatals: FatalError[] = [];
    const running = await startLeases({
      state: store, shards: [0, 1], logger: createLogger('silent'), fatal: (e) => fatals.push(e), timing: TIMING,
      connect: async (shard) => { connected.push(shard); return { stop: async () => {} }; },
    });
    expect(connected.sort()).toEqual([0, 1]);
    const owner0 = await store.scoped('discord').get<string>('shard:0');
    const owner1 = await store.scoped('discord').get<string>('shard:1');
    expect(owner0).toEqual(expect.any(String));
    expect(owner1).toBe(owner0);
    await running.stop();
    expect(await store.scoped('discord').get('shard:0')).toBeUndefined();
    expect(fatals).toEqual([]);
  });

  it('GIVEN a takeover that fails with a ConfigError THEN the process is told a FatalError naming the same key', async () => {
    const store = MemoryStore.withClock(now);
    await store.scoped('discord').lease('shard:0', 'other copy', TIMING.ttlMs);
    const fatals: FatalError[] = [];
    const running = await startLeases({
      state: store, shards: [0], logger: createLogger('silent'), fatal: (e) => fatals.push(e), timing: TIMING,
      connect: async () => { throw new ConfigError('DISCORD_TOKEN', 'Discord rejected this token'); },
    });
    await store.scoped('discord').release('shard:0', 'other copy');
    await timeUntil(() => fatals.length > 0, 5000);
    expect(fatals[0]).toMatchObject({ key: 'DISCORD_TOKEN' });
    expect(fatals[0]!.message).toMatch(/^DISCORD_TOKEN: .*rejected this token/);
    await running.stop();
  });
});

describe('discordPlatform.start without a shared store', () => {
  it('GIVEN the memory store THEN no lease is taken: the bot connects at once, as with one copy', async () => {
    vi.useRealTimers();
    const fake = await FakeDiscord.start({ token: TOKEN, heartbeatMs: 300 });
    const state = new MemoryStore();
    const core = {
      answer: () => { throw new Error('unused'); }, turn: () => { throw new Error('unused'); }, suggest: () => [],
      info: () => ({ version: null, products: 0, retailers: 0, countries: 0, sources: 0, latest: null, facts: 0 }), close: () => {},
    };
    try {
      const running = await discordPlatform.start({
        core, state, config: { token: TOKEN, applicationId: null, guildId: null, shards: 'off', apiUrl: fake.api },
        shared: { catalogDir: '', catalogDb: '', logLevel: 'info', memoryTtlMs: 1000, rateLimit: { max: 1, windowMs: 1000 } },
        logger: createLogger('silent'), fatal: () => {},
      });
      expect(fake.identifies).toHaveLength(1);
      expect(await state.scoped('discord').get('shard:0')).toBeUndefined();
      await running.stop();
    } finally {
      await fake.close();
    }
  });
});
