// The Slack app's edges, where a bad request, a slow or refusing Slack, or a
// dropped socket meets Bolt: the real App, Bolt's receivers and WebClient,
// against the fake Slack on 127.0.0.1. Each case is one bad thing that once
// stopped the app, hung it, or flooded its log.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { webApi } from '@slack/bolt';
import { createCore, openCatalog, type Core } from '../../../src/index.js';
import type { SharedConfig } from '../../../adapters/shared/config.js';
import { FatalError } from '../../../adapters/shared/fatal.js';
import { healthOf } from '../../../adapters/shared/health.js';
import { createLogger } from '../../../adapters/shared/logger.js';
import { startSlack, type SlackRunning, type SlackStartOptions } from '../../../adapters/slack/app.js';
import { readSlackConfig, slackSecrets } from '../../../adapters/slack/config.js';
import { Sampled } from '../../../adapters/slack/sampled.js';
import { OFFLINE_LIMIT_MS } from '../../../adapters/slack/socket.js';
import { slackClientOptions, sendWithin, MAX_ANSWER_AGE_MS } from '../../../adapters/slack/webClient.js';
import { FakeSlack } from '../../fakes/slack/fakeSlack.js';
import { asForm, asPayload, FORM, JSON_TYPE, sendSigned, slackSignature } from '../../fakes/slack/signed.js';
import { blockActions, blockSuggestion, globalShortcut, slashCommand, viewSubmission } from '../../fixtures/slack/payloads.js';
import { blockText, type Message } from './answers.js';
import { buildCatalog, SECRETS, SHIPPED_CATALOG, type Catalog } from './harness.js';
import { MemoryStore } from '../../../adapters/state/memory.js';

interface Edge {
  fake: FakeSlack;
  running: SlackRunning;
  core: Core;
  logs: Record<string, unknown>[];
  fatal: FatalError[];
  url: string;
  stop(): Promise<void>;
}

let catalog: Catalog;
beforeAll(async () => { catalog = await buildCatalog(); });
afterAll(() => catalog?.remove());

/** The real startSlack, with the fatal callback and the test-only options the shared harness does not pass. */
async function startEdge(mode: 'http' | 'socket', options: SlackStartOptions = {}, prepare?: (fake: FakeSlack) => void): Promise<Edge> {
  const fake = await FakeSlack.start();
  prepare?.(fake);
  const core = createCore({ catalog: openCatalog(catalog.file) });
  const env = mode === 'socket'
    ? { SLACK_BOT_TOKEN: SECRETS.botToken, SLACK_APP_TOKEN: SECRETS.appToken, SLACK_API_URL: fake.apiUrl }
    : { SLACK_BOT_TOKEN: SECRETS.botToken, SLACK_SIGNING_SECRET: SECRETS.signingSecret, SLACK_API_URL: fake.apiUrl };
  const config = readSlackConfig(env);
  const logs: Record<string, unknown>[] = [];
  const logger = createLogger('debug', slackSecrets(config), { write: (line: string) => { logs.push(JSON.parse(line) as Record<string, unknown>); } });
  const shared: SharedConfig = {
    catalogDir: SHIPPED_CATALOG, catalogDb: catalog.file, logLevel: 'debug', rateLimit: { max: 1000, windowMs: 10_000 }, memoryTtlMs: 600_000,
  };
  const fatal: FatalError[] = [];
  try {
    const running = await startSlack({ core, config, shared, logger, fatal: (err) => { fatal.push(err); }, state: new MemoryStore(), options: { host: '127.0.0.1', port: 0, ...options } });
    return {
      fake, running, core, logs, fatal, url: `http://127.0.0.1:${running.port ?? 0}`,
      stop: async () => { await running.stop(); await fake.close(); core.close(); },
    };
  } catch (err) {
    await fake.close();
    core.close();
    throw err;
  }
}

