// Percentiles and medians. Each round of a run gives its own percentiles; the
// run reports the median of those, so one round disturbed by another process
// on this shared machine does not decide a figure, while the tail within a
// round (a GC pause, a slow question) still shows.

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(p * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export function median(values: readonly number[]): number {
  return percentile(Float64Array.from(values).sort(), 0.5);
}

export interface Spread { p50: number; p95: number; p99: number; mean: number; n: number }

export function spread(values: ArrayLike<number>): Spread {
  const sorted = Float64Array.from(values).sort();
  let sum = 0;
  for (const v of sorted) sum += v;
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), p99: percentile(sorted, 0.99),
    mean: sorted.length > 0 ? sum / sorted.length : Number.NaN, n: sorted.length };
}

/** The median, figure by figure, of the spreads of several rounds. */
export function medianSpread(rounds: readonly Spread[]): Spread {
  const pick = (k: keyof Spread): number => median(rounds.map((r) => r[k]));
  return { p50: pick('p50'), p95: pick('p95'), p99: pick('p99'), mean: pick('mean'), n: rounds[0]?.n ?? 0 };
}
