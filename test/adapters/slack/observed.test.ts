// Slack in HTTP mode with the misses log and the metrics on, end to end: signed
// commands and mentions into the real Bolt app, then /metrics scraped on the
// same port as /slack/events, and the misses file read back. Everything on 127.0.0.1.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createLogger } from '../../../adapters/shared/logger.js';
import { createMetrics, type Metrics } from '../../../adapters/shared/metrics.js';
import { openMissesLog, type MissesLog } from '../../../adapters/shared/misses.js';
import { MissesStore } from '../../../adapters/shared/missesStore.js';
import type { TurnObserver } from '../../../adapters/shared/turn.js';
import { asForm, FORM, JSON_TYPE, sendSigned } from '../../fakes/slack/signed.js';
import { appMention, eventCallback, slashCommand, USER } from '../../fixtures/slack/payloads.js';
import { tempDir } from '../../helpers/catalog.js';
import { buildCatalog, SECRETS, startHarness, type Catalog, type Harness } from './harness.js';

let catalog: Catalog;
let h: Harness;
let misses: MissesLog;
let metrics: Metrics;
const file = join(tempDir(), 'misses.sqlite');

beforeAll(async () => {
  catalog = await buildCatalog();
  misses = openMissesLog({ enabled: true, file, maxRows: 1000, maxAgeDays: 90 }, createLogger('silent'), { flushMs: 0 });
  // Read at scrape time, when the harness has its core.
  metrics = createMetrics({ info: () => h.core.info() });
  const observe: TurnObserver = (r) => { metrics.observe(r); misses.observe(r); };
  h = await startHarness({ catalogFile: catalog.file, mode: 'http', observed: { observe, metrics } });
});

afterAll(async () => {
  await h?.stop();
  misses?.close();
  catalog?.remove();
});

const signed = { secret: SECRETS.signingSecret };
const command = (text: string) => sendSigned(h.eventsUrl, asForm(slashCommand(text, h.fake.responseUrl('cmd'))), FORM, signed);
const metricsUrl = (): string => h.eventsUrl.replace('/slack/events', '/metrics');

function value(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('GIVEN Slack in HTTP mode with METRICS and MISSES_LOG on', () => {
  test('WHEN users ask through commands and mentions THEN /metrics on the Slack port counts them and the misses file holds what the data lacks', async () => {
    for (const q of ['is redmi sold in sweden?', 'does Elkjøp sell the Redmi?', 'what is the price of redmi?', 'does elkjøp sell xiaomi?']) {
      expect((await command(q)).status).toBe(200);
    }
    const mention = await sendSigned(h.eventsUrl, JSON.stringify(eventCallback(appMention('<@U0BOT> is redmi sold in Lisbon?'))), JSON_TYPE, signed);
    expect(mention.status).toBe(200);
    // A mention is answered through the Web API after its ack, and its turn told after that post.
    await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage')[0], 'the answer to the mention');
    let text = '';
    for (let i = 0; i < 50 && value(text, 'availability_turns_total{platform="slack",outcome="answered"}') !== 5; i++) {
      const res = await fetch(metricsUrl());
      expect(res.status).toBe(200);
      text = await res.text();
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(value(text, 'availability_answers_total{platform="slack",verdict="yes",language="en"}')).toBe(1);
    expect(value(text, 'availability_answers_total{platform="slack",verdict="unknown",language="en"}')).toBe(1);
    expect(value(text, 'availability_unread_answers_total{platform="slack"}')).toBe(3);
    expect(value(text, 'availability_turns_total{platform="slack",outcome="answered"}')).toBe(5);
    expect(value(text, 'availability_answer_duration_seconds_count{platform="slack"}')).toBe(5);
    expect(value(text, `availability_catalog_info{version="${h.core.info().version}"}`)).toBe(1);
    // The process's own metrics are the entry point's choice, not the platform's.
    expect(text).not.toContain('process_cpu');

    misses.flush();
    const store = MissesStore.open(file, false);
    try {
      const top = store.top(10);
      expect(top.names.map((r) => [r.kind, r.text, r.count, r.platform])).toEqual([
        ['name', 'Elkjøp', 2, 'slack'],
        ['place', 'Lisbon', 1, 'slack'],
      ]);
      expect(top.questions.map((r) => [r.text, r.reason, r.count])).toEqual([['what is the price of redmi?', 'out_of_scope', 1]]);
    } finally {
      store.close();
    }
    expect(readFileSync(file).toString('latin1')).not.toContain(USER.id);
  });

  test('WHEN /metrics is asked with another method THEN it is not served', async () => {
    const res = await fetch(metricsUrl(), { method: 'POST', body: '' });
    expect(res.status).toBe(404);
  });
});
