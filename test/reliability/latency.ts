// Latency figures for load tests.

export interface Spread { n: number; p50: number; p95: number; max: number }

/** Nearest-rank percentiles, in whole milliseconds. */
export function spread(ms: readonly number[]): Spread {
  const sorted = [...ms].sort((a, b) => a - b);
  const rank = (p: number): number => Math.round(sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? 0);
  return { n: sorted.length, p50: rank(0.5), p95: rank(0.95), max: rank(1) };
}
