// Child: one cold start of the core on a catalog, as a bot process pays it:
// createCore's time (open SQLite, load the names, build the index), the
// resident memory once it is built (after a full GC, so only what is kept
// counts), and the first answer's time with nothing warmed up.
import { createCore, openCatalog } from '../../src/index.js';
import { childArg, childMain } from '../child.js';

export interface BuildArgs { catalogFile: string; question: string }
export interface BuildProbe { loadMs: number; buildMs: number; rssMb: number; heapMb: number; firstAnswerMs: number }

const gc = (globalThis as { gc?: () => void }).gc;

childMain((): BuildProbe => {
  const { catalogFile, question } = childArg<BuildArgs>();
  // Milliseconds since the process started: Node itself plus loading the core's modules.
  const loadMs = performance.now();
  const t = process.hrtime.bigint();
  const core = createCore({ catalog: openCatalog(catalogFile) });
  const buildMs = Number(process.hrtime.bigint() - t) / 1e6;
  gc?.();
  const mem = process.memoryUsage();
  const t2 = process.hrtime.bigint();
  core.answer(question);
  const firstAnswerMs = Number(process.hrtime.bigint() - t2) / 1e6;
  core.close();
  return { loadMs, buildMs, rssMb: mem.rss / 1048576, heapMb: mem.heapUsed / 1048576, firstAnswerMs };
});
