// The kinds of question the main generator never asks: a brand alone, a
// category alone, a brand in a country or a region, the sets and counts of a
// brand or a category, everything in a country. Each is asked for every brand,
// category or country the catalog holds: a catalog's slowest brand is what
// every other user of the process waits behind, so none is sampled away.
import type { KindNames } from './names.js';

export interface Kind { name: string; questions: string[] }

/** The list's items in turn: brand i goes with country i mod n. */
const cycle = <T>(list: readonly T[], i: number): T | undefined => (list.length > 0 ? list[i % list.length] : undefined);

export function kindQuestions(n: KindNames): Kind[] {
  const inTurn = (list: readonly string[], word: (b: string, x: string) => string): string[] =>
    n.brands.flatMap((b, i) => { const x = cycle(list, i); return x === undefined ? [] : [word(b, x)]; });
  const kinds: Kind[] = [
    { name: 'brand alone', questions: n.brands.map((b) => `${b}?`) },
    { name: 'brand, where', questions: n.brands.map((b) => `where can I buy ${b}?`) },
    { name: 'brand in a country', questions: inTurn(n.countries, (b, c) => `${b} in ${c}?`) },
    { name: 'brand in a region', questions: inTurn(n.regions, (b, r) => `${b} in ${r.toLowerCase()}?`) },
    { name: 'countries of a brand', questions: n.brands.map((b) => `which countries sell ${b}?`) },
    { name: 'category alone', questions: n.categories.map((c) => c) },
    { name: 'retailers of a category', questions: n.categories.map((c) => `which retailers sell ${c}?`) },
    { name: 'count of a category', questions: n.categories.map((c) => `how many retailers sell ${c}?`) },
    // Each brand with the categories it sells, and one it does not where there is one: a "no" is asked too.
    { name: 'brand in a category', questions: n.brands.flatMap((b) => {
      const own = n.brandCategories.get(b) ?? [];
      const other = n.categories.find((c) => !own.includes(c));
      return [...own, ...(other ? [other] : [])].map((c) => `${b} ${c}?`);
    }) },
    { name: 'everything in a country', questions: n.countries.map((c) => `everything in ${c}`) },
  ];
  return kinds.filter((k) => k.questions.length > 0);
}
