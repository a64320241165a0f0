// SIGTERM in the middle of a burst, to `npm start` running as a process in
// Slack HTTP mode: every request already accepted is answered (slash commands
// whose body was still arriving, mentions whose answers were still queued for
// the Web API), nothing new is taken, the catalog is closed, the exit code is 0.
import { once } from 'node:events';
import { Agent } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BOT } from '../fakes/slack/fakeSlack.js';
import { sendBurst, epochNow } from '../fakes/slack/burst.js';
import { asForm, FORM, halfSent, JSON_TYPE, postSigned } from '../fakes/slack/signed.js';
import { appMention, eventCallback, slashCommand } from '../fixtures/slack/payloads.js';
import { SHIPPED_CATALOG, buildCatalog } from '../helpers/catalog.js';
import { builtEntry, type Build } from './botProcess.js';
import { spread } from './latency.js';
import { PROCESS_SECRETS, startSlackProcess, type SlackProcess } from './slackProcess.js';

const COMMANDS = 100;
const MENTIONS = 200;
const HALF_SENT = 5;
/**
 * Held by the fake before it answers chat.postMessage: with Bolt's 100 concurrent Web API calls, half the answers queue.
 * Long enough that the two waves (2 s) outlast sending the burst on a loaded 2-core machine (at 300 ms all 200 were
 * sometimes posted before the stop, and the test had nothing in flight to see drained).
 */
const POST_DELAY_MS = 1000;

let build: Build;
let catalogDb: string;
let app: SlackProcess | undefined;
beforeAll(async () => {
  build = builtEntry();
  catalogDb = await buildCatalog(SHIPPED_CATALOG);
}, 120_000);
afterAll(async () => {
  keepAlive.destroy();
  await app?.bot.kill();
  await app?.fake.close();
});

// Kept alive, as Slack's connections are: the stop must still close each one after its answer.
const keepAlive = new Agent({ keepAlive: true, maxSockets: Infinity });

/** True once a new connection to `port` is refused, trying every 20 ms; false if it is still accepted after `ms`. */
async function refusedWithin(port: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const socket = connect(port, '127.0.0.1');
    const [err] = await Promise.race([once(socket, 'error'), once(socket, 'connect').then(() => [null])]).catch((e: unknown) => [e]) as [NodeJS.ErrnoException | null];
    socket.destroy();
    if (err?.code === 'ECONNREFUSED') return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return false;
}

const report = (what: string, figures: object): void => {
  if (process.env.RELIABILITY_FIGURES) process.stdout.write(`${what}: ${JSON.stringify(figures)}\n`);
};

it('GIVEN npm start under a burst WHEN SIGTERM arrives THEN every accepted request is answered, the catalog closed, exit 0', async () => {
  app = await startSlackProcess(build.main, catalogDb, { RATE_LIMIT: '9999/10s', LOG_LEVEL: 'info' });
  const { bot, fake, url } = app;
  const secret = { secret: PROCESS_SECRETS.signingSecret };
  for (let i = 0; i < 20; i++) await postSigned(url, asForm(slashCommand('redmi in italy?', fake.responseUrl('warm'))), FORM, secret);
  fake.delay('chat.postMessage', POST_DELAY_MS);

  const half = Array.from({ length: HALF_SENT }, (_, i) => halfSent(url, keepAlive, PROCESS_SECRETS.signingSecret, asForm(slashCommand(`where is redmi sold? (half ${i})`, fake.responseUrl(`half-${i}`)))));
  const mentions = Array.from({ length: MENTIONS }, (_, i) =>
    eventCallback(appMention(`<@${BOT.userId}> can i buy redmi in italy? (${i})`, { user: `UM${String(i).padStart(7, '0')}` })));
  const burst = await sendBurst(url, PROCESS_SECRETS.signingSecret, [
    ...Array.from({ length: COMMANDS }, (_, i) => ({ body: asForm(slashCommand(`where is mi sold? (${i})`, fake.responseUrl(`c-${i}`), `U${String(i).padStart(8, '0')}`)), contentType: FORM })),
    ...mentions.map((m) => ({ body: JSON.stringify(m), contentType: JSON_TYPE })),
  ]);
  burst.forEach((r, i) => expect(r.status, `request ${i}: ${r.error ?? ''}`).toBe(200));
  for (let i = 0; i < COMMANDS; i++) expect(burst[i]!.text).toContain(`(${i})`);
  report('process load, slash commands', spread(burst.slice(0, COMMANDS).map((r) => r.end - r.start)));
  const postedBeforeStop = fake.callsTo('chat.postMessage').length;
  expect(postedBeforeStop, 'some answers still to be posted when the stop begins').toBeLessThan(MENTIONS);

  const signalled = epochNow();
  bot.signal('SIGTERM');
  await bot.waitFor(/"msg":"stopping"/);
  // The port soon takes no new connection (the log line can reach us a moment before the port closes)...
  expect(await refusedWithin(app.port, 2000)).toBe(true);
  // ...but the requests it had accepted are still answered.
  for (const h of half) h.finish();
  const replies = await Promise.all(half.map((h) => h.reply));
  replies.forEach((r, i) => {
    expect(r.status).toBe(200);
    expect(r.text).toContain(`(half ${i})`);
    expect(r.text).toContain('Redmi');
    expect(r.connection).toBe('close');
  });

  const exit = await bot.exited;
  const stopMs = epochNow() - signalled;
  expect(exit, bot.stderr.slice(-3000)).toEqual({ code: 0, signal: null });
  const posts = fake.callsTo('chat.postMessage');
  expect(posts).toHaveLength(MENTIONS);
  expect(new Set(posts.map((p) => p.args.thread_ts)).size).toBe(MENTIONS);
  const order = ['stopping', 'slack app stopped', 'catalog closed', 'stopped'].map((m) => bot.logIndex(m));
  expect(order.every((n) => n >= 0)).toBe(true);
  // In order and all there: lines still being written at exit used to land late, or not at all.
  expect([...order].sort((a, b) => a - b), bot.stderr.slice(-2500)).toEqual(order);
  expect(bot.logs().filter((l) => (l.level as number) >= 40)).toEqual([]);
  expect(bot.output).not.toContain(PROCESS_SECRETS.botToken);
  expect(bot.output).not.toContain(PROCESS_SECRETS.signingSecret);
  report('process shutdown', { postedBeforeStop, postedAfterStop: MENTIONS - postedBeforeStop, halfSentAnswered: replies.length, stopMs: Math.round(stopMs), exit: exit.code });
});
