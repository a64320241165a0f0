// Reads a catalog directory (the human-editable CSV files) file by file, checks
// every reference and value, and hands each good row to a sink as it is read:
// the SQLite writer of a new file (build.ts), which only replaces the served
// catalog when there was no problem at all. A row with a problem is never
// written, so SQLite's own constraints never meet it.
import { existsSync } from 'node:fs';
import type { AliasRow, CatalogSink, TextRow } from './types.js';
import { list, readCsv, type CsvFile, type CsvHandlers, type Record_ } from './csv.js';
import { EVENT_KINDS, RETAILER_KINDS, badDate, dateOk, idProblem, oneOf } from './checks.js';
import { countryAliases, countryRows, countryTexts, isCountryCode } from './countries.js';
import { readFacts } from './facts.js';
import { CATALOG_FILES } from './files.js';
import { Cascades, Ids } from './ids.js';
import { Problems, type Problem } from './problem.js';
import { regions, regionAliases, regionTexts } from './regions.js';
import { foldText } from '../text/normalize.js';
import { aliasLanguage } from '../language/vote.js';

export type { Problem } from './problem.js';

/** What a catalog holds, counted as it was read: the summary of `avail import` and `avail check`. */
export interface ImportCounts {
  sources: number; products: number; retailers: number;
  /** Countries with at least one fact. */
  countries: number;
  /** Facts: one a product, retailer and country. */
  facts: number;
  /** Lines of availability.csv (a line may list several countries). */
  lines: number;
  events: number;
}

export type ImportResult = { ok: true; counts: ImportCounts } | { ok: false; problems: Problem[] };

export interface ReadOptions {
  /** Bytes read from the files, as they are read. */
  bytes?: (n: number) => void;
}

/** What every file's reader shares: the sink, the problems, the ids defined so far. */
export interface Context {
  dir: string;
  sink: CatalogSink;
  problems: Problems;
  ids: Record<'sources' | 'groups' | 'retailers' | 'categories' | 'products' | 'cities', Ids>;
  /** Reads a file, reports its cascades once it is read; the ids it defines are unknown, not missing, when it could not be read. */
  read(spec: CsvFile, record: (r: Record_) => void, defines?: Ids): Promise<void>;
  /** True when `id` is a row of `ids`; else reports why (unknown, with a hint) or notes the rejected row it names. */
  refOk(file: string, line: number, ids: Ids, id: string): boolean;
  countryOk(file: string, line: number, code: string): boolean;
  /** Writes a row's `field_xx` cells as texts of `ref` (and a name in another language as an alias of it). */
  translate(kind: TextRow['kind'], ref: string, r: Record_, field: string): void;
}

function context(dir: string, sink: CatalogSink, options: ReadOptions): Context {
  const problems = new Problems();
  const cascades = new Cascades();
  // The codes a fact may name, decided once: asking the country package costs more than a row's other checks.
  const countryCodes = new Set(countryRows().map((c) => c.code).filter(isCountryCode));
  const ids = {
    sources: new Ids('sources.csv', 'source'), groups: new Ids('groups.csv', 'group'), retailers: new Ids('retailers.csv', 'retailer'),
    categories: new Ids('categories.csv', 'category'), products: new Ids('products.csv', 'product'), cities: new Ids('cities.csv', 'city'),
  };
  const known = (code: string): boolean => countryCodes.has(code);
  return {
    dir, sink, problems, ids,
    async read(spec, record, defines) {
      const on: CsvHandlers = { record, broken: (id, line) => defines?.reject(id, line) };
      if (options.bytes) on.bytes = options.bytes;
      const read = await readCsv(dir, spec, problems, on);
      if (defines && read !== 'read') defines.unreadable = true;
      cascades.flush(spec.file, problems);
    },
    refOk(file, line, of, id) {
      const found = of.find(id);
      if (found === 'ok') return true;
      if (found === 'rejected') cascades.note(file, line, of, id);
      if (found === 'unknown') {
        const hint = of.has(id.toLowerCase()) ? `ids are lowercase: "${id.toLowerCase()}"` : `not in ${of.file}`;
        problems.at(file, line, `unknown ${of.kind} "${id}" (${hint})`);
      }
      return false;
    },
    countryOk(file, line, code) {
      if (known(code)) return true;
      const upper = code.toUpperCase();
      problems.at(file, line, known(upper) ? `unknown country code "${code}" (codes are upper case: "${upper}")`
        : `unknown country code "${code}" (use ISO 3166-1 alpha-2, such as SE or GB)`);
      return false;
    },
    translate(kind, ref, r, field) {
      if (!ref) return;
      for (const [lang, text] of r.localized(field)) {
        sink.put('texts', { kind, ref, lang, text });
        // A name the catalog gives in another language (name_es "Sirena") is read in questions too, as that
        // language's; a name written the same in that language ("Toronto") is no evidence of it.
        if (field === 'name' && kind !== 'note' && kind !== 'source' && foldText(text) !== foldText(r.get('name'))) {
          sink.put('aliases', { kind: kind as AliasRow['kind'], ref, alias: text, lang, custom: 0 });
        }
      }
    },
  };
}

