// Issue 15's table of limits: for the large and huge catalogs, how slow any
// kind of question may be at p99 and at worst, an autocomplete keystroke at
// p99, the index build and a process's start to its first answer, the memory
// of a process serving, and entity accuracy on both question generators.
// Each figure is checked on its own; a figure the run could not measure is
// shown as such and counts as missed, as does a kind that failed or had to
// be stopped.
import type { ClassScore } from '../independent/evaluate.js';
import type { CatalogName } from '../catalog/sizes.js';
import type { KindTiming } from '../serving/timing.js';
import type { CatalogResult, LimitColumn, TargetCheck } from './result.js';
import { ms, pct } from './table.js';

export interface Limits {
  everyKindP99Ms: number; worstMs: number; suggestP99Ms: number; buildMs: number; startMs: number; rssMb: number; accuracy: number;
}

export const LIMITS: Partial<Record<CatalogName, Limits>> = {
  large: { everyKindP99Ms: 1, worstMs: 5, suggestP99Ms: 10, buildMs: 100, startMs: 250, rssMb: 150, accuracy: 0.995 },
  huge: { everyKindP99Ms: 1, worstMs: 10, suggestP99Ms: 20, buildMs: 200, startMs: 400, rssMb: 200, accuracy: 0.99 },
};

export const LIMIT_COLUMNS: readonly LimitColumn[] = ['every kind p99', 'worst question', 'autocomplete p99', 'build / start to first answer',
  'RSS serving', 'accuracy (both generators)'];

/** The independent generator's entity accuracy over all its classes. */
export function independentShare(scores: readonly ClassScore[]): number {
  const n = scores.reduce((a, s) => a + s.n, 0);
  return n > 0 ? scores.reduce((a, s) => a + s.right, 0) / n : Number.NaN;
}

/** The kind with the highest p99 and the single slowest answer over every kind. */
export function kindExtremes(kinds: readonly KindTiming[]): { p99: KindTiming; worst: KindTiming } | null {
  if (kinds.length === 0) return null;
  const top = (pick: (k: KindTiming) => number): KindTiming => kinds.reduce((a, b) => (pick(b) > pick(a) ? b : a));
  return { p99: top((k) => k.p99Ms), worst: top((k) => k.maxMs) };
}

/** What kept a kind from being measured whole: stopped on its budget, or answers that threw. */
export function kindTrouble(kinds: readonly KindTiming[]): string[] {
  return kinds.flatMap((k) => [
    ...(k.stoppedAfter !== null ? [`${k.kind} stopped after ${k.stoppedAfter} answers`] : []),
    ...(k.errors > 0 ? [`${k.kind}: ${k.errors} errors`] : []),
  ]);
}

const NOT_MEASURED = 'not measured';
/** A limit as the issue writes it: "1 ms", not "1.0 ms". */
const at = (v: number, unit: string): string => `${v.toLocaleString('en')} ${unit}`;

export function limitChecks(c: CatalogResult): TargetCheck[] {
  const l = LIMITS[c.catalog];
  if (!l) return [];
  const out: TargetCheck[] = [];
  const check = (column: LimitColumn, limit: string, measured: string, met: boolean): void => {
    out.push({ target: `${column} ${limit}`, catalog: c.catalog, measured, met, column, limit });
  };

  const kinds = c.serving?.kinds ?? [];
  const x = kindExtremes(kinds);
  const trouble = kindTrouble(kinds);
  const troubled = trouble.length > 0 ? `; ${trouble.join(', ')}` : '';
  if (x) {
    check('every kind p99', `≤ ${at(l.everyKindP99Ms, 'ms')}`, `${ms(x.p99.p99Ms)} ms (${x.p99.kind})${troubled}`, x.p99.p99Ms <= l.everyKindP99Ms && trouble.length === 0);
    check('worst question', `≤ ${at(l.worstMs, 'ms')}`, `${ms(x.worst.maxMs)} ms (${x.worst.kind})${troubled}`, x.worst.maxMs <= l.worstMs && trouble.length === 0);
  } else {
    check('every kind p99', `≤ ${at(l.everyKindP99Ms, 'ms')}`, NOT_MEASURED, false);
    check('worst question', `≤ ${at(l.worstMs, 'ms')}`, NOT_MEASURED, false);
  }

  // The keystrokes of an eager core are timed from its first; the first call of a lazy one is shown beside them.
  const s = c.serving?.suggest;
  const first = c.firstSuggest ? `, first call of a lazy core ${ms(c.firstSuggest.firstCallMs)} ms` : '';
  check('autocomplete p99', `≤ ${at(l.suggestP99Ms, 'ms')}`, s ? `${ms(s.p99Ms)} ms (max ${ms(s.maxMs)}${first})` : NOT_MEASURED,
    s !== undefined && s.p99Ms <= l.suggestP99Ms);

  const build = c.builds.length > 0 ? c.build.buildMs : Number.NaN;
  const start = c.startup?.askMs ?? Number.NaN;
  check('build / start to first answer', `≤ ${at(l.buildMs, 'ms')} / ≤ ${at(l.startMs, 'ms')}`,
    `${Number.isFinite(build) ? `${ms(build)} ms` : NOT_MEASURED} / ${Number.isFinite(start) ? `${ms(start)} ms` : NOT_MEASURED}`,
    build <= l.buildMs && start <= l.startMs);

  const rss = c.serving?.rssMb;
  check('RSS serving', `≤ ${at(l.rssMb, 'MB')}`, rss !== undefined ? `${rss.toFixed(0)} MB` : NOT_MEASURED, rss !== undefined && rss <= l.rssMb);

  const own = c.measured.core.accuracy.all;
  const independent = c.independent ? independentShare(c.independent) : Number.NaN;
  check('accuracy (both generators)', `≥ ${+(l.accuracy * 100).toFixed(2)}%`,
    `${pct(own)} / ${Number.isFinite(independent) ? pct(independent) : NOT_MEASURED}`, own >= l.accuracy && independent >= l.accuracy);
  return out;
}
