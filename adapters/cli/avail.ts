// `avail import DIR` builds the catalog from a folder of CSV files (all or
// nothing: any problem leaves the catalog as it was); `avail export DIR` writes
// the catalog back to CSV files. The target file is CATALOG_DB (or --db FILE).
import dotenv from 'dotenv';
import { resolve } from 'node:path';
import { importCatalog } from '../../src/catalog/build.js';
import { exportCatalog } from '../../src/catalog/export.js';
import { formatProblem } from '../../src/catalog/problem.js';
import { CatalogError, openCatalog } from '../../src/catalog/store.js';
import { ConfigError, readSharedConfig } from '../shared/config.js';
import { EXIT, runEntry } from '../shared/entry.js';
import { missesCommand } from './misses.js';

dotenv.config({ quiet: true });

const USAGE = 'usage: avail import DIR | avail export DIR  [--db FILE]';

async function main(args: string[]): Promise<number> {
  // What users asked that the catalog lacks: its own module (adapters/cli/misses.ts), its own file.
  if (args[0] === 'misses') return missesCommand(args.slice(1), process.env, (text) => { process.stdout.write(text); });
  const dbAt = args.indexOf('--db');
  const db = dbAt >= 0 ? args[dbAt + 1] : undefined;
  const rest = dbAt >= 0 ? args.filter((_, i) => i !== dbAt && i !== dbAt + 1) : args;
  const [command, dir] = rest;
  if ((command !== 'import' && command !== 'export') || !dir || (dbAt >= 0 && !db)) {
    process.stderr.write(`${USAGE}\n`);
    return EXIT.start;
  }
  const file = db ? resolve(db) : readSharedConfig(process.env).catalogDb;
  if (command === 'import') {
    const result = await importCatalog(resolve(dir), file);
    if (!result.ok) {
      for (const p of result.problems) process.stderr.write(`${formatProblem(p)}\n`);
      process.stderr.write(`import failed: ${result.problems.length} problem(s); ${file} is unchanged\n`);
      return EXIT.failed;
    }
    process.stdout.write(`imported ${resolve(dir)} into ${file}\n`);
    return EXIT.ok;
  }
  const store = openCatalog(file);
  try {
    const files = exportCatalog(store.dump(), resolve(dir));
    process.stdout.write(`exported ${file} to ${resolve(dir)} (${files.join(', ')})\n`);
  } finally {
    store.close();
  }
  return EXIT.ok;
}

runEntry('avail', async () => {
  try {
    return await main(process.argv.slice(2));
  } catch (err) {
    // A catalog that cannot be opened is a setting to fix (CATALOG_DB, the folder), said in one line.
    if (err instanceof CatalogError) throw new ConfigError('CATALOG_DB', err.message);
    throw err;
  }
});
