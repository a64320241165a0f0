// Several copies of `npm start` in Slack HTTP mode behind a round-robin proxy,
// sharing one real redis-server and one fake Slack (issue 12): what a user sees
// must be what one copy would give. An event and its retries answered once
// wherever they land; a thread's follow-up keeps its context on the other copy;
// the per-user rate limit counts across copies; a button works on any copy; a
// copy killed mid-load loses nothing a survivor accepted and doubles nothing;
// Redis stopped mid-load degrades (answers go on, the log and /healthz say so)
// and recovers. And the baseline: without REDIS_URL two copies share nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT, FakeSlack, type ApiCall } from '../fakes/slack/fakeSlack.js';
import { asForm, asPayload, FORM, JSON_TYPE, postSigned, type Sent } from '../fakes/slack/signed.js';
import { appMention, blockActions, CHANNEL, eventCallback, slashCommand } from '../fixtures/slack/payloads.js';
import { blockText, button, label, type Message } from '../adapters/slack/answers.js';
import { SHIPPED_CATALOG, buildCatalog } from '../helpers/catalog.js';
import { startRedis, type TestRedis } from '../helpers/redis.js';
import { builtEntry, type Build } from './botProcess.js';
import { RoundRobinProxy, UPSTREAM_HEADER } from './proxy.js';
import { PROCESS_SECRETS, startSlackProcess, type SlackProcess } from './slackProcess.js';

const DEGRADED = "state store: redis unreachable, degraded to this process's memory";
const BACK = 'state store: redis back';
const LIMITED = 'Too many questions';
const RETRY = (n: number) => ({ 'x-slack-retry-num': String(n), 'x-slack-retry-reason': 'http_timeout' });
const secret = { secret: PROCESS_SECRETS.signingSecret };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Figures for a person reading the run (RELIABILITY_FIGURES=1), as in slack-load.test.ts; never asserted on. */
const report = (what: string, figures: object): void => {
  if (process.env.RELIABILITY_FIGURES) process.stdout.write(`${what}: ${JSON.stringify(figures)}\n`);
};

let build: Build;
let catalogDb: string;
let redis: TestRedis;
beforeAll(async () => {
  build = builtEntry();
  catalogDb = await buildCatalog(SHIPPED_CATALOG);
  redis = await startRedis();
}, 180_000);
afterAll(async () => { await redis?.stop(); });

interface Copies {
  apps: SlackProcess[];
  fake: FakeSlack;
  proxy: RoundRobinProxy;
  /** Sends a signed request through the proxy; the reply says which copy (`upstream`) took it. */
  send(body: string, type: string, headers?: Record<string, string>): Promise<Sent & { upstream: number }>;
  stop(): Promise<void>;
}

/** Copies of the bot, all against one fake Slack, behind one proxy. */
async function startCopies(n: number, env: Record<string, string>): Promise<Copies> {
  const fake = await FakeSlack.start();
  const apps: SlackProcess[] = [];
  const stop = async (): Promise<void> => {
    for (const app of apps) await app.bot.kill();
    await proxy?.close();
    await fake.close();
  };
  let proxy: RoundRobinProxy | undefined;
  try {
    // One after another: two shared cores, and each start loads the catalog.
    for (let i = 0; i < n; i++) apps.push(await startSlackProcess(build.main, catalogDb, { LOG_LEVEL: 'info', RATE_LIMIT: '5/10s', ...env }, { fake }));
    proxy = await RoundRobinProxy.start(apps.map((a) => a.port));
  } catch (err) {
    await stop();
    throw err;
  }
  const events = `${proxy.url}/slack/events`;
  return {
    apps, fake, proxy, stop,
    send: async (body, type, headers = {}) => {
      const sent = await postSigned(events, body, type, { ...secret, headers });
      return { ...sent, upstream: Number(sent.headers?.[UPSTREAM_HEADER] ?? -1) };
    },
  };
}

