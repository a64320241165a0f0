import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MockAgent, getGlobalDispatcher, setGlobalDispatcher } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { DeathWindow } from '../../../adapters/discord/deaths.js';
import { startShards } from '../../../adapters/discord/shard.js';
import { ConfigError } from '../../../adapters/shared/config.js';
import type { FatalError } from '../../../adapters/shared/fatal.js';
import { createLogger } from '../../../adapters/shared/logger.js';
import { FakeDiscord } from '../../fakes/discord/fakeDiscord.js';
import { TOKEN } from '../../fixtures/discord/payloads.js';

const CHILD = fileURLToPath(new URL('../../fixtures/discord/shardChild.mjs', import.meta.url));
const DYING = fileURLToPath(new URL('../../fixtures/discord/dyingShard.mjs', import.meta.url));
const CONFIG = { token: TOKEN, applicationId: null, guildId: null } as const;

const folders: string[] = [];
afterEach(() => {
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
});

/** A folder where each run of dyingShard.mjs leaves its pid. */
function runsFolder(): { dir: string; runs: () => number; alive: () => number[] } {
  const dir = mkdtempSync(join(tmpdir(), 'avail-shards-'));
  folders.push(dir);
  const pids = () => readdirSync(dir).map((f) => Number(readFileSync(join(dir, f), 'utf8')));
  const alive = (pid: number): boolean => { try { process.kill(pid, 0); return true; } catch { return false; } };
  return { dir, runs: () => readdirSync(dir).length, alive: () => pids().filter(alive) };
}

describe('startShards (discord.js ShardingManager)', () => {
  it('GIVEN DISCORD_SHARDS=2 THEN two processes identify as shards 0 and 1 of 2, and stop ends both', async () => {
    const fake = await FakeDiscord.start({ token: TOKEN });
    const logs: string[] = [];
    const logger = createLogger('info', [TOKEN], { write: (l: string) => { logs.push(l); } });
    try {
      const running = await startShards({
        config: { ...CONFIG, shards: 2 }, logger, file: CHILD, shardArgs: [fake.api], delayMs: 50,
      });
      expect(fake.identifies.map((i) => i.shard).sort()).toEqual([[0, 2], [1, 2]]);
      expect(fake.connections).toBe(2);
      expect(logs.filter((l) => l.includes('discord shard launched'))).toHaveLength(2);
      await running.stop();
      await expect.poll(() => fake.connections, { timeout: 3000 }).toBe(0);
      expect(logs.join('')).not.toContain(TOKEN);
    } finally {
      await fake.close();
    }
  }, 20_000);

  it('GIVEN the shard script is missing THEN start says to build first', async () => {
    const logger = createLogger('silent');
    const start = startShards({ config: { token: TOKEN, applicationId: null, guildId: null, shards: 2 }, logger, file: '/nonexistent/shardMain.js' });
    await expect(start).rejects.toThrow(/npm run build/);
  });

  it('GIVEN DISCORD_SHARDS=auto THEN the count is what the configured REST base recommends, and discord.com is never asked', async () => {
    // ShardingManager's own auto asks discord.com through undici's global dispatcher: here that fails the start instead of leaving the machine.
    const previous = getGlobalDispatcher();
    const loopbackOnly = new MockAgent();
    loopbackOnly.disableNetConnect();
    loopbackOnly.enableNetConnect((host) => host.startsWith('127.0.0.1:'));
    setGlobalDispatcher(loopbackOnly);
    const fake = await FakeDiscord.start({ token: TOKEN, shards: 2 });
    try {
      const running = await startShards({ config: { ...CONFIG, shards: 'auto', apiUrl: fake.api }, logger: createLogger('silent'), file: CHILD, shardArgs: [fake.api], delayMs: 50 });
      expect(fake.identifies.map((i) => i.shard).sort()).toEqual([[0, 2], [1, 2]]);
      expect(fake.requests.filter((r) => r.path === '/gateway/bot').length).toBeGreaterThanOrEqual(1);
      await running.stop();
    } finally {
      setGlobalDispatcher(previous);
      await loopbackOnly.close();
      await fake.close();
    }
  }, 20_000);
});

