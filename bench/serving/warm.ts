// A bot answers its first questions while V8 is still compiling the answer
// path and its caches fill: on a 1M-row catalog the first pass over the
// serving plan took 1.7 s and the fourth 0.68 s, and the slowest answer of
// each kind was 0.5-17 ms with no warm-up, 0.3-4.9 ms after eight passes.
// The kinds are timed as a process that has been serving a while answers
// them, so the process first answers the whole plan, round after round, up
// to `answers` questions. What that warm-up cost is kept and printed too: it
// is what the first users of a freshly started bot see (the start to the
// first answer is measured apart).
import { percentile } from '../measure/stats.js';

export interface WarmUp {
  answers: number;
  ms: number;
  p50Ms: number; p99Ms: number; maxMs: number;
  /** Answers of the warm-up that took over 1 ms. */
  overOneMs: number;
}

export function warmUp(questions: readonly string[], answer: (text: string) => unknown, answers: number): WarmUp {
  const times = new Float64Array(questions.length === 0 ? 0 : answers);
  const start = process.hrtime.bigint();
  for (let i = 0; i < times.length; i++) {
    const t = process.hrtime.bigint();
    // A question that throws is the kinds' timing to report; here it only warms.
    try { answer(questions[i % questions.length]!); } catch { /* counted when the kind is timed */ }
    times[i] = Number(process.hrtime.bigint() - t) / 1e6;
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const over = times.reduce((n, x) => n + (x > 1 ? 1 : 0), 0);
  times.sort();
  return { answers: times.length, ms, p50Ms: percentile(times, 0.5), p99Ms: percentile(times, 0.99), maxMs: times.at(-1) ?? Number.NaN, overOneMs: over };
}
