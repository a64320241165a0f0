// `avail import DIR` builds the catalog from a folder of CSV files (all or
// nothing: any problem leaves the catalog as it was); `avail export DIR` writes
// the catalog back to CSV files; `avail check DIR` reports what an import would,
// building nothing; `avail misses` lists what users asked that the catalog
// lacks (from MISSES_DB). The catalog file is CATALOG_DB (or --db FILE). Each command
// is its own module, listed once in COMMANDS.
import dotenv from 'dotenv';
import { CatalogError } from '../../src/catalog/store.js';
import { ConfigError, type Env } from '../shared/config.js';
import { EXIT, runEntry } from '../shared/entry.js';
import { CHECK_USAGE, checkCommand } from './availCheck.js';
import { EXPORT_USAGE, exportCommand } from './availExport.js';
import { IMPORT_USAGE, importCommand } from './availImport.js';
import { MISSES_USAGE, missesCommand } from './misses.js';

dotenv.config({ quiet: true });

/** A command: its exit code, or null when its arguments do not fit (the usage is printed). */
type Command = (args: string[], env: Env) => Promise<number | null>;

const COMMANDS: Record<string, { usage: string; run: Command }> = {
  import: { usage: IMPORT_USAGE, run: importCommand },
  export: { usage: EXPORT_USAGE, run: exportCommand },
  check: { usage: CHECK_USAGE, run: checkCommand },
  misses: { usage: MISSES_USAGE, run: missesCommand },
};

const USAGE = `usage: ${Object.values(COMMANDS).map((c) => c.usage).join(' | ')}  [--db FILE]`;

async function main(args: string[]): Promise<number> {
  const command = Object.hasOwn(COMMANDS, args[0] ?? '') ? COMMANDS[args[0]!] : undefined;
  const code = command ? await command.run(args.slice(1), process.env) : null;
  if (code === null) {
    process.stderr.write(`${USAGE}\n`);
    return EXIT.start;
  }
  return code;
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
