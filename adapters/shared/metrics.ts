// The bot's Prometheus metrics (METRICS=on), one registry per instance rather
// than prom-client's global one, so tests, and two bots in one process, never
// share a counter. Turns count as the pipeline tells them (turn.ts's
// observer: a few increments, no I/O); what is served and the last reload are
// read when Prometheus scrapes, so they are never stale and cost nothing between scrapes.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { CatalogInfo } from '../../src/index.js';
import type { TurnObserver } from './turn.js';

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

export function createMetrics(deps: MetricsDeps): Metrics {
  const registry = new Registry();
  const registers = [registry];
  if (deps.processMetrics) collectDefaultMetrics({ register: registry });
  const turns = new Counter({
    name: 'availability_turns_total', help: 'Turns by outcome: answered, limited (rate limit), failed (apologised), closed (stopping).',
    labelNames: ['platform', 'outcome'] as const, registers,
  });
  const answers = new Counter({
    name: 'availability_answers_total', help: 'Answers by verdict (yes, no, list, when, clarify, unknown, help) and the language answered in.',
    labelNames: ['platform', 'verdict', 'language'] as const, registers,
  });
  const unread = new Counter({
    name: 'availability_unread_answers_total', help: 'Answers that name something the catalog lacks; divided by answers, the unread-name rate.',
    labelNames: ['platform'] as const, registers,
  });
  const latency = new Histogram({
    name: 'availability_answer_duration_seconds', help: 'From a question taken to its answer sent, reply included.',
    labelNames: ['platform'] as const, buckets: LATENCY_BUCKETS, registers,
  });
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
      const { platform } = report;
      turns.inc({ platform, outcome: report.outcome });
      const a = report.answer;
      if (!a) return;
      answers.inc({ platform, verdict: a.verdict, language: a.language });
      if (a.unread.length > 0) unread.inc({ platform });
      latency.observe({ platform }, report.ms / 1000);
    },
    scrape: async () => ({ contentType: registry.contentType, body: await registry.metrics() }),
  };
}
