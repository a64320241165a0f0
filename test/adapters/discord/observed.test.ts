// Discord's turns reach the observer (the misses log, the metrics) named as
// Discord's, end to end: gateway events from the fake Discord on 127.0.0.1 into
// the real discord.js client, the turn pipeline, and the misses file after.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../adapters/shared/logger.js';
import { createMetrics, type Metrics } from '../../../adapters/shared/metrics.js';
import { openMissesLog, type MissesLog } from '../../../adapters/shared/misses.js';
import { MissesStore } from '../../../adapters/shared/missesStore.js';
import { guildMessage, options, slashCommand, user } from '../../fixtures/discord/payloads.js';
import { tempDir } from '../../helpers/catalog.js';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
let misses: MissesLog;
let metrics: Metrics;
const file = join(tempDir(), 'misses.sqlite');
const asker = user('130000000000099001', 'asker');

beforeAll(async () => {
  misses = openMissesLog({ enabled: true, file, maxRows: 1000, maxAgeDays: 90 }, createLogger('silent'), { flushMs: 0 });
  metrics = createMetrics({ info: () => h.core.info() });
  h = await startHarness({ observe: (r) => { metrics.observe(r); misses.observe(r); } });
});
afterAll(async () => {
  await h?.stop();
  misses?.close();
});

function value(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('GIVEN the Discord bot with an observer', () => {
  it('WHEN a command and a mention name what the data lacks THEN both are counted as discord turns and kept without the user id', async () => {
    h.fake.dispatch('INTERACTION_CREATE', slashCommand({ user: asker, options: options({ question: 'does Elkjøp sell the Redmi?' }) }));
    h.fake.dispatch('MESSAGE_CREATE', guildMessage({ author: asker, content: 'what is the price of redmi?' }));
    let text = '';
    for (let i = 0; i < 100 && value(text, 'availability_turns_total{platform="discord",outcome="answered"}') !== 2; i++) {
      await new Promise((r) => setTimeout(r, 30));
      text = (await metrics.scrape()).body;
    }
    expect(value(text, 'availability_turns_total{platform="discord",outcome="answered"}')).toBe(2);
    expect(value(text, 'availability_unread_answers_total{platform="discord"}')).toBe(1);
    misses.flush();
    const store = MissesStore.open(file, false);
    try {
      const top = store.top(5);
      expect(top.names.map((r) => [r.text, r.platform, r.count])).toEqual([['Elkjøp', 'discord', 1]]);
      // The mention that addressed the bot (<@id>) is not part of the question kept.
      expect(top.questions.map((r) => [r.text, r.reason])).toEqual([['what is the price of redmi?', 'out_of_scope']]);
    } finally {
      store.close();
    }
    expect(readFileSync(file).toString('latin1')).not.toContain(asker.id);
  });
});