/** Defines a row's id in its file: false (and why, once) when the id is malformed or taken. */
function defineId(c: Context, ids: Ids, line: number, id: string): boolean {
  const bad = idProblem(id);
  if (bad) { c.problems.at(ids.file, line, bad); ids.reject(id, line); return false; }
  const first = ids.define(id, line);
  if (first !== null) { c.problems.at(ids.file, line, `duplicate id "${id}" (first at line ${first})`); return false; }
  return true;
}

/** The aliases a catalog author wrote for a row: its name, then its `aliases` cell. */
function written(c: Context, kind: AliasRow['kind'], ref: string, names: string[], lang: string | null = null): void {
  for (const alias of names) c.sink.put('aliases', { kind, ref, alias, lang, custom: 1 });
}

async function readEntities(c: Context): Promise<void> {
  const { ids, problems, sink } = c;
  const at = (file: string, line: number, reason: string): false => { problems.at(file, line, reason); return false; };
  const need = (file: string, line: number, r: Record_, column: string): boolean => r.get(column) !== '' || at(file, line, `${column} is empty`);

  await c.read({ file: 'sources.csv', columns: ['id', 'title'], required: true }, (r) => {
    const id = r.get('id');
    if (!defineId(c, ids.sources, r.line, id)) return;
    const published = r.get('published');
    const ok = [published === '' || dateOk(published) || at('sources.csv', r.line, badDate(published)), need('sources.csv', r.line, r, 'title')];
    if (!ok.every(Boolean)) return;
    sink.put('sources', { id, title: r.get('title'), publisher: r.get('publisher') || null, published: published || null,
      language: r.get('language') || null, ref: r.get('ref') || null });
    c.translate('source', id, r, 'title');
  }, ids.sources);

  await c.read({ file: 'groups.csv', columns: ['id', 'name'], required: false }, (r) => {
    const id = r.get('id');
    if (!defineId(c, ids.groups, r.line, id) || !need('groups.csv', r.line, r, 'name')) return;
    sink.put('groups', { id, name: r.get('name') });
    c.translate('group', id, r, 'name');
    written(c, 'group', id, [r.get('name'), ...list(r.get('aliases'))]);
  }, ids.groups);

  await c.read({ file: 'retailers.csv', columns: ['id', 'name', 'kind'], required: true }, (r) => {
    const f = 'retailers.csv';
    const id = r.get('id');
    if (!defineId(c, ids.retailers, r.line, id)) return;
    const kind = r.get('kind'); const group = r.get('group');
    const ok = [RETAILER_KINDS.has(kind) || at(f, r.line, oneOf('kind', kind, RETAILER_KINDS)),
      group === '' || c.refOk(f, r.line, ids.groups, group), need(f, r.line, r, 'name')];
    if (!ok.every(Boolean)) return;
    sink.put('retailers', { id, name: r.get('name'), kind, group_id: group || null });
    c.translate('retailer', id, r, 'name');
    written(c, 'retailer', id, [r.get('name'), ...list(r.get('aliases'))]);
  }, ids.retailers);

  await c.read({ file: 'categories.csv', columns: ['id', 'name_en', 'name_it'], required: true }, (r) => {
    const id = r.get('id');
    if (!defineId(c, ids.categories, r.line, id)) return;
    sink.put('categories', { id, name_en: r.get('name_en'), name_it: r.get('name_it') });
    const own = list(r.get('aliases'));
    written(c, 'category', id, own);
    // The category's names are read as well as shown, as a retailer's and a product's are: a catalog
    // whose categories list no aliases ("phones") was read as naming no category at all.
    const read = new Set(own.map(foldText));
    const readAs = (lang: string, text: string): void => {
      if (text === '' || read.has(foldText(text))) return;
      read.add(foldText(text));
      sink.put('aliases', { kind: 'category', ref: id, alias: text, lang, custom: 0 });
    };
    readAs('en', r.get('name_en'));
    readAs('it', r.get('name_it'));
    // name_es, name_de …: the category's name in the other languages, shown and read in them.
    for (const [lang, text] of r.localized('name')) {
      if (lang === 'en' || lang === 'it') continue;
      sink.put('texts', { kind: 'category', ref: id, lang, text });
      readAs(lang, text);
    }
  }, ids.categories);

  const brands = new Set<string>();
  await c.read({ file: 'products.csv', columns: ['id', 'name', 'brand', 'category'], required: true }, (r) => {
    const f = 'products.csv';
    const id = r.get('id');
    if (!defineId(c, ids.products, r.line, id)) return;
    const category = r.get('category');
    const ok = [c.refOk(f, r.line, ids.categories, category), need(f, r.line, r, 'name'), need(f, r.line, r, 'brand')];
    if (!ok.every(Boolean)) return;
    sink.put('products', { id, name: r.get('name'), brand: r.get('brand'), category_id: category });
    c.translate('product', id, r, 'name');
    written(c, 'product', id, [r.get('name'), ...list(r.get('aliases'))]);
    brands.add(r.get('brand'));
  }, ids.products);
  // A brand is found by its name; its id is its folded name.
  for (const b of brands) sink.put('aliases', { kind: 'brand', ref: foldText(b), alias: b, lang: null, custom: 0 });

  await c.read({ file: 'cities.csv', columns: ['id', 'name', 'country'], required: false }, (r) => {
    const id = r.get('id');
    if (!defineId(c, ids.cities, r.line, id)) return;
    const ok = [c.countryOk('cities.csv', r.line, r.get('country')), need('cities.csv', r.line, r, 'name')];
    if (!ok.every(Boolean)) return;
    sink.put('cities', { id, name: r.get('name'), country: r.get('country') });
    c.translate('city', id, r, 'name');
    written(c, 'city', id, [r.get('name'), ...list(r.get('aliases'))]);
  }, ids.cities);

  await c.read({ file: 'country_aliases.csv', columns: ['code', 'alias'], required: false }, (r) => {
    const ok = [c.countryOk('country_aliases.csv', r.line, r.get('code')), need('country_aliases.csv', r.line, r, 'alias')];
    // An author's name for a country is a word of some language ("England", "Olanda"): a vote for it, as built-in names are.
    if (ok.every(Boolean)) written(c, 'country', r.get('code'), [r.get('alias')], aliasLanguage(r.get('alias')));
  });
  for (const a of [...countryAliases(), ...regionAliases()]) sink.put('aliases', a);
}

