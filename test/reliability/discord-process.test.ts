// The whole `npm start` on Discord, as a process: real discord.js, its REST and
// gateway pointed at the fake Discord on 127.0.0.1 by DISCORD_API_URL. What an
// operator sees: the start, answers to a slash command and a mention, the stop
// on SIGTERM while an answer is on its way, a gateway close that cannot be
// resumed (one line naming the setting, the normal stop, a non-zero exit), a bad
// DISCORD_API_URL, shards that die and are forked again, and the registration.
import { dirname, join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { IDS, TOKEN, guildMessage, options, slashCommand, user } from '../fixtures/discord/payloads.js';
import { SHIPPED_CATALOG, buildCatalog } from '../helpers/catalog.js';
import { builtEntry, runToExit, type Build } from './botProcess.js';
import { FakeDiscord } from '../fakes/discord/fakeDiscord.js';
import { forkShard, startDiscordProcess, type DiscordProcess } from './discordProcess.js';

let build: Build;
let catalogDb: string;
beforeAll(async () => {
  build = builtEntry();
  catalogDb = await buildCatalog(SHIPPED_CATALOG);
}, 180_000);

const running: DiscordProcess[] = [];
afterEach(async () => {
  for (const r of running.splice(0)) {
    await r.bot.kill();
    await r.fake.close();
  }
});

async function start(env: Record<string, string> = {}, ready?: RegExp): Promise<DiscordProcess> {
  const r = await startDiscordProcess(build.main, catalogDb, env, ready);
  running.push(r);
  return r;
}

/** What Discord would show of an answer, for checking facts without depending on the layout. */
const shown = (body: unknown): string => JSON.stringify(body);
const QUESTION = 'can i buy a redmi at 3 store in sweden?';
const expectRedmiAt3InSweden = (text: string): void => {
  expect(text).toContain('Redmi');
  expect(text).toContain('3 Store');
  expect(text).toContain('Sweden');
  expect(text).toMatch(/Yes/);
};

describe('npm start on Discord, against a fake Discord', () => {
  it('GIVEN DISCORD_TOKEN and DISCORD_API_URL THEN it answers a slash command and a mention, and on SIGTERM mid-answer the answer still arrives and the exit is 0', async () => {
    const { bot, fake } = await start();
    const gateway = fake.requests.find((r) => r.path === '/gateway/bot');
    expect(gateway?.auth).toBe(`Bot ${TOKEN}`);
    expect(fake.identifies).toHaveLength(1);
    const health = bot.logs().filter((l) => l.msg === 'discord health');
    expect(health).toHaveLength(1);
    expect(health[0]).toMatchObject({ status: 'ok', discord: 'connected', event: 'ready', shard: 0 });
    expect(health[0]!.catalog).toMatch(/^[0-9a-f]{12}$/);

    const command = slashCommand({ user: user('1300000000000000001', 'asker'), options: options({ question: QUESTION }) });
    fake.dispatch('INTERACTION_CREATE', command);
    const callback = await fake.waitForRequest((r) => r.path.startsWith(`/interactions/${command.id}/`), 10_000);
    expect(callback.body.type).toBe(4);
    expectRedmiAt3InSweden(shown(callback.body.data));

    const mention = guildMessage({ author: user('1300000000000000002', 'mentioner'), content: QUESTION });
    const isReply = (id: string) => (r: { method: string; path: string; body: any }) =>
      r.method === 'POST' && r.path === `/channels/${IDS.channel}/messages` && r.body?.message_reference?.message_id === id;
    fake.dispatch('MESSAGE_CREATE', mention);
    const reply = await fake.waitForRequest(isReply(mention.id), 10_000);
    expectRedmiAt3InSweden(shown(reply.body));

    // The next reply is held by the fake for a while; SIGTERM comes while it is being sent.
    fake.holdNext('POST', /^\/channels\/\d+\/messages$/, 1500);
    const late = guildMessage({ author: user('1300000000000000003', 'late'), content: QUESTION });
    fake.dispatch('MESSAGE_CREATE', late);
    const held = await fake.waitForRequest(isReply(late.id), 10_000);
    expect(held.answered, 'still held when the signal is sent').toBeUndefined();
    bot.signal('SIGTERM');
    const exit = await bot.exited;
    expect(exit, bot.stderr.slice(-2000)).toEqual({ code: 0, signal: null });
    expect(held.answered, 'the held answer was fully sent before the exit').toBeDefined();
    expectRedmiAt3InSweden(shown(held.body));
    const order = ['stopping', 'catalog closed', 'stopped'].map((m) => bot.logIndex(m));
    expect(order.every((n) => n >= 0), bot.stderr.slice(-2000)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(bot.logs().filter((l) => (l.level as number) >= 50)).toEqual([]);
    expect(bot.output).not.toContain(TOKEN);
  }, 60_000);

  it('GIVEN a ready bot WHEN the gateway closes 4004 THEN one error line names DISCORD_TOKEN, then the normal stop, and the exit is 1', async () => {
    const { bot, fake } = await start();
    fake.closeGateway(4004);
    const exit = await bot.exited;
    expect(exit, bot.stderr.slice(-2000)).toEqual({ code: 1, signal: null });
    const errors = bot.logs().filter((l) => (l.level as number) >= 50);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ key: 'DISCORD_TOKEN' });
    expect(errors[0]!.msg).toMatch(/^DISCORD_TOKEN: gateway closed 4004 \(authentication failed\).*Bot page/);
    const order = [errors[0]!.msg as string, 'stopping', 'catalog closed', 'stopped'].map((m) => bot.logIndex(m));
    expect(order.every((n) => n >= 0), bot.stderr.slice(-2000)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(bot.output).not.toContain(TOKEN);
  }, 60_000);

  it('GIVEN a malformed DISCORD_API_URL THEN one configuration line names it, and the exit is 2', async () => {
    for (const bad of ['ftp://127.0.0.1/api', 'http://user:hunter2hunter2@127.0.0.1/api', 'http://127.0.0.1/api?x=1']) {
      const { exit, stdout, stderr } = await runToExit(build.main, { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: bad, CATALOG_DIR: SHIPPED_CATALOG, CATALOG_DB: catalogDb });
      expect(exit, stderr).toEqual({ code: 2, signal: null });
      const lines = (stdout + stderr).trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^configuration: DISCORD_API_URL: /);
      expect(lines[0]).not.toContain('hunter2hunter2');
    }
  }, 60_000);

  it('GIVEN DISCORD_API_URL THEN npm run discord:register registers /availability at that base', async () => {
    const fake = await FakeDiscord.start({ token: TOKEN });
    try {
      const register = join(dirname(build.main), 'discord/register.js');
      const { exit, stdout, stderr } = await runToExit(register, {
        DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.api, DISCORD_APPLICATION_ID: IDS.bot, DISCORD_GUILD_ID: IDS.guild,
      });
      expect(exit, stderr).toEqual({ code: 0, signal: null });
      expect(stdout).toMatch(/^Registered \/availability to guild/);
      expect(fake.commands.get(`/applications/${IDS.bot}/guilds/${IDS.guild}/commands`)).toHaveLength(1);
    } finally {
      await fake.close();
    }
  }, 30_000);
});

