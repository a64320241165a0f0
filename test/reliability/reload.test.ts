// Live reload as a process: `npm start` in the terminal, answering a steady
// stream of questions while its catalog's files are edited under it. Every
// question is answered, each answer is wholly the old catalog's or wholly the
// new one's, an edit shows within seconds, and a broken edit keeps the last
// good catalog serving and says why in `file:line: reason` lines.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SHIPPED_CATALOG, tempDir } from '../helpers/catalog.js';
import { BotProcess, builtEntry, type Build } from './botProcess.js';

let build: Build;
beforeAll(() => { build = builtEntry(); }, 120_000);

const running: BotProcess[] = [];
afterEach(async () => { for (const b of running.splice(0)) await b.kill(); });

const QUESTION = 'can I buy a Redmi at Amazon in Italy?';
/** The first line of the answer under each catalog: the shipped one, and the one where that row has ended. */
const BEFORE = 'Yes: Redmi smartphones at Amazon in Italy.';
const AFTER = 'No: Redmi smartphones at Amazon in Italy is no longer sold.';

/** The first line of every answer the chat printed so far. */
function answers(stdout: string): string[] {
  return stdout.split('bot> ').slice(1).map((a) => a.split('\n')[0]!.trim());
}

function start(env: Record<string, string>): BotProcess {
  const bot = new BotProcess(build.main, { LANG: 'en_US.UTF-8', ...env }, { input: true });
  running.push(bot);
  return bot;
}

/** Asks the question every `everyMs` until stopped; returns how many were asked. */
function stream(bot: BotProcess, everyMs = 25): { stop: () => number } {
  let asked = 0;
  const timer = setInterval(() => { bot.type(QUESTION); asked++; }, everyMs);
  return { stop: () => { clearInterval(timer); return asked; } };
}

async function until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('GIVEN npm start serving a catalog folder', () => {
  it('WHEN a row is edited, then broken, then mended under a stream of questions THEN every question is answered from one catalog or the other, and a broken edit changes nothing', async () => {
    const dir = join(tempDir(), 'catalog');
    cpSync(SHIPPED_CATALOG, dir, { recursive: true });
    const db = join(tempDir(), 'catalog.sqlite');
    const availability = join(dir, 'availability.csv');
    const shipped = readFileSync(availability, 'utf8');
    const bot = start({ CATALOG_DIR: dir, CATALOG_DB: db });
    await bot.waitFor(/ready in \d+ ms/);
    const questions = stream(bot);
    await until(() => answers(bot.stdout).length >= 5, 10_000, 'the first answers');

    // An edit: the row ends.
    writeFileSync(availability, shipped.replace('redmi-phones,amazon,IT,available', 'redmi-phones,amazon,IT,ended'));
    await bot.waitFor(/catalog reloaded: 4 products, 7 retailers, 8 countries, 32 availability rows \(version [0-9a-f]{12} → [0-9a-f]{12}\)/, 15_000);
    const reloadedAt = answers(bot.stdout).length;
    await until(() => answers(bot.stdout).length >= reloadedAt + 5, 10_000, 'answers after the reload');

    // A broken edit: a line with two cells. The old catalog keeps serving.
    writeFileSync(availability, `${readFileSync(availability, 'utf8')}x,y\n`);
    await bot.waitFor(/catalog reload: availability\.csv:18: has 2 columns, the header has 11\n/, 15_000);
    await bot.waitFor(/catalog edit not loaded \(1 problem\); the last good catalog keeps serving/);
    const brokenAt = answers(bot.stdout).length;
    await until(() => answers(bot.stdout).length >= brokenAt + 5, 10_000, 'answers after the broken edit');

    // Mended, back as shipped.
    writeFileSync(availability, shipped);
    await until(() => (bot.stderr.match(/catalog reloaded:/g) ?? []).length === 2, 15_000, 'the second reload');
    const mendedAt = answers(bot.stdout).length;
    await until(() => answers(bot.stdout).length >= mendedAt + 5, 10_000, 'answers after the mend');

    const asked = questions.stop();
    await until(() => answers(bot.stdout).length === asked, 10_000, 'every question answered');
    bot.endInput();
    expect((await bot.exited).code).toBe(0);

    const got = answers(bot.stdout);
    expect(got).toHaveLength(asked);
    // Each answer is one catalog's, whole: its first line, and the source line under it.
    expect(got.filter((a) => a !== BEFORE && a !== AFTER)).toEqual([]);
    // In order: the shipped catalog, the edit, (the broken edit changes nothing), the shipped catalog again.
    const runs = got.filter((a, i) => i === 0 || got[i - 1] !== a);
    expect(runs).toEqual([BEFORE, AFTER, BEFORE]);
    // The answers seen after the broken edit was refused, and before the mend was written, are the edit's.
    expect(got.slice(brokenAt, brokenAt + 5)).toEqual(Array(5).fill(AFTER));
    expect(bot.stderr).not.toMatch(/at .*\.js:\d+/);
  }, 90_000);

  it('WHEN two copies serve one folder and one database file THEN an edit reaches both, built once or twice but served alike', async () => {
    const dir = join(tempDir(), 'catalog');
    cpSync(SHIPPED_CATALOG, dir, { recursive: true });
    const db = join(tempDir(), 'catalog.sqlite');
    const a = start({ CATALOG_DIR: dir, CATALOG_DB: db });
    await a.waitFor(/ready in \d+ ms/);
    const b = start({ CATALOG_DIR: dir, CATALOG_DB: db });
    await b.waitFor(/up to date, ready in \d+ ms/);
    const availability = join(dir, 'availability.csv');
    writeFileSync(availability, readFileSync(availability, 'utf8').replace('redmi-phones,amazon,IT,available', 'redmi-phones,amazon,IT,ended'));
    const version = /→ ([0-9a-f]{12})\)/;
    await a.waitFor(version, 15_000);
    await b.waitFor(version, 15_000);
    expect(version.exec(a.stderr)![1]).toBe(version.exec(b.stderr)![1]);
    for (const bot of [a, b]) {
      bot.type(QUESTION);
      await until(() => answers(bot.stdout).length === 1, 10_000, 'an answer');
      expect(answers(bot.stdout)).toEqual([AFTER]);
      bot.endInput();
    }
  }, 60_000);

  it('WHEN CATALOG_WATCH=off THEN an edit is not picked up until the next start', async () => {
    const dir = join(tempDir(), 'catalog');
    cpSync(SHIPPED_CATALOG, dir, { recursive: true });
    const bot = start({ CATALOG_DIR: dir, CATALOG_DB: join(tempDir(), 'catalog.sqlite'), CATALOG_WATCH: 'off' });
    await bot.waitFor(/ready in \d+ ms/);
    const availability = join(dir, 'availability.csv');
    writeFileSync(availability, readFileSync(availability, 'utf8').replace('redmi-phones,amazon,IT,available', 'redmi-phones,amazon,IT,ended'));
    await new Promise((r) => setTimeout(r, 2000));
    bot.type(QUESTION);
    await until(() => answers(bot.stdout).length === 1, 10_000, 'an answer');
    expect(answers(bot.stdout)).toEqual([BEFORE]);
    expect(bot.stderr).not.toContain('reload');
    bot.endInput();
  }, 30_000);
});
