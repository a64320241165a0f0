// Bolt and its Socket Mode client log through this, so their lines land in the
// same structured log and pass the same masking. Bolt's debug lines echo whole
// payloads, which carry Slack's legacy verification `token`: it is cut out too.
import type { Logger as BoltLogger } from '@slack/bolt';
import { LogLevel } from '@slack/bolt';
import type { Logger } from '../shared/logger.js';

// `"token":"…"` in a JSON payload (also when that JSON is itself quoted) and `token=…` in a form body.
const JSON_TOKEN = /(\\?"token\\?"\s*:\s*\\?")[^"\\]*/g;
const FORM_TOKEN = /(\btoken=)[^&\s"]*/g;

function text(part: unknown): string {
  if (part instanceof Error) return part.message;
  if (typeof part === 'string') return part;
  try {
    return JSON.stringify(part) ?? String(part);
  } catch {
    return String(part);
  }
}

function line(parts: unknown[]): string {
  return parts.map(text).join(' ').replace(JSON_TOKEN, '$1[redacted]').replace(FORM_TOKEN, '$1[redacted]');
}

function levelOf(level: string): LogLevel {
  if (level === 'debug' || level === 'trace') return LogLevel.DEBUG;
  if (level === 'info') return LogLevel.INFO;
  if (level === 'warn') return LogLevel.WARN;
  return LogLevel.ERROR;
}

export function boltLogger(logger: Logger): BoltLogger {
  let child = logger.child({ lib: 'bolt' });
  return {
    debug: (...msg) => child.debug(line(msg)),
    info: (...msg) => child.info(line(msg)),
    warn: (...msg) => child.warn(line(msg)),
    error: (...msg) => child.error(line(msg)),
    // The log level is ours (LOG_LEVEL); Bolt asking for another one is ignored.
    setLevel: () => {},
    getLevel: () => levelOf(logger.level),
    setName: (name: string) => { child = logger.child({ lib: name }); },
  };
}
