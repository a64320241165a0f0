// Child: one import of a catalog's CSV files, alone in a fresh process, as
// `avail import` runs it: its time and its peak resident memory (the figure the
// streaming import is held to: at most 250 MB at a million rows).
import { rmSync } from 'node:fs';
import { importCatalog } from '../../src/catalog/build.js';
import { formatProblem } from '../../src/catalog/problem.js';
import { childArg, childMain } from '../child.js';

export interface ImportArgs { csvDir: string; file: string }
export interface ImportProbe { importMs: number; peakRssMb: number; facts: number; lines: number }

childMain(async (): Promise<ImportProbe> => {
  const { csvDir, file } = childArg<ImportArgs>();
  const t = performance.now();
  const built = await importCatalog(csvDir, file);
  const importMs = performance.now() - t;
  if (!built.ok) throw new Error(`import failed: ${'problems' in built ? built.problems.slice(0, 5).map(formatProblem).join('; ') : 'cannot write'}`);
  rmSync(file, { force: true });
  return { importMs, peakRssMb: process.resourceUsage().maxRSS / 1024, facts: built.counts?.facts ?? 0, lines: built.counts?.lines ?? 0 };
});
