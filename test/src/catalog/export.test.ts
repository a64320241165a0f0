// `avail export` as a round trip: the files it writes import again and export
// byte for byte the same, each line of availability.csv stays one line with its
// countries grouped as they were written, in the order they were written.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { generateCatalog } from '../../../bench/catalog/generate.js';
import { SIZES } from '../../../bench/catalog/sizes.js';
import { exportCatalog } from '../../../src/catalog/export.js';
import { CATALOG_FILES } from '../../../src/catalog/files.js';
import { CatalogStore } from '../../../src/catalog/store.js';
import { SHIPPED_CATALOG, buildCatalog, tempDir } from '../../helpers/catalog.js';

async function exported(dir: string, force = false): Promise<string> {
  const out = tempDir('avail-export-');
  const store = new CatalogStore(await buildCatalog(dir));
  try {
    expect(exportCatalog(store, out, { force })).toMatchObject({ ok: true });
  } finally {
    store.close();
  }
  return out;
}

const read = (dir: string, file: string): string => readFileSync(join(dir, file), 'utf8');
const records = (dir: string, file: string): string[][] => parse(read(dir, file), { skip_empty_lines: true }) as string[][];

describe('GIVEN the shipped catalog', () => {
  it('WHEN exported, imported and exported again THEN every file is byte-identical', async () => {
    const first = await exported(SHIPPED_CATALOG);
    const second = await exported(first);
    expect(readdirSync(first).sort()).toEqual([...CATALOG_FILES].sort());
    for (const f of CATALOG_FILES) expect(read(second, f), f).toBe(read(first, f));
  });

  it('WHEN exported THEN availability.csv has the lines of the source, countries grouped as written, in their order', async () => {
    const out = await exported(SHIPPED_CATALOG);
    const key = (rows: string[][]): string[] => rows.slice(1).map((r) => `${r[0]},${r[1]},${r[2]}`);
    const source = records(SHIPPED_CATALOG, 'availability.csv');
    const written = records(out, 'availability.csv');
    expect(written).toHaveLength(source.length);
    expect(key(written)).toEqual(key(source));
    expect(key(written)).toContain('redmi-phones,three,AT;DK;IE;IT;SE;GB');
    // Every column of the source comes back, the translated notes included, cell for cell.
    const byName = (rows: string[][]): Record<string, string>[] => rows.slice(1).map((r) => Object.fromEntries(rows[0]!.map((h, i) => [h, r[i]!])));
    expect(byName(written)).toEqual(byName(source));
  });

  it('WHEN exported THEN the other files keep their rows and their order', async () => {
    const out = await exported(SHIPPED_CATALOG);
    for (const f of ['sources.csv', 'retailers.csv', 'products.csv', 'events.csv', 'country_aliases.csv']) {
      expect(records(out, f).map((r) => r[0]), f).toEqual(records(SHIPPED_CATALOG, f).map((r) => r[0]));
    }
  });
});

describe('GIVEN a generated catalog with many multi-country lines', () => {
  it('WHEN exported, imported and exported again THEN it is byte-identical and no line is split', async () => {
    const dir = tempDir('avail-gen-');
    const made = generateCatalog(dir, SIZES.tiny, 7);
    const first = await exported(dir);
    const second = await exported(first);
    for (const f of CATALOG_FILES) expect(read(second, f), f).toBe(read(first, f));
    const lines = records(first, 'availability.csv').slice(1);
    expect(lines).toHaveLength(made.lines);
    expect(lines.some((l) => l[2]!.includes(';'))).toBe(true);
    expect(lines.map((l) => l.slice(0, 3).join(','))).toEqual(records(dir, 'availability.csv').slice(1).map((l) => l.slice(0, 3).join(',')));
  });
});

describe('GIVEN a folder that is not empty', () => {
  it('WHEN exported into without force THEN it refuses and leaves the folder as it was', async () => {
    const store = new CatalogStore(await buildCatalog(SHIPPED_CATALOG));
    const out = tempDir('avail-export-');
    writeFileSync(join(out, 'products.csv'), 'mine\n');
    try {
      expect(exportCatalog(store, out, { force: false })).toEqual({ ok: false, reason: 'not empty' });
      expect(readdirSync(out)).toEqual(['products.csv']);
      expect(read(out, 'products.csv')).toBe('mine\n');
      expect(exportCatalog(store, out, { force: true })).toMatchObject({ ok: true });
      expect(read(out, 'products.csv')).toContain('redmi-phones');
    } finally {
      store.close();
    }
  });

  it('WHEN the target is a file THEN it says so', async () => {
    const store = new CatalogStore(await buildCatalog(SHIPPED_CATALOG));
    const parent = tempDir('avail-export-');
    writeFileSync(join(parent, 'file'), '');
    try {
      expect(exportCatalog(store, join(parent, 'file'), { force: true })).toEqual({ ok: false, reason: 'not a folder' });
    } finally {
      store.close();
    }
  });

  it('WHEN the folder does not exist yet THEN it is made', async () => {
    const parent = tempDir('avail-export-');
    mkdirSync(join(parent, 'a'));
    const store = new CatalogStore(await buildCatalog(SHIPPED_CATALOG));
    try {
      expect(exportCatalog(store, join(parent, 'a', 'b'), { force: false })).toMatchObject({ ok: true, lines: 16 });
    } finally {
      store.close();
    }
  });
});
