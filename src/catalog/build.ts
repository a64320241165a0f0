// Builds the SQLite catalog from its CSV source files. A build writes a new file
// next to the target and renames it into place, so a failed import leaves the
// catalog byte-for-byte as it was and a reader never sees half a catalog. Rows
// are written while the files are read, so memory stays bounded whatever the
// catalog's size; a check reads the same way into a scratch file it throws away.
import { createHash } from 'node:crypto';
import { accessSync, closeSync, constants, existsSync, mkdtempSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { CATALOG_FILES } from './files.js';
import type { ImportCounts, ImportResult } from './import.js';
import type { Problem } from './problem.js';
import { CatalogWriter, readBuildInfo, refreshStamp } from './store.js';
import { SCHEMA_VERSION } from './schema.js';

export type { ImportCounts } from './import.js';

export type BuildResult =
  /** `counts` when this call built the file. */
  | { ok: true; built: boolean; file: string; counts?: ImportCounts }
  | { ok: false; problems: Problem[] }
  /** The catalog file exists but cannot be read; it is left alone for its owner to look at. */
  | { ok: false; problems: []; unreadable: string }
  /** The catalog file cannot be written where it should be (a folder that is missing or read-only). */
  | { ok: false; problems: []; unwritable: string; reason: string };

/** A digest of the source files and the schema, stored in the catalog to know when it is stale. */
export function sourceHash(dir: string): string {
  const h = createHash('sha256').update(`schema ${SCHEMA_VERSION}\0`);
  // Read a chunk at a time: a million-row file read whole would double the import's peak memory.
  const chunk = Buffer.alloc(1 << 20);
  for (const f of CATALOG_FILES) {
    const p = join(dir, f);
    h.update(f).update('\0');
    if (existsSync(p)) {
      const fd = openSync(p, 'r');
      try {
        for (let n = readSync(fd, chunk); n > 0; n = readSync(fd, chunk)) h.update(chunk.subarray(0, n));
      } finally {
        closeSync(fd);
      }
    }
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

/** How far an import is: bytes of the files read, then the steps of building the indexes and summaries. */
export interface ImportProgress { phase: 'reading' | 'building'; done: number; total: number }

export interface ImportOptions {
  /** Called as the import goes (after each chunk read, each building step): cheap, and never required. */
  progress?: (p: ImportProgress) => void;
}

export type CheckResult = { ok: true; counts: ImportCounts } | { ok: false; problems: Problem[] };

/** The bytes of a catalog's files, the total of the progress's reading phase. */
function catalogBytes(dir: string): number {
  return CATALOG_FILES.reduce((n, f) => { try { return n + statSync(join(dir, f)).size; } catch { return n; } }, 0);
}

/** Reads `dir` into a new catalog file `tmp`: the writer still open (to finish or abandon), or why it could not be. */
async function readInto(dir: string, tmp: string, options: ImportOptions):
  Promise<{ writer: CatalogWriter; result: ImportResult } | { unwritable: unknown }> {
  // The importer loads every country name of several languages; only a build pays for that.
  const { readCatalogDir } = await import('./import.js');
  let writer: CatalogWriter;
  try {
    writer = new CatalogWriter(tmp);
  } catch (err) {
    return { unwritable: err };
  }
  const total = catalogBytes(dir);
  let done = 0;
  const { progress } = options;
  try {
    const result = await readCatalogDir(dir, writer, progress ? { bytes: (n) => progress({ phase: 'reading', done: done += n, total }) } : {});
    return { writer, result };
  } catch (err) {
    writer.abandon();
    // A write that failed while reading (a full disk, a folder gone read-only) is the file's problem;
    // anything else (a constraint the checks let through) is a bug to see.
    if (/^SQLITE_(FULL|IOERR|CANTOPEN|READONLY|PERM)/.test((err as { code?: string }).code ?? '')) return { unwritable: err };
    throw err;
  }
}

/**
 * Stores the name and typo indexes with the catalog, read from its aliases as the name path reads them
 * (match/names.ts), so a start builds none of them; returns the meta value that opens them.
 */
async function storeNameIndex(writer: CatalogWriter): Promise<string> {
  const [{ indexAliases }, { deletions, MIN_INNER_LENGTH }] = await Promise.all([import('../match/names.js'), import('../match/typos.js')]);
  const out = writer.nameIndex();
  const words = new Set<string>();
  indexAliases(writer.indexAliasRows(), {
    name: (tokens, entry) => out.name(tokens, entry),
    word: (w) => {
      if (w.length < MIN_INNER_LENGTH || words.has(w)) return;
      words.add(w);
      out.word(w, [w, ...deletions(w)]);
    },
    place: (w) => out.place(w),
  });
  return out.done();
}

/**
 * Stores autocomplete's indexes with the catalog (match/suggest.ts reads them a range at a time), so
 * neither a start nor a first keystroke builds them; returns each kind's letters, the meta value.
 */
async function storeSuggestIndex(writer: CatalogWriter): Promise<string> {
  const { sortPairs, suggestPairs, suggestWords, typoLetters } = await import('../match/suggest.js');
  const letters: Record<string, string> = {};
  for (const kind of ['product', 'retailer', 'country'] as const) {
    const { ids, names, aliases } = writer.suggestRows(kind);
    const pairs = sortPairs(suggestPairs(ids, (id) => names.get(id) ?? id, aliases));
    const rank = new Map(ids.map((id, i) => [id, i]));
    const out = writer.suggestIndex(kind);
    const distinct = new Set<string>();
    pairs.forEach(([name, id], i) => {
      out.name(name, i, id);
      for (const w of suggestWords(name)) {
        distinct.add(w);
        out.word(w, i, id, rank.get(id) ?? 0);
      }
    });
    out.first(ids.slice(0, 100));
    letters[kind] = typoLetters(distinct).join('');
  }
  return JSON.stringify(letters);
}

/** Imports `dir` into `file`, replacing it only when the whole import succeeds. */
export async function importCatalog(dir: string, file: string, options: ImportOptions = {}): Promise<BuildResult> {
  if (!existsSync(dir)) return { ok: false, problems: [{ file: dir, line: 0, reason: 'folder does not exist' }] };
  // Taken before the files are read: a file edited during the import leaves a stamp that no longer
  // matches, so the next start hashes the files again and sees the edit.
  const stamp = sourceStamp(dir);
  const tmp = `${file}.tmp-${process.pid}`;
  rmSync(tmp, { force: true });
  const unwritable = (err: unknown): BuildResult => {
    rmSync(tmp, { force: true });
    return { ok: false, problems: [], unwritable: file, reason: writeError(err, file) };
  };
  let read: Awaited<ReturnType<typeof readInto>>;
  try {
    read = await readInto(dir, tmp, options);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
  if ('unwritable' in read) return unwritable(read.unwritable);
  const { writer, result } = read;
  if (!result.ok) {
    writer.abandon();
    rmSync(tmp, { force: true });
    return result;
  }
  try {
    const nameIndex = await storeNameIndex(writer);
    const suggestLetters = await storeSuggestIndex(writer);
    const meta = { source_stamp: stamp, source_hash: sourceHash(dir), source_dir: resolve(dir), name_index: nameIndex, suggest_letters: suggestLetters };
    writer.finish(meta, (done, total) => options.progress?.({ phase: 'building', done, total }));
    renameSync(tmp, file);
  } catch (err) {
    return unwritable(err);
  }
  return { ok: true, built: true, file, counts: result.counts };
}

/**
 * Checks `dir` as an import would, with the same problems, and builds nothing: the rows go to a
 * scratch file (how repeated rows are found without holding them), removed before it returns.
 */
export async function checkCatalog(dir: string, options: ImportOptions = {}): Promise<CheckResult> {
  if (!existsSync(dir)) return { ok: false, problems: [{ file: dir, line: 0, reason: 'folder does not exist' }] };
  const scratch = mkdtempSync(join(tmpdir(), 'avail-check-'));
  try {
    const read = await readInto(dir, join(scratch, 'check.sqlite'), options);
    if ('unwritable' in read) throw new Error(`cannot write a scratch file in ${tmpdir()}: ${writeError(read.unwritable, scratch)}`);
    read.writer.abandon();
    return read.result;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function writable(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Why a file could not be written, in a few words ("permission denied", "no such folder"). */
function writeError(err: unknown, file: string): string {
  if (!existsSync(dirname(file))) return 'its folder does not exist';
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'permission denied';
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'its folder does not exist';
  if (code === 'ENOSPC' || code === 'SQLITE_FULL') return 'the disk is full';
  if (code === 'SQLITE_READONLY' || code === 'SQLITE_PERM') return 'permission denied';
  if (code === 'SQLITE_CANTOPEN' && !writable(dirname(file))) return 'permission denied';
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
