// "… and N more" reads counts stored at import when a filter names at most two
// of product, retailer, country, brand and category: the count must be what
// the facts themselves say, confirmed or not, for any mix of values. The
// expected counts are taken here from the exported rows, not from SQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CatalogStore } from '../../../src/catalog/store.js';
import type { FactFilter } from '../../../src/catalog/types.js';
import { SHIPPED_CATALOG, buildCatalog, writeCatalogDir } from '../../helpers/catalog.js';
import { WORD_CATALOG } from '../../helpers/wordCatalog.js';

const FIELDS = ['products', 'retailers', 'countries', 'brands', 'categories'] as const;

/** A small seeded PRNG (mulberry32): the same filters every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe.each([['the word catalog', () => writeCatalogDir(WORD_CATALOG)], ['the shipped catalog', () => SHIPPED_CATALOG]])(
  'GIVEN %s and counts stored at import', (_name, dir) => {
  let store: CatalogStore;
  beforeAll(async () => { store = new CatalogStore(await buildCatalog(dir())); });
  afterAll(() => store.close());

  it('WHEN any filter of up to three fields, one to three values each, is counted THEN the count is the facts\' own', () => {
    const { products, availability } = store.dump();
    const product = new Map(products.map((p) => [p.id, p]));
    const values: Record<(typeof FIELDS)[number], string[]> = {
      products: products.map((p) => p.id),
      retailers: [...new Set(availability.map((a) => a.retailer_id))],
      countries: [...new Set(availability.map((a) => a.country))],
      brands: [...new Set(products.map((p) => p.brand))],
      categories: [...new Set(products.map((p) => p.category_id))],
    };
    const random = prng(15);
    const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
    let stored = 0;
    for (let i = 0; i < 400; i++) {
      const filter: FactFilter = { products: null, retailers: null, countries: null, confirmed: random() < 0.5 };
      // Products are asked by id or by brand and category, never both (as the answer path filters them).
      const fields = FIELDS.filter((f) => random() < 0.4 && !(f === 'products' && (filter.brands || filter.categories)));
      for (const f of fields.slice(0, 3)) {
        if ((f === 'brands' || f === 'categories') && filter.products) continue;
        filter[f] = [...new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(values[f])))];
      }
      const has = (list: string[] | null | undefined, v: string): boolean => !list || list.includes(v);
      const expected = availability.filter((a) => {
        const p = product.get(a.product_id)!;
        return has(filter.products, a.product_id) && has(filter.retailers, a.retailer_id) && has(filter.countries, a.country)
          && has(filter.brands, p.brand) && has(filter.categories, p.category_id) && (!filter.confirmed || (a.paired === 1 && a.status !== 'ended'));
      }).length;
      const named = FIELDS.filter((f) => filter[f]).length;
      if (named <= 2 || (named === 3 && filter.brands && filter.categories)) stored++;
      expect(store.countFacts(filter, 1_000_000), JSON.stringify(filter)).toBe(expected);
      expect(store.countFacts(filter, 2), JSON.stringify(filter)).toBe(Math.min(expected, 2));
    }
    // Most of the filters were answered from the stored counts, so this test is about them.
    expect(stored).toBeGreaterThan(250);
  });
});