const signed = { secret: SECRETS.signingSecret };
const within = <T>(ms: number, what: string, p: Promise<T>): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms); });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
};
/** For what the fake does not see (log lines, fatal reports): checks every 20 ms. */
async function until(probe: () => boolean, what: string, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!probe()) {
    if (Date.now() > end) throw new Error(`never happened: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
const atWarnOrAbove = (logs: Record<string, unknown>[]): Record<string, unknown>[] => logs.filter((l) => (l.level as number) >= 40);
const messages = (logs: Record<string, unknown>[], msg: string): Record<string, unknown>[] => logs.filter((l) => l.msg === msg);

/** A signed POST of any size, as a stream (chunked, no content-length) or with its length declared. */
function postRaw(url: string, body: Buffer, o: { chunked: boolean; sign: boolean }): Promise<{ status: number }> {
  const ts = Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': JSON_TYPE, 'x-slack-request-timestamp': String(ts),
    'x-slack-signature': o.sign ? slackSignature(SECRETS.signingSecret, ts, body.toString('utf8')) : 'v0=00',
  };
  if (!o.chunked) headers['content-length'] = String(body.length);
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0 }));
    });
    // The app may answer and close before the whole body is sent: the status is what counts.
    req.on('error', (err: NodeJS.ErrnoException) => (['EPIPE', 'ECONNRESET'].includes(err.code ?? '') ? undefined : reject(err)));
    const step = 64 * 1024;
    let at = 0;
    const more = (): void => {
      while (at < body.length) {
        const chunk = body.subarray(at, at + step);
        at += step;
        if (!req.write(chunk)) { req.once('drain', more); return; }
      }
      req.end();
    };
    more();
  });
}

describe('GIVEN the HTTP app', () => {
  let e: Edge;
  beforeAll(async () => { e = await startEdge('http'); });
  afterAll(async () => { await e?.stop(); });
  const events = () => `${e.url}/slack/events`;
  const command = async (text: string): Promise<Message> => {
    const res = await sendSigned(events(), asForm(slashCommand(text, e.fake.responseUrl('c'))), FORM, signed);
    expect(res.status).toBe(200);
    return res.json as Message;
  };

  test('WHEN signed bodies are JSON but no object (null, [], "x", 42, true, payload=null …) THEN each gets 400 at once, one log line in all, and the app answers on', async () => {
    const before = e.logs.length;
    const odd: [string, string][] = [
      ['null', JSON_TYPE], ['[]', JSON_TYPE], ['[{"type":"event_callback"}]', JSON_TYPE], ['"x"', JSON_TYPE], ['42', JSON_TYPE], ['true', JSON_TYPE],
      [asForm({ payload: 'null' }), FORM], [asForm({ payload: '[1]' }), FORM], [asForm({ payload: '"s"' }), FORM], [asForm({ payload: '7' }), FORM],
    ];
    for (const [body, type] of odd) {
      const res = await within(1000, body, sendSigned(events(), body, type, signed));
      expect(res.status, body).toBe(400);
    }
    const lines = e.logs.slice(before);
    expect(messages(lines, 'slack: a signed request whose body is not a JSON object was refused')).toHaveLength(1);
    expect(lines.filter((l) => (l.level as number) >= 50)).toEqual([]);
    expect(blockText(await command('redmi in italy'))).toContain('Redmi smartphones — ');
  });

  test('WHEN the same odd bodies come unsigned THEN they get 401, as any forged request', async () => {
    const res = await sendSigned(events(), 'null', JSON_TYPE, { ...signed, signature: 'v0=deadbeef' });
    expect(res.status).toBe(401);
  });

  test('WHEN Slack checks the TLS endpoint (ssl_check=1, unsigned by design) THEN it still gets 200', async () => {
    const res = await fetch(events(), { method: 'POST', headers: { 'content-type': FORM }, body: asForm({ ssl_check: '1', token: 'x' }) });
    expect(res.status).toBe(200);
  });

  test('WHEN a signed body is an object of no kind Bolt knows ({}, {"event":"x"}) THEN it is acknowledged at once, without an error line', async () => {
    const before = e.logs.length;
    for (const body of ['{}', '{"type":"nothing_we_know"}', '{"event":"x"}', '{"event":null}']) {
      const res = await within(1000, body, sendSigned(events(), body, JSON_TYPE, signed));
      expect(res.status, body).toBeLessThan(500);
    }
    expect(e.logs.slice(before).filter((l) => (l.level as number) >= 50)).toEqual([]);
  });

  test('WHEN a body is larger than the limit THEN 413 at once, streamed or declared, signed or not, with one log line each', async () => {
    const big = Buffer.alloc(600 * 1024, 'a');
    const before = e.logs.length;
    expect((await within(3000, 'declared', postRaw(events(), big, { chunked: false, sign: false }))).status).toBe(413);
    expect((await within(3000, 'streamed', postRaw(events(), big, { chunked: true, sign: true }))).status).toBe(413);
    const lines = messages(e.logs.slice(before), 'slack: request body over the limit refused');
    expect(lines.length).toBeGreaterThanOrEqual(1);
    expect(lines.length).toBeLessThanOrEqual(2);
    expect(lines[0]).toMatchObject({ limitBytes: 512 * 1024 });
  });

  test('WHEN a body is under the limit (300 KB) but forged THEN it is read and refused with 401, not 413', async () => {
    expect((await postRaw(events(), Buffer.alloc(300 * 1024, 'b'), { chunked: false, sign: false })).status).toBe(401);
  });

  test('WHEN 50 forged requests arrive THEN all get 401 and the log holds one line for them, not 50', async () => {
    const before = e.logs.length;
    for (let i = 0; i < 50; i++) {
      const res = await sendSigned(events(), asForm(slashCommand(`forged ${i}`, 'http://127.0.0.1:9/')), FORM, { ...signed, signature: `v0=${'0'.repeat(64)}` });
      expect(res.status).toBe(401);
    }
    const lines = e.logs.slice(before);
    // One line a minute: the forged requests of the tests above, all within it, share a single line.
    expect(messages(e.logs, 'slack: requests with a bad or stale signature refused (401)')).toHaveLength(1);
    // Nor does Bolt add a line of its own per request.
    expect(atWarnOrAbove(lines)).toHaveLength(0);
  });

  test.each([
    ['an unknown button', () => asPayload(blockActions({ action_id: 'no_such_action', value: 'x', text: 'x' }, 'http://127.0.0.1:9/r', { ephemeral: true }))],
    ['an unknown shortcut', () => asPayload(globalShortcut('no_such_shortcut'))],
    ['a view submission of an unknown view', () => asPayload({ ...viewSubmission({ product: 'redmi-phones' }), view: { ...(viewSubmission({}).view as object), callback_id: 'no_such_view' } })],
    ['a view_closed nobody listens to', () => asPayload({ ...viewSubmission({}), type: 'view_closed' })],
    ['a block_suggestion for an unknown menu', () => asPayload(blockSuggestion('no_such_menu', 'swe'))],
    ['a message shortcut nobody knows', () => asPayload({ ...globalShortcut('no_such_message_action'), type: 'message_action', channel: { id: 'C1' }, message: { ts: '1.2' } })],
  ])('WHEN %s arrives THEN it is acknowledged with 200 within 1 s, and no warn or error line', async (_what, body) => {
    const before = e.logs.length;
    const res = await within(1000, _what, sendSigned(events(), body(), FORM, signed));
    expect(res.status).toBe(200);
    expect(atWarnOrAbove(e.logs.slice(before))).toEqual([]);
  });

  test('WHEN /healthz is asked THEN it says ok, the Slack platform connected, and what the catalog holds', async () => {
    const res = await fetch(`${e.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', serving: true, platforms: { slack: 'connected' }, catalog: e.core.info(), store: { kind: 'memory', health: 'ok' } });
  });
});

