// The arguments the catalog commands of `avail` share: one folder, the catalog
// file (--db FILE, else CATALOG_DB) and flags. A message about the file names
// the setting it came from, so whoever reads it knows what to change.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readSharedConfig, type Env } from '../shared/config.js';

export interface CatalogArgs {
  /** The folder of CSV files, resolved. */
  dir: string;
  /** The catalog file, resolved, and the setting that named it. */
  file: string;
  key: '--db' | 'CATALOG_DB';
  force: boolean;
}

/** The parsed arguments, or null when they do not fit (the caller prints the usage). */
export function catalogArgs(args: string[], env: Env, flags: readonly 'force'[] = []): CatalogArgs | null {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { db: { type: 'string' }, ...(flags.includes('force') ? { force: { type: 'boolean' } } : {}) } });
  } catch {
    return null;
  }
  const { values, positionals } = parsed;
  const db = values.db as string | undefined;
  if (positionals.length !== 1 || db === '') return null;
  return {
    dir: resolve(positionals[0]!),
    file: db !== undefined ? resolve(db) : readSharedConfig(env).catalogDb,
    key: db !== undefined ? '--db' : 'CATALOG_DB',
    force: (values as { force?: boolean }).force === true,
  };
}

/** "1 source, 4 products, …": what an import or a check counted. */
export function countsLine(c: { sources: number; products: number; retailers: number; countries: number; facts: number; lines: number; events: number }): string {
  const n = (k: number, one: string, many = `${one}s`): string => `${k} ${k === 1 ? one : many}`;
  return `${n(c.sources, 'source')}, ${n(c.products, 'product')}, ${n(c.retailers, 'retailer')}, ${n(c.countries, 'country', 'countries')}, `
    + `${n(c.facts, 'availability row')} on ${n(c.lines, 'line')}, ${n(c.events, 'event')}`;
}

export const problems = (n: number): string => `${n} problem${n === 1 ? '' : 's'}`;
