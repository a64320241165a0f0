// Which catalog `npm start` serves, as a process: always the folder CATALOG_DIR names, said
// in one line at every start; a folder or a database file that cannot work stops the start
// with one line naming its key.
import { appendFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SHIPPED_CATALOG, SMALL_CATALOG, tempDir, writeCatalogDir } from '../helpers/catalog.js';
import { builtEntry, runToExit, type Build } from './botProcess.js';

let build: Build;
beforeAll(() => { build = builtEntry(); }, 120_000);

const lines = (s: string): string[] => s.split('\n').filter((l) => l !== '');

describe('GIVEN npm start in the terminal (no tokens)', () => {
  it('WHEN CATALOG_DIR names one folder, then another, over the same CATALOG_DB THEN each start serves the one named and says so', async () => {
    const db = join(tempDir(), 'catalog.sqlite');
    const small = writeCatalogDir(SMALL_CATALOG);
    const shipped = await runToExit(build.main, { CATALOG_DIR: SHIPPED_CATALOG, CATALOG_DB: db });
    expect(shipped.exit).toEqual({ code: 0, signal: null });
    expect(lines(shipped.stderr)).toHaveLength(1);
    expect(shipped.stderr).toMatch(/^catalog \/\S+\/data\/catalog: 4 products, 7 retailers, 8 countries, 32 availability rows, latest source 2018-05-03; built, ready in \d+ ms \(version [0-9a-f]{12}\)\n$/);
    expect(shipped.stdout).toContain('Mi smartphones');

    const other = await runToExit(build.main, { CATALOG_DIR: small, CATALOG_DB: db });
    expect(other.exit.code).toBe(0);
    expect(lines(other.stderr)).toHaveLength(1);
    expect(other.stderr).toContain(`catalog ${small}: `);
    expect(other.stderr).toMatch(/; built, ready in \d+ ms/);
    expect(other.stdout).not.toContain('Mi smartphones');

    const again = await runToExit(build.main, { CATALOG_DIR: small, CATALOG_DB: db });
    expect(again.stderr).toMatch(/; up to date, ready in \d+ ms/);
    const back = await runToExit(build.main, { CATALOG_DIR: SHIPPED_CATALOG, CATALOG_DB: db });
    expect(back.stderr).toMatch(/data\/catalog: 4 products.*; built, ready in/);
  }, 60_000);

  it('WHEN the folder is broken after a good build THEN a restart serves that last good build and lists the problems; with no good build the start stops', async () => {
    const db = join(tempDir(), 'catalog.sqlite');
    const dir = join(tempDir(), 'catalog');
    cpSync(SHIPPED_CATALOG, dir, { recursive: true });
    expect((await runToExit(build.main, { CATALOG_DIR: dir, CATALOG_DB: db })).exit.code).toBe(0);
    appendFileSync(join(dir, 'availability.csv'), 'x,y\n');
    const restarted = await runToExit(build.main, { CATALOG_DIR: dir, CATALOG_DB: db });
    expect(restarted.exit).toEqual({ code: 0, signal: null });
    expect(lines(restarted.stderr)).toEqual([
      'availability.csv:18: has 2 columns, the header has 11',
      expect.stringMatching(/^catalog \/\S+: 4 products, 7 retailers, 8 countries, 32 availability rows, latest source 2018-05-03; the last good build \(the folder's edit has 1 problem\), ready in \d+ ms \(version [0-9a-f]{12}\)$/),
    ]);
    expect(restarted.stdout).toContain('Mi smartphones');
    // Another database file holds no good build of this folder: nothing to serve.
    const first = await runToExit(build.main, { CATALOG_DIR: dir, CATALOG_DB: join(tempDir(), 'catalog.sqlite') });
    expect(first.exit.code).toBe(2);
    expect(lines(first.stderr)).toEqual([`catalog ${dir} has problems:`, 'availability.csv:18: has 2 columns, the header has 11']);
  }, 60_000);

  it('WHEN CATALOG_DIR names a folder that does not exist THEN one line names CATALOG_DIR and the start stops with 2', async () => {
    const db = join(tempDir(), 'catalog.sqlite');
    const r = await runToExit(build.main, { CATALOG_DIR: '/nowhere/does/not/exist', CATALOG_DB: db });
    expect(r.exit).toEqual({ code: 2, signal: null });
    expect(r.stdout).toBe('');
    expect(lines(r.stderr)).toEqual(['configuration: CATALOG_DIR: /nowhere/does/not/exist does not exist']);
  });

  it('WHEN CATALOG_DIR names a file THEN one line names CATALOG_DIR', async () => {
    const r = await runToExit(build.main, { CATALOG_DIR: join(SHIPPED_CATALOG, 'products.csv'), CATALOG_DB: join(tempDir(), 'c.sqlite') });
    expect(r.exit.code).toBe(2);
    expect(lines(r.stderr)).toEqual([`configuration: CATALOG_DIR: ${join(SHIPPED_CATALOG, 'products.csv')} is not a folder`]);
  });

  it('WHEN CATALOG_DB cannot be written THEN one line names CATALOG_DB and why, and the start stops with 2', async () => {
    const db = join(tempDir(), 'no', 'such', 'folder', 'catalog.sqlite');
    const r = await runToExit(build.main, { CATALOG_DIR: SHIPPED_CATALOG, CATALOG_DB: db });
    expect(r.exit).toEqual({ code: 2, signal: null });
    expect(r.stdout).toBe('');
    expect(lines(r.stderr)).toEqual([`configuration: CATALOG_DB: cannot write ${db}: its folder does not exist`]);
  });
});