describe('GIVEN the Web API client options', () => {
  let fake: FakeSlack;
  let logs: Record<string, unknown>[];
  beforeAll(async () => { fake = await FakeSlack.start(); });
  afterAll(async () => { await fake?.close(); });
  const client = (o: Parameters<typeof slackClientOptions>[2] = {}): webApi.WebClient => {
    logs = [];
    const log = createLogger('debug', [SECRETS.botToken], { write: (l: string) => { logs.push(JSON.parse(l) as Record<string, unknown>); } });
    return new webApi.WebClient(SECRETS.botToken, slackClientOptions(log, fake.apiUrl, o));
  };

  test('WHEN a call gets 503 twice THEN it is retried twice, each retry logged with method and attempt, and succeeds', async () => {
    let failures = 2;
    fake.replyRaw('chat.postMessage', () => (failures-- > 0 ? { status: 503, body: { ok: false } } : undefined));
    try {
      const res = await within(6000, 'the retried call', client().chat.postMessage({ channel: 'C1', text: 'hi' }));
      expect(res.ok).toBe(true);
      const retries = messages(logs, 'slack api call retried');
      expect(retries.map((l) => [l.method, l.attempt])).toEqual([['chat.postMessage', 2], ['chat.postMessage', 3]]);
      expect(JSON.stringify(logs)).not.toContain(SECRETS.botToken);
    } finally {
      fake.replyRaw('chat.postMessage', undefined);
    }
  });

  test('WHEN Slack keeps failing THEN the call gives up after 3 attempts within a few seconds', async () => {
    fake.replyRaw('chat.update', () => ({ status: 502, body: { ok: false } }));
    const before = fake.callsTo('chat.update').length;
    try {
      await expect(within(8000, 'the failing call', client().chat.update({ channel: 'C1', ts: '1.1', text: 'x' }))).rejects.toThrow(/chat\.update/);
      expect(fake.callsTo('chat.update').length - before).toBe(3);
    } finally {
      fake.replyRaw('chat.update', undefined);
    }
  });

  test('WHEN Slack does not answer THEN the call fails at the timeout, naming the method and the URL', async () => {
    fake.hang('chat.delete');
    try {
      await expect(within(3000, 'the hung call', client({ timeoutMs: 300 }).chat.delete({ channel: 'C1', ts: '1.1' })))
        .rejects.toThrow(`chat.delete at ${fake.apiUrl} did not answer within 0.3 s`);
    } finally {
      fake.hang('chat.delete', false);
    }
  });

  test('WHEN respond() posts to a response URL that cannot be reached THEN the retries and the error name its origin, never its secret path', async () => {
    const closed = await FakeSlack.start();
    const url = closed.responseUrl('T000/B000/s3cretResponsePath');
    await closed.close();
    logs = [];
    const log = createLogger('debug', [], { write: (l: string) => { logs.push(JSON.parse(l) as Record<string, unknown>); } });
    const respondFetch = slackClientOptions(log, fake.apiUrl, { retryDelaysMs: [10, 10] }).fetch!;
    const origin = new URL(url).origin;
    await expect(respondFetch(url, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } }))
      .rejects.toThrow(`response_url at ${origin} failed: connection refused (ECONNREFUSED)`);
    expect(messages(logs, 'slack api call retried').map((l) => l.method)).toEqual(['response_url', 'response_url']);
    expect(JSON.stringify(logs)).not.toContain('s3cretResponsePath');
  });

  test('WHEN one channel is rate limited (429, Retry-After 3) THEN another channel is answered at once, and the first after its Retry-After', async () => {
    let limited = true;
    fake.replyRaw('chat.postMessage', (args) => {
      if (args.channel !== 'CSLOW' || !limited) return undefined;
      limited = false;
      return { status: 429, headers: { 'retry-after': '3' }, body: { ok: false, error: 'ratelimited' } };
    });
    try {
      const c = client();
      const since = Date.now();
      const log = createLogger('silent');
      // The client has read the 429 once it says so; the other channel's call goes out only after that.
      const limitedSeen = new Promise<void>((resolve) => { c.once(webApi.WebClientEvent.RATE_LIMITED, () => setImmediate(resolve)); });
      const slow = sendWithin(log, 'answer', since, () => c.chat.postMessage({ channel: 'CSLOW', text: 'a' }));
      await limitedSeen;
      const fast = await sendWithin(log, 'answer', since, () => c.chat.postMessage({ channel: 'CFAST', text: 'b' }));
      expect(fast).not.toBe('dropped');
      const calls = fake.callsTo('chat.postMessage');
      const first = calls.find((x) => x.args.channel === 'CSLOW')!;
      const other = calls.find((x) => x.args.channel === 'CFAST')!;
      // Held behind the rate limit, the other channel's answer would arrive 3 s after the 429 or later.
      expect(other.at - first.at).toBeLessThan(2000);
      expect(await slow).not.toBe('dropped');
      const again = fake.callsTo('chat.postMessage').filter((x) => x.args.channel === 'CSLOW');
      expect(again).toHaveLength(2);
      expect(again[1]!.at - first.at).toBeGreaterThanOrEqual(2900);
    } finally {
      fake.replyRaw('chat.postMessage', undefined);
    }
  });
});

