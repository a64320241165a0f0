// What the bot does when the gateway will not take it back: a close Discord
// says cannot be resumed, an invalid session followed by a refused identify,
// or no connection for longer than the bound. Each ends in one FatalError that
// names the setting to fix; a close that can be resumed ends in nothing worse
// than two health lines. Real discord.js against the fake Discord on 127.0.0.1.
import { afterEach, describe, expect, it } from 'vitest';
import { startBot, type BotDeps } from '../../../adapters/discord/bot.js';
import { closeProblem } from '../../../adapters/discord/gatewayClose.js';
import { ConfigError } from '../../../adapters/shared/config.js';
import { FatalError } from '../../../adapters/shared/fatal.js';
import { createLogger } from '../../../adapters/shared/logger.js';
import type { Running } from '../../../adapters/platform.js';
import { FakeDiscord } from '../../fakes/discord/fakeDiscord.js';
import { TOKEN } from '../../fixtures/discord/payloads.js';
import { MemoryStore } from '../../../adapters/state/memory.js';

const VERSION = 'cafe12345678';
const core: BotDeps['core'] = {
  answer: () => { throw new Error('not asked in these tests'); },
  turn: () => { throw new Error('not asked in these tests'); },
  suggest: () => [],
  info: () => ({ version: VERSION, products: 1, retailers: 1, countries: 1, sources: 1, latest: null, facts: 0 }),
  close: () => {},
};

interface Started { fake: FakeDiscord; fatal: FatalError[]; logs: string[]; bot: Promise<Running> }

const open: Started[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) {
    await s.bot.then((b) => b.stop(), () => {});
    await s.fake.close();
  }
});

function start(fake: FakeDiscord, noConnectionMs?: number): Started {
  const fatal: FatalError[] = [];
  const logs: string[] = [];
  const bot = startBot({
    core,
    config: { token: TOKEN, applicationId: null, guildId: null, shards: 'off' },
    shared: { catalogDir: '', catalogDb: '', logLevel: 'info', memoryTtlMs: 1000, rateLimit: { max: 1, windowMs: 1000 } },
    logger: createLogger('info', [TOKEN], { write: (l: string) => { logs.push(l); } }),
    api: fake.api,
    fatal: (err) => { fatal.push(err); },
    state: new MemoryStore(),
    ...(noConnectionMs === undefined ? {} : { noConnectionMs }),
  });
  const started = { fake, fatal, logs, bot };
  open.push(started);
  return started;
}

async function connected(noConnectionMs?: number): Promise<Started> {
  const s = start(await FakeDiscord.start({ token: TOKEN, heartbeatMs: 200 }), noConnectionMs);
  await s.bot;
  return s;
}

const health = (logs: string[]) => logs.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === 'discord health');

describe('GIVEN a gateway close code', () => {
  it('THEN the unrecoverable ones name the setting to fix, and the others are left to discord.js', () => {
    const expected: [number, string, RegExp][] = [
      [4004, 'DISCORD_TOKEN', /4004 \(authentication failed\).*Bot page/],
      [4010, 'DISCORD_SHARDS', /4010 \(invalid shard\)/],
      [4011, 'DISCORD_SHARDS', /4011 \(sharding required\).*DISCORD_SHARDS=auto/],
      [4012, 'DISCORD_API_URL', /4012 \(invalid API version\)/],
      [4013, 'DISCORD_TOKEN', /4013 \(invalid intents\)/],
      [4014, 'DISCORD_TOKEN', /4014 \(disallowed intents\).*Privileged Gateway Intents.*Developer Portal/],
    ];
    for (const [code, key, wording] of expected) {
      const problem = closeProblem(code);
      expect(problem?.key, String(code)).toBe(key);
      expect(problem?.problem).toMatch(wording);
      expect(problem?.problem.split('\n')).toHaveLength(1);
    }
    for (const code of [1000, 1001, 1006, 4000, 4001, 4002, 4003, 4005, 4007, 4008, 4009, 4200]) expect(closeProblem(code), String(code)).toBeNull();
  });
});

