// The state store's contract (issue 12), the same for the in-memory store (the
// default, one process) and the Redis store (several copies sharing one real
// redis-server on loopback): values expire, set-if-absent has one winner, a
// limiter counts, a lease has one holder, scopes and namespaces stay apart.
// Then what only Redis has: two copies share all of it, every key is
// namespaced and expires, and Redis going away degrades to this process's
// memory, with one line when it goes and one when it comes back.
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createStore } from '../../../adapters/state/index.js';
import type { StateStore } from '../../../adapters/state/store.js';
import { createLogger, type Logger } from '../../../adapters/shared/logger.js';
import { startRedis, type TestRedis } from '../../helpers/redis.js';

const DEGRADED = "state store: redis unreachable, degraded to this process's memory";
const BACK = 'state store: redis back';
/** The issue asks for ~1 s; the slack is for two shared, noisy cores. What this catches is a call that hangs. */
const CALL_BUDGET_MS = 2000;

interface Log { logger: Logger; lines: Record<string, unknown>[] }
function captured(): Log {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger('debug', [], { write: (line: string) => { lines.push(JSON.parse(line) as Record<string, unknown>); } });
  return { logger, lines };
}
const withMsg = (log: Log, msg: string) => log.lines.filter((l) => l.msg === msg);
const errors = (log: Log) => log.lines.filter((l) => (l.level as number) >= 50);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(probe: () => boolean, what: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`never: ${what} (waited ${timeoutMs} ms)`);
    await sleep(50);
  }
}
/** Resolves the call's value and how long it took. */
async function timed<T>(call: Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await call;
  return { value, ms: performance.now() - start };
}

let redis: TestRedis;
let inspect: Redis;
const opened: StateStore[] = [];
beforeAll(async () => {
  redis = await startRedis();
  // Reads what the stores wrote; never used as a store itself.
  inspect = new Redis(redis.url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  // It reconnects by itself when the degrade test restarts Redis; its errors meanwhile are expected.
  inspect.on('error', () => {});
  await inspect.connect();
});
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close();
});
afterAll(async () => {
  inspect?.disconnect();
  await redis?.stop();
});

const freshNamespace = () => `t-${randomUUID().slice(0, 8)}`;
async function open(kind: 'memory' | 'redis', namespace: string, log: Log = captured()): Promise<StateStore> {
  const store = await createStore({ redisUrl: kind === 'redis' ? redis.url : null, namespace, logger: log.logger });
  opened.push(store);
  return store;
}

describe.each(['memory', 'redis'] as const)('GIVEN the %s store', (kind) => {
  it('THEN it says which kind it is, and is healthy', async () => {
    const store = await open(kind, freshNamespace());
    expect(store.kind).toBe(kind);
    expect(store.health()).toBe('ok');
  });

  it('WHEN a value is set with a TTL THEN it reads back as set, and is gone after the TTL', async () => {
    const store = await open(kind, freshNamespace());
    expect(await store.get('conv')).toBeUndefined();
    await store.set('conv', { lang: 'en', turns: ['redmi in sweden?'] }, 300);
    expect(await store.get('conv')).toEqual({ lang: 'en', turns: ['redmi in sweden?'] });
    await sleep(700);
    expect(await store.get('conv')).toBeUndefined();
  });

  it('WHEN setIfAbsent is called twice THEN only the first is true; after the TTL it is true again', async () => {
    const store = await open(kind, freshNamespace());
    expect(await store.setIfAbsent('event:Ev1', 300)).toBe(true);
    expect(await store.setIfAbsent('event:Ev1', 300)).toBe(false);
    expect(await store.setIfAbsent('event:Ev2', 300)).toBe(true);
    await sleep(700);
    expect(await store.setIfAbsent('event:Ev1', 300)).toBe(true);
  });

  it('WHEN a limiter of 3 per window is consumed 5 times THEN 3 are allowed, and another key has its own count', async () => {
    const store = await open(kind, freshNamespace());
    const limiter = store.limiter('questions', { max: 3, windowMs: 10_000 });
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await limiter.consume('U1'));
    expect(results).toEqual([true, true, true, false, false]);
    expect(await limiter.consume('U2')).toBe(true);
  });

  it('WHEN a limiter window passes THEN the key is allowed again', async () => {
    const store = await open(kind, freshNamespace());
    const limiter = store.limiter('questions', { max: 1, windowMs: 1000 });
    expect(await limiter.consume('U1')).toBe(true);
    expect(await limiter.consume('U1')).toBe(false);
    await sleep(1500);
    expect(await limiter.consume('U1')).toBe(true);
  });

  it('WHEN one owner holds a lease THEN another cannot take it until it is released; the holder renews it', async () => {
    const store = await open(kind, freshNamespace());
    expect(await store.lease('shard:0', 'copy-a', 5000)).toBe(true);
    expect(await store.lease('shard:0', 'copy-b', 5000)).toBe(false);
    expect(await store.lease('shard:0', 'copy-a', 5000)).toBe(true);
    // Releasing a lease one does not hold gives nothing up.
    await store.release('shard:0', 'copy-b');
    expect(await store.lease('shard:0', 'copy-b', 5000)).toBe(false);
    await store.release('shard:0', 'copy-a');
    expect(await store.lease('shard:0', 'copy-b', 5000)).toBe(true);
    expect(await store.lease('shard:0', 'copy-a', 5000)).toBe(false);
  });

  it('WHEN the holder of a lease stops renewing it THEN another takes it after it expires', async () => {
    const store = await open(kind, freshNamespace());
    expect(await store.lease('shard:1', 'copy-a', 300)).toBe(true);
    expect(await store.lease('shard:1', 'copy-b', 300)).toBe(false);
    await sleep(700);
    expect(await store.lease('shard:1', 'copy-b', 300)).toBe(true);
  });

  it('WHEN two scopes use the same keys THEN they do not collide', async () => {
    const store = await open(kind, freshNamespace());
    const slack = store.scoped('slack');
    const discord = store.scoped('discord');
    await slack.set('conv:C1', 'slack', 10_000);
    await discord.set('conv:C1', 'discord', 10_000);
    expect(await slack.get('conv:C1')).toBe('slack');
    expect(await discord.get('conv:C1')).toBe('discord');
    expect(await store.get('conv:C1')).toBeUndefined();
    expect(await slack.setIfAbsent('event:Ev1', 10_000)).toBe(true);
    expect(await discord.setIfAbsent('event:Ev1', 10_000)).toBe(true);
    const one = slack.limiter('q', { max: 1, windowMs: 10_000 });
    const other = discord.limiter('q', { max: 1, windowMs: 10_000 });
    expect([await one.consume('U1'), await other.consume('U1')]).toEqual([true, true]);
    expect(await slack.lease('shard:0', 'a', 10_000)).toBe(true);
    expect(await discord.lease('shard:0', 'b', 10_000)).toBe(true);
    // A scope of a scope is under both prefixes.
    await slack.scoped('buttons').set('conv:C1', 'nested', 10_000);
    expect(await slack.get('conv:C1')).toBe('slack');
    expect(await slack.scoped('buttons').get('conv:C1')).toBe('nested');
  });
});

