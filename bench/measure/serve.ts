// Child: one process serving a catalog as a bot does (createCore with `eager`,
// as the front ends start it), asked what its users send: autocomplete
// keystrokes first, while the process is fresh, then, once it has answered
// the plan for a while (warm.ts), every kind of question (bench/serving/kinds.ts)
// and the main generator's questions, clean and with a typo (drawn beforehand: servePlan.ts). Last, the resident memory of a process that has served all that,
// after a full GC when --expose-gc is given: what a server keeps.
import { readFileSync } from 'node:fs';
import { createCore, openCatalog } from '../../src/index.js';
import { childArg, childMain, progress } from '../child.js';
import { timeKeystrokes, type SuggestTiming } from '../serving/suggest.js';
import type { ServePlan } from './servePlan.js';
import { timeKind, type KindTiming } from '../serving/timing.js';
import { warmUp, type WarmUp } from '../serving/warm.js';

export interface ServeArgs {
  catalog: string; catalogFile: string;
  /** What to ask, drawn beforehand by bench/measure/servePlan.ts. */
  planFile: string;
  rounds: number;
  /** Time one kind may take, warm-up included, before it is stopped. */
  kindBudgetMs: number;
  /** Questions the process answers before the kinds are timed (bench/serving/warm.ts). */
  warmAnswers: number;
}

/** Timed answers each kind gets at least, whatever its number of questions. */
const MIN_TIMED = 300;

export interface ServingProbe {
  /** createCore with `eager`: every index built before the first question. */
  eagerBuildMs: number;
  suggest: SuggestTiming;
  /** The answers given before the kinds were timed, and what they cost. */
  warm: WarmUp;
  kinds: KindTiming[];
  rssMb: number; heapMb: number;
  /** The process's peak resident memory over all of it. */
  peakRssMb: number;
}

const gc = (globalThis as { gc?: () => void }).gc;

childMain((): ServingProbe => {
  const a = childArg<ServeArgs>();
  const reader = openCatalog(a.catalogFile);
  const { asked, keys } = JSON.parse(readFileSync(a.planFile, 'utf8')) as ServePlan;

  const t = process.hrtime.bigint();
  const core = createCore({ catalog: reader, eager: true });
  const eagerBuildMs = Number(process.hrtime.bigint() - t) / 1e6;

  progress(`  ${a.catalog}: ${keys.length} autocomplete keystrokes × ${a.rounds}`);
  const suggest = timeKeystrokes(core, keys, a.rounds);
  // Each question opens no conversation: none follows another, as in the main measurement.
  const ask = (text: string): unknown => core.answer(text);
  progress(`  ${a.catalog}: warming up, ${a.warmAnswers} answers`);
  const warm = warmUp(asked.flatMap((k) => k.questions), ask, a.warmAnswers);
  const timings: KindTiming[] = [];
  for (const k of asked) {
    progress(`  ${a.catalog}: ${k.name}, ${k.questions.length} questions`);
    timings.push(timeKind(k.name, k.questions, ask, { rounds: a.rounds, budgetMs: a.kindBudgetMs, minTimed: MIN_TIMED }));
  }
  gc?.();
  const mem = process.memoryUsage();
  const probe = { eagerBuildMs, suggest, warm, kinds: timings, rssMb: mem.rss / 1048576, heapMb: mem.heapUsed / 1048576,
    peakRssMb: process.resourceUsage().maxRSS / 1024 };
  core.close();
  return probe;
});
