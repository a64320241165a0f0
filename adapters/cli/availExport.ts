// `avail export DIR`: writes the catalog file back to CSV files that import to
// the same catalog. A folder that holds anything is refused unless --force: the
// shipped data/catalog must not be overwritten by a slip of the hand.
import { exportCatalog } from '../../src/catalog/export.js';
import { CatalogError, CatalogStore } from '../../src/catalog/store.js';
import { ConfigError, type Env } from '../shared/config.js';
import { EXIT } from '../shared/entry.js';
import { catalogArgs } from './catalogArgs.js';

export const EXPORT_USAGE = 'avail export DIR [--force]';

export async function exportCommand(args: string[], env: Env): Promise<number | null> {
  const a = catalogArgs(args, env, ['force']);
  if (!a) return null;
  let store: CatalogStore;
  try {
    store = new CatalogStore(a.file);
  } catch (err) {
    if (err instanceof CatalogError) throw new ConfigError(a.key, `${err.message} (build it with: avail import FOLDER)`);
    throw err;
  }
  try {
    const result = exportCatalog(store, a.dir, { force: a.force });
    if (!result.ok) {
      process.stderr.write(result.reason === 'not empty'
        ? `export refused: ${a.dir} is not empty (add --force to overwrite its CSV files)\n`
        : `export refused: ${a.dir} is not a folder\n`);
      return EXIT.failed;
    }
    process.stdout.write(`exported ${a.file} to ${a.dir}: ${result.files.length} files, ${result.lines} availability lines\n`);
    return EXIT.ok;
  } finally {
    store.close();
  }
}
