// Several real `npm start` copies of the Discord bot with one token, one fake
// Discord and one real redis-server, all on 127.0.0.1: the lease per shard
// (adapters/discord/lease.ts) decides which copy connects. What an operator
// running two hosts sees: one copy leads, the other stands by; every question is
// answered once; SIGKILL the leader and the standby takes over within ~15 s; a
// leader that stalls past its lease answers nothing when it resumes; Redis
// going away changes nothing while the leader lives; shards split over hosts
// with DISCORD_SHARD_IDS, a stopped host's shard taken over at once.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { IDS, TOKEN, guildMessage, options, slashCommand, user } from '../fixtures/discord/payloads.js';
import { SHIPPED_CATALOG, buildCatalog } from '../helpers/catalog.js';
import { startRedis, type TestRedis } from '../helpers/redis.js';
import { FakeDiscord } from '../fakes/discord/fakeDiscord.js';
import { builtEntry, type Build } from './botProcess.js';
import { startDiscordProcess, type DiscordProcess } from './discordProcess.js';

let build: Build;
let catalogDb: string;
let redis: TestRedis;
beforeAll(async () => {
  build = builtEntry();
  catalogDb = await buildCatalog(SHIPPED_CATALOG);
  redis = await startRedis();
}, 180_000);
afterAll(async () => { await redis?.kill(); });

const copies: DiscordProcess[] = [];
const fakes: FakeDiscord[] = [];
afterEach(async () => {
  for (const c of copies.splice(0)) await c.bot.kill();
  for (const f of fakes.splice(0)) await f.close();
  // Each test starts from an empty Redis (and a running one).
  await redis.restart();
});

async function fakeDiscord(): Promise<FakeDiscord> {
  const fake = await FakeDiscord.start({ token: TOKEN, heartbeatMs: 1000 });
  fakes.push(fake);
  return fake;
}

/** One more copy of the bot on the shared fake and Redis; `ready` is what its start must print. */
async function copy(fake: FakeDiscord, ready: RegExp, env: Record<string, string> = {}): Promise<DiscordProcess> {
  const c = await startDiscordProcess(build.main, catalogDb, { REDIS_URL: redis.url, ...env }, ready, fake);
  copies.push(c);
  return c;
}

const LEADING = /"msg":"discord shard 0: leading"[\s\S]*"msg":"discord ready"/;
const STANDING_BY = /"msg":"discord shard 0: standing by"[\s\S]*"msg":"started"/;
const QUESTION = 'can i buy a redmi at 3 store in sweden?';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const shardLines = (c: DiscordProcess) => c.bot.logs().map((l) => String(l.msg)).filter((m) => /^discord shard \d+: /.test(m));

