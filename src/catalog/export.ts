// Writes a catalog back to the CSV files it is imported from, so a sales team
// can export, edit in a spreadsheet and import again. Importing the exported
// files gives the same catalog (tested as a round trip).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { CatalogRows } from './rows.js';
import type { AliasRow } from './store.js';

function aliasesOf(rows: AliasRow[], kind: AliasRow['kind'], ref: string, except: string[]): string {
  return rows.filter((a) => a.kind === kind && a.ref === ref && !except.includes(a.alias)).map((a) => a.alias).join(';');
}

function write(dir: string, file: string, header: string[], records: (string | null)[][]): void {
  writeFileSync(join(dir, file), stringify([header, ...records.map((r) => r.map((v) => v ?? ''))]));
}

export function exportCatalog(rows: CatalogRows, dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const a = rows.aliases;
  write(dir, 'sources.csv', ['id', 'title', 'publisher', 'published', 'language', 'ref'],
    rows.sources.map((s) => [s.id, s.title, s.publisher, s.published, s.language, s.ref]));
  write(dir, 'groups.csv', ['id', 'name', 'aliases'], rows.groups.map((g) => [g.id, g.name, aliasesOf(a, 'group', g.id, [g.name])]));
  write(dir, 'retailers.csv', ['id', 'name', 'kind', 'group', 'aliases'],
    rows.retailers.map((r) => [r.id, r.name, r.kind, r.group_id, aliasesOf(a, 'retailer', r.id, [r.name])]));
  write(dir, 'categories.csv', ['id', 'name_en', 'name_it', 'aliases'],
    rows.categories.map((c) => [c.id, c.name_en, c.name_it, aliasesOf(a, 'category', c.id, [])]));
  write(dir, 'products.csv', ['id', 'name', 'brand', 'category', 'aliases'],
    rows.products.map((p) => [p.id, p.name, p.brand, p.category_id, aliasesOf(a, 'product', p.id, [p.name])]));
  write(dir, 'cities.csv', ['id', 'name', 'country', 'aliases'],
    rows.cities.map((c) => [c.id, c.name, c.country, aliasesOf(a, 'city', c.id, [c.name])]));
  write(dir, 'country_aliases.csv', ['code', 'alias'], a.filter((x) => x.kind === 'country').map((x) => [x.ref, x.alias]));
  write(dir, 'availability.csv', ['product', 'retailer', 'country', 'status', 'since', 'paired', 'note', 'source'],
    rows.availability.map((f) => [f.product_id, f.retailer_id, f.country, f.status, f.since, f.paired ? 'yes' : 'no', f.note, f.source_id]));
  write(dir, 'events.csv', ['id', 'kind', 'date', 'country', 'city', 'retailer', 'note', 'source'],
    rows.events.map((e) => [e.id, e.kind, e.date, e.country, e.city, e.retailer_id, e.note, e.source_id]));
  return ['sources.csv', 'groups.csv', 'retailers.csv', 'categories.csv', 'products.csv', 'cities.csv',
    'country_aliases.csv', 'availability.csv', 'events.csv'];
}
