// Autocomplete for the pickers, from indexes rather than a scan of every
// alias: what was typed as the start of a name, as the start of one of its
// words, or with a typo in a word, over the shipped catalog and a generated
// one of a thousand products.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/index.js';
import { generateCatalog } from '../../../bench/catalog/generate.js';
import { SHIPPED_CATALOG, coreFor } from '../../helpers/catalog.js';

let shipped: Core;
let generated: Core;

beforeAll(async () => {
  shipped = await coreFor(SHIPPED_CATALOG);
  const dir = join(mkdtempSync(join(tmpdir(), 'suggest-')), 'catalog');
  mkdirSync(dir);
  generateCatalog(dir, { products: 1000, retailers: 50, countries: 40, rows: 20_000 }, 11);
  generated = await coreFor(dir);
}, 120_000);
afterAll(() => { shipped.close(); generated.close(); });

const ids = (core: Core, kind: 'product' | 'retailer' | 'country', typed: string, lang: 'en' | 'it' = 'en'): string[] =>
  core.suggest(kind, typed, lang).map((s) => s.id);

describe('GIVEN the shipped catalog', () => {
  it('THEN the start of a name, or of one of its words, finds it', () => {
    expect(ids(shipped, 'country', 'swe')[0]).toBe('SE');
    expect(ids(shipped, 'retailer', 'media')[0]).toBe('mediaworld');
    expect(ids(shipped, 'retailer', 'store')).toContain('mi-store');
    expect(ids(shipped, 'product', 'red')[0]).toBe('redmi-phones');
  });

  it('THEN a typo in a word still finds the name', () => {
    expect(ids(shipped, 'product', 'redmy')[0]).toBe('redmi-phones');
    expect(ids(shipped, 'retailer', 'mediawrld')[0]).toBe('mediaworld');
    expect(ids(shipped, 'country', 'swedn')[0]).toBe('SE');
  });

  it('THEN names are in the asker\'s language, and found by them', () => {
    expect(shipped.suggest('country', 'sve', 'it')[0]).toEqual({ id: 'SE', name: 'Svezia' });
    expect(ids(shipped, 'country', 'germania', 'it')[0]).toBe('DE');
  });

  it('THEN nothing typed lists the first names, at most 25, and nonsense finds nothing', () => {
    expect(ids(shipped, 'country', '').length).toBeGreaterThan(5);
    expect(ids(shipped, 'country', '').length).toBeLessThanOrEqual(25);
    expect(ids(shipped, 'product', 'zzqxj')).toEqual([]);
  });
});

describe('GIVEN a generated catalog of a thousand products', () => {
  it('THEN a model typed with a typo finds that model among the first choices, and every choice is a product', () => {
    const all = generated.suggest('product', '', 'en');
    expect(all.length).toBe(25);
    const galaxy = generated.suggest('product', 'galaxy', 'en');
    expect(galaxy.length).toBeGreaterThan(0);
    expect(galaxy.every((s) => /galaxy/i.test(s.name))).toBe(true);
    const typo = generated.suggest('product', 'galxy', 'en');
    expect(typo.length).toBeGreaterThan(0);
    expect(typo.every((s) => /galaxy/i.test(s.name))).toBe(true);
  });

  it('THEN several words narrow the choices to names holding all of them', () => {
    const two = generated.suggest('product', 'galaxy s2', 'en');
    expect(two.length).toBeGreaterThan(0);
    expect(two.every((s) => /galaxy/i.test(s.name) && /\bs2/i.test(s.name))).toBe(true);
  });
});