let asked = 0;
/** A mention and a slash command from a new user, to every connection of `shard` (or all). */
function ask(fake: FakeDiscord, shard?: number): { answered: () => Promise<void>; once: () => void } {
  asked++;
  const asker = user(`13000000000000${String(asked).padStart(5, '0')}`, `asker${asked}`);
  const mention = guildMessage({ author: asker, content: QUESTION });
  const command = slashCommand({ user: asker, options: options({ question: QUESTION }) });
  const replies = () => fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${IDS.channel}/messages`
    && r.body?.message_reference?.message_id === mention.id);
  const callbacks = () => fake.requests.filter((r) => r.path.startsWith(`/interactions/${command.id}/`));
  fake.dispatch('MESSAGE_CREATE', mention, shard);
  fake.dispatch('INTERACTION_CREATE', command, shard);
  return {
    answered: async () => { await expect.poll(() => replies().length + callbacks().length, { timeout: 15_000 }).toBeGreaterThanOrEqual(2); },
    once: () => {
      expect(replies(), 'the mention is answered once').toHaveLength(1);
      expect(callbacks(), 'the command is answered once').toHaveLength(1);
      expect(JSON.stringify(replies()[0]!.body)).toContain('Sweden');
    },
  };
}

/** Asks, waits for the answers, and checks a moment later (time for a second copy's answer) that each came once. */
async function askBoth(fake: FakeDiscord, shard?: number): Promise<void> {
  const q = ask(fake, shard);
  await q.answered();
  await sleep(1500);
  q.once();
}

describe('Two copies of npm start on one Discord shard, sharing a real Redis', () => {
  it('GIVEN a leader and a standby THEN only the leader identifies and each question is answered once; WHEN the leader is killed THEN the standby takes over within 15 s; a third copy stands by', async () => {
    const fake = await fakeDiscord();
    const a = await copy(fake, LEADING);
    const b = await copy(fake, STANDING_BY);
    expect(fake.identifies).toHaveLength(1);
    expect(fake.connections).toBe(1);
    await askBoth(fake);
    await askBoth(fake);

    // SIGKILL: no release, the lease runs out on its own.
    a.bot.signal('SIGKILL');
    const killed = performance.now();
    await b.bot.waitFor(/"msg":"discord ready"/, 30_000);
    const took = performance.now() - killed;
    console.info(`standby took over ${Math.round(took)} ms after the leader's SIGKILL`);
    expect(took).toBeLessThan(15_000);
    expect(fake.identifies).toHaveLength(2);
    await expect.poll(() => fake.connections, { timeout: 5000 }).toBe(1);
    await askBoth(fake);
    expect(shardLines(b)).toEqual(['discord shard 0: standing by', 'discord shard 0: leading']);

    const c = await copy(fake, STANDING_BY);
    await sleep(3000);
    expect(fake.identifies).toHaveLength(2);
    expect(fake.connections).toBe(1);
    await askBoth(fake);
    expect(shardLines(c)).toEqual(['discord shard 0: standing by']);

    // A clean stop gives the lease up: the third copy takes over at once, not after the TTL.
    b.bot.signal('SIGTERM');
    expect((await b.bot.exited).code).toBe(0);
    const stopped = performance.now();
    await c.bot.waitFor(/"msg":"discord ready"/, 15_000);
    const handover = performance.now() - stopped;
    console.info(`standby took over ${Math.round(handover)} ms after the leader's clean stop`);
    expect(handover).toBeLessThan(5000);
    await askBoth(fake);
    for (const x of [a, b, c]) expect(x.bot.output).not.toContain(TOKEN);
  }, 150_000);

  it('GIVEN a leader that stalls (SIGSTOP) past its lease THEN the standby takes over; WHEN the leader resumes THEN it answers nothing Discord queued for it meanwhile, and disconnects', async () => {
    const fake = await fakeDiscord();
    const a = await copy(fake, LEADING);
    const b = await copy(fake, STANDING_BY);
    a.bot.signal('SIGSTOP');
    await b.bot.waitFor(/"msg":"discord ready"/, 30_000);
    // Both connections are open: the stalled one gets these too, and reads them when it resumes.
    expect(fake.connections).toBe(2);
    const q = ask(fake);
    await q.answered();
    a.bot.signal('SIGCONT');
    await a.bot.waitFor(/"msg":"discord shard 0: lost the lease, disconnecting"/, 15_000);
    await sleep(2000);
    q.once();
    await expect.poll(() => fake.connections, { timeout: 10_000 }).toBe(1);
    await askBoth(fake);
    expect(shardLines(a)).toEqual(['discord shard 0: leading', 'discord shard 0: lost the lease, disconnecting']);
  }, 150_000);

  it('GIVEN a leader and a standby WHEN Redis goes away THEN the leader keeps answering and the standby stays off; WHEN Redis is back THEN still one copy answers', async () => {
    const fake = await fakeDiscord();
    const a = await copy(fake, LEADING);
    const b = await copy(fake, STANDING_BY);
    await redis.kill();
    await a.bot.waitFor(/"msg":"state store: redis unreachable/, 15_000);
    // Longer than a lease: a standby that trusted its own memory would have connected by now.
    await sleep(12_000);
    expect(fake.identifies).toHaveLength(1);
    expect(fake.connections).toBe(1);
    await askBoth(fake);

    await redis.restart();
    await a.bot.waitFor(/"msg":"state store: redis back"/, 15_000);
    await b.bot.waitFor(/"msg":"state store: redis back"/, 15_000);
    // The standby waits one lease with Redis back before it tries again: time for the leader to renew.
    await sleep(14_000);
    expect(fake.identifies).toHaveLength(1);
    expect(fake.connections).toBe(1);
    await askBoth(fake);
    expect(shardLines(a)).toEqual(['discord shard 0: leading']);
    expect(shardLines(b)).toEqual(['discord shard 0: standing by']);
  }, 150_000);
});

describe('Shards split over hosts: DISCORD_SHARDS=2 with DISCORD_SHARD_IDS, sharing a real Redis', () => {
  it('GIVEN one copy per shard and a third for both THEN each shard identifies once and answers once; WHEN the copy of shard 0 stops THEN the third takes shard 0 at once', async () => {
    const fake = await fakeDiscord();
    const a = await copy(fake, LEADING, { DISCORD_SHARDS: '2', DISCORD_SHARD_IDS: '0' });
    const b = await copy(fake, /"msg":"discord shard 1: leading"[\s\S]*"msg":"discord ready"/, { DISCORD_SHARDS: '2', DISCORD_SHARD_IDS: '1' });
    const c = await copy(fake, /"msg":"discord shard \d: standing by"[\s\S]*"msg":"discord shard \d: standing by"[\s\S]*"msg":"started"/,
      { DISCORD_SHARDS: '2', DISCORD_SHARD_IDS: '0-1' });
    expect(fake.identifies.map((i) => i.shard)).toEqual([[0, 2], [1, 2]]);
    expect(fake.connectedShards()).toEqual([0, 1]);
    await askBoth(fake, 0);
    await askBoth(fake, 1);

    a.bot.signal('SIGTERM');
    expect((await a.bot.exited).code).toBe(0);
    const stopped = performance.now();
    await c.bot.waitFor(/"msg":"discord ready"/, 30_000);
    const took = performance.now() - stopped;
    console.info(`shard 0 taken over ${Math.round(took)} ms after its host stopped (a new shard process included)`);
    expect(took).toBeLessThan(15_000);
    expect(fake.identifies.map((i) => i.shard)).toEqual([[0, 2], [1, 2], [0, 2]]);
    await expect.poll(() => fake.connectedShards(), { timeout: 5000 }).toEqual([0, 1]);
    await askBoth(fake, 0);
    expect(shardLines(c).sort()).toEqual(['discord shard 0: leading', 'discord shard 0: standing by', 'discord shard 1: standing by']);
    expect(shardLines(b)).toEqual(['discord shard 1: leading']);
  }, 180_000);
});