describe('GIVEN two copies of the bot, each with its own RedisStore on one Redis', () => {
  it('THEN a value one sets the other reads, and the first setIfAbsent wins across them', async () => {
    const ns = freshNamespace();
    const a = await open('redis', ns);
    const b = await open('redis', ns);
    await a.scoped('slack').set('conv:T1:C1:U1', { asked: 'redmi in sweden?' }, 10_000);
    expect(await b.scoped('slack').get('conv:T1:C1:U1')).toEqual({ asked: 'redmi in sweden?' });
    const wins = await Promise.all([a, b, a, b].map((s) => s.setIfAbsent('event:Ev7', 10_000)));
    expect(wins.filter(Boolean)).toHaveLength(1);
  });

  it('THEN a limiter of 3 per window counts 3 in all across both', async () => {
    const ns = freshNamespace();
    const a = await open('redis', ns).then((s) => s.limiter('questions', { max: 3, windowMs: 10_000 }));
    const b = await open('redis', ns).then((s) => s.limiter('questions', { max: 3, windowMs: 10_000 }));
    const results = [];
    for (let i = 0; i < 8; i++) results.push(await (i % 2 === 0 ? a : b).consume('U1'));
    expect(results.filter(Boolean)).toHaveLength(3);
    expect(results.slice(0, 3)).toEqual([true, true, true]);
  });

  it('THEN one holds a lease and the other cannot, until release or expiry', async () => {
    const ns = freshNamespace();
    const a = await open('redis', ns);
    const b = await open('redis', ns);
    expect(await a.lease('shard:0', 'host-a', 5000)).toBe(true);
    expect(await b.lease('shard:0', 'host-b', 5000)).toBe(false);
    await a.release('shard:0', 'host-a');
    expect(await b.lease('shard:0', 'host-b', 300)).toBe(true);
    expect(await a.lease('shard:0', 'host-a', 300)).toBe(false);
    await sleep(700);
    expect(await a.lease('shard:0', 'host-a', 5000)).toBe(true);
  });

  it('THEN two bots with different namespaces on the same Redis share nothing', async () => {
    const a = await open('redis', freshNamespace());
    const b = await open('redis', freshNamespace());
    await a.set('k', 'a', 10_000);
    expect(await b.get('k')).toBeUndefined();
    expect(await a.setIfAbsent('event:Ev1', 10_000)).toBe(true);
    expect(await b.setIfAbsent('event:Ev1', 10_000)).toBe(true);
  });
});

