// `avail` as a user runs it (node dist/adapters/cli/avail.js): check, import and
// export, what each prints and its exit code; a CATALOG_DB (or --db) that cannot
// work is one line naming it.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOG_FILES } from '../../../src/catalog/files.js';
import { SHIPPED_CATALOG, SMALL_CATALOG, tempDir, writeCatalogDir } from '../../helpers/catalog.js';
import { builtEntry } from '../../reliability/botProcess.js';

let avail: string;
beforeAll(() => { avail = join(dirname(builtEntry().main), 'cli', 'avail.js'); }, 120_000);

interface Run { code: number | null; stdout: string; stderr: string }

function run(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [avail, ...args], { cwd: tempDir(), env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = ''; let stderr = '';
    child.stdout.on('data', (c: Buffer) => { stdout += c.toString('utf8'); });
    child.stderr.on('data', (c: Buffer) => { stderr += c.toString('utf8'); });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const lines = (s: string): string[] => s.split('\n').filter((l) => l !== '');
const BROKEN = { ...SMALL_CATALOG, 'availability.csv': `${SMALL_CATALOG['availability.csv']!}mi,three,SE,available,,yes,,src\nredmi,Three,DK,available,,yes,,src\n` };

describe('GIVEN avail check', () => {
  it('WHEN the folder is clean THEN one summary line of counts, exit 0, and no catalog file is made', async () => {
    const db = join(tempDir(), 'catalog.sqlite');
    const dir = writeCatalogDir(SMALL_CATALOG);
    const r = await run(['check', dir], { CATALOG_DB: db });
    expect(r).toEqual({ code: 0, stderr: '',
      stdout: `checked ${dir}: 1 source, 7 products, 4 retailers, 5 countries, 8 availability rows on 6 lines, 1 event; no problems\n` });
    expect(existsSync(db)).toBe(false);
  });

  it('WHEN the folder has problems THEN each is a file:line: reason line, a count last, and exit 1', async () => {
    const dir = writeCatalogDir(BROKEN);
    const r = await run(['check', dir], { CATALOG_DB: join(tempDir(), 'catalog.sqlite') });
    expect(r.code).toBe(1);
    expect(lines(r.stdout)).toEqual([
      'availability.csv:8: duplicate row for mi at three in SE (first at line 3)',
      'availability.csv:9: unknown retailer "Three" (ids are lowercase: "three")',
    ]);
    expect(lines(r.stderr)).toEqual([`check failed: 2 problems in ${dir}`]);
  });
});

describe('GIVEN avail import', () => {
  it('WHEN standard error is not a terminal THEN it prints the summary line alone', async () => {
    const db = join(tempDir(), 'catalog.sqlite');
    const r = await run(['import', SHIPPED_CATALOG], { CATALOG_DB: db });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(lines(r.stdout)).toHaveLength(1);
    expect(r.stdout).toMatch(new RegExp(`^imported ${SHIPPED_CATALOG} into ${db}: 1 source, 4 products, 7 retailers, 8 countries, 32 availability rows on 16 lines, 7 events in \\d+\\.\\d s\\n$`));
    expect(existsSync(db)).toBe(true);
  });

  it('WHEN the folder has problems THEN the problems, one line that the catalog is unchanged, and exit 1', async () => {
    const db = join(tempDir(), 'catalog.sqlite');
    const r = await run(['import', writeCatalogDir(BROKEN)], { CATALOG_DB: db });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(lines(r.stderr)).toEqual([
      'availability.csv:8: duplicate row for mi at three in SE (first at line 3)',
      'availability.csv:9: unknown retailer "Three" (ids are lowercase: "three")',
      `import failed: 2 problems; ${db} is unchanged`,
    ]);
    expect(existsSync(db)).toBe(false);
  });

  it('WHEN CATALOG_DB cannot be written THEN one line names CATALOG_DB and why, exit 2', async () => {
    const db = join(tempDir(), 'no', 'such', 'catalog.sqlite');
    const r = await run(['import', SHIPPED_CATALOG], { CATALOG_DB: db });
    expect(r).toEqual({ code: 2, stdout: '', stderr: `configuration: CATALOG_DB: cannot write ${db}: its folder does not exist\n` });
  });

  it('WHEN --db cannot be written THEN the line names --db', async () => {
    const db = join(tempDir(), 'no', 'such', 'catalog.sqlite');
    const r = await run(['import', SHIPPED_CATALOG, '--db', db]);
    expect(r).toEqual({ code: 2, stdout: '', stderr: `configuration: --db: cannot write ${db}: its folder does not exist\n` });
  });
});

describe('GIVEN avail export', () => {
  it('WHEN exported, imported and exported again through the CLI THEN the files are byte-identical', async () => {
    const root = tempDir();
    const [a, b, first, second] = ['a.sqlite', 'b.sqlite', 'first', 'second'].map((n) => join(root, n));
    expect((await run(['import', SHIPPED_CATALOG, '--db', a!])).code).toBe(0);
    const exported = await run(['export', first!, '--db', a!]);
    expect(exported).toEqual({ code: 0, stderr: '', stdout: `exported ${a} to ${first}: 9 files, 16 availability lines\n` });
    expect((await run(['import', first!, '--db', b!])).code).toBe(0);
    expect((await run(['export', second!, '--db', b!])).code).toBe(0);
    for (const f of CATALOG_FILES) expect(readFileSync(join(second!, f), 'utf8'), f).toBe(readFileSync(join(first!, f), 'utf8'));
  });

  it('WHEN the folder is not empty THEN one line refuses, exit 1, nothing written; with --force it is overwritten', async () => {
    const root = tempDir();
    const db = join(root, 'c.sqlite');
    await run(['import', SHIPPED_CATALOG, '--db', db]);
    const out = join(root, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'notes.txt'), 'keep me\n');
    const refused = await run(['export', out], { CATALOG_DB: db });
    expect(refused).toEqual({ code: 1, stdout: '', stderr: `export refused: ${out} is not empty (add --force to overwrite its CSV files)\n` });
    expect(readdirSync(out)).toEqual(['notes.txt']);
    const forced = await run(['export', out, '--force'], { CATALOG_DB: db });
    expect(forced.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([...CATALOG_FILES, 'notes.txt'].sort());
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('keep me\n');
  });

  it('WHEN CATALOG_DB does not exist THEN one line names CATALOG_DB, exit 2', async () => {
    const db = join(tempDir(), 'none.sqlite');
    const r = await run(['export', join(tempDir(), 'out')], { CATALOG_DB: db });
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([`configuration: CATALOG_DB: catalog ${db} does not exist (build it with: avail import FOLDER)`]);
  });
});

describe('GIVEN an unknown command', () => {
  it('WHEN run THEN the usage line names every command, exit 2', async () => {
    const r = await run(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^usage: avail import DIR \| avail export DIR \[--force\] \| avail check DIR/);
  });
});