describe('Discord gateway: fatal closes (real discord.js, fake Discord)', () => {
  it.each([
    [4004, 'DISCORD_TOKEN'], [4010, 'DISCORD_SHARDS'], [4011, 'DISCORD_SHARDS'], [4012, 'DISCORD_API_URL'], [4013, 'DISCORD_TOKEN'], [4014, 'DISCORD_TOKEN'],
  ])('GIVEN a ready bot WHEN the gateway closes %i THEN fatal is reported once, naming %s', async (code, key) => {
    const s = await connected();
    s.fake.closeGateway(code);
    await expect.poll(() => s.fatal.length, { timeout: 5000 }).toBe(1);
    expect(s.fatal[0]).toBeInstanceOf(FatalError);
    expect(s.fatal[0]!.key).toBe(key);
    expect(s.fatal[0]!.message).toContain(`gateway closed ${code}`);
    expect(s.logs.join('')).not.toContain(TOKEN);
  });

  it('GIVEN an invalid session that cannot be resumed WHEN the new identify is refused with 4004 THEN fatal names DISCORD_TOKEN', async () => {
    const s = await connected();
    s.fake.identifyReply = 4004;
    s.fake.invalidSession(false);
    await expect.poll(() => s.fatal.length, { timeout: 8000 }).toBe(1);
    expect(s.fatal[0]!.key).toBe('DISCORD_TOKEN');
    expect(s.fake.identifies.length).toBeGreaterThanOrEqual(2);
  });

  it('GIVEN an invalid session that cannot be resumed WHEN the new identify is never answered THEN fatal comes once the bound has passed', async () => {
    const s = await connected(1000);
    s.fake.identifyReply = 'ignore';
    s.fake.invalidSession(false);
    await expect.poll(() => s.fatal.length, { timeout: 10_000 }).toBe(1);
    expect(s.fatal[0]!.key).toBe('DISCORD_API_URL');
    expect(s.fatal[0]!.message).toMatch(/no gateway connection for 1 s/);
  });

  it('GIVEN a ready bot WHEN Discord cannot be reached for longer than the bound THEN fatal names DISCORD_API_URL, once', async () => {
    const s = await connected(1000);
    s.fake.gatewayDown = true;
    s.fake.closeGateway(4000);
    await expect.poll(() => s.fatal.length, { timeout: 10_000 }).toBe(1);
    expect(s.fatal[0]!.key).toBe('DISCORD_API_URL');
    expect(s.fake.gatewayQueries.length, 'discord.js kept trying meanwhile').toBeGreaterThan(1);
    // Each failed attempt is not a new line: one for the drop, none for the retries.
    expect(health(s.logs).map((l) => l.event)).toEqual(['ready', 'disconnected']);
    // The watchdog reports once: the entry point stops the bot, it does not need reminding.
    await new Promise((r) => setTimeout(r, 1500));
    expect(s.fatal).toHaveLength(1);
  });
});

describe('Discord gateway: start', () => {
  it('GIVEN the gateway refuses the identify with 4004 THEN start fails with a ConfigError naming DISCORD_TOKEN and the close', async () => {
    const fake = await FakeDiscord.start({ token: TOKEN });
    fake.identifyReply = 4004;
    const s = start(fake);
    const err = await s.bot.then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).key).toBe('DISCORD_TOKEN');
    expect((err as Error).message).toContain('gateway closed 4004');
    expect(s.fatal, 'a start that fails throws; it does not also report').toEqual([]);
  });

  it('GIVEN a gateway that drops every connection THEN start fails with a FatalError once the bound has passed', async () => {
    const fake = await FakeDiscord.start({ token: TOKEN });
    fake.gatewayDown = true;
    const s = start(fake, 1000);
    const err = await s.bot.then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(FatalError);
    expect((err as FatalError).key).toBe('DISCORD_API_URL');
    expect(s.fatal).toEqual([]);
  });
});

describe('Discord gateway: health lines', () => {
  it('GIVEN a close that can be resumed THEN the bot resumes, nothing is fatal, and one line says each change, with the catalog version', async () => {
    const s = await connected();
    await expect.poll(() => health(s.logs).length, { timeout: 3000 }).toBe(1);
    s.fake.closeGateway(4000);
    await expect.poll(() => health(s.logs).length, { timeout: 5000 }).toBe(3);
    // A few heartbeats later (every 200 ms): still three lines, no periodic ones.
    await new Promise((r) => setTimeout(r, 800));
    const lines = health(s.logs);
    expect(lines.map((l) => [l.event, l.discord, l.status])).toEqual([
      ['ready', 'connected', 'ok'], ['disconnected', 'disconnected', 'degraded'], ['resumed', 'connected', 'ok'],
    ]);
    expect(lines.every((l) => l.shard === 0 && l.catalog === VERSION)).toBe(true);
    expect(lines[1]!.level).toBe(40);
    expect(s.fake.resumes).toHaveLength(1);
    expect(s.fatal).toEqual([]);
  });

  it('GIVEN stop THEN nothing is fatal and no disconnection is logged for it', async () => {
    const s = await connected();
    await (await s.bot).stop();
    await expect.poll(() => s.fake.connections, { timeout: 3000 }).toBe(0);
    await new Promise((r) => setTimeout(r, 300));
    expect(health(s.logs).map((l) => l.event)).toEqual(['ready']);
    expect(s.fatal).toEqual([]);
  });
});

describe('Discord gateway: a stop while a connection is half made', () => {
  it('GIVEN the bot is reconnecting and its socket still connecting WHEN it stops and that socket is then reset THEN nothing is uncaught', async () => {
    const uncaught: unknown[] = [];
    const record = (err: unknown): void => { uncaught.push(err); };
    process.on('uncaughtException', record);
    try {
      const s = await connected();
      s.fake.holdGateway = true;
      s.fake.closeGateway(4000);
      await expect.poll(() => s.fake.held.size, { timeout: 5000 }).toBeGreaterThan(0);
      await (await s.bot).stop();
      s.fake.resetHeld();
      await new Promise((r) => setTimeout(r, 300));
      expect(uncaught).toEqual([]);
      expect(s.fatal).toEqual([]);
    } finally {
      process.off('uncaughtException', record);
    }
  });
});
