// A brand in any countries is read as ranges of brand_facts, a category in one
// country or a few product by product with a seek per country, and a list of
// countries is cut to those the catalog has facts in, for its facts and its
// counts. These are ways of reading, not of choosing: the facts must be the
// ones the filter names, whatever the order, for every brand, category and
// country of the word catalog, confirmed or not, cut by a limit or whole.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CatalogStore } from '../../../src/catalog/store.js';
import type { CatalogRows, FactFilter, FactRow } from '../../../src/catalog/types.js';
import { buildCatalog, writeCatalogDir } from '../../helpers/catalog.js';
import { WORD_CATALOG } from '../../helpers/wordCatalog.js';

let store: CatalogStore;
let rows: CatalogRows;
beforeAll(async () => {
  store = new CatalogStore(await buildCatalog(writeCatalogDir(WORD_CATALOG)));
  rows = store.dump();
});
afterAll(() => store.close());

const key = (f: FactRow): string => `${f.product_id}|${f.retailer_id}|${f.country}`;

/** The facts the filter names, from the dumped rows alone. */
function expected(f: FactFilter): string[] {
  const product = new Map(rows.products.map((p) => [p.id, p]));
  return rows.availability.filter((a) => {
    const p = product.get(a.product_id)!;
    return (!f.brands || f.brands.includes(p.brand)) && (!f.categories || f.categories.includes(p.category_id))
      && (!f.countries || f.countries.includes(a.country))
      && (!f.confirmed || (a.paired === 1 && a.status !== 'ended'));
  }).map(key).sort();
}

describe('GIVEN the facts of a brand or a category in some countries', () => {
  const traded = (): string[] => [...new Set(rows.availability.map((a) => a.country))].sort();
  const filters = (): FactFilter[] => {
    const countries = traded();
    const lists = [
      ...countries.map((c) => [c]),
      countries.slice(0, 2), countries.slice(1, 4), countries.slice(0, 6), countries,
      // A region names countries no fact is in: they are cut, and with them gone the list may be one country or none.
      ['ZZ', countries[0]!], ['ZZ', 'QQ', countries[1]!, countries[2]!], ['ZZ', 'QQ'],
    ];
    const groups = [{ brands: ['Velora'] }, { brands: ['Nordhelm'] }, { brands: ['Velora', 'Nordhelm'] }, { categories: ['bike'] },
      { brands: ['Velora'], categories: ['bike'] }, { brands: ['Velora', 'Nordhelm'], categories: ['bike', 'part'] }];
    return groups.flatMap((g) => lists.flatMap((l) => [false, true].map((confirmed) =>
      Object.assign({ products: null, retailers: null, countries: l, confirmed }, g))));
  };

  it('THEN every read holds exactly the facts the filter names', () => {
    const all = filters();
    expect(all.length).toBeGreaterThan(100);
    let nonEmpty = 0;
    for (const f of all) {
      const got = store.facts(f, 10_000).map(key).sort();
      expect(got, JSON.stringify(f)).toEqual(expected(f));
      // Counted as read: the countries without facts are cut from counts too.
      expect(store.countFacts(f, 10_000), JSON.stringify(f)).toBe(got.length);
      if (got.length > 0) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThan(all.length / 3);
  });

  it('THEN a read cut by a limit holds that many of them', () => {
    for (const f of filters()) {
      const whole = expected(f);
      const cut = store.facts(f, 2).map(key);
      expect(cut.length, JSON.stringify(f)).toBe(Math.min(2, whole.length));
      for (const k of cut) expect(whole).toContain(k);
    }
  });

  it('WHEN no country of the list has a fact THEN nothing is read, and the count says none', () => {
    const f: FactFilter = { products: null, retailers: null, countries: ['ZZ', 'QQ'], brands: ['Velora'] };
    expect(store.facts(f, 21)).toEqual([]);
    expect(store.countFacts(f, 100)).toBe(0);
  });
});
