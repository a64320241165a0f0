// Times questions one at a time, as Node answers them: a slow answer holds up
// every other user of the process, so the max and the slowest question's text
// are reported beside the percentiles. One unmeasured pass warms the kind up
// first, then `rounds` timed passes (more for a kind of few questions, so
// that its p99 is not simply its slowest answer). A kind that throws or runs away must not
// stop the benchmark: an error is counted and the pass goes on, and a kind
// is stopped once it has used its time budget, and says so.
import { percentile } from '../measure/stats.js';

export interface KindTiming {
  kind: string;
  /** Distinct questions of the kind. */
  questions: number;
  /** Timed answers (after the warm-up pass; the warm-up's when the budget ran out in it). */
  timed: number;
  p50Ms: number; p99Ms: number; maxMs: number;
  slowest: string;
  /** Set when the budget ran out: how many answers (warm-up included) were given before the stop. */
  stoppedAfter: number | null;
  errors: number;
  /** The first error's message. */
  error: string | null;
}

export interface TimingOptions {
  rounds: number; budgetMs: number;
  /**
   * Timed answers a kind gets at least: a kind of 6 questions over 5 rounds has 30, and the p99 of 30
   * is their slowest. Its rounds are raised until the kind has this many.
   */
  minTimed?: number;
}

interface Timed { ms: number; text: string }

export function timeKind(kind: string, questions: readonly string[], answer: (text: string) => unknown, o: TimingOptions): KindTiming {
  const warm: Timed[] = [];
  const timed: Timed[] = [];
  let errors = 0;
  let error: string | null = null;
  let answered = 0;
  let stopped = false;
  const start = process.hrtime.bigint();
  const overBudget = (): boolean => Number(process.hrtime.bigint() - start) / 1e6 > o.budgetMs;
  const rounds = Math.max(o.rounds, questions.length === 0 ? 0 : Math.ceil((o.minTimed ?? 0) / questions.length));
  for (let pass = 0; pass <= rounds && !stopped; pass++) {
    for (const text of questions) {
      const t = process.hrtime.bigint();
      try {
        answer(text);
      } catch (err) {
        errors++;
        error ??= `${text}: ${(err as Error).message}`;
      }
      (pass === 0 ? warm : timed).push({ ms: Number(process.hrtime.bigint() - t) / 1e6, text });
      answered++;
      if (overBudget()) { stopped = true; break; }
    }
  }
  const used = timed.length > 0 ? timed : warm;
  const sorted = Float64Array.from(used.map((x) => x.ms)).sort();
  const worst = used.reduce<Timed | null>((w, x) => (w === null || x.ms > w.ms ? x : w), null);
  return {
    kind, questions: questions.length, timed: used.length,
    p50Ms: percentile(sorted, 0.5), p99Ms: percentile(sorted, 0.99), maxMs: worst?.ms ?? Number.NaN, slowest: worst?.text ?? '',
    stoppedAfter: stopped ? answered : null, errors, error,
  };
}