describe('GIVEN sendWithin and the maximum answer age', () => {
  const collect = () => {
    const lines: Record<string, unknown>[] = [];
    return { lines, log: createLogger('debug', [], { write: (l: string) => { lines.push(JSON.parse(l) as Record<string, unknown>); } }) };
  };
  const rateLimited = (seconds: number) => Object.assign(new Error('rate limited'), { code: webApi.ErrorCode.RateLimitedError, retryAfter: seconds });

  test('WHEN the question arrived more than 60 s ago THEN nothing is sent and the drop is logged', async () => {
    const { lines, log } = collect();
    let sent = 0;
    const out = await sendWithin(log, 'mention answer', 1_000, async () => { sent++; return 'ok'; }, () => 1_000 + MAX_ANSWER_AGE_MS + 1);
    expect(out).toBe('dropped');
    expect(sent).toBe(0);
    expect(messages(lines, 'slack: answer dropped: too old to post')[0]).toMatchObject({ what: 'mention answer' });
  });

  test('WHEN a rate limit would push the answer past 60 s THEN it is dropped after the first try, not retried late', async () => {
    const { lines, log } = collect();
    let sent = 0;
    let now = 0;
    const out = await sendWithin(log, 'dm answer', 0, async () => { sent++; throw rateLimited(90); }, () => now);
    expect(out).toBe('dropped');
    expect(sent).toBe(1);
    expect(messages(lines, 'slack: answer dropped: too old to post')[0]).toMatchObject({ what: 'dm answer', retryAfterS: 90 });
    now = 1;
  });

  test('WHEN a call fails otherwise THEN the error is the caller\'s to handle', async () => {
    const { log } = collect();
    await expect(sendWithin(log, 'x', Date.now(), async () => { throw new Error('channel_not_found'); })).rejects.toThrow('channel_not_found');
  });
});