async function readEvents(c: Context): Promise<number> {
  const { ids, problems } = c;
  const f = 'events.csv';
  const events = new Ids(f, 'event');
  await c.read({ file: f, columns: ['id', 'kind', 'date', 'country', 'city', 'retailer', 'note', 'source'], required: false }, (r) => {
    const id = r.get('id');
    if (!defineId(c, events, r.line, id)) return;
    const kind = r.get('kind'); const date = r.get('date'); const country = r.get('country');
    const city = r.get('city'); const retailer = r.get('retailer'); const source = r.get('source');
    const at = (reason: string): false => { problems.at(f, r.line, reason); return false; };
    const ok = [EVENT_KINDS.has(kind) || at(oneOf('kind', kind, EVENT_KINDS)), dateOk(date) || at(badDate(date)),
      country === '' || c.countryOk(f, r.line, country), city === '' || c.refOk(f, r.line, ids.cities, city),
      retailer === '' || c.refOk(f, r.line, ids.retailers, retailer), c.refOk(f, r.line, ids.sources, source)];
    if (!ok.every(Boolean)) return;
    c.translate('note', r.get('note'), r, 'note');
    c.sink.put('events', { id, kind, date, country: country || null, name_en: null, name_it: null, city: city || null,
      retailer_id: retailer || null, retailer_name: null, note: r.get('note') || null, source_id: source });
  });
  return events.size;
}

export async function readCatalogDir(dir: string, sink: CatalogSink, options: ReadOptions = {}): Promise<ImportResult> {
  if (!existsSync(dir)) return { ok: false, problems: [{ file: dir, line: 0, reason: 'folder does not exist' }] };
  const c = context(dir, sink, options);
  const countries = countryRows();
  const codes = new Set(countries.map((row) => row.code));
  for (const row of countries) sink.put('countries', row);
  for (const r of regions()) sink.put('regions', { id: r.id, name_en: r.en, name_it: r.it });
  for (const r of regions()) for (const country of r.countries) if (codes.has(country)) sink.put('regionCountries', { region_id: r.id, country });
  for (const t of [...countryTexts(), ...regionTexts()]) sink.put('texts', t);
  await readEntities(c);
  const facts = await readFacts(c);
  const events = await readEvents(c);
  if (c.problems.count > 0) return { ok: false, problems: c.problems.list(CATALOG_FILES) };
  const { ids } = c;
  return { ok: true, counts: { sources: ids.sources.size, products: ids.products.size, retailers: ids.retailers.size, ...facts, events } };
}