const postsIn = (fake: FakeSlack, threadTs: string): ApiCall[] => fake.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === threadTs);
const textOf = (call: ApiCall | undefined): string => (call ? `${String(call.args.text ?? '')}\n${blockText(call.args as Message)}` : '');
const responses = (fake: FakeSlack, id: string) => fake.responded.filter((r) => r.id === id).map((r) => r.body as Message & Record<string, unknown>);
const mention = (text: string, opts: { user: string; thread_ts?: string }) => appMention(`<@${BOT.userId}> ${text}`, opts);

/** Waits until `count` answers are in the thread, then for quiet, and returns them all: a late second answer is seen. */
async function answersIn(fake: FakeSlack, threadTs: string, count = 1, timeoutMs = 10_000): Promise<ApiCall[]> {
  await fake.waitFor(() => (postsIn(fake, threadTs).length >= count ? true : undefined), `${count} answer(s) in thread ${threadTs}`, timeoutMs);
  await fake.settle(300);
  return postsIn(fake, threadTs);
}

describe('GIVEN two copies sharing one Redis behind a round-robin proxy', () => {
  let c: Copies;
  beforeAll(async () => { c = await startCopies(2, { REDIS_URL: redis.url }); }, 60_000);
  afterAll(async () => { await c?.stop(); });

  it('WHEN an event and two retries of it (same event_id) land on both copies THEN it is answered once', async () => {
    const event = mention('is redmi sold in italy?', { user: 'U00000RTRY' });
    const body = JSON.stringify(eventCallback(event));
    const first = await c.send(body, JSON_TYPE);
    const retries = await Promise.all([1, 2].map((n) => c.send(body, JSON_TYPE, RETRY(n))));
    const deliveries = [first, ...retries];
    expect(deliveries.map((d) => d.status)).toEqual([200, 200, 200]);
    expect(new Set(deliveries.map((d) => d.upstream)).size, 'the deliveries reached both copies').toBe(2);
    const answers = await answersIn(c.fake, String(event.ts));
    expect(answers).toHaveLength(1);
    expect(textOf(answers[0])).toContain('Italy');
  });

  it('WHEN a thread\'s follow-up reaches the other copy THEN it keeps the context of the first question', async () => {
    const user = 'U00000THRD';
    const top = mention('is redmi sold in sweden?', { user });
    const asked = await c.send(JSON.stringify(eventCallback(top)), JSON_TYPE);
    const [firstAnswer] = await answersIn(c.fake, String(top.ts));
    expect(textOf(firstAnswer)).toContain('Sweden');
    // A person reads the answer before typing the next question.
    await sleep(200);
    const follow = mention('and in denmark?', { user, thread_ts: String(top.ts) });
    const followed = await c.send(JSON.stringify(eventCallback(follow)), JSON_TYPE);
    expect([asked.status, followed.status]).toEqual([200, 200]);
    expect(followed.upstream, 'the follow-up went to the other copy').not.toBe(asked.upstream);
    const answers = await answersIn(c.fake, String(top.ts), 2);
    expect(answers).toHaveLength(2);
    const second = textOf(answers[1]);
    expect(second).toContain('Denmark');
    expect(second).toContain('Redmi');
  });

  it('WHEN one user sends 10 slash commands at RATE_LIMIT=5/10s across both copies THEN 5 are answered and 5 told "too many questions"', async () => {
    const user = 'U00000LIMT';
    const replies: (Sent & { upstream: number })[] = [];
    for (let i = 0; i < 10; i++) replies.push(await c.send(asForm(slashCommand(`redmi in italy? (${i})`, c.fake.responseUrl(`limit-${i}`), user)), FORM));
    expect(replies.map((r) => r.status)).toEqual(Array(10).fill(200));
    expect(new Set(replies.map((r) => r.upstream)).size).toBe(2);
    const kinds = replies.map((r) => (r.text.includes(LIMITED) ? 'limited' : r.text.includes('Redmi smartphones') ? 'answered' : `other: ${r.text.slice(0, 200)}`));
    expect(kinds).toEqual([...Array(5).fill('answered'), ...Array(5).fill('limited')]);
  });

  it('WHEN the Share button of one copy\'s answer is pressed through the other copy THEN the answer is posted in the channel', async () => {
    const user = 'U00000SHRE';
    const asked = await c.send(asForm(slashCommand('where is redmi sold?', c.fake.responseUrl('share-asked'), user)), FORM);
    const reply = asked.json as Message;
    const share = button(reply, 'share');
    const pressed = await c.send(asPayload(blockActions({ action_id: 'share', value: share.value ?? '', text: label(share) }, c.fake.responseUrl('share-pressed'), { ephemeral: true }, user)), FORM);
    expect(pressed.status).toBe(200);
    expect(pressed.upstream, 'the press went to the other copy').not.toBe(asked.upstream);
    const [shared, removed] = await c.fake.waitFor(() => {
      const got = responses(c.fake, 'share-pressed');
      return got.length >= 2 ? got : undefined;
    }, 'the shared answer and the removal of the private one', 10_000);
    expect(shared?.response_type).toBe('in_channel');
    expect(shared?.blocks).toEqual((reply.blocks ?? []).filter((b) => b.type !== 'actions'));
    expect(removed).toEqual({ delete_original: true });
    expect(responses(c.fake, 'share-asked')).toEqual([]);
  });

  it('WHEN the same Share press is delivered to both copies THEN the channel gets the answer once', async () => {
    const user = 'U00000SHR2';
    const asked = await c.send(asForm(slashCommand('redmi in spain?', c.fake.responseUrl('share2-asked'), user)), FORM);
    const share = button(asked.json as Message, 'share');
    const press = asPayload(blockActions({ action_id: 'share', value: share.value ?? '', text: label(share) }, c.fake.responseUrl('share2-pressed'), { ephemeral: true }, user));
    const presses = [await c.send(press, FORM), await c.send(press, FORM)];
    expect(new Set(presses.map((p) => p.upstream)).size).toBe(2);
    await c.fake.waitFor(() => (responses(c.fake, 'share2-pressed').length >= 2 ? true : undefined), 'the shared answer', 10_000);
    await c.fake.settle(300);
    expect(responses(c.fake, 'share2-pressed').filter((r) => r.response_type === 'in_channel')).toHaveLength(1);
  });

  it('WHEN a "which did you mean?" from one copy is answered by a press on the other THEN the picked reading is answered', async () => {
    const user = 'U00000PICK';
    // Words that show the language: a bare "mi" would be answered in the catalog's (Italian).
    const asked = mention('where is mi?', { user });
    const sent = await c.send(JSON.stringify(eventCallback(asked)), JSON_TYPE);
    const [question] = await answersIn(c.fake, String(asked.ts));
    const phones = button(question!.args as Message, 'pick:0');
    const where = { ephemeral: false as const, channel: CHANNEL.id, ts: '1700099999.000002', thread_ts: String(asked.ts) };
    const pressed = await c.send(asPayload(blockActions({ action_id: 'pick:0', value: phones.value ?? '', text: label(phones) }, c.fake.responseUrl('pick-other'), where, user)), FORM);
    expect(pressed.upstream).not.toBe(sent.upstream);
    const answered = await c.fake.waitFor(() => responses(c.fake, 'pick-other')[0], 'the picked reading', 10_000);
    expect(answered.replace_original).toBe(true);
    expect(blockText(answered)).toContain('Mi smartphones — ');
  });
});