describe('GIVEN a start against a Slack that does not answer or cannot be reached', () => {
  test('WHEN auth.test never answers THEN the start fails at the timeout, naming SLACK_BOT_TOKEN and the URL', async () => {
    const failed = startEdge('http', { apiTimeoutMs: 300 }, (fake) => { fake.hang('auth.test'); });
    await expect(within(5000, 'the start', failed)).rejects.toThrow(/^SLACK_BOT_TOKEN: auth\.test at http:\/\/127\.0\.0\.1:\d+\/api\/ did not answer within 0\.3 s$/);
  });

  test('WHEN the Web API URL refuses connections THEN the start fails naming SLACK_BOT_TOKEN and the URL, not "fetch failed"', async () => {
    const fake = await FakeSlack.start();
    const url = fake.apiUrl;
    await fake.close();
    const core = createCore({ catalog: openCatalog(catalog.file) });
    try {
      const config = readSlackConfig({ SLACK_BOT_TOKEN: SECRETS.botToken, SLACK_SIGNING_SECRET: SECRETS.signingSecret, SLACK_API_URL: url });
      const shared: SharedConfig = { catalogDir: SHIPPED_CATALOG, catalogDb: catalog.file, logLevel: 'silent', rateLimit: { max: 5, windowMs: 10_000 }, memoryTtlMs: 1000 };
      const start = startSlack({ core, config, shared, logger: createLogger('silent'), fatal: () => {}, state: new MemoryStore(), options: { host: '127.0.0.1', port: 0 } });
      await expect(within(8000, 'the start', start)).rejects.toThrow(new RegExp(`^SLACK_BOT_TOKEN: auth\\.test at ${url.replace(/[.]/g, '\\.')} failed: .*ECONNREFUSED`));
    } finally {
      core.close();
    }
  });
});

