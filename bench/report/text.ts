// The run as tables: catalogs, core, floor, baseline, ratios, start-up, the
// serving process (kinds of question, autocomplete, start per catalog), the
// targets and the limits, then the accuracy misses grouped by cause and the
// slowest questions.
import type { Spread } from '../measure/stats.js';
import { independentShare } from './limits.js';
import type { RunResult } from './result.js';
import { limitsTable, servingTables } from './servingText.js';
import { count, mb, ms, pct, ratio, table, us } from './table.js';

const tri = (s: Spread): string => `${us(s.p50)} / ${us(s.p95)} / ${us(s.p99)}`;

export function textReport(run: RunResult, examples = 3): string {
  const out: string[] = [];
  const m = run.machine;
  out.push(`availability-bot benchmark — seed ${run.seed}, ${run.questions} questions per catalog, ${run.rounds} timed rounds${run.quick ? ' (quick)' : ''}`);
  out.push(`machine: ${m.cpus} cores (${m.cpuModel}), Node ${m.node}, load average ${m.loadStart.map((l) => l.toFixed(2)).join(' ')} at start, ${m.loadEnd.map((l) => l.toFixed(2)).join(' ')} at end`);
  out.push(m.note, '');

  out.push('Catalogs (generated from the seed, written as CSV, imported with importCatalog)');
  out.push(table(['catalog', 'products', 'retailers', 'countries', 'availability rows', 'aliases', 'CSV MB', 'SQLite MB', 'generate s', 'import s', 'import peak RSS MB'],
    run.catalogs.map((c) => {
      const p = c.prepared;
      return [c.catalog, count(p.products), count(p.retailers), count(p.countries), count(p.rows), count(p.aliases), mb(p.csvBytes), mb(p.sqliteBytes),
        (p.generateMs / 1000).toFixed(1), (p.importMs / 1000).toFixed(1), p.peakRssMb.toFixed(0)];
    })), '');
  const imports = run.catalogs.flatMap(({ catalog, imported: i }) => (i
    ? [[catalog, count(i.facts), count(i.lines), (i.importMs / 1000).toFixed(1), i.peakRssMb.toFixed(0)]] : []));
  if (imports.length > 0) {
    out.push('Import alone (importCatalog of the CSV files in a fresh process, as `avail import` runs it)');
    out.push(table(['catalog', 'availability rows', 'lines', 'import s', 'peak RSS MB'], imports), '');
  }

  const independent = run.catalogs.filter((c) => c.independent && c.independent.length > 0);
  if (independent.length > 0) {
    // Written by a session that read only the README and the CSV format, so it does not share the code's blind spots.
    const classes = [...new Set(independent.flatMap((c) => c.independent!.map((s) => s.cls)))];
    out.push('Independent generator (bench/independent/, written without reading the matching code): entity accuracy by class');
    out.push(table(['catalog', 'all', ...classes, 'yes without a name asked'], independent.map((c) => {
      const s = c.independent!;
      return [c.catalog, pct(independentShare(s)), ...classes.map((k) => { const x = s.find((y) => y.cls === k); return x ? pct(x.right / x.n) : '–'; }),
        String(s.reduce((a, x) => a + x.unsafeYes, 0))];
    })), '');
  }

  out.push('Core (createCore + core.answer); latency in µs, p50 / p95 / p99');
  out.push(table(['catalog', 'build ms', 'RSS MB', '1st answer ms', 'answers/s', 'accuracy', 'clean', 'typo', 'clean p50/p95/p99', 'typo p50/p95/p99'],
    run.catalogs.map((c) => {
      const k = c.measured.core;
      return [c.catalog, ms(c.build.buildMs), c.build.rssMb.toFixed(0), ms(c.build.firstAnswerMs), count(Math.round(k.answersPerSecond)),
        pct(k.accuracy.all), pct(k.accuracy.clean), pct(k.accuracy.typo), tri(k.latency.clean), tri(k.latency.typo)];
    })), '');

  out.push('Floor (exact alias lookups + the same prepared fact query, no fuzzy step)');
  out.push(table(['catalog', 'answers/s', 'accuracy', 'clean', 'typo', 'clean p50/p95/p99', 'typo p50/p95/p99'],
    run.catalogs.map((c) => {
      const f = c.measured.floor;
      return [c.catalog, count(Math.round(f.answersPerSecond)), pct(f.accuracy.all), pct(f.accuracy.clean), pct(f.accuracy.typo), tri(f.latency.clean), tri(f.latency.typo)];
    })), '');

  const withBaseline = run.catalogs.filter((c) => c.measured.baseline);
  if (withBaseline.length > 0) {
    out.push('Naive baseline (fuse.js defaults over every alias, every word window), on a sample; it finds the names asked but also junk names for other words');
    out.push(table(['catalog', 'sample', 'aliases', 'index ms', 'p50 ms', 'max ms', 'accuracy', 'asked names found', 'core p50 µs, same sample', 'baseline/core'],
      withBaseline.map((c) => {
        const b = c.measured.baseline!;
        return [c.catalog, String(b.sample), count(b.aliases), ms(b.buildMs), ms(b.latencyMs.p50), ms(b.latencyMs.p99), pct(b.accuracy.all), pct(b.found), us(b.coreSampleUs.p50),
          ratio((b.latencyMs.p50 * 1000) / b.coreSampleUs.p50)];
      })), '');
  }

  out.push('Ratios (p50 unless said)');
  out.push(table(['catalog', 'core/floor clean', 'core/floor typo', 'core/floor p99 typo', 'core typo/clean', 'baseline/core'],
    run.catalogs.map((c) => {
      const k = c.measured.core.latency; const f = c.measured.floor.latency; const b = c.measured.baseline;
      return [c.catalog, ratio(k.clean.p50 / f.clean.p50), ratio(k.typo.p50 / f.typo.p50), ratio(k.typo.p99 / f.typo.p99), ratio(k.typo.p50 / k.clean.p50),
        b ? ratio((b.latencyMs.p50 * 1000) / b.coreSampleUs.p50) : '–'];
    })), '');

  if (run.startup) {
    const s = run.startup;
    out.push(`Start-up: \`ask "${s.question}"\` on the seed, spawn to first output: median ${ms(s.askMs)} ms over ${s.runs} runs; `
      + `node alone ${ms(s.nodeMs)} ms, so ask adds ${ms(s.askMs - s.nodeMs)} ms (the core's cold build and first answer are in the core table).`, '');
  }
  out.push(...servingTables(run));

  out.push('Targets (issue 5)');
  out.push(table(['target', 'catalog', 'measured', 'met'], run.targets.filter((t) => t.column === undefined)
    .map((t) => [t.target, t.catalog, t.measured, t.met ? 'yes' : 'NO'])), '');
  out.push(...limitsTable(run));

  for (const c of run.catalogs) {
    const failures = c.measured.core.failures;
    if (failures.length === 0) continue;
    out.push(`Accuracy misses on ${c.catalog}: ${failures.length} of ${c.measured.questions}, by cause`);
    const groups = new Map<string, typeof failures>();
    for (const f of failures) groups.set(f.cause, [...(groups.get(f.cause) ?? []), f]);
    for (const [cause, list] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
      out.push(`  ${cause}: ${list.length}`);
      for (const f of list.slice(0, examples)) {
        const show = (e: typeof f.expected): string => [...e.products, ...e.retailers, ...e.countries].join(', ') || 'nothing';
        out.push(`    “${f.text}” expected ${show(f.expected)}; got ${show(f.got)} [${f.verdict}]${f.typo ? ` (typo ${f.typo.word}→${f.typo.typed})` : ''}`);
      }
    }
    out.push('');
  }
  for (const c of run.catalogs) {
    out.push(`Slowest questions on ${c.catalog} (median µs over rounds):`);
    for (const s of c.measured.core.slowest.slice(0, 5)) out.push(`  ${us(s.us).padStart(7)}  ${s.typo ? 'typo ' : 'clean'}  ${s.text}`);
  }
  const each = run.catalogs.filter((c) => c.seconds !== undefined).map((c) => `${c.catalog} ${c.seconds!.toFixed(0)} s`);
  out.push('', `Total ${run.totalSeconds.toFixed(0)} s${each.length > 0 ? ` (${each.join(', ')})` : ''}.`);
  return out.join('\n');
}
