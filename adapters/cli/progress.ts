// The progress bar of `avail import`: on a terminal only (a pipe or a log gets
// the summary line alone), and only once the import has taken a second, so a
// small catalog imports without a flash of a bar. cli-progress draws it on
// standard error, redrawn in place.
import cliProgress from 'cli-progress';
import type { ImportProgress } from '../../src/catalog/build.js';

export interface ProgressOptions {
  /** Standard error, or a test's fake terminal. */
  stream: NodeJS.WritableStream & { isTTY?: boolean };
  now?: () => number;
  /** How long an import runs before a bar is drawn. */
  afterMs?: number;
}

export interface ProgressBar {
  update(p: ImportProgress): void;
  stop(): void;
}

const PHASES: Record<ImportProgress['phase'], string> = { reading: 'reading files ', building: 'building index' };

export function importProgress(options: ProgressOptions): ProgressBar {
  const { stream, now = Date.now, afterMs = 1000 } = options;
  if (!stream.isTTY) return { update: () => {}, stop: () => {} };
  const started = now();
  let bar: cliProgress.SingleBar | null = null;
  let phase: ImportProgress['phase'] | null = null;
  return {
    update(p) {
      if (bar === null) {
        if (now() - started < afterMs) return;
        bar = new cliProgress.SingleBar({ stream, format: '{phase} [{bar}] {percentage}% | {elapsed}s', hideCursor: true,
          barsize: 30 }, cliProgress.Presets.shades_classic);
        bar.start(p.total, p.done, { phase: PHASES[p.phase], elapsed: elapsed() });
        phase = p.phase;
        return;
      }
      if (p.phase !== phase) { bar.setTotal(p.total); phase = p.phase; }
      bar.update(p.done, { phase: PHASES[p.phase], elapsed: elapsed() });
    },
    stop() {
      bar?.stop();
    },
  };

  function elapsed(): string {
    return ((now() - started) / 1000).toFixed(0);
  }
}
