// Writes a catalog back to the CSV files it is imported from, so a sales team
// can export, edit in a spreadsheet and import again: the files import to the
// same catalog and export again byte for byte the same. Each line of
// availability.csv comes back as it was written (its countries grouped in their
// order, the lines in theirs), streamed: a million facts are never one array.
// A folder that holds anything is left alone unless the caller forces it.
import { closeSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { CATALOG_FILES } from './files.js';
import type { AliasRow, AvailabilityRow, CatalogRows, FactOrigin, TextRow } from './types.js';

/** What an export reads: the catalog's tables, and its facts in the order of their lines. */
export interface ExportSource {
  tables(): CatalogRows;
  factsInOrder(): Iterable<AvailabilityRow & FactOrigin>;
}

export type ExportResult = { ok: true; files: string[]; lines: number } | { ok: false; reason: 'not empty' | 'not a folder' };

type Cell = string | null;

function aliasesOf(rows: AliasRow[], kind: AliasRow['kind']): (ref: string, except: string[]) => string {
  const byRef = new Map<string, string[]>();
  for (const a of rows) if (a.kind === kind) byRef.set(a.ref, [...(byRef.get(a.ref) ?? []), a.alias]);
  return (ref, except) => (byRef.get(ref) ?? []).filter((a) => !except.includes(a)).join(';');
}

/** The `field_xx` columns of one kind of text, and each row's cells for them. */
function localized(texts: TextRow[], kind: TextRow['kind'], field: string): { header: string[]; cells: (ref: string | null) => string[] } {
  const langs = [...new Set(texts.filter((t) => t.kind === kind).map((t) => t.lang))].sort();
  const byRef = new Map(texts.filter((t) => t.kind === kind).map((t) => [`${t.ref}\u0000${t.lang}`, t.text]));
  return { header: langs.map((l) => `${field}_${l}`), cells: (ref) => langs.map((l) => (ref === null ? '' : byRef.get(`${ref}\u0000${l}`) ?? '')) };
}

/** Writes a file a batch of records at a time, under a scratch name renamed into place when complete. */
function write(dir: string, file: string, header: string[], records: Iterable<Cell[]>): number {
  const path = join(dir, file);
  const tmp = join(dir, `.${file}.tmp-${process.pid}`);
  const fd = openSync(tmp, 'w');
  let n = 0;
  try {
    let batch: Cell[][] = [header];
    const flush = (): void => { writeSync(fd, stringify(batch.map((r) => r.map((v) => v ?? '')))); batch = []; };
    for (const r of records) {
      batch.push(r);
      n++;
      if (batch.length >= 4096) flush();
    }
    if (batch.length > 0) flush();
  } catch (err) {
    closeSync(fd);
    rmSync(tmp, { force: true });
    throw err;
  }
  closeSync(fd);
  renameSync(tmp, path);
  return n;
}

/** Consecutive facts of one line as that line: its countries joined again in their order. */
function* lines(facts: Iterable<AvailabilityRow & FactOrigin>): Generator<AvailabilityRow & { countries: string[] }> {
  let open: (AvailabilityRow & { countries: string[]; line: number }) | null = null;
  for (const f of facts) {
    if (open && open.line === f.line) { open.countries.push(f.country); continue; }
    if (open) yield open;
    open = Object.assign({}, f, { countries: [f.country] });
  }
  if (open) yield open;
}

/** Whether `dir` may be written into: missing (it is made), empty, or any folder when forced. */
function target(dir: string, force: boolean): ExportResult | null {
  let entries: string[];
  try {
    if (!statSync(dir).isDirectory()) return { ok: false, reason: 'not a folder' };
    entries = readdirSync(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  return entries.length > 0 && !force ? { ok: false, reason: 'not empty' } : null;
}

export function exportCatalog(source: ExportSource, dir: string, options: { force: boolean }): ExportResult {
  const refused = target(dir, options.force);
  if (refused) return refused;
  mkdirSync(dir, { recursive: true });
  const rows = source.tables();
  const t = rows.texts;
  const group = aliasesOf(rows.aliases, 'group'); const retailer = aliasesOf(rows.aliases, 'retailer');
  const category = aliasesOf(rows.aliases, 'category'); const product = aliasesOf(rows.aliases, 'product'); const city = aliasesOf(rows.aliases, 'city');
  const title = localized(t, 'source', 'title');
  const names = (kind: TextRow['kind']): ReturnType<typeof localized> => localized(t, kind, 'name');
  const note = localized(t, 'note', 'note');
  write(dir, 'sources.csv', ['id', 'title', 'publisher', 'published', 'language', 'ref', ...title.header],
    rows.sources.map((s) => [s.id, s.title, s.publisher, s.published, s.language, s.ref, ...title.cells(s.id)]));
  const g = names('group');
  write(dir, 'groups.csv', ['id', 'name', 'aliases', ...g.header], rows.groups.map((x) => [x.id, x.name, group(x.id, [x.name]), ...g.cells(x.id)]));
  const r = names('retailer');
  write(dir, 'retailers.csv', ['id', 'name', 'kind', 'group', 'aliases', ...r.header],
    rows.retailers.map((x) => [x.id, x.name, x.kind, x.group_id, retailer(x.id, [x.name]), ...r.cells(x.id)]));
  const c = names('category');
  write(dir, 'categories.csv', ['id', 'name_en', 'name_it', 'aliases', ...c.header],
    rows.categories.map((x) => [x.id, x.name_en, x.name_it, category(x.id, []), ...c.cells(x.id)]));
  const p = names('product');
  write(dir, 'products.csv', ['id', 'name', 'brand', 'category', 'aliases', ...p.header],
    rows.products.map((x) => [x.id, x.name, x.brand, x.category_id, product(x.id, [x.name]), ...p.cells(x.id)]));
  const ci = names('city');
  write(dir, 'cities.csv', ['id', 'name', 'country', 'aliases', ...ci.header],
    rows.cities.map((x) => [x.id, x.name, x.country, city(x.id, [x.name]), ...ci.cells(x.id)]));
  write(dir, 'country_aliases.csv', ['code', 'alias'], rows.aliases.filter((x) => x.kind === 'country').map((x) => [x.ref, x.alias]));
  const written = write(dir, 'availability.csv', ['product', 'retailer', 'country', 'status', 'since', 'paired', 'note', 'source', ...note.header],
    (function* () {
      for (const f of lines(source.factsInOrder())) {
        yield [f.product_id, f.retailer_id, f.countries.join(';'), f.status, f.since, f.paired ? 'yes' : 'no', f.note, f.source_id, ...note.cells(f.note)];
      }
    })());
  write(dir, 'events.csv', ['id', 'kind', 'date', 'country', 'city', 'retailer', 'note', 'source', ...note.header],
    rows.events.map((e) => [e.id, e.kind, e.date, e.country, e.city, e.retailer_id, e.note, e.source_id, ...note.cells(e.note)]));
  return { ok: true, files: [...CATALOG_FILES], lines: written };
}
