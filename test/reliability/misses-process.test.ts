// The misses log and the metrics as a user turns them on: `npm start` (the
// terminal chat) with MISSES_LOG=on and METRICS=on answers a batch of questions,
// /metrics is scraped on 127.0.0.1 meanwhile, and after the chat ends
// `avail misses` prints the data team's to-do list. All through the built entry points.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SHIPPED_CATALOG, tempDir } from '../helpers/catalog.js';
import { BotProcess, builtEntry, runToExit, type Build } from './botProcess.js';

let build: Build;
let avail: string;
beforeAll(() => { build = builtEntry(); avail = join(dirname(build.main), 'cli/avail.js'); }, 120_000);

/** `avail ARGS` in a folder of its own with only `env`: its code and output. */
function runAvail(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [avail, ...args], { cwd: mkdtempSync(join(tmpdir(), 'avail-run-')), env: { PATH: process.env.PATH ?? '', ...env } },
      (err, stdout, stderr) => { resolve({ code: err ? Number((err as { code?: unknown }).code) : 0, stdout, stderr }); });
  });
}

const QUESTIONS = [
  'does Elkjøp sell the Redmi?',
  'is redmi sold in sweden?',
  'does elkjøp sell xiaomi phones?',
  'what is the price of redmi?',
  'can I buy a Zorblax at Currys?',
  'is redmi sold in Lisbon?',
  'Does Elkjøp have the Mi Store stuff?',
];

describe('GIVEN MISSES_LOG=on and METRICS=on in the terminal chat', () => {
  it('WHEN a batch of questions is asked THEN /metrics counts them while it runs, and avail misses lists the top names and questions after', async () => {
    const dir = tempDir();
    const misses = join(dir, 'misses.sqlite');
    const bot = new BotProcess(build.main, {
      CATALOG_DIR: SHIPPED_CATALOG, CATALOG_DB: join(dir, 'catalog.sqlite'), MISSES_LOG: 'on', MISSES_DB: misses,
      METRICS: 'on', METRICS_PORT: '0', LANG: 'en_US.UTF-8',
    }, { input: true });
    try {
      await bot.waitFor(/metrics served at (http:\/\/127\.0\.0\.1:\d+\/metrics)/, 30_000);
      const url = /metrics served at (http:\/\/127\.0\.0\.1:\d+\/metrics)/.exec(bot.stderr)![1]!;
      for (const q of QUESTIONS) bot.type(q);
      await bot.waitFor(new RegExp(`(^bot> [^]*){${QUESTIONS.length}}`, 'm'), 15_000);
      let text = '';
      for (let i = 0; i < 50 && !text.includes(`availability_turns_total{platform="terminal",outcome="answered"} ${QUESTIONS.length}`); i++) {
        text = await (await fetch(url)).text();
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(text).toContain(`availability_turns_total{platform="terminal",outcome="answered"} ${QUESTIONS.length}`);
      expect(text).toContain('availability_answers_total{platform="terminal",verdict="yes",language="en"} 1');
      expect(text).toContain('availability_unread_answers_total{platform="terminal"} 5');
      expect(text).toMatch(/^availability_catalog_info\{version="[0-9a-f]{12}"\} 1$/m);
      expect(text).toMatch(/^process_resident_memory_bytes \d+/m);
      bot.endInput();
      expect(await bot.exited).toEqual({ code: 0, signal: null });
    } finally {
      await bot.kill();
    }

    const listed = await runAvail(['misses'], { MISSES_DB: misses });
    expect(listed.code).toBe(0);
    const lines = listed.stdout.split('\n');
    expect(lines[0]).toMatch(/^misses log \/\S+misses\.sqlite: 4 names and 1 question, asked 7 times since \d{4}-\d\d-\d\d \d\d:\d\d UTC$/);
    const names = lines.indexOf('Names the catalog lacks, most asked first:');
    expect(lines[names + 1]).toMatch(/^ {2}asked {2}last asked +kind +name +asked as$/);
    // Most asked first: Elkjøp three times, as first written with its capital, with the last question it came in.
    expect(lines[names + 2]).toMatch(/^ {6}3 {2}\d{4}-\d\d-\d\d \d\d:\d\d UTC {2}name {3}Elkjøp +Does Elkjøp have the Mi Store stuff\?$/);
    expect(listed.stdout).toMatch(/ 1 {2}\S+ \S+ UTC {2}place {2}Lisbon +is redmi sold in Lisbon\?/);
    expect(listed.stdout).toMatch(/Questions not understood or out of scope, most asked first:\n.*\n {6}1 {2}\S+ \S+ UTC {2}out of scope {2}what is the price of redmi\?/);

    const top = await runAvail(['misses', '--top', '1', '--json'], { MISSES_DB: misses });
    const json = JSON.parse(top.stdout) as { names: { text: string; count: number }[]; questions: unknown[]; asked: number };
    expect(json.names.map((n) => [n.text, n.count])).toEqual([['Elkjøp', 3]]);
    expect(json.asked).toBe(7);
  }, 90_000);

  it('WHEN there is no misses log yet THEN avail misses says how to turn it on', async () => {
    const r = await runAvail(['misses'], { MISSES_DB: join(tempDir(), 'none.sqlite') });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^No misses log at \S+none\.sqlite yet\. .*MISSES_LOG=on/);
    expect(r.stderr).toBe('');
    const wrong = await runAvail(['misses', '--top', 'many'], {});
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/^usage: .*avail misses \[--top N\] \[--json\]/);
  });

  it('WHEN MISSES_DB cannot be a misses log THEN the start stops with one line naming MISSES_DB, and avail misses too', async () => {
    const dir = tempDir();
    const notSqlite = join(dir, 'notes.txt');
    writeFileSync(notSqlite, 'shopping list\n'.repeat(100));
    const catalog = { CATALOG_DIR: SHIPPED_CATALOG, CATALOG_DB: join(dir, 'catalog.sqlite'), CATALOG_WATCH: 'off' };
    const start = await runToExit(build.main, { ...catalog, MISSES_LOG: 'on', MISSES_DB: notSqlite });
    expect(start.exit.code).toBe(2);
    // Said before the catalog is built: the one line there is.
    expect(start.stderr).toMatch(/^configuration: MISSES_DB: \S*notes\.txt: file is not a database\n$/);
    const sameAsCatalog = await runToExit(build.main, { ...catalog, MISSES_LOG: 'on', MISSES_DB: catalog.CATALOG_DB });
    expect(sameAsCatalog.exit.code).toBe(2);
    expect(sameAsCatalog.stderr).toBe("configuration: MISSES_DB: must not be the catalog's file (CATALOG_DB): the catalog is only read\n");
    const listed = await runAvail(['misses'], { MISSES_DB: notSqlite });
    expect(listed.code).toBe(2);
    expect(listed.stderr).toMatch(/^configuration: MISSES_DB: .*notes\.txt.*\n$/);
  }, 60_000);
});
