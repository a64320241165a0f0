// The name, typo and autocomplete indexes stored with the catalog at import
// answer exactly as the ones built in memory from the aliases: the same
// answers to generated questions (typos included) and the same choices per
// keystroke, on the shipped catalog and on a generated one. A reader that
// lacks the stored indexes (an older reader, a test's) is the in-memory side.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, openCatalog, type CatalogReader, type Core } from '../../../src/index.js';
import { generateCatalog } from '../../../bench/catalog/generate.js';
import { generateQuestions } from '../../../bench/questions/generate.js';
import { readModel } from '../../../bench/questions/model.js';
import { SHIPPED_CATALOG, buildCatalog, tempDir } from '../../helpers/catalog.js';

/** The same reader without its stored indexes: the core builds them from the aliases instead. */
function inMemory(reader: CatalogReader): CatalogReader {
  return new Proxy(reader, {
    get(target, key, receiver) {
      if (key === 'storedNames' || key === 'storedSuggest') return undefined;
      const v = Reflect.get(target, key, receiver) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

interface Pair { stored: Core; memory: Core; file: string }

async function pairFor(dir: string): Promise<Pair> {
  const file = await buildCatalog(dir);
  return { file, stored: createCore({ catalog: openCatalog(file) }), memory: createCore({ catalog: inMemory(openCatalog(file)) }) };
}

const shown = (core: Core, q: string): string => {
  const a = core.answer(q);
  return `${a.verdict} | ${a.text}`;
};

let shipped: Pair;
let generated: Pair;

beforeAll(async () => {
  shipped = await pairFor(SHIPPED_CATALOG);
  const dir = join(tempDir('stored-'), 'catalog');
  mkdirSync(dir);
  generateCatalog(dir, { products: 300, retailers: 30, countries: 20, rows: 5_000 }, 7);
  generated = await pairFor(dir);
}, 120_000);
afterAll(() => { for (const p of [shipped, generated]) { p.stored.close(); p.memory.close(); } });

describe.each([['shipped', () => shipped], ['generated', () => generated]] as const)('GIVEN the %s catalog', (_name, pair) => {
  it('WHEN the generated questions are asked THEN the stored indexes answer each as the in-memory ones', () => {
    const { file, stored, memory } = pair();
    const questions = generateQuestions(readModel(file), 300, 20240605);
    expect(questions.filter((q) => q.typo !== null).length).toBeGreaterThan(30);
    const differ = questions.filter((q) => shown(stored, q.text) !== shown(memory, q.text)).map((q) => q.text);
    expect(differ).toEqual([]);
  });

  it('WHEN names are typed letter by letter, with and without a typo THEN the choices are the same', () => {
    const { stored, memory } = pair();
    const prefixes = ['', 'g', 'ga', 'gal', 'galxy', 'galaxy s2', 'red', 'redmy', 'mi', 'swe', 'swedn', 'germ', 'media', 'mediawrld', 'store', 'ita', 'itlay', 'zz'];
    for (const kind of ['product', 'retailer', 'country'] as const) {
      for (const p of prefixes) expect(stored.suggest(kind, p).map((s) => s.id), `${kind} "${p}"`).toEqual(memory.suggest(kind, p).map((s) => s.id));
    }
  });
});

describe('GIVEN a catalog built with the stored indexes', () => {
  it('WHEN the core starts THEN it reads no alias (the index is read as asked)', () => {
    const reader = openCatalog(shipped.file);
    let aliasesRead = -1;
    const watched = new Proxy(reader, {
      get(target, key, receiver) {
        if (key === 'loadNames') return (o?: { aliases?: boolean }) => { const rows = target.loadNames(o); aliasesRead = [...rows.aliases].length; return rows; };
        const v = Reflect.get(target, key, receiver) as unknown;
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
    const core = createCore({ catalog: watched });
    expect(aliasesRead).toBe(0);
    expect(core.answer('Can I buy a Redmii at 3 in Swedn?').verdict).toBe(shipped.stored.answer('Can I buy a Redmi at 3 in Sweden?').verdict);
    core.close();
  });
});
