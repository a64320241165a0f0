// Builds catalogs for tests in temporary folders through the same import path
// users take, so a test never depends on (or changes) data/catalog.sqlite.
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { importCatalog } from '../../src/catalog/build.js';
import { createCore, openCatalog, type Core, type CoreOptions } from '../../src/index.js';

export const SHIPPED_CATALOG = resolve(import.meta.dirname, '../../data/catalog');

export function tempDir(prefix = 'avail-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes CSV files (name → content) into a new folder. */
export function writeCatalogDir(files: Record<string, string>): string {
  const dir = tempDir('avail-csv-');
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

export async function buildCatalog(dir: string): Promise<string> {
  const file = join(tempDir('avail-db-'), 'catalog.sqlite');
  const result = await importCatalog(dir, file);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.file}:${p.line}: ${p.reason}`).join('\n'));
  return file;
}

export async function coreFor(dir: string, options: Omit<CoreOptions, 'catalog'> = {}): Promise<Core> {
  return createCore({ ...options, catalog: openCatalog(await buildCatalog(dir)) });
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** A small catalog of invented names with the traps of the real one: a short retailer "3", a line "Mi", a "Mi Store". */
export const SMALL_CATALOG: Record<string, string> = {
  'sources.csv': 'id,title,publisher,published,language,ref\nsrc,Test source,Test,2020-01-02,en,\n',
  'groups.csv': 'id,name,aliases\nnorthgroup,North Group,Northern\n',
  'retailers.csv': [
    'id,name,kind,group,aliases',
    'three,3 Store,operator,,3;Three;Tre',
    'mistore,Mi Store,store,,Mi Stores',
    'mediaworld,MediaWorld,store,northgroup,Media World',
    'electra,Electra Megastore,chain,northgroup,Electra',
  ].join('\n') + '\n',
  'categories.csv': 'id,name_en,name_it,aliases\nphone,smartphones,smartphone,phone;phones;telefono;telefoni\nacc,accessories,accessori,accessories\n',
  'products.csv': [
    'id,name,brand,category,aliases',
    'mi,Mi phones,Acme,phone,Mi;Acme Mi',
    'redmi,Redmi phones,Acme,phone,Redmi',
    'galaxo,Galaxo Ultra 256GB,Zeta,phone,Galaxo Ultra 256',
    'galaxo128,Galaxo Ultra 128GB,Zeta,phone,',
    'bank,Power bank,Acme,acc,powerbank',
    'gs20,Galaxo S20 128GB,Zeta,phone,',
    'gs20p,Galaxo S20+ 128GB,Zeta,phone,',
  ].join('\n') + '\n',
  'cities.csv': 'id,name,country,aliases\nmilan,Milan,IT,Milano\n',
  'country_aliases.csv': 'code,alias\nGB,UK\n',
  'availability.csv': [
    'product,retailer,country,status,since,paired,note,source',
    'redmi,three,SE;DK,announced,2020-01-02,yes,,src',
    'mi,three,SE,available,,yes,,src',
    'mi,mistore,IT,opening,2020-05-26,yes,,src',
    'galaxo,mediaworld,IT,available,2019,yes,,src',
    'galaxo128,electra,GB,available,,yes,,src',
    'bank,electra,GB;IE,announced,,no,,src',
  ].join('\n') + '\n',
  'events.csv': 'id,kind,date,country,city,retailer,note,source\nopen-milan,store_opening,2020-05-26,IT,milan,mistore,first store,src\n',
};

/** Appends rows to a shipped file, padded to its header: the shipped files may carry more columns (note_it …). */
export function appendRows(dir: string, file: string, rows: string): void {
  const path = join(dir, file);
  const width = (parse(readFileSync(path, 'utf8'), { to_line: 1 }) as string[][])[0]!.length;
  const records = (parse(rows, { relax_column_count: true, skip_empty_lines: true }) as string[][])
    .map((r) => [...r, ...Array<string>(Math.max(0, width - r.length)).fill('')]);
  appendFileSync(path, stringify(records));
}
