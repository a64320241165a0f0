// Builds the SQLite catalog from its CSV source files. A build writes a new file
// next to the target and renames it into place, so a failed import leaves the
// catalog byte-for-byte as it was and a reader never sees half a catalog.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Problem } from './csv.js';
import { CATALOG_FILES } from './files.js';
import { readBuildInfo, writeCatalog } from './store.js';
import { SCHEMA_VERSION } from './schema.js';

export type BuildResult =
  | { ok: true; built: boolean; file: string }
  | { ok: false; problems: Problem[] }
  /** The catalog file exists but cannot be read; it is left alone for its owner to look at. */
  | { ok: false; problems: []; unreadable: string };

/** A digest of the source files and the schema, stored in the catalog to know when it is stale. */
export function sourceHash(dir: string): string {
  const h = createHash('sha256').update(`schema ${SCHEMA_VERSION}\0`);
  for (const f of CATALOG_FILES) {
    const p = join(dir, f);
    h.update(f).update('\0');
    if (existsSync(p)) h.update(readFileSync(p));
    h.update('\0');
  }
  return h.digest('hex');
}

/** Imports `dir` into `file`, replacing it only when the whole import succeeds. */
export async function importCatalog(dir: string, file: string): Promise<BuildResult> {
  // The importer loads every country name of several languages; only a build pays for that.
  const { readCatalogDir } = await import('./import.js');
  const result = readCatalogDir(dir);
  if (!result.ok) return result;
  result.rows.meta.source_hash = sourceHash(dir);
  result.rows.meta.source_dir = resolve(dir);
  const tmp = `${file}.tmp-${process.pid}`;
  rmSync(tmp, { force: true });
  try {
    writeCatalog(tmp, result.rows);
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    return { ok: false, problems: [{ file: file, line: 0, reason: (err as Error).message }] };
  }
  return { ok: true, built: true, file };
}

/**
 * Builds `file` from `dir` when it is missing, or when it was built from `dir`
 * and the files (or the schema) changed since. A catalog imported from another
 * folder is used as it is, and an unreadable one is never overwritten: it may be
 * the only copy of a team's data.
 */
export async function ensureCatalog(dir: string, file: string): Promise<BuildResult> {
  if (!existsSync(file)) return importCatalog(dir, file);
  const info = readBuildInfo(file);
  if (!info) return { ok: false, problems: [], unreadable: file };
  if (info.dir !== null && info.dir !== resolve(dir)) return { ok: true, built: false, file };
  if (info.hash === sourceHash(dir)) return { ok: true, built: false, file };
  return importCatalog(dir, file);
}
