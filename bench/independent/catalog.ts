// Reads a catalog folder's CSV files (the columns README.md documents) into what the
// independent generator needs: every thing a question may name, every name of it, which
// names point at one thing only, and a sample of the availability rows to ask about.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import countries from 'i18n-iso-countries';
import { Prng } from './prng.js';
import { nameKey, nameWords } from './text.js';

const require = createRequire(import.meta.url);

export type Kind = 'product' | 'retailer' | 'country' | 'brand' | 'group' | 'category' | 'city';

/** A name as the CSV writes it, with the language it is for ('' when any). */
export interface Name { text: string; lang: string }

export interface Thing { kind: Kind; id: string; names: Name[] }

export interface Product extends Thing { kind: 'product'; brand: string; brandKey: string }

/** An availability line: one product, one retailer, the countries the line names. */
export interface Row { product: string; retailer: string; countries: string[] }

export interface Catalog {
  products: Product[];
  retailers: Thing[];
  /** Countries the availability rows name (ISO alpha-2), each with its English and Italian names. */
  countries: Thing[];
  /** Brands by key, each with its products' ids. */
  brands: Map<string, { name: string; products: string[] }>;
  /** Every name key of every thing, with the things that carry it ("kind:id"). */
  owners: Map<string, Set<string>>;
  /** The same keys by length, for the typo checks. */
  keysByLength: Map<number, string[]>;
  /** Every word of every name of the catalog and of every country. */
  words: Set<string>;
  rowsByProduct: Map<string, Row[]>;
  rowsByRetailer: Map<string, Row[]>;
  /** All ids each CSV file holds (products, retailers; countries: codes of availability.csv and country_aliases.csv). */
  ids: { products: Set<string>; retailers: Set<string>; countries: Set<string> };
}

type Record = { [column: string]: string | undefined };

function readCsv(dir: string, file: string): Record[] {
  const path = join(dir, file);
  if (!existsSync(path)) return [];
  return parse(readFileSync(path, 'utf8'), {
    columns: true, bom: true, skip_empty_lines: true, relax_column_count: true,
  }) as Record[];
}

/**
 * Every record of a large file, one at a time, none kept. A line with no quote character is
 * split on its commas (that is all RFC 4180 says of it); records with quotes, which may span
 * lines, go through csv-parse a few thousand at a time, in file order. csv-parse alone takes
 * about 20 s for the 1M-row file of the benchmark on this machine.
 */
function eachRecord(dir: string, file: string, columns: readonly string[], onRecord: (values: string[]) => void): void {
  const path = join(dir, file);
  if (!existsSync(path)) return;
  const lines = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split('\n');
  let header: string[] | null = null;
  let at: number[] = [];
  // records in file order: cells already split, or the index of a quoted record in `quoted`
  let queue: (string[] | number)[] = [];
  let quoted: string[] = [];
  const flush = (): void => {
    const parsed = quoted.length > 0
      ? parse(quoted.join('\n'), { relax_column_count: true, skip_empty_lines: true }) as string[][] : [];
    if (parsed.length !== quoted.length) throw new Error(`${file}: could not read ${quoted.length - parsed.length} quoted records`);
    for (const item of queue) {
      const cells = typeof item === 'number' ? parsed[item] ?? [] : item;
      if (!header) {
        header = cells.map((c) => c.trim());
        at = columns.map((c) => header!.indexOf(c));
      } else onRecord(at.map((i) => (i < 0 ? '' : (cells[i] ?? '').trim())));
    }
    queue = [];
    quoted = [];
  };
  let pending = '';
  let quotes = 0;
  for (const raw of lines) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (!pending && !line.includes('"')) {
      if (line.trim() !== '') queue.push(line.split(','));
    } else {
      pending = pending ? `${pending}\n${line}` : line;
      for (let i = line.indexOf('"'); i !== -1; i = line.indexOf('"', i + 1)) quotes++;
      if (quotes % 2 === 1) continue; // a quoted field goes on past this line
      queue.push(quoted.length);
      quoted.push(pending);
      pending = '';
      quotes = 0;
    }
    if (queue.length >= 20_000 || !header) flush();
  }
  if (pending) { queue.push(quoted.length); quoted.push(pending); }
  flush();
}

