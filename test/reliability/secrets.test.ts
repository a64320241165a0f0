// Tokens never reach the output. `npm start` runs as a process in Slack HTTP
// mode with distinctive secrets and LOG_LEVEL=debug (Bolt then logs requests
// and Web API calls); it is driven through an answer, a wrongly signed request,
// a handler that fails on a Web API error quoting the token back, a question
// holding the secrets themselves, and a stop. Everything it printed is searched.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BOT } from '../fakes/slack/fakeSlack.js';
import { asForm, FORM, JSON_TYPE, postSigned } from '../fakes/slack/signed.js';
import { appMention, eventCallback, slashCommand, VERIFICATION_TOKEN } from '../fixtures/slack/payloads.js';
import { SHIPPED_CATALOG, buildCatalog } from '../helpers/catalog.js';
import { builtEntry, type Build } from './botProcess.js';
import { PROCESS_SECRETS, startSlackProcess, type SlackProcess } from './slackProcess.js';

const FAILING_THREAD = '1700000999.000999';

let build: Build;
let catalogDb: string;
let app: SlackProcess | undefined;
beforeAll(async () => {
  build = builtEntry();
  catalogDb = await buildCatalog(SHIPPED_CATALOG);
}, 120_000);
afterAll(async () => {
  await app?.bot.kill();
  await app?.fake.close();
});

it('GIVEN debug logging, a bad signature and a failing handler THEN nothing printed holds the bot token, the signing secret or the verification token', async () => {
  app = await startSlackProcess(build.main, catalogDb, { LOG_LEVEL: 'debug' }, (fake) => {
    // A Web API error that quotes the request's credentials back, as a misbehaving proxy might.
    fake.reply('chat.postMessage', (args) => (args.thread_ts === FAILING_THREAD
      ? { ok: false, error: 'channel_not_found', echo: `Bearer ${PROCESS_SECRETS.botToken}`, secret: PROCESS_SECRETS.signingSecret }
      : { ok: true, channel: args.channel, ts: '1700001000.000100' }));
  });
  const { bot, fake, url } = app;
  const secret = { secret: PROCESS_SECRETS.signingSecret };

  const answered = await postSigned(url, asForm(slashCommand('can i buy redmi in italy?', fake.responseUrl('ok'))), FORM, secret);
  expect(answered.status).toBe(200);
  expect(answered.text).toContain('Redmi');

  const forged = await postSigned(url, asForm(slashCommand('redmi?', fake.responseUrl('forged'))), FORM, { secret: 'not-the-secret', headers: {} });
  expect(forged.status).toBe(401);

  // A user pasting the secrets into a question: the answer goes back to them, the logs keep none of it.
  const pasted = await postSigned(url, asForm(slashCommand(`is ${PROCESS_SECRETS.botToken} ${PROCESS_SECRETS.signingSecret} sold?`, fake.responseUrl('pasted'))), FORM, secret);
  expect(pasted.status).toBe(200);

  const failing = await postSigned(url, JSON.stringify(eventCallback(appMention(`<@${BOT.userId}> where is redmi sold?`, { ts: FAILING_THREAD }))), JSON_TYPE, secret);
  expect(failing.status).toBe(200);
  // The handler failed on the Web API error and apologised to the asker.
  await fake.waitFor(() => fake.callsTo('chat.postEphemeral')[0], 'the apology');
  await bot.waitFor(/"msg":"slack handler failed"/);

  bot.signal('SIGTERM');
  expect(await bot.exited).toEqual({ code: 0, signal: null });

  // Not vacuous: debug lines were written, the failure and the bad signature were logged.
  const logs = bot.logs();
  expect(logs.filter((l) => l.level === 20).length).toBeGreaterThan(5);
  expect(bot.output).toMatch(/verify|signature/i);
  expect(bot.output).toContain('channel_not_found');
  for (const [name, value] of Object.entries({ ...PROCESS_SECRETS, VERIFICATION_TOKEN })) {
    expect(bot.output.includes(value), `${name} printed`).toBe(false);
  }
  // The error quoting the credentials was logged (Bolt's debug line of the Web API result), masked.
  expect(bot.output).toContain('Bearer [redacted]');
  // Nor any other Slack token shape.
  expect(bot.output).not.toMatch(/xox[abposr]-\d/);
});
