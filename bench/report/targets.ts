// The targets of issue 5 and issue 15's table of limits (limits.ts), checked
// against a run. Accuracy is deterministic and gates CI; the time targets are
// reported, not gated (the machine is shared).
import { limitChecks } from './limits.js';
import { pct, ratio, us, ms } from './table.js';
import type { CatalogResult, RunResult, TargetCheck } from './result.js';

export const ACCURACY_TARGET = 0.995;

export function checkTargets(run: Omit<RunResult, 'targets'>): TargetCheck[] {
  const out: TargetCheck[] = [];
  const of = (name: string): CatalogResult | undefined => run.catalogs.find((c) => c.catalog === name);
  for (const c of run.catalogs) {
    const a = c.measured.core.accuracy;
    out.push({ target: 'entity accuracy ≥ 99.5% (typo questions included)', catalog: c.catalog,
      measured: `${pct(a.all)} (clean ${pct(a.clean)}, typo ${pct(a.typo)})`, met: a.all >= ACCURACY_TARGET && a.typo >= ACCURACY_TARGET });
  }
  for (const [name, p99] of [['medium', 500], ['large', 1000]] as const) {
    const c = of(name);
    if (!c) continue;
    const core = c.measured.core.latency.typo; const floor = c.measured.floor.latency.typo;
    out.push({ target: 'typo questions p50 ≤ 3× the floor', catalog: name,
      measured: `${us(core.p50)} µs vs floor ${us(floor.p50)} µs = ${ratio(core.p50 / floor.p50)}`, met: core.p50 <= 3 * floor.p50 });
    out.push({ target: `typo questions p99 < ${p99} µs`, catalog: name, measured: `${us(core.p99)} µs`, met: core.p99 < p99 });
  }
  const large = of('large');
  if (large) {
    out.push({ target: 'index build (createCore) < 300 ms', catalog: 'large', measured: `${ms(large.build.buildMs)} ms`, met: large.build.buildMs < 300 });
    out.push({ target: 'RSS after build < 150 MB', catalog: 'large', measured: `${large.build.rssMb.toFixed(0)} MB`, met: large.build.rssMb < 150 });
  }
  if (run.startup) {
    out.push({ target: 'time to first answer, `ask` on the seed < 150 ms', catalog: 'seed', measured: `${ms(run.startup.askMs)} ms (node alone ${ms(run.startup.nodeMs)} ms)`,
      met: run.startup.askMs < 150 });
  }
  const medium = of('medium');
  const b = medium?.measured.baseline;
  if (b) {
    const times = (b.latencyMs.p50 * 1000) / b.coreSampleUs.p50;
    out.push({ target: '≥ 10,000× faster than the naive baseline', catalog: 'medium', measured: `${ratio(times)} (sample of ${b.sample})`, met: times >= 10_000 });
  }
  for (const c of run.catalogs) out.push(...limitChecks(c));
  return out;
}
