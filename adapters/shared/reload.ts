// Live reload: a running bot follows its catalog. Any change to the catalog's
// CSV files, or to CATALOG_DB (another copy, or `avail import`, rebuilt it),
// goes through the start's own check (ensureCatalog: rebuilt when the files
// differ from what the file was built from), off the answering thread. A good
// build is opened and handed to the core, which swaps it in between two
// answers; a broken edit logs each problem as `file:line: reason` and the last
// good catalog keeps serving. Copies of the bot on one folder each do this on
// their own: the first to build renames a whole file into place, the others
// find it up to date and open it.
import { basename, dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { watch, type FSWatcher } from 'chokidar';
import type { CatalogReader, ServingCore } from '../../src/index.js';
import { sourceStamp, type BuildResult } from '../../src/catalog/build.js';
import { CATALOG_FILES } from '../../src/catalog/files.js';
import { formatProblem } from '../../src/catalog/problem.js';
import { readBuildInfo } from '../../src/catalog/store.js';
import type { Logger } from './logger.js';

/** How the last reload ended, for health checks and metrics. */
export interface ReloadStatus {
  ok: boolean;
  /** When it ended (ms since the epoch). */
  at: number;
  /** How many problems kept the edit out (0 when ok). */
  problems: number;
  /** The version served after it. */
  version: string | null;
}

/** Builds CATALOG_DB from the folder when it is stale, as a start does. */
export type Builder = (dir: string, db: string) => Promise<BuildResult>;

export interface ReloadDeps {
  core: ServingCore;
  dir: string;
  db: string;
  logger: Logger;
  build: Builder;
  open: (file: string) => CatalogReader;
  /** Poll instead of filesystem events: for a folder shared over the network, where events do not cross. */
  poll?: boolean;
  /** How long the files must be quiet before a reload: a spreadsheet's save is several writes. */
  quietMs?: number;
  clock?: () => number;
}

export interface Reloader {
  status(): ReloadStatus | null;
  /** Stops watching; a reload under way finishes first. */
  close(): Promise<void>;
}

export function watchCatalog(deps: ReloadDeps): Reloader {
  const { core, logger } = deps;
  const dir = resolve(deps.dir);
  const db = resolve(deps.db);
  const watched = new Set<string>(CATALOG_FILES.map((f) => resolve(dir, f)));
  const quietMs = deps.quietMs ?? 300;
  const clock = deps.clock ?? Date.now;
  let status: ReloadStatus | null = null;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;
  let again = false;
  let closed = false;

  const reloadOnce = async (): Promise<void> => {
    const since = performance.now();
    const before = core.info().version;
    let result: BuildResult;
    try {
      result = await deps.build(dir, db);
    } catch (err) {
      logger.error({ err }, 'catalog reload failed; the last good catalog keeps serving');
      status = { ok: false, at: clock(), problems: 1, version: before };
      return;
    }
    if (!result.ok) {
      const lines = 'unreadable' in result ? [`${result.unreadable}: not a readable catalog`]
        : 'unwritable' in result ? [`cannot write ${result.unwritable}: ${result.reason}`]
          : result.problems.map(formatProblem);
      for (const line of lines) logger.error({ catalog: dir }, `catalog reload: ${line}`);
      logger.warn({ catalog: dir, problems: lines.length, version: before },
        `catalog edit not loaded (${lines.length} problem${lines.length === 1 ? '' : 's'}); the last good catalog keeps serving`);
      status = { ok: false, at: clock(), problems: lines.length, version: before };
      return;
    }
    let reader: CatalogReader;
    try {
      reader = deps.open(db);
    } catch (err) {
      logger.error({ err }, 'catalog reload: the new catalog cannot be opened; the last good catalog keeps serving');
      status = { ok: false, at: clock(), problems: 1, version: before };
      return;
    }
    const version = reader.buildValue('source_hash')?.slice(0, 12) ?? null;
    if (version === before) {
      // Our own rename, a touched file, another copy's identical build: nothing new to serve.
      reader.close();
      status = { ok: true, at: clock(), problems: 0, version };
      return;
    }
    core.replace(reader);
    const i = core.info();
    status = { ok: true, at: clock(), problems: 0, version };
    const ms = Math.round(performance.now() - since);
    logger.info({ catalog: dir, from: before, version, products: i.products, retailers: i.retailers, countries: i.countries, facts: i.facts, ms },
      `catalog reloaded: ${i.products} products, ${i.retailers} retailers, ${i.countries} countries, ${i.facts} availability rows `
      + `(version ${before ?? 'none'} → ${version ?? 'none'}) in ${ms} ms`);
  };

  // One reload at a time; changes that come during one are folded into one more after it.
  const run = (): void => {
    if (closed) return;
    if (running) { again = true; return; }
    running = (async () => {
      do {
        again = false;
        await reloadOnce();
      } while (again && !closed);
    })().finally(() => { running = null; });
  };

  const changed = (path: string): void => {
    const p = resolve(path);
    // The build's own temporary file (CATALOG_DB.tmp-PID) is not a change of the catalog.
    if (!watched.has(p) && p !== db) return;
    clearTimeout(timer);
    timer = setTimeout(run, quietMs);
  };

  const watcher: FSWatcher = watch([dir, dirname(db)], {
    ignoreInitial: true,
    depth: 0,
    usePolling: deps.poll ?? false,
    interval: 1000,
    ignored: (path) => basename(path).startsWith(`${basename(db)}.tmp-`) || basename(path).endsWith('-journal'),
  });
  watcher.on('all', (_event, path) => changed(path));
  watcher.on('error', (err) => logger.warn({ err }, 'catalog watcher error'));
  // An edit between the start's own check and the watcher being ready would be missed: once it
  // watches, the files' stamp (sizes and times, one stat a file) is compared with the one the served
  // file was built from.
  watcher.once('ready', () => { if (readBuildInfo(db)?.stamp !== sourceStamp(dir)) changed(db); });

  return {
    status: () => status,
    async close() {
      closed = true;
      clearTimeout(timer);
      await watcher.close();
      await running;
    },
  };
}