describe('GIVEN a RedisStore that has written every kind of key', () => {
  it('THEN every key starts with the namespace and expires (no PTTL of -1)', async () => {
    await inspect.flushall();
    const ns = freshNamespace();
    const store = await open('redis', ns);
    const slack = store.scoped('slack');
    await store.set('plain', { a: 1 }, 60_000);
    await slack.set('conv:T1:C1:U1', { turns: 2 }, 600_000);
    await slack.setIfAbsent('event:Ev1', 3_600_000);
    await slack.limiter('questions', { max: 5, windowMs: 10_000 }).consume('T1:U1');
    await store.scoped('discord').lease('shard:0', 'host-a', 15_000);
    await slack.scoped('choices').set('c1', { reading: 'mi-store' }, 1_800_000);
    const keys = await inspect.keys('*');
    expect(keys.length).toBeGreaterThanOrEqual(6);
    for (const key of keys) {
      expect(key.startsWith(ns), key).toBe(true);
      const pttl = await inspect.pttl(key);
      expect(pttl, `PTTL of ${key}`).toBeGreaterThan(0);
    }
  });
});

describe('GIVEN a RedisStore in use WHEN Redis stops and later comes back', () => {
  it('THEN calls keep resolving from memory, health is degraded with one error line, and after the restart ok with one "back" line', { timeout: 60_000 }, async () => {
    const ns = freshNamespace();
    const log = captured();
    const store = await open('redis', ns, log);
    const other = await open('redis', ns);
    await store.set('before', 1, 60_000);
    expect(await other.get('before')).toBe(1);
    expect(store.health()).toBe('ok');

    await redis.stop();
    const limiter = store.limiter('questions', { max: 2, windowMs: 10_000 });
    const calls: [string, () => Promise<unknown>][] = [
      ['get', () => store.get('before')],
      ['set', () => store.set('during', { n: 1 }, 60_000)],
      ['get after set', () => store.get('during')],
      ['setIfAbsent', () => store.setIfAbsent('event:Ev1', 60_000)],
      ['setIfAbsent again', () => store.setIfAbsent('event:Ev1', 60_000)],
      ['consume', () => limiter.consume('U1')],
      ['lease', () => store.lease('shard:0', 'host-a', 5000)],
      ['release', () => store.release('shard:0', 'host-a')],
      ['scoped set', () => store.scoped('slack').set('conv', 'x', 60_000)],
    ];
    const outcomes: Record<string, unknown> = {};
    for (const [name, call] of calls) {
      const { value, ms } = await timed(call());
      expect(ms, `${name} took ${Math.round(ms)} ms with Redis down`).toBeLessThan(CALL_BUDGET_MS);
      outcomes[name] = value;
    }
    // This process's memory stands in meanwhile: what it was told, it still knows.
    expect(outcomes['get after set']).toEqual({ n: 1 });
    expect([outcomes.setIfAbsent, outcomes['setIfAbsent again']]).toEqual([true, false]);
    await until(() => store.health() === 'degraded', 'health() degraded', 3000);
    // More calls while down log nothing more.
    for (let i = 0; i < 5; i++) await store.get(`more-${i}`);
    await sleep(1000);
    expect(errors(log).map((l) => l.msg)).toEqual([DEGRADED]);

    await redis.restart();
    await until(() => store.health() === 'ok', 'health() ok after Redis returned', 10_000);
    await until(() => other.health() === 'ok', 'the other copy ok after Redis returned', 10_000);
    expect(withMsg(log, BACK)).toHaveLength(1);
    expect(withMsg(log, BACK)[0]?.level).toBe(30);
    expect(errors(log)).toHaveLength(1);
    // Shared again: one copy's writes reach the other through Redis.
    await store.set('after', 'shared', 60_000);
    expect(await other.get('after')).toBe('shared');
    expect(await store.setIfAbsent('event:Ev9', 60_000)).toBe(true);
    expect(await other.setIfAbsent('event:Ev9', 60_000)).toBe(false);
  });
});

describe('GIVEN a RedisStore in use WHEN Redis stops answering with its connections open (frozen), then answers again', () => {
  it('THEN each call resolves within the budget, health is degraded with one error line, and after the thaw ok with one "back" line', { timeout: 60_000 }, async () => {
    const ns = freshNamespace();
    const log = captured();
    const store = await open('redis', ns, log);
    await store.set('before', 1, 60_000);

    redis.freeze();
    try {
      for (const [name, call] of [
        ['get', () => store.get('before')], ['setIfAbsent', () => store.setIfAbsent('event:Ev1', 60_000)],
        ['consume', () => store.limiter('q', { max: 2, windowMs: 10_000 }).consume('U1')], ['lease', () => store.lease('shard:0', 'a', 5000)],
      ] as const) {
        const { ms } = await timed((call as () => Promise<unknown>)());
        expect(ms, `${name} took ${Math.round(ms)} ms with Redis frozen`).toBeLessThan(CALL_BUDGET_MS);
      }
      expect(store.health()).toBe('degraded');
      expect(errors(log).map((l) => l.msg)).toEqual([DEGRADED]);
    } finally {
      redis.thaw();
    }
    // Nothing but ordinary use and the passing of time: a health check asks no more than that.
    const deadline = Date.now() + 10_000;
    while (store.health() !== 'ok' && Date.now() < deadline) {
      await store.get('before');
      await sleep(200);
    }
    expect(store.health(), 'health() after Redis answers again').toBe('ok');
    expect(withMsg(log, BACK)).toHaveLength(1);
    expect(errors(log)).toHaveLength(1);
  });
});
