// The report's tables of a serving process: issue 15's limits side by side
// (measured, ✓ or ✗, under the limit), each kind of question with its slowest
// question, autocomplete per keystroke, and every catalog's start to first
// answer. Made from the run's checks and results only.
import { LIMIT_COLUMNS, kindExtremes } from './limits.js';
import type { RunResult } from './result.js';
import { count, ms, table } from './table.js';

export function limitsTable(run: RunResult): string[] {
  const checks = run.targets.filter((t) => t.column !== undefined);
  const catalogs = [...new Set(checks.map((t) => t.catalog))];
  if (catalogs.length === 0) return [];
  const rows = catalogs.flatMap((catalog) => {
    const of = (column: string) => checks.find((t) => t.catalog === catalog && t.column === column);
    return [
      [`${catalog}, limit`, ...LIMIT_COLUMNS.map((col) => of(col)?.limit ?? '')],
      [catalog, ...LIMIT_COLUMNS.map((col) => { const t = of(col); return t ? `${t.measured} ${t.met ? '✓' : '✗'}` : ''; })],
    ];
  });
  const met = checks.filter((t) => t.met).length;
  return [`Limits of issue 15 (${met} of ${checks.length} met; ✓ met, ✗ not)`, table(['catalog', ...LIMIT_COLUMNS], rows, LIMIT_COLUMNS.map((_, i) => i + 1)), ''];
}

export function servingTables(run: RunResult): string[] {
  const out: string[] = [];
  const served = run.catalogs.filter((c) => c.serving);
  if (served.length > 0) {
    out.push('Kinds of question, one process per catalog with an eager core (ms, each question timed alone; each kind timed at least 300 times, after a pass of its own)');
    for (const c of served) {
      const w = c.serving!.warm;
      out.push(`  ${c.catalog}: first the process answered the whole plan, ${count(w.answers)} answers in ${(w.ms / 1000).toFixed(1)} s`
        + ` (p50 ${ms(w.p50Ms)}, p99 ${ms(w.p99Ms)}, max ${ms(w.maxMs)} ms; ${(100 * w.overOneMs / Math.max(1, w.answers)).toFixed(1)}% over 1 ms): what a freshly started bot's first users see`);
    }
    out.push(table(['catalog', 'kind', 'questions', 'timed', 'p50', 'p99', 'max', 'slowest question'], served.flatMap((c) => c.serving!.kinds.map((k) => [
      c.catalog, k.kind, count(k.questions), count(k.timed), ms(k.p50Ms), ms(k.p99Ms), ms(k.maxMs),
      k.slowest + (k.stoppedAfter !== null ? ` [stopped after ${count(k.stoppedAfter)} answers]` : '') + (k.errors > 0 ? ` [${k.errors} errors: ${k.error}]` : ''),
    ])), [1, 7]));
    for (const c of served) {
      const x = kindExtremes(c.serving!.kinds);
      if (x) out.push(`  ${c.catalog}: every kind p99 ${ms(x.p99.p99Ms)} ms (${x.p99.kind}); worst question ${ms(x.worst.maxMs)} ms: “${x.worst.slowest}” (${x.worst.kind})`);
    }
    out.push('');
    out.push('Autocomplete (core.suggest per keystroke of typing names, clean and with a slip; ms) and the serving process');
    out.push(table(['catalog', 'keystrokes', 'with a slip', 'rounds', 'p50', 'p99', 'p99 with a slip', 'max', 'slowest keystroke', 'lazy core: 1st call', 'eager build', 'RSS serving MB'],
      served.map((c) => {
        const s = c.serving!.suggest; const f = c.firstSuggest;
        return [c.catalog, count(s.keystrokes), count(s.typo), String(s.rounds), ms(s.p50Ms), ms(s.p99Ms), ms(s.typoP99Ms), ms(s.maxMs),
          `${s.slowest.kind} “${s.slowest.prefix}”`, f ? `${ms(f.firstCallMs)} (“${f.keystroke.prefix}”)` : '–', ms(c.serving!.eagerBuildMs),
          c.serving!.rssMb.toFixed(0)];
      }), [8, 9]), '');
  }
  const started = run.catalogs.filter((c) => c.startup);
  if (started.length > 0) {
    const q = started[0]!.startup!.question;
    out.push(`Start to first answer: \`ask "${q}"\` on each catalog's built file, spawn to first output (ms, medians)`);
    out.push(table(['catalog', 'runs', 'ask', 'node alone', 'ask − node'], started.map((c) => {
      const s = c.startup!;
      return [c.catalog, String(s.runs), ms(s.askMs), ms(s.nodeMs), ms(s.askMs - s.nodeMs)];
    })), '');
  }
  for (const c of run.catalogs) for (const f of c.failed ?? []) out.push(`FAILED on ${c.catalog}: ${f}`);
  return out;
}
