// Autocomplete as a picker drives it: every keystroke of typing some of the
// catalog's names, clean and with a slip, each timed alone, several rounds.
// Nothing is warmed first: an eager core claims its first keystroke costs
// what every later one does, and this checks it.
import type { NameRows } from '../../src/catalog/types.js';
import type { Core } from '../../src/index.js';
import { percentile } from '../measure/stats.js';
import type { Random } from '../random.js';
import { keystrokesOf, type Keystroke } from './keystrokes.js';

export interface SuggestTiming {
  /** Keystrokes of one round, and how many of them carry a slip. */
  keystrokes: number; typo: number; rounds: number;
  p50Ms: number; p99Ms: number; maxMs: number;
  /** p99 of the keystrokes with a slip alone: the typo path is the slow one. */
  typoP99Ms: number;
  slowest: Keystroke;
}

export interface SuggestCounts { products: number; retailers: number; countries: number }

/** The stream the names and slips are drawn from: the serving child and the first-call child type the same keystrokes. */
export const SUGGEST_SEED_LABEL = 'suggest';

/** The keystrokes of a sample of the catalog's product, retailer and (English) country names. */
export function catalogKeystrokes(rows: NameRows, counts: SuggestCounts, random: Random): Keystroke[] {
  return [
    ...keystrokesOf('product', random.sample(rows.products.map((p) => p.name), counts.products), random),
    ...keystrokesOf('retailer', random.sample(rows.retailers.map((r) => r.name), counts.retailers), random),
    ...keystrokesOf('country', random.sample(rows.countries.map((c) => c.name_en), counts.countries), random),
  ];
}

export function timeKeystrokes(core: Pick<Core, 'suggest'>, keys: readonly Keystroke[], rounds: number): SuggestTiming {
  const all: number[] = [];
  const typo: number[] = [];
  let slowest = keys[0]!;
  let maxMs = -1;
  for (let r = 0; r < rounds; r++) {
    for (const k of keys) {
      const t = process.hrtime.bigint();
      core.suggest(k.kind, k.prefix, 'en');
      const ms = Number(process.hrtime.bigint() - t) / 1e6;
      all.push(ms);
      if (k.typo) typo.push(ms);
      if (ms > maxMs) { maxMs = ms; slowest = k; }
    }
  }
  const sorted = (v: number[]): Float64Array => Float64Array.from(v).sort();
  const s = sorted(all);
  return { keystrokes: keys.length, typo: keys.filter((k) => k.typo).length, rounds,
    p50Ms: percentile(s, 0.5), p99Ms: percentile(s, 0.99), maxMs, typoP99Ms: percentile(sorted(typo), 0.99), slowest };
}
