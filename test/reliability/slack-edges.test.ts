// `npm start` as a process, against the fake Slack on 127.0.0.1, at the edges
// that used to end it or hang it: a validly signed `null` body, a broken Socket
// Mode envelope, an app token revoked while running, an auth.test that never
// answers (with and without a SIGTERM), a Web API URL that refuses connections.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT, FakeSlack } from '../fakes/slack/fakeSlack.js';
import { asForm, FORM, JSON_TYPE, sendSigned } from '../fakes/slack/signed.js';
import { appMention, eventCallback, slashCommand } from '../fixtures/slack/payloads.js';
import { SHIPPED_CATALOG, buildCatalog } from '../helpers/catalog.js';
import { BotProcess, builtEntry, runToExit, type Build } from './botProcess.js';
import { freePort, PROCESS_SECRETS, startSlackProcess, startSlackSocketProcess } from './slackProcess.js';

let build: Build;
let catalogDb: string;
const cleanup: (() => Promise<void>)[] = [];
beforeAll(async () => {
  build = builtEntry();
  catalogDb = await buildCatalog(SHIPPED_CATALOG);
}, 120_000);
afterAll(async () => { for (const c of cleanup.reverse()) await c(); });

const secret = { secret: PROCESS_SECRETS.signingSecret };
const noSecrets = (output: string): void => {
  for (const s of Object.values(PROCESS_SECRETS)) expect(output).not.toContain(s);
};

describe('GIVEN npm start in HTTP mode', () => {
  it('WHEN validly signed bodies are JSON null, an array, a string, or payload=null THEN each gets 400, the bot answers on, and SIGTERM still exits 0', async () => {
    const app = await startSlackProcess(build.main, catalogDb, { LOG_LEVEL: 'info' });
    cleanup.push(async () => { await app.bot.kill(); await app.fake.close(); });
    for (const [body, type] of [['null', JSON_TYPE], ['[]', JSON_TYPE], ['"x"', JSON_TYPE], [asForm({ payload: 'null' }), FORM]] as const) {
      expect((await sendSigned(app.url, body, type, secret)).status, body).toBe(400);
    }
    const answered = await sendSigned(app.url, asForm(slashCommand('redmi in italy', app.fake.responseUrl('after-null'))), FORM, secret);
    expect(answered.status).toBe(200);
    expect(answered.text).toContain('Redmi smartphones');
    const health = await fetch(`http://127.0.0.1:${app.port}/healthz`);
    expect(await health.json()).toMatchObject({ status: 'ok', platforms: { slack: 'connected' } });

    app.bot.signal('SIGTERM');
    const exit = await app.bot.exited;
    expect(exit, app.bot.stderr.slice(-2000)).toEqual({ code: 0, signal: null });
    expect(app.bot.logs().filter((l) => (l.level as number) >= 50)).toEqual([]);
    noSecrets(app.bot.output);
  });
});

