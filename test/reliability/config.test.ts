// Bad settings through the real entry point (`npm start` as a process): each
// gives exactly one line on stderr naming the key, no stack trace, nothing on
// stdout, a non-zero exit, and never the value of a token it refuses. No Discord
// token here could pass for a real one, and the Slack Web API points at a closed
// port on 127.0.0.1: should a check ever let a start through, nothing leaves
// the machine.
import { once } from 'node:events';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack } from '../fakes/slack/fakeSlack.js';
import { SHIPPED_CATALOG, buildCatalog } from '../helpers/catalog.js';
import { builtEntry, runToExit, type Build } from './botProcess.js';
import { freePort } from './slackProcess.js';

const SLACK_BOT = 'xoxb-1111111111-2222222222-FakeBotTokenValue';
const SLACK_SECRET = 'f4k3s1gn1ngs3cr3t0123456789abcde';
const SLACK_APP = 'xapp-1-A0000001-3333333333-FakeAppTokenValue';
const NOWHERE = 'http://127.0.0.1:9/api/';
const HTTP = { SLACK_BOT_TOKEN: SLACK_BOT, SLACK_SIGNING_SECRET: SLACK_SECRET, SLACK_API_URL: NOWHERE };

/** [what, environment, key named, a value that must not be echoed]. */
const CASES: [string, Record<string, string>, string, string | null][] = [
  ['a Discord token of the wrong shape', { DISCORD_TOKEN: 'SECRETDISCORDVALUE-not.a-token' }, 'DISCORD_TOKEN', 'SECRETDISCORDVALUE'],
  ['a Discord token pasted with "Bot "', { DISCORD_TOKEN: 'Bot SECRETDISCORDVALUE' }, 'DISCORD_TOKEN', 'SECRETDISCORDVALUE'],
  ['a user token as the Slack bot token', { ...HTTP, SLACK_BOT_TOKEN: 'xoxp-SECRETSLACKVALUE-1234567890' }, 'SLACK_BOT_TOKEN', 'SECRETSLACKVALUE'],
  ['a bot token as the Slack app token', { SLACK_BOT_TOKEN: SLACK_BOT, SLACK_APP_TOKEN: 'xoxb-SECRETSLACKVALUE-1', SLACK_API_URL: NOWHERE }, 'SLACK_APP_TOKEN', 'SECRETSLACKVALUE'],
  ['HTTP mode without a signing secret', { SLACK_BOT_TOKEN: SLACK_BOT, SLACK_API_URL: NOWHERE }, 'SLACK_SIGNING_SECRET', SLACK_BOT],
  ['a port above 65535', { ...HTTP, PORT: '70000' }, 'PORT', SLACK_SECRET],
  ['port 0', { ...HTTP, PORT: '0' }, 'PORT', SLACK_SECRET],
  ['a port that is no number', { ...HTTP, PORT: 'http' }, 'PORT', SLACK_SECRET],
  ['a Web API URL that is not http(s)', { SLACK_BOT_TOKEN: SLACK_BOT, SLACK_APP_TOKEN: SLACK_APP, SLACK_API_URL: 'ftp://127.0.0.1:9/api/' }, 'SLACK_API_URL', SLACK_APP],
  ['a Web API URL holding a password', { ...HTTP, SLACK_API_URL: 'https://me:SECRETPROXYPW@127.0.0.1:9/api/' }, 'SLACK_API_URL', 'SECRETPROXYPW'],
  ['a rate limit of zero', { ...HTTP, RATE_LIMIT: '0/10s' }, 'RATE_LIMIT', SLACK_SECRET],
  ['a rate limit without a count', { ...HTTP, RATE_LIMIT: '10s' }, 'RATE_LIMIT', SLACK_SECRET],
  ['an unknown log level', { ...HTTP, LOG_LEVEL: 'loud' }, 'LOG_LEVEL', SLACK_SECRET],
  ['a memory time of zero', { ...HTTP, MEMORY_TTL_SECONDS: '0' }, 'MEMORY_TTL_SECONDS', SLACK_SECRET],
];

let build: Build;
beforeAll(() => { build = builtEntry(); }, 120_000);

describe('GIVEN npm start with one bad setting', () => {
  // All at once: each process ends within a second, and nothing is shared between them.
  let results: Awaited<ReturnType<typeof runToExit>>[];
  beforeAll(async () => { results = await Promise.all(CASES.map(([, env]) => runToExit(build.main, env))); }, 60_000);

  it.each(CASES.map((c, i) => [c[0], c[2], i] as const))('WHEN %s THEN one line naming %s, exit code 2', (_what, key, i) => {
    const { exit, stdout, stderr } = results[i]!;
    const secret = CASES[i]![3];
    expect(exit).toEqual({ code: 2, signal: null });
    expect(stdout).toBe('');
    const lines = stderr.split('\n').filter((l) => l !== '');
    expect(lines, stderr).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^configuration: ${key}: \\S`));
    expect(stderr).not.toMatch(/\n\s+at /);
    if (secret) expect(stderr).not.toContain(secret);
  });
});

/** What a start refused by Slack, or stopped by a taken port, must look like. */
function expectOneLine(result: Awaited<ReturnType<typeof runToExit>>, line: RegExp): void {
  expect(result.exit).toEqual({ code: 2, signal: null });
  expect(result.stdout).toBe('');
  const lines = result.stderr.split('\n').filter((l) => l !== '');
  expect(lines, result.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(line);
  expect(result.stderr).not.toContain(SLACK_BOT);
  expect(result.stderr).not.toContain(SLACK_SECRET);
}

describe('GIVEN npm start with settings that look right but do not work', () => {
  let fake: FakeSlack;
  let catalogDb: string;
  beforeAll(async () => {
    fake = await FakeSlack.start();
    catalogDb = await buildCatalog(SHIPPED_CATALOG);
  });
  afterAll(async () => { await fake?.close(); });
  const env = (more: Record<string, string>) => ({ ...HTTP, SLACK_API_URL: fake.apiUrl, CATALOG_DIR: SHIPPED_CATALOG, CATALOG_DB: catalogDb, ...more });

  it('WHEN Slack refuses the bot token THEN one line says so, naming SLACK_BOT_TOKEN', async () => {
    fake.reply('auth.test', () => ({ ok: false, error: 'invalid_auth' }));
    try {
      expectOneLine(await runToExit(build.main, env({ PORT: String(await freePort()) })), /^configuration: SLACK_BOT_TOKEN: Slack refused it \(invalid_auth\)$/);
    } finally {
      fake.reply('auth.test', undefined);
    }
  });

  it('WHEN PORT is taken THEN one line says so, naming PORT', async () => {
    const taken = createServer().listen(0);
    await once(taken, 'listening');
    const port = (taken.address() as { port: number }).port;
    try {
      expectOneLine(await runToExit(build.main, env({ PORT: String(port) })), new RegExp(`^configuration: PORT: ${port} is already in use$`));
    } finally {
      taken.close();
    }
  });
});
