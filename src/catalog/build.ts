// Builds the SQLite catalog from its CSV source files. A build writes a new file
// next to the target and renames it into place, so a failed import leaves the
// catalog byte-for-byte as it was and a reader never sees half a catalog.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Problem } from './csv.js';
import { CATALOG_FILES } from './files.js';
import { readBuildInfo, refreshStamp, writeCatalog } from './store.js';
import { SCHEMA_VERSION } from './schema.js';

export type BuildResult =
  | { ok: true; built: boolean; file: string }
  | { ok: false; problems: Problem[] }
  /** The catalog file exists but cannot be read; it is left alone for its owner to look at. */
  | { ok: false; problems: []; unreadable: string }
  /** The catalog file cannot be written where it should be (a folder that is missing or read-only). */
  | { ok: false; problems: []; unwritable: string; reason: string };

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

/**
 * The source files' sizes and modification times (and the schema): read with one stat a file, so a
 * start whose files did not change needs not read and hash them all (120 ms for 87 MB). Any edit,
 * copy or checkout changes a modification time; when the stamp differs, the hash still decides.
 */
export function sourceStamp(dir: string): string {
  const parts = [`schema ${SCHEMA_VERSION}`];
  for (const f of CATALOG_FILES) {
    try {
      const st = statSync(join(dir, f), { bigint: true });
      parts.push(`${f}:${st.size}:${st.mtimeNs}`);
    } catch {
      parts.push(`${f}:missing`);
    }
  }
  return parts.join('|');
}

/** Imports `dir` into `file`, replacing it only when the whole import succeeds. */
export async function importCatalog(dir: string, file: string): Promise<BuildResult> {
  // Taken before the files are read: a file edited during the import leaves a stamp that no longer
  // matches, so the next start hashes the files again and sees the edit.
  const stamp = sourceStamp(dir);
  // The importer loads every country name of several languages; only a build pays for that.
  const { readCatalogDir } = await import('./import.js');
  const result = readCatalogDir(dir);
  if (!result.ok) return result;
  result.rows.meta.source_stamp = stamp;
  result.rows.meta.source_hash = sourceHash(dir);
  result.rows.meta.source_dir = resolve(dir);
  const tmp = `${file}.tmp-${process.pid}`;
  rmSync(tmp, { force: true });
  try {
    writeCatalog(tmp, result.rows);
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    return { ok: false, problems: [], unwritable: file, reason: writeError(err, file) };
  }
  return { ok: true, built: true, file };
}

/** Why a file could not be written, in a few words ("permission denied", "no such folder"). */
function writeError(err: unknown, file: string): string {
  if (!existsSync(dirname(file))) return 'its folder does not exist';
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'permission denied';
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'its folder does not exist';
  if (code === 'ENOSPC') return 'the disk is full';
  return (err as Error).message.split('\n')[0] ?? 'cannot be written';
}

/**
 * Builds `file` from `dir` when it is missing, when it was built from another folder (the
 * catalog served is always the one asked for), or when the files (or the schema) changed since.
 * An unreadable file is never overwritten: it may be the only copy of a team's data.
 */
export async function ensureCatalog(dir: string, file: string): Promise<BuildResult> {
  if (!existsSync(file)) return importCatalog(dir, file);
  const info = readBuildInfo(file);
  if (!info) return { ok: false, problems: [], unreadable: file };
  if (info.dir !== resolve(dir)) return importCatalog(dir, file);
  const stamp = sourceStamp(dir);
  if (info.stamp !== null && info.stamp === stamp) return { ok: true, built: false, file };
  if (info.hash === sourceHash(dir)) { refreshStamp(file, stamp); return { ok: true, built: false, file }; }
  return importCatalog(dir, file);
}