interface Delivery { status: number; upstream: number }

/** Delivers an event as Slack does: again, with x-slack-retry-num, while it gets no 200 (at most 3 retries). */
async function deliver(c: Copies, body: string): Promise<Delivery[]> {
  const tries: Delivery[] = [];
  for (let attempt = 0; attempt <= 3; attempt++) {
    const got = await Promise.race([
      c.send(body, JSON_TYPE, attempt === 0 ? {} : RETRY(attempt)).then((r) => ({ status: r.status, upstream: r.upstream })),
      sleep(5000).then(() => ({ status: 0, upstream: -1 })),
    ]).catch(() => ({ status: 0, upstream: -1 }));
    tries.push(got);
    if (got.status === 200) break;
    await sleep(200);
  }
  return tries;
}

describe('GIVEN three copies sharing one Redis under load', () => {
  let c: Copies;
  beforeAll(async () => { c = await startCopies(3, { REDIS_URL: redis.url }); }, 90_000);
  afterAll(async () => { await c?.stop(); });

  it('WHEN one copy is killed with SIGKILL mid-load THEN every event a survivor accepted is answered, and none twice', { timeout: 60_000 }, async () => {
    const KILLED = 1;
    const WAVES = 9;
    const PER_WAVE = 5;
    const events = Array.from({ length: WAVES * PER_WAVE }, (_, i) => mention(`is redmi sold in spain? (${i})`, { user: `U0LOAD${String(i).padStart(4, '0')}` }));
    const pending: Promise<Delivery[]>[] = [];
    for (let w = 0; w < WAVES; w++) {
      for (const e of events.slice(w * PER_WAVE, (w + 1) * PER_WAVE)) pending.push(deliver(c, JSON.stringify(eventCallback(e))));
      if (w === 3) {
        c.apps[KILLED]!.bot.signal('SIGKILL');
        // The load balancer's health check notices a little later.
        setTimeout(() => c.proxy.drop(KILLED), 300);
      }
      await sleep(100);
    }
    const deliveries = await Promise.all(pending);
    expect((await c.apps[KILLED]!.bot.exited).signal).toBe('SIGKILL');
    expect(c.proxy.counts[KILLED], 'the killed copy had taken some of the load').toBeGreaterThan(0);

    const acceptedBySurvivor = events.filter((_, i) => deliveries[i]!.some((d) => d.status === 200 && d.upstream !== KILLED));
    expect(acceptedBySurvivor.length, 'most events reached a survivor').toBeGreaterThan(events.length / 2);
    const posts = (): number => acceptedBySurvivor.filter((e) => postsIn(c.fake, String(e.ts)).length > 0).length;
    await c.fake.waitFor(() => (posts() === acceptedBySurvivor.length ? true : undefined), 'an answer to every event a survivor accepted', 15_000)
      .catch(() => undefined);
    await c.fake.settle(300);
    report('replicas, one of 3 copies killed mid-load', {
      events: events.length, perCopy: c.proxy.counts, acceptedBySurvivor: acceptedBySurvivor.length,
      retried: deliveries.filter((d) => d.length > 1).length, answered: events.filter((e) => postsIn(c.fake, String(e.ts)).length > 0).length,
    });
    const unanswered = acceptedBySurvivor.filter((e) => postsIn(c.fake, String(e.ts)).length === 0).map((e) => e.text);
    expect(unanswered, 'accepted by a survivor, never answered').toEqual([]);
    const twice = events.filter((e) => postsIn(c.fake, String(e.ts)).length > 1).map((e) => e.text);
    expect(twice, 'answered more than once').toEqual([]);
  });
});

