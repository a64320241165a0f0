// Autocomplete for the pickers, from indexes rather than a scan of every
// alias: what was typed as the start of a name, as the start of one of its
// words, or with a typo in a word, over the shipped catalog and a generated
// one of a thousand products.
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, openCatalog, type Core } from '../../../src/index.js';
import { foldText } from '../../../src/text/normalize.js';
import { suggestWords } from '../../../src/match/suggest.js';
import { generateCatalog } from '../../../bench/catalog/generate.js';
import { SHIPPED_CATALOG, buildCatalog, coreFor } from '../../helpers/catalog.js';

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

// A word held by more entities than a keystroke first reads ("gb" by most products, a last "1" or
// "b") is only checked on the choices the rarer words leave. The choices must be those a reading
// of every name would give: none missing, none without every word.
describe('GIVEN a generated catalog where some words are held by hundreds of products', () => {
  let file: string;
  let names: Map<string, string[][]>;
  beforeAll(async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'suggest-common-')), 'catalog');
    mkdirSync(dir);
    generateCatalog(dir, { products: 2000, retailers: 20, countries: 10, rows: 6000 }, 23);
    file = await buildCatalog(dir);
    // Read from the CSV, not from the index: each product's name and aliases.
    const rows = parse(readFileSync(join(dir, 'products.csv')), { columns: true }) as { id: string; name: string; aliases: string }[];
    names = new Map(rows.map((r) => [r.id, [r.name, ...r.aliases.split(';').filter(Boolean)].map((n) => suggestWords(foldText(n)))]));
  }, 120_000);

  /** The products with every typed word in one of their names (the last as a beginning), by reading every name. */
  const holding = (typed: string): Set<string> => {
    const words = suggestWords(foldText(typed));
    const holds = (ws: string[][], w: string, last: boolean): boolean => ws.some((n) => n.some((x) => (last ? x.startsWith(w) : x === w)));
    return new Set([...names].filter(([, ws]) => words.every((w, i) => holds(ws, w, i === words.length - 1))).map(([id]) => id));
  };

  it('THEN a long name typed letter by letter offers every product holding its words, and only those first', async () => {
    const core = createCore({ catalog: openCatalog(file) });
    const holders = new Map<string, number>();
    for (const ws of names.values()) for (const w of new Set(ws.flat())) holders.set(w, (holders.get(w) ?? 0) + 1);
    expect(Math.max(...holders.values())).toBeGreaterThan(400);
    let checked = 0;
    for (const id of [...names.keys()].filter((_, i) => i % 97 === 0)) {
      const name = names.get(id)![0]!.join(' ');
      for (let n = 3; n <= name.length; n++) {
        const typed = name.slice(0, n);
        if (suggestWords(typed).length < 2) continue;
        const expected = holding(typed);
        const got = core.suggest('product', typed, 'en').map((s) => s.id);
        // The first choices are products holding every word; once those are used up, typo readings may follow.
        const exact = got.slice(0, Math.min(25, expected.size));
        expect(exact.every((g) => expected.has(g)), typed).toBe(true);
        if (expected.size <= 25) expect([...expected].every((e) => got.includes(e)), typed).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
    core.close();
  });
});