describe('GIVEN the Socket Mode app', () => {
  let e: Edge;
  beforeAll(async () => { e = await startEdge('socket'); });
  afterAll(async () => { await e?.stop(); });
  const command = async (text: string): Promise<Message> => (await e.fake.envelope('slash_commands', slashCommand(text, e.fake.responseUrl('s')))).payload as Message;

  test('THEN a health line says it is connected, with the catalog version', () => {
    expect(messages(e.logs, 'slack health')[0]).toMatchObject({ slack: 'connected', catalog: e.core.info().version });
  });

  test('WHEN envelopes arrive that are no object, or lack their payload THEN the app stays up, acks those with an id, and answers on', async () => {
    const before = e.logs.length;
    const odd = [
      'null', '42', '"x"', '[]', '[{"type":"events_api"}]', 'not json',
      '{"envelope_id":"odd-1","type":"events_api"}', '{"envelope_id":"odd-2","type":"events_api","payload":{}}',
      '{"envelope_id":"odd-3","type":"events_api","payload":{"event":null}}', '{"envelope_id":"odd-4","type":"slash_commands","payload":null}',
      '{"envelope_id":"odd-5","type":"interactive","payload":"x"}', '{"envelope_id":"odd-6","type":"interactive","payload":[]}',
    ];
    for (const text of odd) await e.fake.sendRaw(text);
    for (const id of ['odd-1', 'odd-2', 'odd-3', 'odd-4', 'odd-5', 'odd-6']) {
      await e.fake.waitFor(() => (e.fake.acksOf(id).length > 0 ? true : undefined), `the ack of ${id}`, 1000);
    }
    expect(blockText(await command('redmi in italy'))).toContain('Redmi smartphones — ');
    expect(e.logs.slice(before).filter((l) => (l.level as number) >= 50)).toEqual([]);
  });

  test('WHEN an unknown button or shortcut arrives THEN it is acked within 1 s', async () => {
    const press = blockActions({ action_id: 'no_such_action', value: 'x', text: 'x' }, e.fake.responseUrl('u'), { ephemeral: true });
    await within(1000, 'unknown action', e.fake.envelope('interactive', press));
    await within(1000, 'unknown shortcut', e.fake.envelope('interactive', globalShortcut('no_such_shortcut')));
  });

  test('WHEN Slack drops the connection THEN the app reconnects, logs its health both ways, and answers', async () => {
    const opened = e.fake.callsTo('apps.connections.open').length;
    e.fake.dropSockets();
    await e.fake.waitFor(() => (e.fake.callsTo('apps.connections.open').length > opened && e.fake.socketCount === 1 ? true : undefined), 'a new connection', 5000);
    await until(() => messages(e.logs, 'slack health').filter((l) => l.slack === 'connected').length >= 2, 'the health line', 2000);
    expect(messages(e.logs, 'slack health').some((l) => l.slack === 'disconnected')).toBe(true);
    expect(blockText(await command('redmi in spain'))).toContain('Redmi smartphones — ');
    expect(e.fatal).toEqual([]);
  });
});

describe('GIVEN a Socket Mode app whose app token is revoked while it runs', () => {
  test('WHEN it reconnects and Slack says invalid_auth THEN it reports one FatalError naming SLACK_APP_TOKEN, and no unhandled rejection', async () => {
    const rejections: unknown[] = [];
    const onRejection = (err: unknown): void => { rejections.push(err); };
    process.on('unhandledRejection', onRejection);
    const e = await startEdge('socket');
    try {
      e.fake.reply('apps.connections.open', () => ({ ok: false, error: 'invalid_auth' }));
      e.fake.dropSockets();
      await until(() => e.fatal.length > 0, 'the fatal report', 5000);
      expect(e.fatal).toHaveLength(1);
      expect(e.fatal[0]).toBeInstanceOf(FatalError);
      expect(e.fatal[0]!.message).toBe('SLACK_APP_TOKEN: Slack refused it at reconnect (invalid_auth)');
      await e.fake.settle(300);
      expect(rejections).toEqual([]);
      expect(JSON.stringify(e.logs)).not.toContain(SECRETS.appToken);
    } finally {
      process.off('unhandledRejection', onRejection);
      await e.stop();
    }
  });
});

