// The set summaries stored at import say what grouping the facts says, for
// every single country, retailer, brand, category, brand in a category, and
// the whole catalog.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CatalogStore } from '../../../src/catalog/store.js';
import type { FactFilter } from '../../../src/catalog/types.js';
import { buildCatalog, writeCatalogDir } from '../../helpers/catalog.js';
import { WORD_CATALOG } from '../../helpers/wordCatalog.js';

let store: CatalogStore;
beforeAll(async () => { store = new CatalogStore(await buildCatalog(writeCatalogDir(WORD_CATALOG))); });
afterAll(() => store.close());

const DIMENSIONS = ['country', 'retailer', 'product'] as const;

function grouped(d: (typeof DIMENSIONS)[number], filter: FactFilter) {
  const rows = store.dimensionStates(d, filter, 10_000);
  const byClass = (pick: (c: boolean, l: boolean) => boolean) =>
    rows.filter((r) => pick(r.confirmed, r.live)).map((r) => ({ value: r.value, best: r.best, n: r.n })).sort((a, b) => a.value.localeCompare(b.value));
  return { confirmed: byClass((c) => c), unpaired: byClass((c, l) => !c && l), ended: byClass((c, l) => !c && !l) };
}

describe('GIVEN the summaries stored at import', () => {
  const filters: FactFilter[] = [
    { products: null, retailers: null, countries: null },
    ...['IT', 'GB', 'DE', 'NO', 'JP', 'PE'].map((c) => ({ products: null, retailers: null, countries: [c] })),
    ...['coop', 'next', 'very', 'arena'].map((r) => ({ products: null, retailers: [r], countries: null })),
    // A brand's or a category's sets ("Velora?", "which retailers sell bikes?"), and one brand in one category.
    ...['Velora', 'Nordhelm'].map((b) => ({ products: null, retailers: null, countries: null, brands: [b] })),
    { products: null, retailers: null, countries: null, categories: ['bike'] },
    { products: null, retailers: null, countries: null, brands: ['Nordhelm'], categories: ['bike'] },
  ];
  // A region's sets are folded from its countries' at import: they must say what grouping its facts says.
  // Every region of the catalog with countries, read from it (the import keeps the catalog's countries of each).
  const regions = (): FactFilter[] => {
    const members = new Map<string, string[]>();
    for (const r of store.loadNames().regionCountries) members.set(r.region_id, [...(members.get(r.region_id) ?? []), r.country]);
    return [...members].map(([region, countries]) => ({ products: null, retailers: null, countries, region }));
  };
  const served = (d: string, f: FactFilter): boolean => !(d === 'country' && f.countries) && !(d === 'retailer' && f.retailers);
  it.each(filters.flatMap((f) => DIMENSIONS.filter((d) => served(d, f)).map((d) => [d, f] as const)))(
    'WHEN %s values are asked THEN they equal the grouped facts', (d, f) => {
    const s = store.dimensionSummary(d, f, 1000);
    expect(s).not.toBeNull();
    const g = grouped(d, f);
    const plain = (list: { value: string; best: string | null; n: number }[]) =>
      list.map((r) => ({ value: r.value, best: r.best, n: r.n })).sort((a, b) => a.value.localeCompare(b.value));
    expect({ confirmed: plain(s!.confirmed), unpaired: plain(s!.unpaired), ended: plain(s!.ended) }).toEqual(g);
    expect(s!.counts).toEqual({ confirmed: g.confirmed.length, unpaired: g.unpaired.length, ended: g.ended.length });
  });
  it('WHEN a region\'s values of each dimension are asked THEN they equal its grouped facts, for every region', () => {
    const all = regions();
    expect(all.length).toBeGreaterThan(3);
    const plain = (list: { value: string; best: string | null; n: number }[]) =>
      list.map((r) => ({ value: r.value, best: r.best, n: r.n })).sort((a, b) => a.value.localeCompare(b.value));
    for (const f of all) {
      for (const d of DIMENSIONS) {
        const s = store.dimensionSummary(d, f, 1000);
        expect(s, `${f.region} ${d}`).not.toBeNull();
        const g = grouped(d, { ...f, region: null });
        expect({ confirmed: plain(s!.confirmed), unpaired: plain(s!.unpaired), ended: plain(s!.ended) }, `${f.region} ${d}`).toEqual(g);
      }
    }
    // Not exactly the region's countries (one left out): grouped from the facts, never the region's summary.
    const wide = all.find((f) => f.countries!.length >= 3)!;
    expect(store.dimensionSummary('product', { ...wide, countries: wide.countries!.slice(1) }, 50)).toBeNull();
  });
  // "What can I buy at Coop in Italy?": counts stored per retailer in a country, values read in order from the facts.
  it('WHEN the products of one retailer in one country are asked THEN they are its grouped facts ranked, for every pair and cut', () => {
    const ranked = (list: { value: string; best: string | null; n: number }[], top: number) =>
      [...list].sort((a, b) => b.n - a.n || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)).slice(0, top);
    const plain = (list: { value: string; best: string | null; n: number }[]) => list.map((r) => ({ value: r.value, best: r.best, n: r.n }));
    let pairs = 0;
    let cut = false;
    let classes = false;
    for (const { id } of store.loadNames().retailers) {
      for (const { value: country } of store.dimensionStates('country', { products: null, retailers: [id], countries: null }, 1000)) {
        const f: FactFilter = { products: null, retailers: [id], countries: [country] };
        const g = grouped('product', f);
        for (const top of [1, 2, 1000]) {
          const s = store.dimensionSummary('product', f, top);
          expect(s, `${id} in ${country}`).not.toBeNull();
          expect(s!.counts, `${id} in ${country}`).toEqual({ confirmed: g.confirmed.length, unpaired: g.unpaired.length, ended: g.ended.length });
          expect({ confirmed: plain(s!.confirmed), unpaired: plain(s!.unpaired), ended: plain(s!.ended) }, `${id} in ${country}, top ${top}`)
            .toEqual({ confirmed: ranked(g.confirmed, top), unpaired: ranked(g.unpaired, top), ended: ranked(g.ended, top) });
        }
        pairs++;
        cut ||= [g.confirmed, g.unpaired, g.ended].some((c) => c.length > 1);
        classes ||= g.unpaired.length > 0 || g.ended.length > 0;
      }
    }
    expect(pairs).toBeGreaterThan(10);
    // Some pair is cut by the top, and some holds values named only unpaired or ended.
    expect([cut, classes]).toEqual([true, true]);
  });
  it('WHEN a filter names a product, or the dimension itself, THEN no summary serves and the facts are grouped', () => {
    expect(store.dimensionSummary('country', { products: ['flow'], retailers: null, countries: null }, 50)).toBeNull();
    expect(store.dimensionSummary('country', { products: null, retailers: null, countries: ['IT'] }, 50)).toBeNull();
    // Two of brand, category, retailer and country together (other than one brand in one category) are grouped too.
    expect(store.dimensionSummary('product', { products: null, retailers: ['coop'], countries: null, brands: ['Velora'] }, 50)).toBeNull();
  });
});

