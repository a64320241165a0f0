// The import reads its files a chunk at a time and writes rows as it reads them,
// so a large catalog never sits in memory; it stays all or nothing: a problem on
// the last line still leaves the served catalog as it was, and no scratch file
// behind. `checkCatalog` runs the same reading without building anything.
import { appendFileSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCatalog } from '../../../bench/catalog/generate.js';
import { SIZES } from '../../../bench/catalog/sizes.js';
import { checkCatalog, importCatalog, type ImportProgress } from '../../../src/catalog/build.js';
import { CATALOG_FILES } from '../../../src/catalog/files.js';
import { SMALL_CATALOG, buildCatalog, tempDir, writeCatalogDir } from '../../helpers/catalog.js';

describe('GIVEN a large availability file whose last line is broken', () => {
  it('WHEN imported over a built catalog THEN the catalog is byte-for-byte the same and no scratch file is left', async () => {
    const dir = tempDir('avail-gen-');
    generateCatalog(dir, SIZES.tiny, 3);
    const file = await buildCatalog(dir);
    const before = readFileSync(file);
    appendFileSync(join(dir, 'availability.csv'), 'nosuchproduct,nosuchretailer,SE,available,,yes,,distributor-feed\n');
    const result = await importCatalog(dir, file);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map((p) => p.reason)).toEqual([
      'unknown product "nosuchproduct" (not in products.csv)', 'unknown retailer "nosuchretailer" (not in retailers.csv)',
    ]);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(join(file, '..'))).toEqual(['catalog.sqlite']);
  });
});

describe('GIVEN an import with a progress callback', () => {
  it('WHEN it runs THEN it reports the bytes read up to the size of the files, then each building step', async () => {
    const dir = tempDir('avail-gen-');
    generateCatalog(dir, SIZES.tiny, 5);
    const events: ImportProgress[] = [];
    const result = await importCatalog(dir, join(tempDir(), 'c.sqlite'), { progress: (p) => events.push({ ...p }) });
    expect(result.ok).toBe(true);
    const reading = events.filter((e) => e.phase === 'reading');
    const bytes = CATALOG_FILES.filter((f) => existsSync(join(dir, f))).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
    expect(reading.length).toBeGreaterThan(0);
    expect(reading.every((e) => e.total === bytes)).toBe(true);
    expect(reading.at(-1)!.done).toBe(bytes);
    expect(reading.map((e) => e.done)).toEqual([...reading.map((e) => e.done)].sort((a, b) => a - b));
    const building = events.filter((e) => e.phase === 'building');
    expect(building.length).toBeGreaterThan(3);
    expect(building.at(-1)!.done).toBe(building.at(-1)!.total);
    expect(events.indexOf(building[0]!)).toBeGreaterThan(events.indexOf(reading.at(-1)!));
  });
});

describe('GIVEN checkCatalog', () => {
  it('WHEN the catalog is clean THEN it gives its counts, the same as an import', async () => {
    const dir = writeCatalogDir(SMALL_CATALOG);
    const checked = await checkCatalog(dir);
    const counts = { sources: 1, products: 7, retailers: 4, countries: 5, facts: 8, lines: 6, events: 1 };
    expect(checked).toEqual({ ok: true, counts });
    expect(await importCatalog(dir, join(tempDir(), 'c.sqlite'))).toMatchObject({ ok: true, built: true, counts });
  });

  it('WHEN the catalog is broken THEN it gives the same problems as an import', async () => {
    const dir = writeCatalogDir({ ...SMALL_CATALOG,
      'availability.csv': `${SMALL_CATALOG['availability.csv']!}mi,three,SE,sold,,yes,,src\nredmi,nobody,XX,available,,yes,,src\n` });
    const checked = await checkCatalog(dir);
    const imported = await importCatalog(dir, join(tempDir(), 'c.sqlite'));
    expect(checked.ok).toBe(false);
    expect(checked.ok ? [] : checked.problems).toHaveLength(3);
    expect(imported).toEqual(checked);
  });
});