describe('GIVEN two copies whose Redis stops mid-load and comes back', () => {
  let own: TestRedis;
  let c: Copies;
  beforeAll(async () => {
    // Its own server: this test stops it.
    own = await startRedis();
    c = await startCopies(2, { REDIS_URL: own.url });
  }, 60_000);
  afterAll(async () => { await c?.stop(); await own?.stop(); });

  const health = async (app: SlackProcess): Promise<{ code: number; status: unknown; store: unknown }> => {
    const res = await fetch(`http://127.0.0.1:${app.port}/healthz`);
    const body = (await res.json()) as { status?: unknown; store?: unknown };
    return { code: res.status, status: body.status, store: body.store };
  };
  const logged = (app: SlackProcess, msg: string) => app.bot.logs().filter((l) => l.msg === msg);
  const until = async (probe: () => boolean | Promise<boolean>, what: string, timeoutMs: number): Promise<void> => {
    const deadline = Date.now() + timeoutMs;
    while (!(await probe())) {
      if (Date.now() > deadline) throw new Error(`never: ${what}`);
      await sleep(100);
    }
  };

  it('THEN answers go on, each copy logs degraded once and /healthz says degraded, and after the restart one "back" line and ok', { timeout: 60_000 }, async () => {
    for (const app of c.apps) expect(await health(app)).toEqual({ code: 200, status: 'ok', store: { kind: 'redis', health: 'ok' } });
    let running = true;
    const asked: { ts: string; reply: Promise<Sent & { upstream: number }> }[] = [];
    const commands: Promise<Sent & { upstream: number }>[] = [];
    const load = (async () => {
      for (let i = 0; running; i++) {
        const e = mention(`redmi in sweden? (${i})`, { user: `U0DGRD${String(i).padStart(4, '0')}` });
        asked.push({ ts: String(e.ts), reply: c.send(JSON.stringify(eventCallback(e)), JSON_TYPE) });
        commands.push(c.send(asForm(slashCommand(`redmi in italy? (${i})`, c.fake.responseUrl(`dg-${i}`), `U0DGRC${String(i).padStart(4, '0')}`)), FORM));
        await sleep(150);
      }
    })();

    await sleep(1000);
    await own.stop();
    const sentBeforeStop = asked.length;
    await until(() => c.apps.every((a) => logged(a, DEGRADED).length > 0), 'every copy logs that Redis is unreachable', 10_000);
    const during = await Promise.all(c.apps.map(health));
    await sleep(1500);
    const sentWhileDown = asked.length - sentBeforeStop;
    await own.restart();
    await until(() => c.apps.every((a) => logged(a, BACK).length > 0), 'every copy logs that Redis is back', 15_000);
    await until(async () => (await Promise.all(c.apps.map(health))).every((h) => h.status === 'ok'), '/healthz ok on every copy', 10_000);
    await sleep(600);
    running = false;
    await load;

    expect(sentWhileDown, 'questions asked while Redis was down').toBeGreaterThan(3);
    // Degraded, yet still 200: a Redis gone degrades every copy alike, and a load balancer that took them all out would stop the answers.
    expect(during, '/healthz while Redis is down').toEqual(c.apps.map(() => ({ code: 200, status: 'degraded', store: { kind: 'redis', health: 'degraded' } })));
    report('replicas, redis stopped mid-load', { mentions: asked.length, sentWhileDown });
    for (const app of c.apps) {
      expect(logged(app, DEGRADED)).toHaveLength(1);
      expect(logged(app, DEGRADED)[0]?.level).toBe(50);
      expect(logged(app, BACK)).toHaveLength(1);
      expect(app.bot.logIndex(DEGRADED)).toBeLessThan(app.bot.logIndex(BACK));
    }
    const replies = await Promise.all(asked.map((a) => a.reply));
    expect(replies.map((r) => r.status)).toEqual(replies.map(() => 200));
    await c.fake.waitFor(() => (asked.every((a) => postsIn(c.fake, a.ts).length > 0) ? true : undefined), 'an answer to every mention', 15_000)
      .catch(() => undefined);
    await c.fake.settle(300);
    expect(asked.filter((a) => postsIn(c.fake, a.ts).length !== 1).map((a) => `${a.ts}: ${postsIn(c.fake, a.ts).length} answers`)).toEqual([]);
    const answeredInAck = (await Promise.all(commands)).map((r) => r.status === 200 && r.text.includes('Redmi smartphones'));
    expect(answeredInAck.every(Boolean), 'every slash command answered in its ack').toBe(true);
  });
});

describe('GIVEN two copies without REDIS_URL (the default: each its own memory)', () => {
  let c: Copies;
  beforeAll(async () => { c = await startCopies(2, {}); }, 60_000);
  afterAll(async () => { await c?.stop(); });

  it('WHEN an event and its retry land on different copies THEN each copy answers it: they share nothing', async () => {
    const event = mention('is redmi sold in italy?', { user: 'U00000BASE' });
    const body = JSON.stringify(eventCallback(event));
    const first = await c.send(body, JSON_TYPE);
    const retry = await c.send(body, JSON_TYPE, RETRY(1));
    expect([first.status, retry.status]).toEqual([200, 200]);
    expect(retry.upstream).not.toBe(first.upstream);
    const answers = await answersIn(c.fake, String(event.ts), 2);
    expect(answers).toHaveLength(2);
  });
});
