// The metrics end to end: a batch of questions through the real turn pipeline,
// then a scrape over HTTP on 127.0.0.1, as Prometheus would make it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/index.js';
import { InFlight } from '../../../adapters/shared/inflight.js';
import { createLogger } from '../../../adapters/shared/logger.js';
import { createMetrics, type LastReload, type Metrics } from '../../../adapters/shared/metrics.js';
import { serveMetrics, type MetricsServer } from '../../../adapters/shared/metricsServer.js';
import { ConfigError } from '../../../adapters/shared/config.js';
import { createTurns, type Replies } from '../../../adapters/shared/turn.js';
import { MemoryStore } from '../../../adapters/state/memory.js';
import { SHIPPED_CATALOG, coreFor } from '../../helpers/catalog.js';

let core: Core;
beforeAll(async () => { core = await coreFor(SHIPPED_CATALOG); });
afterAll(() => core.close());

const quiet = createLogger('silent');

async function askAll(metrics: Metrics, platform: string, questions: string[], max = 1000): Promise<void> {
  const turns = createTurns({ core, inflight: new InFlight(quiet, 'test'), logger: quiet, state: new MemoryStore(),
    rateLimit: { max, windowMs: 60_000 }, memoryTtlMs: 60_000, platform, observe: metrics.observe });
  const replies: Replies<string> = { render: (a) => a.text, reply: async () => {}, notice: async () => {} };
  for (const ask of questions) await turns.run({ handler: 'mention', where: {}, user: 'U1', ask }, replies);
}

/** The value of one series in the exposition text, or undefined when it is absent. */
function value(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

async function scrape(server: MetricsServer): Promise<{ status: number; type: string | null; text: string }> {
  const res = await fetch(`http://127.0.0.1:${server.port}/metrics`);
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
}

describe('GIVEN METRICS on and a batch of questions', () => {
  it('WHEN Prometheus scrapes /metrics THEN answers count by verdict, language and platform, with latency, unread names, refusals and the catalog', async () => {
    const metrics = createMetrics({ info: () => core.info() });
    await askAll(metrics, 'slack', [
      'is redmi sold in sweden?', 'redmi at 3 in sweden?', 'does Elkjøp sell the Redmi?', 'what is the price of redmi?',
      '¿se puede comprar el Redmi en Amazon en España?', 'is redmi sold in Lisbon?',
    ]);
    // A limit of 2: two answered, three refused.
    await askAll(metrics, 'discord', ['redmi in spain?', 'redmi in italy?', 'redmi?', 'redmi?', 'redmi?'], 2);
    const server = await serveMetrics(metrics, { host: '127.0.0.1', port: 0 }, quiet);
    try {
      const { status, type, text } = await scrape(server);
      expect(status).toBe(200);
      expect(type).toMatch(/^text\/plain; version=0\.0\.4/);
      expect(value(text, 'availability_answers_total{platform="slack",verdict="yes",language="en"}')).toBe(2);
      expect(value(text, 'availability_answers_total{platform="slack",verdict="yes",language="es"}')).toBe(1);
      expect(value(text, 'availability_answers_total{platform="slack",verdict="unknown",language="en"}')).toBe(1);
      expect(value(text, 'availability_answers_total{platform="slack",verdict="list",language="en"}')).toBe(2);
      expect(value(text, 'availability_unread_answers_total{platform="slack"}')).toBe(2);
      expect(value(text, 'availability_turns_total{platform="slack",outcome="answered"}')).toBe(6);
      expect(value(text, 'availability_turns_total{platform="discord",outcome="answered"}')).toBe(2);
      expect(value(text, 'availability_turns_total{platform="discord",outcome="limited"}')).toBe(3);
      expect(value(text, 'availability_answer_duration_seconds_count{platform="slack"}')).toBe(6);
      expect(value(text, 'availability_answer_duration_seconds_bucket{le="10",platform="slack"}')).toBe(6);
      expect(value(text, `availability_catalog_info{version="${core.info().version}"}`)).toBe(1);
      // No reload told of: no reload series, rather than a made-up one.
      expect(text).not.toContain('availability_reload_');
      const again = await fetch(`http://127.0.0.1:${server.port}/other`);
      expect(again.status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it('WHEN the reload tells its last result THEN each scrape shows the one of that moment', async () => {
    let last: LastReload | null = null;
    const metrics = createMetrics({ info: () => ({ version: 'abc123def456' }), reloadStatus: () => last });
    const server = await serveMetrics(metrics, { host: '127.0.0.1', port: 0 }, quiet);
    try {
      expect((await scrape(server)).text).not.toMatch(/^availability_reload_success /m);
      last = { ok: false, at: 1_700_000_000_000, problems: 3 };
      const failed = (await scrape(server)).text;
      expect(value(failed, 'availability_reload_success')).toBe(0);
      expect(value(failed, 'availability_reload_problems')).toBe(3);
      expect(value(failed, 'availability_reload_timestamp_seconds')).toBe(1_700_000_000);
      expect(value(failed, 'availability_catalog_info{version="abc123def456"}')).toBe(1);
      last = { ok: true, at: 1_700_000_060_000, problems: 0 };
      const ok = (await scrape(server)).text;
      expect(value(ok, 'availability_reload_success')).toBe(1);
      expect(value(ok, 'availability_reload_timestamp_seconds')).toBe(1_700_000_060);
    } finally {
      await server.close();
    }
  });

  it('WHEN two bots run in one process THEN each counts only its own turns', async () => {
    const one = createMetrics({ info: () => core.info() });
    const two = createMetrics({ info: () => core.info() });
    await askAll(one, 'terminal', ['redmi in spain?', 'redmi in italy?']);
    await askAll(two, 'terminal', ['redmi in spain?']);
    expect(value((await one.scrape()).body, 'availability_turns_total{platform="terminal",outcome="answered"}')).toBe(2);
    expect(value((await two.scrape()).body, 'availability_turns_total{platform="terminal",outcome="answered"}')).toBe(1);
  });

  it('WHEN the catalog is closed THEN the scrape still answers, without the catalog series', async () => {
    const metrics = createMetrics({ info: () => { throw new Error('closed'); } });
    const body = (await metrics.scrape()).body;
    expect(body).toContain('# TYPE availability_catalog_info gauge');
    expect(body).not.toMatch(/^availability_catalog_info\{/m);
  });

  it('WHEN METRICS_PORT is taken THEN one error names METRICS_PORT', async () => {
    const metrics = createMetrics({ info: () => core.info() });
    const first = await serveMetrics(metrics, { host: '127.0.0.1', port: 0 }, quiet);
    try {
      const taken = serveMetrics(metrics, { host: '127.0.0.1', port: first.port }, quiet);
      await expect(taken).rejects.toBeInstanceOf(ConfigError);
      await expect(taken).rejects.toThrow(`METRICS_PORT: ${first.port} is already in use`);
    } finally {
      await first.close();
    }
  });
});
