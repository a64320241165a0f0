import { describe, expect, test } from 'vitest';
import { ConfigError } from '../../../adapters/shared/config.js';
import { readSlackConfig, slackConfigured, slackSecrets } from '../../../adapters/slack/config.js';
import { slackPlatform } from '../../../adapters/slack/index.js';

const BOT = 'xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOp';
const APP = 'xapp-1-A0123456789-1234567890-abcdef0123456789';
const SECRET = '0123456789abcdef0123456789abcdef';

function problem(env: Record<string, string>): ConfigError {
  try {
    readSlackConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('GIVEN Slack settings', () => {
  test('WHEN an app token is set THEN Socket Mode is chosen and no signing secret or PORT is needed', () => {
    expect(readSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, PORT: 'not read' }))
      .toEqual({ botToken: BOT, apiUrl: null, signingSecret: null, mode: { kind: 'socket', appToken: APP } });
  });

  test('WHEN only the bot token and signing secret are set THEN HTTP mode on PORT (3000 by default)', () => {
    expect(readSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET }).mode).toEqual({ kind: 'http', port: 3000 });
    expect(readSlackConfig({ SLACK_BOT_TOKEN: ` ${BOT} `, SLACK_SIGNING_SECRET: SECRET, PORT: '8080' }))
      .toEqual({ botToken: BOT, apiUrl: null, signingSecret: SECRET, mode: { kind: 'http', port: 8080 } });
  });

  test.each([
    [{ SLACK_APP_TOKEN: APP }, 'SLACK_BOT_TOKEN', /missing/],
    [{ SLACK_BOT_TOKEN: APP, SLACK_APP_TOKEN: APP }, 'SLACK_BOT_TOKEN', /starting with xoxb-; the value given is an app-level token/],
    [{ SLACK_BOT_TOKEN: 'xoxp-1234567890-123456789012', SLACK_APP_TOKEN: APP }, 'SLACK_BOT_TOKEN', /a user token \(xoxp-\)/],
    [{ SLACK_BOT_TOKEN: 'xoxb-', SLACK_APP_TOKEN: APP }, 'SLACK_BOT_TOKEN', /starts with xoxb- but is cut short/],
    [{ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: BOT }, 'SLACK_APP_TOKEN', /starting with xapp-; the value given is a bot token/],
    [{ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: 'hello there' }, 'SLACK_APP_TOKEN', /not a Slack token/],
    [{ SLACK_BOT_TOKEN: BOT }, 'SLACK_SIGNING_SECRET', /missing: HTTP mode needs the Signing Secret.*SLACK_APP_TOKEN/],
    [{ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: 'abc def' }, 'SLACK_SIGNING_SECRET', /spaces/],
    [{ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, PORT: '70000' }, 'PORT', /between 1 and 65535/],
    [{ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, PORT: 'eighty' }, 'PORT', /whole number/],
    [{ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_API_URL: 'slack-gov.com/api' }, 'SLACK_API_URL', /http\(s\) URL such as/],
    [{ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_API_URL: 'ftp://proxy.example/api/' }, 'SLACK_API_URL', /http\(s\) URL, got ftp:/],
    [{ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_API_URL: 'https://user:pw@proxy.example/api/' }, 'SLACK_API_URL', /user name or password/],
    [{ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_API_URL: 'https://proxy.example/api/?x=1' }, 'SLACK_API_URL', /query or fragment/],
  ])('WHEN %j THEN one line naming %s', (env, key, why) => {
    const err = problem(env);
    expect(err.key).toBe(key);
    expect(err.message.startsWith(`${key}: `)).toBe(true);
    expect(err.message).toMatch(why);
    expect(err.message).not.toContain('\n');
  });

  test('WHEN SLACK_API_URL is set THEN Web API calls go there (GovSlack, a proxy), always ending in a slash', () => {
    const at = (url: string) => readSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_API_URL: url }).apiUrl;
    expect(at('https://slack-gov.com/api/')).toBe('https://slack-gov.com/api/');
    expect(at(' http://127.0.0.1:8080/api ')).toBe('http://127.0.0.1:8080/api/');
    expect(readSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: '' }).apiUrl).toBeNull();
    expect(slackConfigured({ SLACK_API_URL: 'https://slack-gov.com/api/' })).toBe(false);
  });

  test('WHEN SLACK_API_URL holds credentials THEN the message does not repeat them', () => {
    expect(problem({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_API_URL: 'https://me:S3CRETPW@proxy.example/' }).message).not.toContain('S3CRETPW');
  });

  test('WHEN a token is malformed THEN the message never repeats it', () => {
    const wrong = 'xoxp-SECRETVALUE-1234567890';
    for (const env of [{ SLACK_BOT_TOKEN: wrong, SLACK_APP_TOKEN: APP }, { SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: wrong }]) {
      expect(problem(env).message).not.toContain('SECRETVALUE');
    }
  });

  test('THEN Slack counts as configured when any of its keys is set, so a missing companion is reported', () => {
    expect(slackConfigured({})).toBe(false);
    expect(slackConfigured({ SLACK_BOT_TOKEN: '  ' })).toBe(false);
    expect(slackConfigured({ SLACK_APP_TOKEN: APP })).toBe(true);
    expect(slackConfigured({ SLACK_SIGNING_SECRET: SECRET })).toBe(true);
  });

  test('THEN every secret is handed to the logger for masking', () => {
    expect(slackSecrets(readSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_SIGNING_SECRET: SECRET })).sort())
      .toEqual([APP, BOT, SECRET].sort());
    expect(slackPlatform.secrets(slackPlatform.readConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET }))).toEqual([BOT, SECRET]);
  });
});
