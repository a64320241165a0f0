// 200 questions arriving at once through Bolt's HTTP receiver (signed, on
// loopback), as slash commands and as mentions, with Slack's re-deliveries of
// the mentions mixed in: every one is answered within Slack's 3 seconds, and
// answered once. The burst is sent from a worker thread, as Slack sends from
// its own machines. The rate limit is generous: it is not what is measured.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT } from '../fakes/slack/fakeSlack.js';
import { sendBurst, type BurstResult } from '../fakes/slack/burst.js';
import { asForm, FORM, JSON_TYPE, postSigned } from '../fakes/slack/signed.js';
import { appMention, eventCallback, slashCommand } from '../fixtures/slack/payloads.js';
import { buildCatalog, SECRETS, startHarness, type Catalog, type Harness } from '../adapters/slack/harness.js';
import { spread } from './latency.js';

const N = 200;
const SLACK_DEADLINE_MS = 3000;
const QUESTIONS = [
  'can i buy a redmy at thre in sweeden?', 'where is redmi sold?', 'does mediaworld sell mi phones in italy?', 'mi store in italy?',
  'when does mi store open in milan?', 'redmi in spagna?', '<!channel> amazon spain redmi', 'what is the price of redmi?',
];
const question = (i: number): string => `${QUESTIONS[i % QUESTIONS.length]} (${i})`;
const user = (i: number): string => `U${String(i).padStart(8, '0')}`;

let catalog: Catalog;
let h: Harness;
beforeAll(async () => {
  catalog = await buildCatalog();
  h = await startHarness({ catalogFile: catalog.file, mode: 'http', rateLimit: { max: 10_000, windowMs: 10_000 } });
  // A running app has compiled its hot paths; the first requests after start would measure the JIT instead.
  for (let i = 0; i < 20; i++) {
    await postSigned(h.eventsUrl, asForm(slashCommand(question(i), h.fake.responseUrl('warm'))), FORM, { secret: SECRETS.signingSecret });
  }
});
afterAll(async () => {
  await h?.stop();
  catalog?.remove();
});

const report = (what: string, figures: object): void => {
  if (process.env.RELIABILITY_FIGURES) process.stdout.write(`${what}: ${JSON.stringify(figures)}\n`);
};
const took = (r: BurstResult): number => r.end - r.start;

describe('GIVEN 200 signed slash commands at once', () => {
  it('THEN each is answered in its own acknowledgement within 3 s, and nothing else is sent', async () => {
    const results = await sendBurst(h.eventsUrl, SECRETS.signingSecret, Array.from({ length: N }, (_, i) => ({
      body: asForm(slashCommand(question(i), h.fake.responseUrl(`load-${i}`), user(i))), contentType: FORM,
    })));
    results.forEach((r, i) => {
      expect(r.error, `command ${i}`).toBeNull();
      expect(r.status, `command ${i}`).toBe(200);
      const reply = JSON.parse(r.text) as { response_type?: string; blocks?: { type: string; elements?: { text?: string }[] }[] };
      expect(reply.response_type).toBe('ephemeral');
      // The ack echoes the question it answers: this answer is this command's, not a neighbour's.
      expect(reply.blocks?.[0]?.elements?.[0]?.text).toContain(`(${i})`);
    });
    const figures = spread(results.map(took));
    report('slack load, slash commands (ack carries the answer)', figures);
    expect(figures.max).toBeLessThan(SLACK_DEADLINE_MS);
    await h.fake.settle(100);
    expect(h.fake.responded.filter((r) => r.id.startsWith('load-'))).toEqual([]);
    expect(h.fake.callsTo('chat.postMessage')).toEqual([]);
  });
});

describe('GIVEN 200 mentions at once, a quarter of them delivered twice', () => {
  it('THEN each is acked and answered in its thread within 3 s, exactly once', async () => {
    const before = h.fake.callsTo('chat.postMessage').length;
    const bodies = Array.from({ length: N }, (_, i) => eventCallback(appMention(`<@${BOT.userId}> ${question(i)}`, { user: user(i) })));
    const retry = { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' };
    const results = await sendBurst(h.eventsUrl, SECRETS.signingSecret, [
      ...bodies.map((b) => ({ body: JSON.stringify(b), contentType: JSON_TYPE })),
      ...bodies.filter((_, i) => i % 4 === 0).map((b) => ({ body: JSON.stringify(b), contentType: JSON_TYPE, headers: retry })),
    ]);
    for (const r of results) {
      expect(r.error).toBeNull();
      expect(r.status).toBe(200);
    }
    const acks = spread(results.map(took));

    await h.fake.waitFor(() => (h.fake.callsTo('chat.postMessage').length - before >= N ? true : undefined), `${N} answers`, 10_000);
    await h.fake.settle(150);
    const answers = h.fake.callsTo('chat.postMessage').slice(before);
    expect(answers).toHaveLength(N);
    expect(new Set(answers.map((c) => String(c.args.thread_ts))).size).toBe(N);
    // From the first delivery of a mention to its answer reaching Slack.
    const answered = bodies.map((b, i) => {
      const ts = (b.event as { ts: string }).ts;
      const post = answers.find((c) => c.args.thread_ts === ts);
      expect(post, `answer to mention ${i}`).toBeDefined();
      return post!.at - results[i]!.start;
    });
    const figures = spread(answered);
    report('slack load, mentions (acks)', acks);
    report('slack load, mentions (answer posted)', figures);
    expect(acks.max).toBeLessThan(SLACK_DEADLINE_MS);
    expect(figures.max).toBeLessThan(SLACK_DEADLINE_MS);
  });
});
