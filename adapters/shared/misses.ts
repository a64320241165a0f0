// The misses log as the bot writes it (MISSES_LOG=on): a turn that missed
// something is queued as it was told (after its reply), and once a second, or
// every BATCH such turns, the queue is read (cleaned, folded, added up) and
// written in one transaction. Cleaning a turn at a time between answers, with
// the core's work in the caches, cost 20 µs a turn; queued, a turn costs 3 µs,
// and the flush cleans them all in one go. A write that fails (the file
// locked by another copy too long, a full disk) keeps its counts for the next
// one, up to MAX_PENDING distinct misses.
import type { MissesConfig } from './config.js';
import type { Logger } from './logger.js';
import { missesOf } from './missesOf.js';
import { MissesStore, type Miss } from './missesStore.js';
import type { TurnObserver, TurnReport } from './turn.js';

const FLUSH_MS = 1000;
const BATCH = 200;
const MAX_PENDING = 5000;
/** Forgetting by age and size costs a scan; once a minute is often enough for a bound in days and rows. */
const PRUNE_MS = 60_000;
const DAY_MS = 86_400_000;

export interface MissesLog {
  observe: TurnObserver;
  /** Writes what is counted so far (the timer does it too). */
  flush(): void;
  /** Writes what is left and closes the file. */
  close(): void;
}

export interface MissesOptions {
  clock?: () => number;
  /** Tests shorten or lengthen it; 0 writes only on flush(), close() and full batches. */
  flushMs?: number;
}

/** Opens (or creates) the file; throws MissesError when it cannot be a misses log. */
export function openMissesLog(config: MissesConfig, logger: Logger, o: MissesOptions = {}): MissesLog {
  const now = o.clock ?? Date.now;
  const store = MissesStore.open(config.file, true);
  const queue: { report: TurnReport; at: number }[] = [];
  const pending = new Map<string, Miss>();
  let prunedAt = -Infinity;
  let warnedAt = -Infinity;
  let dropped = 0;

  // `m` is this turn's own (missesOf makes each afresh, a failed batch hands back its own): kept, not copied.
  const count = (m: Miss): void => {
    const id = `${m.kind}\0${m.key}`;
    const seen = pending.get(id);
    if (seen) {
      seen.count += m.count;
      seen.first = Math.min(seen.first, m.first);
      seen.last = Math.max(seen.last, m.last);
      // A name as someone wrote it with its capital reads better on a to-do list than as typed in haste.
      if (seen.text === seen.text.toLowerCase()) seen.text = m.text;
      seen.example = m.example ?? seen.example;
      seen.language = m.language;
      seen.platform = m.platform;
    } else if (pending.size < MAX_PENDING) pending.set(id, m);
    else dropped += m.count;
  };

  const flush = (): void => {
    const at = now();
    for (const { report, at: when } of queue) for (const m of missesOf(report, when)) count(m);
    queue.length = 0;
    if (pending.size > 0) {
      const batch = [...pending.values()];
      pending.clear();
      try {
        store.add(batch);
      } catch (err) {
        for (const m of batch) count(m);
        // One line a minute at most: a file that stays locked or full must not flood the log.
        if (at - warnedAt >= 60_000) { warnedAt = at; logger.warn({ err, file: config.file, pending: pending.size, dropped }, 'misses log: write failed, kept for the next'); }
        return;
      }
    }
    if (at - prunedAt >= PRUNE_MS) {
      prunedAt = at;
      try {
        store.prune(at - config.maxAgeDays * DAY_MS, config.maxRows);
      } catch (err) {
        logger.warn({ err, file: config.file }, 'misses log: forgetting old rows failed');
      }
    }
  };

  const flushMs = o.flushMs ?? FLUSH_MS;
  const timer = flushMs > 0 ? setInterval(flush, flushMs) : null;
  // The log must not keep a stopping process alive.
  timer?.unref();
  flush();

  return {
    observe: (report) => {
      const a = report.answer;
      // Most answers miss nothing: nothing queued.
      if (!a || (a.unread.length === 0 && a.verdict !== 'unknown')) return;
      queue.push({ report, at: now() });
      if (queue.length >= BATCH) flush();
    },
    flush,
    close: () => {
      if (timer) clearInterval(timer);
      flush();
      store.close();
    },
  };
}
