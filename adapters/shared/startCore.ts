// Opens the catalog for a front end: builds it from its CSV files when it is
// missing or stale, then starts the core. Problems come back as one-line
// messages for the entry point to print, never as stack traces.
import { createCore, type Core } from '../../src/index.js';
import { ensureCatalog } from '../../src/catalog/build.js';
import { formatProblem } from '../../src/catalog/problem.js';
import { CatalogError } from '../../src/catalog/store.js';
import type { SharedConfig } from './config.js';

export type Started = { ok: true; core: Core; built: boolean } | { ok: false; lines: string[] };

export async function startCore(config: SharedConfig, eager = false): Promise<Started> {
  const built = await ensureCatalog(config.catalogDir, config.catalogDb);
  if (!built.ok) {
    if ('unreadable' in built) {
      return { ok: false, lines: [`${built.unreadable} is not a readable catalog (empty or corrupt); rebuild it with: npm run avail -- import ${config.catalogDir}`] };
    }
    return { ok: false, lines: [`catalog ${config.catalogDir} has problems:`, ...built.problems.map(formatProblem)] };
  }
  try {
    const core = createCore({ catalogFile: config.catalogDb, memoryTtlMs: config.memoryTtlMs, eager });
    return { ok: true, core, built: built.built };
  } catch (err) {
    if (err instanceof CatalogError) {
      return { ok: false, lines: [`${err.message}; rebuild it with: npm run avail -- import ${config.catalogDir}`] };
    }
    throw err;
  }
}
