// What the question generator knows of a catalog, read from the built SQLite
// file: the same for the shipped seed and for generated catalogs, and exactly
// what the core will load. Only names that point at one thing are offered to
// questions; every word of every alias forms the vocabulary typos are checked
// against.
import { openCatalog } from '../../src/catalog/store.js';
import type { AliasKind } from '../../src/catalog/types.js';
import { countryNames } from '../catalog/countries.js';
import { nameKey, words } from '../fold.js';

export interface Named { id: string; name: string; aliases: string[] }

export interface CountryChoice { code: string; en: string[]; it: string[]; native: string[] }

export interface QuestionModel {
  products: Named[];
  retailers: Named[];
  countries: CountryChoice[];
  /** Every word of every alias in the catalog, all kinds and languages. */
  vocabulary: string[];
  /** An availability row of this product (retailer and country), or null: questions ask about real facts too. */
  factOf(product: string, pick: (n: number) => number): { retailer: string; country: string } | null;
  close(): void;
}

export function readModel(file: string): QuestionModel {
  // Through the catalog's public face, as the core reads it: the benchmark does not know the schema.
  const catalog = openCatalog(file);
  const kinds: AliasKind[] = ['product', 'retailer', 'country', 'city', 'brand', 'category', 'group', 'region'];
  // Country codes yield to the catalog's own names ("at EE" is the operator, not Estonia), so they own no name here.
  const aliases = kinds.flatMap((kind) => catalog.aliasNames(kind).filter((a) => a.lang !== 'code').map((a) => ({ kind, ref: a.ref, alias: a.alias })));
  const rows = catalog.loadNames();
  // Which things each name can mean: a name two things share is not offered to questions.
  // "Green Land" and "Greenland" are one name to a reader, so each name also counts run together.
  const keysOf = (alias: string): string[] => {
    const key = nameKey(alias);
    return key.includes(' ') ? [key, key.replace(/ /g, '')] : [key];
  };
  const owners = new Map<string, Set<string>>();
  for (const a of aliases) {
    for (const key of keysOf(a.alias)) {
      let set = owners.get(key);
      if (!set) { set = new Set(); owners.set(key, set); }
      set.add(`${a.kind}:${a.ref}`);
    }
  }
  const unique = (alias: string): boolean => keysOf(alias).every((k) => (owners.get(k)?.size ?? 0) === 1);
  const named = (kind: string, table: { id: string; name: string }[]): Named[] => {
    const sorted = [...table].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const byRef = new Map<string, string[]>();
    for (const a of aliases) {
      if (a.kind !== kind) continue;
      const list = byRef.get(a.ref);
      if (list) list.push(a.alias); else byRef.set(a.ref, [a.alias]);
    }
    return sorted.map((r) => ({ id: r.id, name: r.name,
      aliases: [...new Set([r.name, ...(byRef.get(r.id) ?? [])])].filter(unique) }))
      .filter((n) => n.aliases.length > 0);
  };
  const any = { products: null, retailers: null, countries: null };
  const codes = catalog.countriesOf(any, 100_000).sort();
  const countries = codes.map((code) => {
    const n = countryNames(code);
    const ok = (list: string[]): string[] => list.filter((name) => (owners.get(nameKey(name))?.has(`country:${code}`) ?? false) && unique(name));
    return { code, en: ok(n.en), it: ok(n.it), native: ok(n.native) };
  }).filter((c) => c.en.length > 0 && c.it.length > 0);
  const vocabulary = new Set<string>();
  for (const a of aliases) for (const w of words(a.alias)) vocabulary.add(w);
  const byKey = (a: { retailer: string; country: string }, b: { retailer: string; country: string }): number =>
    (a.retailer < b.retailer ? -1 : a.retailer > b.retailer ? 1 : a.country < b.country ? -1 : a.country > b.country ? 1 : 0);
  return {
    products: named('product', rows.products),
    retailers: named('retailer', rows.retailers),
    countries,
    vocabulary: [...vocabulary],
    factOf(product, pick) {
      const facts = catalog.facts({ products: [product], retailers: null, countries: null }, 100_000)
        .map((f) => ({ retailer: f.retailer_id, country: f.country })).sort(byKey);
      return facts.length > 0 ? facts[pick(facts.length)]! : null;
    },
    close: () => catalog.close(),
  };
}
