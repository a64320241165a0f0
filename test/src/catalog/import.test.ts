import { readFileSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCatalog, ensureCatalog, importCatalog, sourceHash, sourceStamp } from '../../../src/catalog/build.js';
import { CatalogError, CatalogStore, readBuildInfo } from '../../../src/catalog/store.js';
import type { CatalogRows } from '../../../src/catalog/types.js';
import { writeFileSync } from 'node:fs';
import { SHIPPED_CATALOG, SMALL_CATALOG, buildCatalog, tempDir, writeCatalogDir } from '../../helpers/catalog.js';

async function problemsOf(files: Record<string, string>): Promise<string[]> {
  const r = await checkCatalog(writeCatalogDir(files));
  return r.ok ? [] : r.problems.map((p) => `${p.file}:${p.line}: ${p.reason}`);
}

/** Every table of the catalog built from `dir`, as stored. */
async function dumpOf(dir: string): Promise<CatalogRows> {
  const store = new CatalogStore(await buildCatalog(dir));
  try {
    return store.dump();
  } finally {
    store.close();
  }
}

describe('import problems', () => {
  it('GIVEN an unknown country code THEN names the file and line', async () => {
    const files = { ...SMALL_CATALOG, 'availability.csv': SMALL_CATALOG['availability.csv']!.replace('SE;DK', 'SE;XX') };
    expect(await problemsOf(files)).toEqual(['availability.csv:2: unknown country code "XX" (use ISO 3166-1 alpha-2, such as SE or GB)']);
  });

  it('GIVEN several broken rows THEN reports every one of them', async () => {
    const files = {
      ...SMALL_CATALOG,
      'availability.csv': SMALL_CATALOG['availability.csv']! + 'redmi,nobody,SE,available,,yes,,src\nredmi,three,SE,sold,2020-13-01,maybe,,src\nredmi,three\n',
      'retailers.csv': SMALL_CATALOG['retailers.csv']! + 'three,Duplicate,store,,\n',
    };
    const problems = await problemsOf(files);
    expect(problems).toContain('retailers.csv:6: duplicate id "three" (first at line 2)');
    expect(problems).toContain('availability.csv:8: unknown retailer "nobody" (not in retailers.csv)');
    expect(problems.some((p) => p.startsWith('availability.csv:9: status "sold"'))).toBe(true);
    expect(problems).toContain('availability.csv:9: bad date "2020-13-01" (use YYYY, YYYY-MM or YYYY-MM-DD)');
    expect(problems).toContain('availability.csv:9: paired "maybe" must be yes or no');
    expect(problems).toContain('availability.csv:10: has 2 columns, the header has 8');
  });

  it('GIVEN an empty file or a missing one THEN says which', async () => {
    const { 'products.csv': _, ...withoutProducts } = SMALL_CATALOG;
    expect(await problemsOf({ ...withoutProducts, 'sources.csv': '' })).toEqual(expect.arrayContaining([
      'sources.csv:1: file is empty (expected a header line)', 'products.csv:0: file is missing',
    ]));
  });

  it('GIVEN a file that is not UTF-8 THEN says so', async () => {
    const dir = writeCatalogDir(SMALL_CATALOG);
    writeFileSync(join(dir, 'retailers.csv'), Buffer.from([0x69, 0x64, 0x2c, 0xff, 0xfe, 0x0a]));
    const r = await checkCatalog(dir);
    expect(r.ok ? [] : r.problems.map((p) => `${p.file}:${p.line}: ${p.reason}`)).toContain(
      'retailers.csv:1: not valid UTF-8 (save the file as UTF-8)');
  });

  it('GIVEN a broken catalog THEN the existing catalog file stays byte-for-byte the same', async () => {
    const file = await buildCatalog(writeCatalogDir(SMALL_CATALOG));
    const before = readFileSync(file);
    const broken = { ...SMALL_CATALOG, 'products.csv': SMALL_CATALOG['products.csv']!.replace('phone,Redmi', 'nocategory,Redmi') };
    const result = await importCatalog(writeCatalogDir(broken), file);
    expect(result.ok).toBe(false);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});

describe('cell text', () => {
  it('GIVEN a note with a line break inside its quotes THEN it is stored on one line', async () => {
    const files = { ...SMALL_CATALOG, 'availability.csv': SMALL_CATALOG['availability.csv']!.replace(
      'mi,three,SE,available,,yes,,src', 'mi,three,SE,available,,yes,"first line\n> second line",src') };
    const rows = await dumpOf(writeCatalogDir(files));
    expect(rows.availability.find((a) => a.product_id === 'mi')?.note).toBe('first line > second line');
  });
});

describe('building at start', () => {
  it('GIVEN source files that changed THEN the catalog is rebuilt, and not when they did not', async () => {
    const dir = writeCatalogDir(SMALL_CATALOG);
    const file = join(tempDir(), 'c.sqlite');
    expect(await ensureCatalog(dir, file)).toMatchObject({ ok: true, built: true });
    expect(await ensureCatalog(dir, file)).toMatchObject({ ok: true, built: false });
    writeFileSync(join(dir, 'country_aliases.csv'), 'code,alias\nGB,UK\nGB,Blighty\n');
    expect(await ensureCatalog(dir, file)).toMatchObject({ ok: true, built: true });
  });

  it('GIVEN files whose sizes and times did not change THEN the start does not read them; touched but unchanged THEN no rebuild, and the next start reads nothing', async () => {
    const dir = writeCatalogDir(SMALL_CATALOG);
    const file = join(tempDir(), 'c.sqlite');
    await ensureCatalog(dir, file);
    expect(readBuildInfo(file)?.stamp).toBe(sourceStamp(dir));
    // Touched, same content (a checkout, a copy): the hash decides, nothing is rebuilt, and the new stamp is kept.
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(dir, 'products.csv'), later, later);
    expect(readBuildInfo(file)?.stamp).not.toBe(sourceStamp(dir));
    expect(await ensureCatalog(dir, file)).toMatchObject({ ok: true, built: false });
    expect(readBuildInfo(file)?.stamp).toBe(sourceStamp(dir));
    expect(readBuildInfo(file)?.hash).toBe(sourceHash(dir));
    // Same size, new content, new time: rebuilt.
    const products = readFileSync(join(dir, 'products.csv'), 'utf8');
    writeFileSync(join(dir, 'products.csv'), products.replace('Redmi phones', 'Redmi phoneZ'));
    expect(await ensureCatalog(dir, file)).toMatchObject({ ok: true, built: true });
  });

  it('GIVEN a catalog imported from another folder THEN a start on this folder rebuilds it from this one, and back', async () => {
    const small = writeCatalogDir(SMALL_CATALOG);
    const file = await buildCatalog(small);
    expect(await ensureCatalog(SHIPPED_CATALOG, file)).toMatchObject({ ok: true, built: true });
    expect(readBuildInfo(file)?.dir).toBe(SHIPPED_CATALOG);
    expect(await ensureCatalog(SHIPPED_CATALOG, file)).toMatchObject({ ok: true, built: false });
    expect(await ensureCatalog(small, file)).toMatchObject({ ok: true, built: true });
    expect(readBuildInfo(file)?.dir).toBe(small);
  });

  it('GIVEN a catalog file whose folder does not exist or is read-only THEN the build says it cannot write it, and why', async () => {
    const missing = join(tempDir(), 'no', 'such', 'c.sqlite');
    expect(await ensureCatalog(SHIPPED_CATALOG, missing)).toEqual({ ok: false, problems: [], unwritable: missing, reason: 'its folder does not exist' });
  });

  it('GIVEN an empty or corrupt catalog file THEN says so and leaves the file alone', async () => {
    for (const content of ['', 'definitely not sqlite '.repeat(300)]) {
      const file = join(tempDir(), 'bad.sqlite');
      writeFileSync(file, content);
      expect(await ensureCatalog(SHIPPED_CATALOG, file)).toEqual({ ok: false, problems: [], unreadable: file });
      expect(readFileSync(file, 'utf8')).toBe(content);
    }
  });

  it('GIVEN a catalog folder that does not exist THEN one problem says so', async () => {
    const result = await importCatalog(join(tempDir(), 'nowhere'), join(tempDir(), 'x.sqlite'));
    expect(result.ok ? [] : result.problems.map((p) => p.reason)).toEqual(['folder does not exist']);
  });
});

describe('text in other languages', () => {
  it('GIVEN name_it, note_it and title_it columns THEN each is kept per language, a note keyed by its text', async () => {
    const files = {
      ...SMALL_CATALOG,
      'products.csv': SMALL_CATALOG['products.csv']!.replace(/^([^\n]*)/, '$1,name_it').replace(/\n(?=.)/g, '\n').split('\n')
        .map((l, i) => (i === 0 || l === '' ? l : `${l},`)).join('\n'),
    };
    expect((await checkCatalog(writeCatalogDir(files))).ok).toBe(true);
    const shipped = { rows: await dumpOf(SHIPPED_CATALOG) };
    expect(shipped.rows.texts).toContainEqual({ kind: 'product', ref: 'other-products', lang: 'it', text: 'Altri prodotti Xiaomi' });
    expect(shipped.rows.texts).toContainEqual({ kind: 'city', ref: 'milan', lang: 'it', text: 'Milano' });
    // One note on sixteen rows is one text per language it is given in.
    expect(shipped.rows.texts.filter((t) => t.kind === 'note' && t.ref.startsWith('initially available')).map((t) => t.lang).sort())
      .toEqual(['de', 'es', 'it']);
    // Country and region names in the languages their rows lack come from the packages.
    expect(shipped.rows.texts).toContainEqual({ kind: 'country', ref: 'DE', lang: 'de', text: 'Deutschland' });
    expect(shipped.rows.texts).toContainEqual({ kind: 'country', ref: 'GB', lang: 'es', text: 'Reino Unido' });
    expect(shipped.rows.texts).toContainEqual({ kind: 'region', ref: 'scandinavia', lang: 'de', text: 'Skandinavien' });
    expect(shipped.rows.texts).toContainEqual({ kind: 'category', ref: 'accessory', lang: 'de', text: 'Zubehör' });
  });
});

describe('opening a catalog', () => {
  it('GIVEN a missing file THEN a CatalogError says it does not exist', () => {
    expect(() => new CatalogStore(join(tempDir(), 'none.sqlite'))).toThrowError(/does not exist/);
  });

  it('GIVEN a file that is not SQLite THEN a CatalogError says it is not a catalog', () => {
    const file = join(tempDir(), 'bad.sqlite');
    writeFileSync(file, 'not a database at all, just text '.repeat(100));
    expect(() => new CatalogStore(file)).toThrowError(CatalogError);
    expect(() => new CatalogStore(file)).toThrowError(/not a readable catalog/);
  });
});