describe('Shard supervisor: deaths and respawns', () => {
  it('GIVEN deaths of one shard THEN the third within the window trips, older ones are forgotten, and shards count apart', () => {
    let now = 0;
    const deaths = new DeathWindow(3, 1000, () => now);
    expect(deaths.record(0)).toBe(false);
    expect(deaths.record(1)).toBe(false);
    now = 500;
    expect(deaths.record(0)).toBe(false);
    expect(deaths.record(1)).toBe(false);
    now = 1200; // the first deaths of both are out of the window now
    expect(deaths.record(0)).toBe(false);
    now = 1400;
    expect(deaths.record(0)).toBe(true);
    expect(deaths.record(1)).toBe(false);
  });

  it('GIVEN a shard that dies once after it was ready THEN the manager forks it again, and nothing is fatal', async () => {
    const folder = runsFolder();
    const fatal: FatalError[] = [];
    const logs: string[] = [];
    const running = await startShards({
      config: { ...CONFIG, shards: 1 }, logger: createLogger('info', [TOKEN], { write: (l: string) => { logs.push(l); } }),
      fatal: (err) => { fatal.push(err); }, file: DYING, shardArgs: [folder.dir, 'once'], delayMs: 0,
    });
    await expect.poll(folder.runs, { timeout: 8000 }).toBe(2);
    await expect.poll(() => logs.some((l) => l.includes('discord shard exited') && l.includes('"code":1') && l.includes('DISCORD_TOKEN'))).toBe(true);
    await running.stop();
    expect(fatal).toEqual([]);
    expect(folder.alive()).toEqual([]);
    // The stop's own kills are not deaths: no line, nothing counted.
    expect(logs.filter((l) => l.includes('discord shard exited'))).toHaveLength(1);
  }, 20_000);

  it('GIVEN a shard that keeps dying THEN after the third death the supervisor reports one fatal error naming the setting its shard named', async () => {
    const folder = runsFolder();
    const fatal: FatalError[] = [];
    const running = await startShards({
      config: { ...CONFIG, shards: 1 }, logger: createLogger('silent'),
      fatal: (err) => { fatal.push(err); }, file: DYING, shardArgs: [folder.dir, 'always'], delayMs: 0,
    });
    await expect.poll(() => fatal.length, { timeout: 15_000 }).toBe(1);
    expect(fatal[0]!.key).toBe('DISCORD_TOKEN');
    expect(fatal[0]!.message).toMatch(/^DISCORD_TOKEN: shard 0 exited 3 times within 5 min; last: Discord rejected this token/);
    await running.stop();
    // No more forks once it is fatal and stopped (one replacement may have been forked as it tripped).
    const runs = folder.runs();
    expect(runs).toBeLessThanOrEqual(4);
    await new Promise((r) => setTimeout(r, 500));
    expect(folder.runs()).toBe(runs);
    expect(folder.alive()).toEqual([]);
  }, 30_000);

  it('GIVEN a shard that cannot start THEN start fails with the error its process reported, and no shard is left running', async () => {
    const folder = runsFolder();
    const start = startShards({ config: { ...CONFIG, shards: 1 }, logger: createLogger('silent'), file: DYING, shardArgs: [folder.dir, 'never'], delayMs: 0 });
    const err = await start.then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).key).toBe('DISCORD_TOKEN');
    expect((err as Error).message).toBe('DISCORD_TOKEN: shard 0: Discord rejected this token');
    const runs = folder.runs();
    await new Promise((r) => setTimeout(r, 500));
    expect(folder.runs(), 'no respawn loop after a failed start').toBe(runs);
    expect(folder.alive()).toEqual([]);
  }, 20_000);
});