const cell = (r: Record, column: string): string => (r[column] ?? '').trim();
const list = (value: string): string[] => value.split(';').map((s) => s.trim()).filter(Boolean);

/** `name`, `aliases` and every `name_<lang>` column of a row. */
function rowNames(r: Record, nameColumn = 'name'): Name[] {
  const out: Name[] = [];
  const main = cell(r, nameColumn);
  if (main) out.push({ text: main, lang: '' });
  for (const column of Object.keys(r)) {
    const m = /^name_([a-z]{2})$/.exec(column);
    if (m && column !== nameColumn && cell(r, column)) out.push({ text: cell(r, column), lang: m[1] as string });
  }
  // an alias that is the name given for a language ("accessori lifestyle" beside name_it
  // "Accessori lifestyle") is that language's: an English question does not use it
  const given = new Map(out.filter((n) => n.lang).map((n) => [nameKey(n.text), n.lang]));
  for (const a of list(cell(r, 'aliases'))) out.push({ text: a, lang: given.get(nameKey(a)) ?? '' });
  return out;
}

let localesRegistered = false;
const COUNTRY_LANGS = ['en', 'it', 'es', 'de'];
function registerLocales(): void {
  if (localesRegistered) return;
  for (const l of COUNTRY_LANGS) countries.registerLocale(require(`i18n-iso-countries/langs/${l}.json`));
  localesRegistered = true;
}

/** A name a person types: no "Korea, Republic of", no "Netherlands (Kingdom of the)". */
const typable = (n: string): boolean => !/[,()]/.test(n);

