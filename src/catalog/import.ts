// Reads a catalog directory (the human-editable CSV files) into rows, checking
// every reference and value. Nothing is written here: a catalog with problems
// never reaches SQLite, so the running catalog stays exactly as it was.
import { existsSync } from 'node:fs';
import type { CatalogRows, TextRow } from './types.js';
import type { AliasRow, AvailabilityRow, EventRow } from './types.js';
import { list, readCsv, type Problem, type Record_ } from './csv.js';
import { countryAliases, countryRows, countryTexts, isCountryCode } from './countries.js';
import { regions, regionAliases, regionTexts } from './regions.js';
import { foldText } from '../text/normalize.js';
import { aliasLanguage } from '../language/vote.js';

export type { Problem } from './csv.js';
export type ImportResult = { ok: true; rows: CatalogRows } | { ok: false; problems: Problem[] };

const ID = /^[a-z0-9][a-z0-9._-]{0,63}$/;
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const RETAILER_KINDS = new Set(['store', 'online', 'operator', 'chain']);
const STATUSES = new Set(['available', 'announced', 'opening', 'ended']);
const EVENT_KINDS = new Set(['store_opening', 'market_entry', 'agreement', 'statement', 'launch']);


function dateOk(d: string): boolean {
  if (!DATE.test(d)) return false;
  if (d.length < 10) return true;
  return !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d);
}