describe('npm start on Discord with DISCORD_SHARDS=2, against a fake Discord', () => {
  it('GIVEN a 4004 on one shard THEN it is forked again; WHEN the token is then revoked THEN after 3 deaths of a shard one error line names DISCORD_TOKEN and the exit is 1', async () => {
    // Both shards are up when two "discord ready" lines are out (the second spawns 5.5 s after the first).
    const { bot, fake } = await start({ DISCORD_SHARDS: '2' }, /"msg":"discord ready"[\s\S]*"msg":"discord ready"/);
    expect(fake.identifies.map((i) => i.shard).sort()).toEqual([[0, 2], [1, 2]]);

    fake.closeGateway(4004, 0);
    await expect.poll(() => fake.identifiesOf(0), { timeout: 20_000 }).toBe(2);
    expect(bot.logs().filter((l) => l.msg === 'discord shard exited')).toMatchObject([{ shard: 0, code: 1, key: 'DISCORD_TOKEN' }]);

    fake.revokeToken();
    fake.closeGateway(4004);
    const exit = await bot.exited;
    expect(exit, bot.stderr.slice(-3000)).toEqual({ code: 1, signal: null });
    const fatal = bot.logs().find((l) => l.level === 50 && l.platform === 'discord');
    expect(fatal?.msg, bot.stderr.slice(-3000)).toMatch(/^DISCORD_TOKEN: shard 0 exited 3 times within 5 min; last: /);
    const order = [fatal!.msg as string, 'stopping', 'catalog closed', 'stopped'].map((m) => bot.logIndex(m));
    expect([...order].sort((a, b) => a - b), bot.stderr.slice(-3000)).toEqual(order);
    expect(bot.output).not.toContain(TOKEN);
  }, 90_000);
});

describe('One shard process (shardMain.js) under a supervisor', () => {
  it('GIVEN a Ctrl-C, which reaches every process of the group THEN the shard ignores it; WHEN its supervisor goes away THEN it stops and exits 0', async () => {
    const fake = await FakeDiscord.start({ token: TOKEN });
    const shard = forkShard(build.main, catalogDb, fake);
    try {
      await expect.poll(() => shard.stderr(), { timeout: 30_000 }).toMatch(/"msg":"discord ready"/);
      // The supervisor stops its shards itself (SIGTERM); a shard stopping on its own would be forked again.
      shard.child.kill('SIGINT');
      await new Promise((r) => setTimeout(r, 500));
      expect(shard.child.exitCode).toBeNull();
      expect(fake.connections).toBe(1);
      // A supervisor killed outright leaves its shards without their IPC channel: they must not stay connected.
      shard.child.disconnect();
      expect(await shard.exited, shard.stderr()).toBe(0);
      expect(shard.stderr()).toMatch(/"msg":"shard stopped"/);
      await expect.poll(() => fake.connections, { timeout: 3000 }).toBe(0);
    } finally {
      shard.child.kill('SIGKILL');
      await fake.close();
    }
  }, 60_000);
});

