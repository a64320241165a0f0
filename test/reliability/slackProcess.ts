// `npm start` in Slack HTTP mode (or Socket Mode) as a child process, its Web
// API pointed at a fake Slack on 127.0.0.1 through SLACK_API_URL, over a
// catalog built beforehand into a temporary folder.
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeSlack } from '../fakes/slack/fakeSlack.js';
import { SHIPPED_CATALOG } from '../helpers/catalog.js';
import { BotProcess } from './botProcess.js';

/** Distinctive, so any trace of them in the output is found. */
export const PROCESS_SECRETS = {
  botToken: 'xoxb-4242424242-1717171717-Zq9DistinctBotTokenXy7',
  signingSecret: 'Qw3rtyDistinctSigningSecret0987654321zz',
  appToken: 'xapp-1-A0000001-5151515151-Zq9DistinctAppTokenXy7',
} as const;

export async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as AddressInfo;
  await new Promise((r) => probe.close(r));
  return port;
}

export interface SlackProcess { bot: BotProcess; fake: FakeSlack; url: string; port: number }

/**
 * `fake`: a fake Slack several processes share (copies of the bot behind one load balancer, as
 * against the one real Slack). It stays the caller's to close; a fake of the process's own is
 * started otherwise.
 */
export interface SlackProcessOptions { fake?: FakeSlack; prepare?: (fake: FakeSlack) => void }

export async function startSlackProcess(main: string, catalogDb: string, env: Record<string, string> = {}, setup?: ((fake: FakeSlack) => void) | SlackProcessOptions): Promise<SlackProcess> {
  const options = typeof setup === 'function' ? { prepare: setup } : setup ?? {};
  const fake = options.fake ?? await FakeSlack.start();
  options.prepare?.(fake);
  const port = await freePort();
  const bot = new BotProcess(main, {
    SLACK_BOT_TOKEN: PROCESS_SECRETS.botToken, SLACK_SIGNING_SECRET: PROCESS_SECRETS.signingSecret, PORT: String(port),
    SLACK_API_URL: fake.apiUrl, CATALOG_DIR: SHIPPED_CATALOG, CATALOG_DB: catalogDb, ...env,
  });
  try {
    await bot.waitFor(/"msg":"slack app running"/);
  } catch (err) {
    await bot.kill();
    if (!options.fake) await fake.close();
    throw err;
  }
  return { bot, fake, port, url: `http://127.0.0.1:${port}/slack/events` };
}

/** `npm start` in Socket Mode: the fake hands out its own ws:// URL, so no port is opened by the bot. */
export async function startSlackSocketProcess(main: string, catalogDb: string, env: Record<string, string> = {}, prepare?: (fake: FakeSlack) => void): Promise<{ bot: BotProcess; fake: FakeSlack }> {
  const fake = await FakeSlack.start();
  prepare?.(fake);
  const bot = new BotProcess(main, {
    SLACK_BOT_TOKEN: PROCESS_SECRETS.botToken, SLACK_APP_TOKEN: PROCESS_SECRETS.appToken,
    SLACK_API_URL: fake.apiUrl, CATALOG_DIR: SHIPPED_CATALOG, CATALOG_DB: catalogDb, ...env,
  });
  try {
    await bot.waitFor(/"msg":"slack app running"/);
  } catch (err) {
    await bot.kill();
    await fake.close();
    throw err;
  }
  return { bot, fake };
}