export function readCatalogDir(dir: string): ImportResult {
  if (!existsSync(dir)) return { ok: false, problems: [{ file: dir, line: 0, reason: 'folder does not exist' }] };
  const problems: Problem[] = [];
  const at = (file: string, line: number, reason: string): void => { problems.push({ file, line, reason }); };
  const aliases: AliasRow[] = [];
  const custom = (kind: AliasRow['kind'], ref: string, alias: string, lang: string | null = null): void => {
    aliases.push({ kind, ref, alias, lang, custom: 1 });
  };
  // A name the catalog gives in another language (name_es "Sirena") is read in questions too, as that language's.
  const derived = (kind: AliasRow['kind'], ref: string, alias: string, lang: string): void => {
    aliases.push({ kind, ref, alias, lang, custom: 0 });
  };
  // Ids must be unique within a file; each file gets its own set.
  const uniqueIds = (file: string, line: number, id: string, seen: Set<string>): boolean => {
    if (!ID.test(id)) { at(file, line, `id "${id}" must be lowercase letters, digits, '.', '_' or '-'`); return false; }
    if (seen.has(id)) { at(file, line, `duplicate id "${id}"`); return false; }
    seen.add(id);
    return true;
  };
  const countries = countryRows();
  const countryCodes = new Set(countries.map((c) => c.code));
  const countryOk = (file: string, line: number, code: string): boolean => {
    if (countryCodes.has(code) && isCountryCode(code)) return true;
    at(file, line, `unknown country code "${code}" (use ISO 3166-1 alpha-2, such as SE or GB)`);
    return false;
  };

  const sources = new Set<string>();
  const rows: CatalogRows = {
    meta: {}, sources: [], countries, groups: [], retailers: [], categories: [], products: [], cities: [],
    regions: regions().map((r) => ({ id: r.id, name_en: r.en, name_it: r.it })),
    regionCountries: regions().flatMap((r) => r.countries.filter((c) => countryCodes.has(c)).map((country) => ({ region_id: r.id, country }))),
    aliases, availability: [], events: [], texts: [],
  };
  const texts = new Map<string, TextRow>();
  const translate = (kind: TextRow['kind'], ref: string, r: Record_, field: string): void => {
    if (!ref) return;
    for (const [lang, text] of r.localized(field)) {
      texts.set(`${kind}\u0000${ref}\u0000${lang}`, { kind, ref, lang, text });
      // A name written the same in that language ("Toronto") is no evidence of it.
      if (field === 'name' && kind !== 'note' && kind !== 'source' && foldText(text) !== foldText(r.get('name'))) derived(kind as AliasRow['kind'], ref, text, lang);
    }
  };

  for (const r of readCsv(dir, 'sources.csv', ['id', 'title'], true, problems)) {
    const id = r.get('id');
    if (!uniqueIds('sources.csv', r.line, id, sources)) continue;
    const published = r.get('published');
    if (published && !dateOk(published)) at('sources.csv', r.line, `bad date "${published}" (use YYYY, YYYY-MM or YYYY-MM-DD)`);
    if (!r.get('title')) at('sources.csv', r.line, 'title is empty');
    translate('source', id, r, 'title');
    rows.sources.push({ id, title: r.get('title'), publisher: r.get('publisher') || null, published: published || null,
      language: r.get('language') || null, ref: r.get('ref') || null });
  }

  const groups = new Set<string>();
  for (const r of readCsv(dir, 'groups.csv', ['id', 'name'], false, problems)) {
    const id = r.get('id');
    if (!uniqueIds('groups.csv', r.line, id, groups)) continue;
    rows.groups.push({ id, name: r.get('name') });
    translate('group', id, r, 'name');
    for (const a of [r.get('name'), ...list(r.get('aliases'))]) custom('group', id, a);
  }

  const retailers = new Set<string>();
  for (const r of readCsv(dir, 'retailers.csv', ['id', 'name', 'kind'], true, problems)) {
    const id = r.get('id');
    if (!uniqueIds('retailers.csv', r.line, id, retailers)) continue;
    const kind = r.get('kind');
    if (!RETAILER_KINDS.has(kind)) at('retailers.csv', r.line, `kind "${kind}" must be one of ${[...RETAILER_KINDS].join(', ')}`);
    const group = r.get('group');
    if (group && !groups.has(group)) at('retailers.csv', r.line, `unknown group "${group}" (not in groups.csv)`);
    if (!r.get('name')) at('retailers.csv', r.line, 'name is empty');
    rows.retailers.push({ id, name: r.get('name'), kind, group_id: group || null });
    translate('retailer', id, r, 'name');
    for (const a of [r.get('name'), ...list(r.get('aliases'))]) custom('retailer', id, a);
  }

  const categories = new Set<string>();
  for (const r of readCsv(dir, 'categories.csv', ['id', 'name_en', 'name_it'], true, problems)) {
    const id = r.get('id');
    if (!uniqueIds('categories.csv', r.line, id, categories)) continue;
    rows.categories.push({ id, name_en: r.get('name_en'), name_it: r.get('name_it') });
    for (const a of list(r.get('aliases'))) custom('category', id, a);
    // name_es, name_de …: the category's name in the other languages, shown and read in them.
    for (const [lang, text] of r.localized('name')) {
      if (lang === 'en' || lang === 'it') continue;
      texts.set(`category\u0000${id}\u0000${lang}`, { kind: 'category', ref: id, lang, text });
      if (foldText(text) !== foldText(r.get('name_en'))) derived('category', id, text, lang);
    }
  }

  const products = new Set<string>();
  const brands = new Set<string>();
  for (const r of readCsv(dir, 'products.csv', ['id', 'name', 'brand', 'category'], true, problems)) {
    const id = r.get('id');
    if (!uniqueIds('products.csv', r.line, id, products)) continue;
    const category = r.get('category');
    if (!categories.has(category)) at('products.csv', r.line, `unknown category "${category}" (not in categories.csv)`);
    if (!r.get('name')) at('products.csv', r.line, 'name is empty');
    if (!r.get('brand')) at('products.csv', r.line, 'brand is empty');
    rows.products.push({ id, name: r.get('name'), brand: r.get('brand'), category_id: category });
    translate('product', id, r, 'name');
    for (const a of [r.get('name'), ...list(r.get('aliases'))]) custom('product', id, a);
    brands.add(r.get('brand'));
  }
  // A brand is found by its name; its id is its folded name.
  for (const b of brands) aliases.push({ kind: 'brand', ref: foldText(b), alias: b, lang: null, custom: 0 });

  const cities = new Set<string>();
  for (const r of readCsv(dir, 'cities.csv', ['id', 'name', 'country'], false, problems)) {
    const id = r.get('id');
    if (!uniqueIds('cities.csv', r.line, id, cities)) continue;
    countryOk('cities.csv', r.line, r.get('country'));
    rows.cities.push({ id, name: r.get('name'), country: r.get('country') });
    translate('city', id, r, 'name');
    for (const a of [r.get('name'), ...list(r.get('aliases'))]) custom('city', id, a);
  }

  for (const r of readCsv(dir, 'country_aliases.csv', ['code', 'alias'], false, problems)) {
    // An author's name for a country is a word of some language ("England", "Olanda"): a vote for it, as built-in names are.
    if (countryOk('country_aliases.csv', r.line, r.get('code'))) custom('country', r.get('code'), r.get('alias'), aliasLanguage(r.get('alias')));
  }
  aliases.push(...countryAliases(), ...regionAliases());

  const seenFacts = new Set<string>();
  for (const r of readCsv(dir, 'availability.csv',
    ['product', 'retailer', 'country', 'status', 'since', 'paired', 'note', 'source'], true, problems)) {
    const f = 'availability.csv';
    const product = r.get('product'); const retailer = r.get('retailer'); const status = r.get('status');
    const since = r.get('since'); const source = r.get('source'); const paired = r.get('paired').toLowerCase();
    let ok = true;
    if (!products.has(product)) { at(f, r.line, `unknown product "${product}" (not in products.csv)`); ok = false; }
    if (!retailers.has(retailer)) { at(f, r.line, `unknown retailer "${retailer}" (not in retailers.csv)`); ok = false; }
    if (!STATUSES.has(status)) { at(f, r.line, `status "${status}" must be one of ${[...STATUSES].join(', ')}`); ok = false; }
    if (since && !dateOk(since)) { at(f, r.line, `bad date "${since}" (use YYYY, YYYY-MM or YYYY-MM-DD)`); ok = false; }
    if (!sources.has(source)) { at(f, r.line, `unknown source "${source}" (not in sources.csv)`); ok = false; }
    if (!['yes', 'no', ''].includes(paired)) { at(f, r.line, `paired "${paired}" must be yes or no`); ok = false; }
    const codes = list(r.get('country'));
    if (codes.length === 0) { at(f, r.line, 'country is empty'); ok = false; }
    translate('note', r.get('note'), r, 'note');
    for (const code of codes) {
      if (!countryOk(f, r.line, code)) { ok = false; continue; }
      const key = `${product}|${retailer}|${code}`;
      if (seenFacts.has(key)) { at(f, r.line, `duplicate row for ${product} at ${retailer} in ${code}`); ok = false; continue; }
      seenFacts.add(key);
      if (!ok) continue;
      const row: AvailabilityRow = { product_id: product, retailer_id: retailer, country: code, status,
        since: since || null, paired: paired === 'no' ? 0 : 1, note: r.get('note') || null, source_id: source };
      rows.availability.push(row);
    }
  }

  const events = new Set<string>();
  for (const r of readCsv(dir, 'events.csv', ['id', 'kind', 'date', 'country', 'city', 'retailer', 'note', 'source'],
    false, problems)) {
    const f = 'events.csv';
    const id = r.get('id');
    if (!uniqueIds(f, r.line, id, events)) continue;
    const kind = r.get('kind'); const date = r.get('date'); const country = r.get('country');
    const city = r.get('city'); const retailer = r.get('retailer'); const source = r.get('source');
    if (!EVENT_KINDS.has(kind)) at(f, r.line, `kind "${kind}" must be one of ${[...EVENT_KINDS].join(', ')}`);
    if (!dateOk(date)) at(f, r.line, `bad date "${date}" (use YYYY, YYYY-MM or YYYY-MM-DD)`);
    if (country) countryOk(f, r.line, country);
    if (city && !cities.has(city)) at(f, r.line, `unknown city "${city}" (not in cities.csv)`);
    if (retailer && !retailers.has(retailer)) at(f, r.line, `unknown retailer "${retailer}" (not in retailers.csv)`);
    if (!sources.has(source)) at(f, r.line, `unknown source "${source}" (not in sources.csv)`);
    translate('note', r.get('note'), r, 'note');
    const row: EventRow = { id, kind, date, country: country || null, name_en: null, name_it: null, city: city || null,
      retailer_id: retailer || null, retailer_name: null, note: r.get('note') || null, source_id: source };
    rows.events.push(row);
  }

  rows.texts = [...countryTexts(), ...regionTexts(), ...texts.values()];
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows };
}
