// Opens the catalog for a front end: builds it from its CSV files when it is
// missing, stale or built from another folder, then starts the core. A folder or
// file that cannot work is a bad setting (one line naming CATALOG_DIR or
// CATALOG_DB); problems in the files come back as lines for the entry point to
// print, never as stack traces.
import { createCore, openCatalog, type Core, type ServingCore } from '../../src/index.js';
import { ensureCatalog } from '../../src/catalog/build.js';
import { readBuildInfo } from '../../src/catalog/store.js';
import { formatProblem } from '../../src/catalog/problem.js';
import { CatalogError } from '../../src/catalog/store.js';
import { ConfigError, type SharedConfig } from './config.js';
import { accessSync, constants, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

export type Started =
  /** `problems`: the folder's, when its last good catalog is served instead (empty otherwise). */
  | { ok: true; core: ServingCore; built: boolean; summary: string; problems: string[] }
  | { ok: false; lines: string[] };

export async function startCore(config: SharedConfig, eager = false): Promise<Started> {
  // Settings that cannot work stop the start with one line naming the key, as any bad setting does.
  const folder = folderProblem(config.catalogDir);
  if (folder) throw new ConfigError('CATALOG_DIR', `${config.catalogDir} ${folder}`);
  const since = performance.now();
  const built = await ensureCatalog(config.catalogDir, config.catalogDb);
  if (!built.ok) {
    if ('unreadable' in built) {
      throw new ConfigError('CATALOG_DB', `${built.unreadable} is not a readable catalog (empty or corrupt); rebuild it with: npm run avail -- import ${config.catalogDir}`);
    }
    if ('unwritable' in built) throw new ConfigError('CATALOG_DB', `cannot write ${built.unwritable}: ${built.reason}`);
    const lines = built.problems.map(formatProblem);
    // A broken edit keeps the last good catalog serving, in a running copy and in one that restarts
    // (a supervisor, a deploy): CATALOG_DB still holds this folder's last good build. With no such
    // build (a first import, another folder's file) nothing can be served and the start stops.
    if (readBuildInfo(config.catalogDb)?.dir !== resolve(config.catalogDir)) {
      return { ok: false, lines: [`catalog ${config.catalogDir} has problems:`, ...lines] };
    }
    const state = `the last good build (the folder's edit has ${lines.length} problem${lines.length === 1 ? '' : 's'})`;
    return { ...open(config, eager, since, false, state), problems: lines };
  }
  return open(config, eager, since, built.built, built.built ? 'built' : 'up to date');
}

function open(config: SharedConfig, eager: boolean, since: number, built: boolean, state: string): { ok: true; core: ServingCore; built: boolean; summary: string; problems: string[] } {
  try {
    const core = createCore({ catalog: openCatalog(config.catalogDb), memoryTtlMs: config.memoryTtlMs, eager });
    return { ok: true, core, built, summary: summaryOf(config.catalogDir, core, state, performance.now() - since), problems: [] };
  } catch (err) {
    if (err instanceof CatalogError) {
      throw new ConfigError('CATALOG_DB', `${err.message}; rebuild it with: npm run avail -- import ${config.catalogDir}`);
    }
    throw err;
  }
}

/** Why a catalog folder cannot be read, or null when it can. */
function folderProblem(dir: string): string | null {
  try {
    if (!statSync(dir).isDirectory()) return 'is not a folder';
    accessSync(dir, constants.R_OK | constants.X_OK);
    return null;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : 'cannot be read (permission denied)';
  }
}

/**
 * The one line every start logs: which catalog is served, how big it is, how recent its sources are,
 * and whether this start built it: "catalog data/catalog: 4 products, 7 retailers, 8 countries,
 * 32 availability rows, latest source 2018-05-03; built, ready in 140 ms".
 */
function summaryOf(dir: string, core: Core, state: string, ms: number): string {
  const i = core.info();
  const shown = relative(process.cwd(), dir) || '.';
  return `catalog ${shown.startsWith('..') ? dir : shown}: ${i.products} products, ${i.retailers} retailers, ${i.countries} countries, `
    + `${i.facts} availability rows, latest source ${i.latest ?? 'undated'}; ${state}, ready in ${Math.round(ms)} ms`
    + (i.version ? ` (version ${i.version})` : '');
}
