// The catalog's metrics follow a live reload, as a process: `npm start` (the
// terminal chat) with METRICS=on serves a copy of the shipped folder; an edit,
// then a broken edit, show in the version and the last reload's result at the
// next scrape on 127.0.0.1.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SHIPPED_CATALOG, tempDir } from '../helpers/catalog.js';
import { BotProcess, builtEntry, type Build } from './botProcess.js';

let build: Build;
beforeAll(() => { build = builtEntry(); }, 120_000);

const series = (text: string, name: string): string | undefined => text.split('\n').find((l) => l.startsWith(name));

describe('GIVEN METRICS=on and a catalog that is edited while the bot runs', () => {
  it('WHEN an edit is served, then one is refused THEN the scrape shows the new version, then a failed reload with its problems', async () => {
    const dir = join(tempDir(), 'catalog');
    cpSync(SHIPPED_CATALOG, dir, { recursive: true });
    const availability = join(dir, 'availability.csv');
    const shipped = readFileSync(availability, 'utf8');
    const bot = new BotProcess(build.main, { CATALOG_DIR: dir, CATALOG_DB: join(tempDir(), 'catalog.sqlite'), METRICS: 'on', METRICS_PORT: '0' }, { input: true });
    try {
      await bot.waitFor(/metrics served at http:\/\/127\.0\.0\.1:\d+\/metrics/, 30_000);
      const url = /metrics served at (\S+)/.exec(bot.stderr)![1]!;
      const before = await (await fetch(url)).text();
      const first = /version ([0-9a-f]{12})\)/.exec(bot.stderr)![1]!;
      expect(series(before, 'availability_catalog_info{')).toBe(`availability_catalog_info{version="${first}"} 1`);
      // No reload yet: no result to show, rather than a 0 that reads as a failure.
      expect(series(before, 'availability_reload_success ')).toBeUndefined();

      writeFileSync(availability, shipped.replace('redmi-phones,amazon,IT,available', 'redmi-phones,amazon,IT,ended'));
      await bot.waitFor(/catalog reloaded: .*\(version [0-9a-f]{12} → ([0-9a-f]{12})\)/, 20_000);
      const second = /→ ([0-9a-f]{12})\)/.exec(bot.stderr)![1]!;
      const served = await (await fetch(url)).text();
      expect(second).not.toBe(first);
      expect(series(served, 'availability_catalog_info{')).toBe(`availability_catalog_info{version="${second}"} 1`);
      expect(series(served, 'availability_reload_success ')).toBe('availability_reload_success 1');
      expect(series(served, 'availability_reload_problems ')).toBe('availability_reload_problems 0');
      const at = Number(series(served, 'availability_reload_timestamp_seconds ')?.split(' ')[1]);
      expect(Math.abs(at - Date.now() / 1000)).toBeLessThan(60);

      writeFileSync(availability, `${readFileSync(availability, 'utf8')}x,y\n`);
      await bot.waitFor(/catalog edit not loaded \(1 problem\)/, 20_000);
      const refused = await (await fetch(url)).text();
      expect(series(refused, 'availability_reload_success ')).toBe('availability_reload_success 0');
      expect(series(refused, 'availability_reload_problems ')).toBe('availability_reload_problems 1');
      // The last good catalog still serves, and says so.
      expect(series(refused, 'availability_catalog_info{')).toBe(`availability_catalog_info{version="${second}"} 1`);
      bot.endInput();
      expect((await bot.exited).code).toBe(0);
    } finally {
      await bot.kill();
    }
  }, 90_000);
});