// Filters no summary serves are grouped from the facts in SQL, ranked there too: each class's count,
// and its values with most facts first (ties in value order), cut at `top`.
describe('GIVEN filters that no stored summary serves', () => {
  const filters: FactFilter[] = [
    { products: null, retailers: ['coop'], countries: ['IT'] },
    { products: null, retailers: ['next', 'very'], countries: null },
    { products: ['flow'], retailers: null, countries: null },
    { products: null, retailers: null, countries: ['IT', 'GB', 'DE'] },
    { products: null, retailers: ['coop'], countries: null, brands: ['Velora'] },
    { products: null, retailers: null, countries: ['GB'], categories: ['bike'] },
    { products: null, retailers: null, countries: null },
  ];
  const ranked = (list: { value: string; best: string | null; n: number }[], top: number) =>
    [...list].sort((a, b) => b.n - a.n || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)).slice(0, top);
  it.each(filters.flatMap((f) => DIMENSIONS.flatMap((d) => [1, 2, 1000].map((top) => [d, top, f] as const))))(
    'WHEN %s values are grouped, top %i, THEN they are the facts\' groups ranked', (d, top, f) => {
    const g = grouped(d, f);
    const s = store.dimensionGrouped(d, f, top, 10_000);
    const plain = (list: { value: string; best: string | null; n: number }[]) => list.map((r) => ({ value: r.value, best: r.best, n: r.n }));
    expect(s.counts).toEqual({ confirmed: g.confirmed.length, unpaired: g.unpaired.length, ended: g.ended.length });
    expect({ confirmed: plain(s.confirmed), unpaired: plain(s.unpaired), ended: plain(s.ended) })
      .toEqual({ confirmed: ranked(g.confirmed, top), unpaired: ranked(g.unpaired, top), ended: ranked(g.ended, top) });
  });
  it('WHEN the filters are asked THEN some class holds more values than the top, so the cut is tried', () => {
    expect(filters.some((f) => DIMENSIONS.some((d) => grouped(d, f).confirmed.length > 2))).toBe(true);
  });
});
