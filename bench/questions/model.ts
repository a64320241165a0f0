// What the question generator knows of a catalog, read from the built SQLite
// file: the same for the shipped seed and for generated catalogs, and exactly
// what the core will load. Only names that point at one thing are offered to
// questions; every word of every alias forms the vocabulary typos are checked
// against.
import Database from 'better-sqlite3';
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
  const db = new Database(file, { readonly: true, fileMustExist: true });
  // Country codes yield to the catalog's own names ("at EE" is the operator, not Estonia), so they own no name here.
  const aliases = db.prepare(`SELECT kind, ref, alias FROM aliases WHERE lang IS NOT 'code'`).all() as { kind: string; ref: string; alias: string }[];
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
  const named = (kind: string, table: string): Named[] => {
    const rows = db.prepare(`SELECT id, name FROM ${table} ORDER BY id`).all() as { id: string; name: string }[];
    const byRef = new Map<string, string[]>();
    for (const a of aliases) {
      if (a.kind !== kind) continue;
      const list = byRef.get(a.ref);
      if (list) list.push(a.alias); else byRef.set(a.ref, [a.alias]);
    }
    return rows.map((r) => ({ id: r.id, name: r.name,
      aliases: [...new Set([r.name, ...(byRef.get(r.id) ?? [])])].filter(unique) }))
      .filter((n) => n.aliases.length > 0);
  };
  const codes = db.prepare('SELECT DISTINCT country FROM availability ORDER BY country').pluck().all() as string[];
  const countries = codes.map((code) => {
    const n = countryNames(code);
    const ok = (list: string[]): string[] => list.filter((name) => (owners.get(nameKey(name))?.has(`country:${code}`) ?? false) && unique(name));
    return { code, en: ok(n.en), it: ok(n.it), native: ok(n.native) };
  }).filter((c) => c.en.length > 0 && c.it.length > 0);
  const vocabulary = new Set<string>();
  for (const a of aliases) for (const w of words(a.alias)) vocabulary.add(w);
  const factsOf = db.prepare('SELECT retailer_id AS retailer, country FROM availability WHERE product_id = ? ORDER BY retailer_id, country');
  return {
    products: named('product', 'products'),
    retailers: named('retailer', 'retailers'),
    countries,
    vocabulary: [...vocabulary],
    factOf(product, pick) {
      const rows = factsOf.all(product) as { retailer: string; country: string }[];
      return rows.length > 0 ? rows[pick(rows.length)]! : null;
    },
    close: () => db.close(),
  };
}
