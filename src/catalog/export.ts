// Writes a catalog back to the CSV files it is imported from, so a sales team
// can export, edit in a spreadsheet and import again. Importing the exported
// files gives the same catalog (tested as a round trip).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { CatalogRows, TextRow } from './types.js';
import type { AliasRow } from './types.js';

function aliasesOf(rows: AliasRow[], kind: AliasRow['kind'], ref: string, except: string[]): string {
  return rows.filter((a) => a.kind === kind && a.ref === ref && !except.includes(a.alias)).map((a) => a.alias).join(';');
}

function write(dir: string, file: string, header: string[], records: (string | null)[][]): void {
  writeFileSync(join(dir, file), stringify([header, ...records.map((r) => r.map((v) => v ?? ''))]));
}

/** The `field_xx` columns of one kind of text, and each row's cells for them. */
function localized(texts: TextRow[], kind: TextRow['kind'], field: string): { header: string[]; cells: (ref: string | null) => string[] } {
  const langs = [...new Set(texts.filter((t) => t.kind === kind).map((t) => t.lang))].sort();
  const byRef = new Map(texts.filter((t) => t.kind === kind).map((t) => [`${t.ref}\u0000${t.lang}`, t.text]));
  return { header: langs.map((l) => `${field}_${l}`), cells: (ref) => langs.map((l) => (ref === null ? '' : byRef.get(`${ref}\u0000${l}`) ?? '')) };
}

export function exportCatalog(rows: CatalogRows, dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const a = rows.aliases;
  const t = rows.texts;
  const title = localized(t, 'source', 'title');
  const group = localized(t, 'group', 'name');
  const retailer = localized(t, 'retailer', 'name');
  const product = localized(t, 'product', 'name');
  const city = localized(t, 'city', 'name');
  const note = localized(t, 'note', 'note');
  const category = localized(t, 'category', 'name');
  write(dir, 'sources.csv', ['id', 'title', 'publisher', 'published', 'language', 'ref', ...title.header],
    rows.sources.map((s) => [s.id, s.title, s.publisher, s.published, s.language, s.ref, ...title.cells(s.id)]));
  write(dir, 'groups.csv', ['id', 'name', 'aliases', ...group.header],
    rows.groups.map((g) => [g.id, g.name, aliasesOf(a, 'group', g.id, [g.name]), ...group.cells(g.id)]));
  write(dir, 'retailers.csv', ['id', 'name', 'kind', 'group', 'aliases', ...retailer.header],
    rows.retailers.map((r) => [r.id, r.name, r.kind, r.group_id, aliasesOf(a, 'retailer', r.id, [r.name]), ...retailer.cells(r.id)]));
  write(dir, 'categories.csv', ['id', 'name_en', 'name_it', 'aliases', ...category.header],
    rows.categories.map((c) => [c.id, c.name_en, c.name_it, aliasesOf(a, 'category', c.id, []), ...category.cells(c.id)]));
  write(dir, 'products.csv', ['id', 'name', 'brand', 'category', 'aliases', ...product.header],
    rows.products.map((p) => [p.id, p.name, p.brand, p.category_id, aliasesOf(a, 'product', p.id, [p.name]), ...product.cells(p.id)]));
  write(dir, 'cities.csv', ['id', 'name', 'country', 'aliases', ...city.header],
    rows.cities.map((c) => [c.id, c.name, c.country, aliasesOf(a, 'city', c.id, [c.name]), ...city.cells(c.id)]));
  write(dir, 'country_aliases.csv', ['code', 'alias'], a.filter((x) => x.kind === 'country').map((x) => [x.ref, x.alias]));
  write(dir, 'availability.csv', ['product', 'retailer', 'country', 'status', 'since', 'paired', 'note', 'source', ...note.header],
    rows.availability.map((f) => [f.product_id, f.retailer_id, f.country, f.status, f.since, f.paired ? 'yes' : 'no', f.note, f.source_id,
      ...note.cells(f.note)]));
  write(dir, 'events.csv', ['id', 'kind', 'date', 'country', 'city', 'retailer', 'note', 'source', ...note.header],
    rows.events.map((e) => [e.id, e.kind, e.date, e.country, e.city, e.retailer_id, e.note, e.source_id, ...note.cells(e.note)]));
  return ['sources.csv', 'groups.csv', 'retailers.csv', 'categories.csv', 'products.csv', 'cities.csv',
    'country_aliases.csv', 'availability.csv', 'events.csv'];
}
