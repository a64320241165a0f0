// Slack settings from the environment. A bot token is always needed; an
// app-level token selects Socket Mode (no public URL), otherwise the app takes
// HTTP requests on PORT and needs the signing secret to check them. Problems
// name the variable and never repeat a token's value.
import { ConfigError, apiBaseSetting, intSetting, type Env } from '../shared/config.js';

export type SlackMode =
  | { kind: 'socket'; appToken: string }
  | { kind: 'http'; port: number };

export interface SlackConfig {
  botToken: string;
  /** Where Web API calls go: Slack's own (null), GovSlack's, or an egress proxy's. */
  apiUrl: string | null;
  /** Checks HTTP requests; optional in Socket Mode, where requests arrive over the app's own socket. */
  signingSecret: string | null;
  mode: SlackMode;
}

const KEYS = ['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET'] as const;

/** What a Slack token looks like anywhere in free text (bot, user, app-level): the logger masks these on sight. */
export const SLACK_TOKEN_SHAPES: readonly RegExp[] = [/\bxox[abposr]-[A-Za-z0-9-]{6,}/g, /\bxapp-[A-Za-z0-9-]{6,}/g];
const TOKEN_BODY = /^[A-Za-z0-9-]{10,}$/;
const DEFAULT_PORT = 3000;

/** Any Slack key set means the user wants Slack, so a missing companion key is reported rather than ignored. */
export function slackConfigured(env: Env): boolean {
  return KEYS.some((k) => (env[k]?.trim() ?? '') !== '');
}

/** What a token looks like, to tell the user which slot it belongs in without showing it. */
function kindOf(token: string): string {
  if (token.startsWith('xoxb-')) return 'a bot token (xoxb-)';
  if (token.startsWith('xapp-')) return 'an app-level token (xapp-)';
  if (token.startsWith('xoxp-')) return 'a user token (xoxp-)';
  return 'not a Slack token';
}

function token(env: Env, key: string, prefix: string, where: string): string | null {
  const value = env[key]?.trim() ?? '';
  if (value === '') return null;
  if (!value.startsWith(prefix)) {
    throw new ConfigError(key, `must be ${where} starting with ${prefix}; the value given is ${kindOf(value)}`);
  }
  if (!TOKEN_BODY.test(value.slice(prefix.length))) {
    throw new ConfigError(key, `starts with ${prefix} but is cut short or has stray characters; copy ${where} again`);
  }
  return value;
}

/** SLACK_API_URL: the Web API base for GovSlack (https://slack-gov.com/api/), an egress proxy, or a test's fake. */
function apiUrl(env: Env): string | null {
  const url = apiBaseSetting(env, 'SLACK_API_URL', 'https://slack-gov.com/api/', 'method names');
  if (url === null) return null;
  // The Web API client appends method names ("chat.postMessage") to this base.
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

export function readSlackConfig(env: Env): SlackConfig {
  const botToken = token(env, 'SLACK_BOT_TOKEN', 'xoxb-', 'the Bot User OAuth Token (OAuth & Permissions)');
  if (botToken === null) throw new ConfigError('SLACK_BOT_TOKEN', 'missing: copy the Bot User OAuth Token (xoxb-) from OAuth & Permissions');
  const appToken = token(env, 'SLACK_APP_TOKEN', 'xapp-', 'an app-level token with connections:write (Basic Information)');
  const secret = env.SLACK_SIGNING_SECRET?.trim() ?? '';
  if (/\s/.test(secret)) throw new ConfigError('SLACK_SIGNING_SECRET', 'must not contain spaces');
  const signingSecret = secret === '' ? null : secret;
  const api = apiUrl(env);
  if (appToken !== null) return { botToken, apiUrl: api, signingSecret, mode: { kind: 'socket', appToken } };
  if (signingSecret === null) {
    throw new ConfigError('SLACK_SIGNING_SECRET', 'missing: HTTP mode needs the Signing Secret (Basic Information), or set SLACK_APP_TOKEN for Socket Mode');
  }
  return { botToken, apiUrl: api, signingSecret, mode: { kind: 'http', port: intSetting(env, 'PORT', DEFAULT_PORT, 1, 65_535) } };
}

export function slackSecrets(config: SlackConfig): string[] {
  const out = [config.botToken];
  if (config.signingSecret) out.push(config.signingSecret);
  if (config.mode.kind === 'socket') out.push(config.mode.appToken);
  return out;
}