describe('GIVEN a Socket Mode app whose reconnects fail for a while', () => {
  test('WHEN apps.connections.open answers 503 for a while THEN the app keeps trying, says so, and reconnects', async () => {
    const e = await startEdge('socket');
    try {
      let failures = 4;
      e.fake.replyRaw('apps.connections.open', () => (failures-- > 0 ? { status: 503, body: { ok: false } } : undefined));
      e.fake.dropSockets();
      await until(() => e.fake.socketCount === 1 && failures < 0, 'a new connection', 15_000);
      expect(messages(e.logs, 'slack: Socket Mode reconnect failed, trying again').length).toBeGreaterThanOrEqual(1);
      expect(e.fatal).toEqual([]);
      expect(blockText((await e.fake.envelope('slash_commands', slashCommand('redmi in italy', e.fake.responseUrl('r')))).payload as Message)).toContain('Redmi');
    } finally {
      await e.stop();
    }
  });

  test('WHEN no connection comes back for 5 minutes THEN it is fatal, naming SLACK_APP_TOKEN', async () => {
    let offset = 0;
    const e = await startEdge('socket', { clock: () => Date.now() + offset }, (fake) => {
      let opened = 0;
      // The first call is the start's; after the drop, each one fails and time jumps past the limit.
      fake.replyRaw('apps.connections.open', () => {
        if (++opened === 1) return undefined;
        offset += OFFLINE_LIMIT_MS;
        return { status: 503, body: { ok: false } };
      });
    });
    try {
      e.fake.dropSockets();
      await until(() => e.fatal.length > 0, 'the fatal report', 15_000);
      expect(e.fatal[0]!.message).toMatch(/^SLACK_APP_TOKEN: no Socket Mode connection for 5 minutes \(apps\.connections\.open at http:\/\/127\.0\.0\.1:\d+\/api\/ failed: HTTP 503\)$/);
    } finally {
      await e.stop();
    }
  });
});

describe('GIVEN the log sampler', () => {
  test('THEN the first event is written, the next ones within a minute are counted, and the count comes with the next line', () => {
    let now = 0;
    const sampled = new Sampled(60_000, () => now);
    const written: number[] = [];
    for (let i = 0; i < 10; i++) sampled.note((n) => written.push(n));
    expect(written).toEqual([0]);
    now = 59_999;
    sampled.note((n) => written.push(n));
    expect(written).toEqual([0]);
    now = 60_000;
    sampled.note((n) => written.push(n));
    expect(written).toEqual([0, 10]);
  });
});

describe('GIVEN the health report', () => {
  const info = { version: 'abc', products: 1, retailers: 1, countries: 1, sources: 1, latest: null, facts: 0 };
  test('THEN it is ok only when every platform is connected and the catalog answers', () => {
    expect(healthOf({ slack: 'connected' }, { info: () => info })).toEqual({ status: 'ok', serving: true, platforms: { slack: 'connected' }, catalog: info, store: null });
    expect(healthOf({ slack: 'stopping' }, { info: () => info })).toMatchObject({ status: 'degraded', serving: false });
    expect(healthOf({ slack: 'connected' }, { info: () => { throw new Error('closed'); } })).toEqual({ status: 'degraded', serving: false, platforms: { slack: 'connected' }, catalog: null, store: null });
  });

  test('THEN a state store that went away makes it degraded, while this copy still serves', () => {
    const away = { kind: 'redis' as const, health: () => 'degraded' as const };
    expect(healthOf({ slack: 'connected' }, { info: () => info }, away)).toEqual({
      status: 'degraded', serving: true, platforms: { slack: 'connected' }, catalog: info, store: { kind: 'redis', health: 'degraded' },
    });
  });
});
