import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCatalog } from '../../src/catalog/build.js';
import { generateCatalog } from '../../bench/catalog/generate.js';
import { allProductNames, COLOURS, makeProducts } from '../../bench/catalog/products.js';
import { makeRetailers } from '../../bench/catalog/retailers.js';
import { Random } from '../../bench/random.js';
import { SIZES } from '../../bench/catalog/sizes.js';
import { nameKey } from '../../bench/fold.js';
import { generateQuestions, isShortName, type Question } from '../../bench/questions/generate.js';
import { TEMPLATE_WORDS } from '../../bench/questions/templates.js';
import { COMMON_WORDS } from '../../bench/questions/phrases.js';
import { readModel } from '../../bench/questions/model.js';
import { Vocabulary } from '../../bench/typos.js';

const root = mkdtempSync(join(tmpdir(), 'bench-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function mkdir(dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

function digest(dir: string): string {
  const h = createHash('sha256');
  for (const f of readdirSync(dir).sort()) h.update(f).update(readFileSync(join(dir, f)));
  return h.digest('hex');
}

describe('GIVEN the catalog generator', () => {
  it('THEN the same seed writes byte-identical CSV files and another seed other ones', () => {
    const a = generateCatalog(mkdir(join(root, 'a')), SIZES.tiny, 11);
    const b = generateCatalog(mkdir(join(root, 'b')), SIZES.tiny, 11);
    generateCatalog(mkdir(join(root, 'c')), SIZES.tiny, 12);
    expect(b).toEqual(a);
    expect(digest(join(root, 'b'))).toBe(digest(join(root, 'a')));
    expect(digest(join(root, 'c'))).not.toBe(digest(join(root, 'a')));
  });

  it('THEN its files import through importCatalog with the sizes asked and the colliding retailer names', async () => {
    const dir = mkdir(join(root, 'import'));
    const g = generateCatalog(dir, SIZES.tiny, 5);
    const built = await importCatalog(dir, join(root, 'import.sqlite'));
    expect(built.ok).toBe(true);
    const db = new Database(join(root, 'import.sqlite'), { readonly: true });
    const n = (sql: string): number => db.prepare(sql).pluck().get() as number;
    expect(n('SELECT count(*) FROM products')).toBe(SIZES.tiny.products);
    expect(n('SELECT count(*) FROM retailers')).toBe(SIZES.tiny.retailers);
    expect(n('SELECT count(*) FROM availability')).toBe(g.rows);
    expect(Math.abs(g.rows - SIZES.tiny.rows) / SIZES.tiny.rows).toBeLessThan(0.15);
    const names = db.prepare('SELECT name FROM retailers').pluck().all();
    expect(names).toEqual(expect.arrayContaining(['Power', 'Orange', '3', 'EE']));
    db.close();
  });
});

describe('GIVEN a catalog with more products than the grammar has models (huge)', () => {
  const plain = allProductNames().length;
  const colour = (name: string): boolean => COLOURS.some((c) => name.endsWith(` ${c}`));

  it('THEN it lists every colourless name and draws the rest as colours, each name and id once', () => {
    const products = makeProducts(plain + 500, new Random(3));
    expect(products.filter((p) => !colour(p.name))).toHaveLength(plain);
    expect(products.filter((p) => colour(p.name))).toHaveLength(500);
    expect(new Set(products.map((p) => nameKey(p.name))).size).toBe(products.length);
    expect(new Set(products.map((p) => p.id)).size).toBe(products.length);
    // Every alias names one product only, colours included ("S20+" and "S20 Plus" fold alike within one product).
    const owner = new Map<string, string>();
    for (const p of products) for (const a of [p.name, ...p.aliases]) {
      const key = nameKey(a);
      expect(owner.get(key) ?? p.id, a).toBe(p.id);
      owner.set(key, p.id);
    }
  });

  it('THEN a catalog within the models has no colours, as the medium and large catalogs had', () => {
    expect(makeProducts(plain, new Random(3)).some((p) => colour(p.name))).toBe(false);
  });

  it('THEN more products or retailers than the words can name is an error, not an endless draw', () => {
    expect(() => makeProducts(plain * (COLOURS.length + 1) + 1, new Random(3))).toThrow(/names \d+ products/);
    expect(() => makeRetailers(10_000, ['IT', 'DE'], new Random(3))).toThrow(/name \d+ retailers/);
    expect(makeRetailers(400, ['IT', 'DE'], new Random(3))).toHaveLength(400);
  });
});

describe('GIVEN questions generated over a catalog', () => {
  let file: string;
  let questions: Question[];
  let vocabulary: Vocabulary;
  beforeAll(async () => {
    const dir = mkdir(join(root, 'q'));
    generateCatalog(dir, SIZES.tiny, 9);
    file = join(root, 'q.sqlite');
    expect((await importCatalog(dir, file)).ok).toBe(true);
    const model = readModel(file);
    questions = generateQuestions(model, 300, 9);
    vocabulary = new Vocabulary([...model.vocabulary, ...TEMPLATE_WORDS, ...COMMON_WORDS]);
    model.close();
  });

  it('THEN every expected product, retailer and country exists in the catalog', () => {
    const db = new Database(file, { readonly: true });
    const has = (sql: string, id: string): boolean => db.prepare(sql).get(id) !== undefined;
    for (const q of questions) {
      expect(q.expected.products.length + q.expected.retailers.length + q.expected.countries.length).toBeGreaterThan(0);
      for (const id of q.expected.products) expect(has('SELECT 1 FROM products WHERE id = ?', id)).toBe(true);
      for (const id of q.expected.retailers) expect(has('SELECT 1 FROM retailers WHERE id = ?', id)).toBe(true);
      for (const code of q.expected.countries) expect(has('SELECT 1 FROM availability WHERE country = ? LIMIT 1', code)).toBe(true);
    }
    db.close();
  });

  it('THEN half carry a typo, a third are Italian, and the same seed gives the same questions', () => {
    expect(questions.filter((q) => q.typo).length).toBe(150);
    expect(questions.filter((q) => q.lang === 'it').length).toBe(100);
    const again = readModel(file);
    expect(generateQuestions(again, 300, 9)).toEqual(questions);
    expect(generateQuestions(again, 300, 10)).not.toEqual(questions);
    again.close();
  });

  it('THEN each typo is one fair edit of a long word of a name, and the question shows the typed word', () => {
    for (const q of questions.filter((x) => x.typo)) {
      const t = q.typo!;
      expect(t.word.length).toBeGreaterThanOrEqual(5);
      expect(q.text).toContain(t.typed);
      expect(vocabulary.fair(t.typed, t.word)).toBe(true);
    }
  });

  it('THEN short or word-like retailer names only follow a preposition', () => {
    const model = readModel(file);
    const shortNames = model.retailers.flatMap((r) => r.aliases).filter(isShortName).map(nameKey);
    model.close();
    expect(shortNames).toEqual(expect.arrayContaining(['3', 'ee']));
    for (const q of questions) {
      const words = nameKey(q.text).split(' ');
      words.forEach((w, i) => {
        // "3 Store" is a name of its own; a bare "3" or "EE" must follow a preposition.
        // The word after may carry the question's typo ("EE Stnre").
        const after = words[i + 1] === q.typo?.typed.toLowerCase() ? q.typo?.word.toLowerCase() : words[i + 1];
        if ((w === '3' || w === 'ee') && !['store', 'stores', 'shop'].includes(after ?? '')) {
          expect(['at', 'from', 'da', 'presso'], q.text).toContain(words[i - 1]);
        }
      });
    }
  });
});
