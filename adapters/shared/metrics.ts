// The bot's Prometheus metrics (METRICS=on), one registry per instance rather
// than prom-client's global one, so tests, and two bots in one process, never
// share a counter. Each turn (turn.ts's observer) adds one to one entry of a
// map and one latency to a buffer; prom-client is handed the totals when
// Prometheus scrapes. Its own increments hash their labels every time, which
// between two answers, with the core's work in the caches, cost 35 µs a turn
// against 10 for this. What is served and the last reload are read at the
// scrape too, so they are never stale and cost nothing between scrapes.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { CatalogInfo } from '../../src/index.js';
import type { Outcome, TurnObserver } from './turn.js';

/** The last reload of the catalog: when, whether it was served, how many problems its files had. */
export interface LastReload { ok: boolean; at: number; problems: number }

export interface MetricsDeps {
  /** What is served (core.info): read at each scrape, so a reload shows at the next. */
  info: () => Pick<CatalogInfo, 'version'>;
  /** From the live reload, when it runs: null before its first reload. */
  reloadStatus?: () => LastReload | null;
  /** The process's own: CPU, memory, event loop lag, as every Node exporter gives them. */
  processMetrics?: boolean;
}

export interface Metrics {
  observe: TurnObserver;
  /** The exposition text, for whatever serves /metrics. */
  scrape(): Promise<{ contentType: string; body: string }>;
}

/** From well under a millisecond (the core) to seconds (a platform's API slow to take the reply). */
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Latencies held before prom-client takes them; a bot nobody scrapes holds no more. */
const LATENCY_BUFFER = 1024;

/** The turns of one set of labels so far; a few hundred sets at most (platforms × outcomes × verdicts × languages). */
interface Tally { platform: string; outcome: Outcome; verdict: string | null; language: string | null; unread: boolean; n: number }

export function createMetrics(deps: MetricsDeps): Metrics {
  const registry = new Registry();
  const registers = [registry];
  if (deps.processMetrics) collectDefaultMetrics({ register: registry });
  const tallies = new Map<string, Tally>();
  const waiting: { platform: string[]; seconds: number[] } = { platform: [], seconds: [] };
  /** Each counter is rebuilt from the tallies at its scrape: counts only grow, so the totals are the counter. */
  const counted = <L extends string>(count: (t: Tally) => Partial<Record<L, string>> | null) => function collect(this: Counter<L>): void {
    this.reset();
    for (const t of tallies.values()) {
      const labels = count(t);
      if (labels) this.inc(labels, t.n);
    }
  };
  new Counter({
    name: 'availability_turns_total', help: 'Turns by outcome: answered, limited (rate limit), failed (apologised), closed (stopping).',
    labelNames: ['platform', 'outcome'] as const, registers, collect: counted((t) => ({ platform: t.platform, outcome: t.outcome })),
  });
  new Counter({
    name: 'availability_answers_total', help: 'Answers by verdict (yes, no, list, when, clarify, unknown, help) and the language answered in.',
    labelNames: ['platform', 'verdict', 'language'] as const, registers,
    collect: counted((t) => (t.verdict !== null && t.language !== null ? { platform: t.platform, verdict: t.verdict, language: t.language } : null)),
  });
  new Counter({
    name: 'availability_unread_answers_total', help: 'Answers that name something the catalog lacks; divided by answers, the unread-name rate.',
    labelNames: ['platform'] as const, registers, collect: counted((t) => (t.unread ? { platform: t.platform } : null)),
  });
  const latency = new Histogram({
    name: 'availability_answer_duration_seconds', help: 'From a question taken to its answer sent, reply included.',
    labelNames: ['platform'] as const, buckets: LATENCY_BUCKETS, registers, collect: () => { hand(); },
  });
  /** The buffered latencies into the histogram, in one go. */
  const hand = (): void => {
    for (let i = 0; i < waiting.seconds.length; i++) latency.observe({ platform: waiting.platform[i]! }, waiting.seconds[i]!);
    waiting.platform.length = 0;
    waiting.seconds.length = 0;
  };
  new Gauge({
    name: 'availability_catalog_info', help: 'The catalog served: 1, labelled with its version (the hash of its CSV files).',
    labelNames: ['version'] as const, registers,
    collect() {
      this.reset();
      try {
        this.set({ version: deps.info().version ?? 'unknown' }, 1);
      } catch {
        // A catalog closed while stopping: no series, rather than a failed scrape.
      }
    },
  });
  const reload = deps.reloadStatus;
  if (reload) {
    const last = (pick: (s: LastReload) => number) => function collect(this: Gauge): void {
      const status = reload();
      if (status) this.set(pick(status));
      // Before the first reload there is no result: a gauge without labels would show 0, "failed".
      else this.remove();
    };
    new Gauge({ name: 'availability_reload_success', help: 'The last reload of the catalog: 1 served, 0 refused (the previous catalog still serves).', registers, collect: last((s) => (s.ok ? 1 : 0)) });
    new Gauge({ name: 'availability_reload_timestamp_seconds', help: 'When the last reload was tried, in seconds since the epoch.', registers, collect: last((s) => s.at / 1000) });
    new Gauge({ name: 'availability_reload_problems', help: 'Problems the last reload found in the catalog files (0 when it was served).', registers, collect: last((s) => s.problems) });
  }

  return {
    observe: (report) => {
      const { platform, outcome } = report;
      const a = report.answer;
      const unread = a !== undefined && a.unread.length > 0;
      const key = a ? `${platform}\0${outcome}\0${a.verdict}\0${a.language}\0${unread ? 1 : 0}` : `${platform}\0${outcome}`;
      const tally = tallies.get(key);
      if (tally) tally.n++;
      else tallies.set(key, { platform, outcome, verdict: a?.verdict ?? null, language: a?.language ?? null, unread, n: 1 });
      if (!a) return;
      waiting.platform.push(platform);
      waiting.seconds.push(report.ms / 1000);
      if (waiting.seconds.length >= LATENCY_BUFFER) hand();
    },
    scrape: async () => ({ contentType: registry.contentType, body: await registry.metrics() }),
  };
}