describe('GIVEN npm start in Socket Mode', () => {
  it('WHEN envelopes arrive as null, without a payload, or not JSON THEN the bot stays up and answers the next mention', async () => {
    const app = await startSlackSocketProcess(build.main, catalogDb);
    cleanup.push(async () => { await app.bot.kill(); await app.fake.close(); });
    for (const text of ['null', '{"envelope_id":"e-1","type":"events_api"}', '{"envelope_id":"e-2","type":"interactive","payload":null}', '[]', '}{']) {
      await app.fake.sendRaw(text);
    }
    const posted = app.fake.callsTo('chat.postMessage').length;
    await app.fake.envelope('events_api', eventCallback(appMention(`<@${BOT.userId}> redmi in spain`)));
    await app.fake.waitFor(() => app.fake.callsTo('chat.postMessage')[posted], 'the answer to the mention', 5000);
    expect(app.fake.acksOf('e-1')).toHaveLength(1);
    expect(app.fake.acksOf('e-2')).toHaveLength(1);
    app.bot.signal('SIGTERM');
    expect(await app.bot.exited, app.bot.stderr.slice(-2000)).toEqual({ code: 0, signal: null });
    expect(app.bot.logs().filter((l) => (l.level as number) >= 50)).toEqual([]);
  });

  it('WHEN the app token is revoked and Slack drops the socket THEN one error line names SLACK_APP_TOKEN, the bot stops cleanly, exit 1', async () => {
    const app = await startSlackSocketProcess(build.main, catalogDb);
    cleanup.push(async () => { await app.bot.kill(); await app.fake.close(); });
    app.fake.reply('apps.connections.open', () => ({ ok: false, error: 'invalid_auth' }));
    app.fake.dropSockets();
    const exit = await app.bot.exited;
    expect(exit, app.bot.stderr.slice(-2000)).toEqual({ code: 1, signal: null });
    const errors = app.bot.logs().filter((l) => (l.level as number) >= 50);
    expect(errors.map((l) => l.msg)).toEqual(['SLACK_APP_TOKEN: Slack refused it at reconnect (invalid_auth)']);
    const order = ['SLACK_APP_TOKEN: Slack refused it at reconnect (invalid_auth)', 'stopping', 'slack app stopped', 'catalog closed', 'stopped'].map((m) => app.bot.logIndex(m));
    expect(order.every((n) => n >= 0), app.bot.stderr.slice(-2000)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    noSecrets(app.bot.output);
  });
});

describe('GIVEN a Slack Web API that never answers auth.test', () => {
  let fake: FakeSlack;
  beforeAll(async () => {
    fake = await FakeSlack.start();
    fake.hang('auth.test');
    cleanup.push(() => fake.close());
  });
  const env = async (): Promise<Record<string, string>> => ({
    SLACK_BOT_TOKEN: PROCESS_SECRETS.botToken, SLACK_SIGNING_SECRET: PROCESS_SECRETS.signingSecret, PORT: String(await freePort()),
    SLACK_API_URL: fake.apiUrl, CATALOG_DIR: SHIPPED_CATALOG, CATALOG_DB: catalogDb,
  });

  it('WHEN a single SIGTERM arrives during the start THEN the bot stops at once, exit 0', async () => {
    const calls = fake.callsTo('auth.test').length;
    const bot = new BotProcess(build.main, await env());
    cleanup.push(() => bot.kill());
    await fake.waitFor(() => fake.callsTo('auth.test')[calls], 'the auth.test call', 10_000);
    const signalled = Date.now();
    bot.signal('SIGTERM');
    const exit = await bot.exited;
    expect(exit, bot.stderr.slice(-2000)).toEqual({ code: 0, signal: null });
    // The start's own timeout is 10 s: stopping must not wait for it.
    expect(Date.now() - signalled).toBeLessThan(5000);
    expect(bot.logIndex('stopping before the start finished')).toBeGreaterThanOrEqual(0);
  });

  it('WHEN nothing else happens THEN the start fails after its timeout with one line naming SLACK_BOT_TOKEN and the URL, exit 2', async () => {
    const started = Date.now();
    const result = await runToExit(build.main, await env(), 30_000);
    const took = Date.now() - started;
    expect(result.exit).toEqual({ code: 2, signal: null });
    expect(result.stderr.split('\n').filter((l) => l !== '')).toEqual([`configuration: SLACK_BOT_TOKEN: auth.test at ${fake.apiUrl} did not answer within 10 s`]);
    expect(took).toBeGreaterThanOrEqual(9_500);
    expect(took).toBeLessThan(25_000);
    noSecrets(result.stderr + result.stdout);
  }, 40_000);

  it('WHEN the Web API URL refuses connections THEN one line names SLACK_BOT_TOKEN and the URL, not "fetch failed"', async () => {
    const closed = `http://127.0.0.1:${await freePort()}/api/`;
    const result = await runToExit(build.main, { ...(await env()), SLACK_API_URL: closed });
    expect(result.exit).toEqual({ code: 2, signal: null });
    const lines = result.stderr.split('\n').filter((l) => l !== '');
    expect(lines, result.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^configuration: SLACK_BOT_TOKEN: auth\\.test at ${closed.replace(/\./g, '\\.')} failed: .*ECONNREFUSED`));
  });
});