export function readCatalog(dir: string, seed: number): Catalog {
  if (!existsSync(join(dir, 'products.csv'))) throw new Error(`${dir}: no products.csv`);
  registerLocales();
  const owners = new Map<string, Set<string>>();
  const words = new Set<string>();
  const own = (ref: string, text: string): void => {
    const key = nameKey(text);
    if (!key) return;
    let set = owners.get(key);
    if (!set) owners.set(key, (set = new Set()));
    set.add(ref);
    for (const w of nameWords(text)) words.add(w);
  };
  const ownAll = (t: Thing): void => { for (const n of t.names) own(`${t.kind}:${t.id}`, n.text); };

  const products: Product[] = [];
  const brands = new Map<string, { name: string; products: string[] }>();
  for (const r of readCsv(dir, 'products.csv')) {
    const id = cell(r, 'id');
    if (!id) continue;
    const brand = cell(r, 'brand');
    const p: Product = { kind: 'product', id, names: rowNames(r), brand, brandKey: nameKey(brand) };
    products.push(p);
    ownAll(p);
    if (p.brandKey) {
      let b = brands.get(p.brandKey);
      if (!b) brands.set(p.brandKey, (b = { name: brand, products: [] }));
      b.products.push(id);
    }
  }
  for (const [key, b] of brands) own(`brand:${key}`, b.name);

  const retailers: Thing[] = [];
  for (const r of readCsv(dir, 'retailers.csv')) {
    const id = cell(r, 'id');
    if (!id) continue;
    const t: Thing = { kind: 'retailer', id, names: rowNames(r) };
    retailers.push(t);
    ownAll(t);
  }
  for (const r of readCsv(dir, 'groups.csv')) {
    if (cell(r, 'id')) ownAll({ kind: 'group', id: cell(r, 'id'), names: rowNames(r) });
  }
  for (const r of readCsv(dir, 'cities.csv')) {
    if (cell(r, 'id')) ownAll({ kind: 'city', id: cell(r, 'id'), names: rowNames(r) });
  }
  for (const r of readCsv(dir, 'categories.csv')) {
    const names: Name[] = [];
    for (const column of Object.keys(r)) {
      const m = /^name_([a-z]{2})$/.exec(column);
      if (m && cell(r, column)) names.push({ text: cell(r, column), lang: m[1] as string });
    }
    for (const a of list(cell(r, 'aliases'))) names.push({ text: a, lang: '' });
    if (cell(r, 'id')) ownAll({ kind: 'category', id: cell(r, 'id'), names });
  }

  // Countries: every country of the world is a name a question could mean, in English, Italian,
  // Spanish and German, plus the catalog's own aliases. Only the ones availability.csv names are asked.
  const countryNames = new Map<string, Name[]>();
  const addCountryName = (code: string, name: Name): void => {
    let names = countryNames.get(code);
    if (!names) countryNames.set(code, (names = []));
    if (!names.some((n) => n.text === name.text && n.lang === name.lang)) names.push(name);
  };
  for (const lang of COUNTRY_LANGS) {
    for (const [code, names] of Object.entries(countries.getNames(lang, { select: 'all' }))) {
      for (const n of names as string[]) if (typable(n)) addCountryName(code, { text: n, lang });
    }
  }
  const countryCodes = new Set<string>();
  for (const r of readCsv(dir, 'country_aliases.csv')) {
    const code = cell(r, 'code').toUpperCase();
    const alias = cell(r, 'alias');
    if (!code || !alias) continue;
    countryCodes.add(code);
    addCountryName(code, { text: alias, lang: '' });
  }
  for (const [code, names] of countryNames) for (const n of names) own(`country:${code}`, n.text);

  // Availability: per product and per retailer a small reservoir of its rows, so a catalog of a
  // million rows costs little memory and the sample is the same for the same seed.
  const random = new Prng(seed, 'availability');
  const productIds = new Set(products.map((p) => p.id));
  const retailerIds = new Set(retailers.map((r) => r.id));
  const rowsByProduct = new Map<string, Row[]>();
  const rowsByRetailer = new Map<string, Row[]>();
  const seen = new Map<Map<string, Row[]>, Map<string, number>>([[rowsByProduct, new Map()], [rowsByRetailer, new Map()]]);
  const keep = (map: Map<string, Row[]>, key: string, row: Row, size: number): void => {
    const counts = seen.get(map)!;
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    let rows = map.get(key);
    if (!rows) map.set(key, (rows = []));
    if (rows.length < size) rows.push(row);
    else {
      const j = random.int(0, n - 1);
      if (j < size) rows[j] = row;
    }
  };
  const inCatalog = new Set<string>();
  eachRecord(dir, 'availability.csv', ['product', 'retailer', 'country'], ([product = '', retailer = '', country = '']) => {
    const codes = list(country).map((c) => c.toUpperCase()).filter((c) => /^[A-Z]{2}$/.test(c));
    for (const c of codes) { inCatalog.add(c); countryCodes.add(c); }
    if (!productIds.has(product) || !retailerIds.has(retailer) || codes.length === 0) return;
    const row: Row = { product, retailer, countries: codes };
    keep(rowsByProduct, product, row, 4);
    keep(rowsByRetailer, retailer, row, 8);
  });

  const countryThings: Thing[] = [...inCatalog].sort().map((code) => ({ kind: 'country', id: code, names: countryNames.get(code) ?? [] }));

  const keysByLength = new Map<number, string[]>();
  for (const key of owners.keys()) {
    let keys = keysByLength.get(key.length);
    if (!keys) keysByLength.set(key.length, (keys = []));
    keys.push(key);
  }
  return {
    products, retailers, countries: countryThings, brands, owners, keysByLength, words, rowsByProduct, rowsByRetailer,
    ids: { products: productIds, retailers: retailerIds, countries: countryCodes },
  };
}

/** True when the name's key belongs to this thing and to nothing else. */
export function isUnique(catalog: Catalog, ref: string, text: string): boolean {
  const set = catalog.owners.get(nameKey(text));
  return set !== undefined && set.size === 1 && set.has(ref);
}
