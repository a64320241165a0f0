// Following the catalog's files while serving, apart from starting the core: a
// one-shot command (`ask`) starts a core too but never watches, and the watcher
// (chokidar) and the child builder are modules it need not load.
import { openCatalog, type ServingCore } from '../../src/index.js';
import { buildInChild } from './builder.js';
import type { SharedConfig } from './config.js';
import type { Logger } from './logger.js';
import { watchCatalog, type Reloader } from './reload.js';

/** Follows the catalog's files while serving (CATALOG_WATCH), or null when asked not to. */
export function followCatalog(config: SharedConfig, core: ServingCore, logger: Logger): Reloader | null {
  if (config.catalogWatch === 'off') return null;
  return watchCatalog({ core, dir: config.catalogDir, db: config.catalogDb, logger, build: buildInChild, open: openCatalog,
    poll: config.catalogWatch === 'poll' });
}
