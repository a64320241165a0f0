// Bolt and its Socket Mode client log through this, so their lines land in the
// same structured log and pass the same masking. Bolt's debug lines echo whole
// payloads, which carry Slack's legacy verification `token`: it is cut out too.
// Where the app reports an outcome itself (a start that failed, a reconnect
// that is retried), the library's own line about it goes to debug, so the log
// says it once.
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

export interface BoltLoggerOptions {
  /** Every warn and error line goes to debug: the caller reports the failure in one line of its own. */
  quiet?: boolean;
  /** Warn and error lines that match go to debug, for the same reason. */
  demote?: RegExp;
}

export function boltLogger(logger: Logger, o: BoltLoggerOptions = {}): BoltLogger {
  let child = logger.child({ lib: 'bolt' });
  const loud = (level: 'warn' | 'error') => (...msg: unknown[]): void => {
    const text = line(msg);
    if (o.quiet || o.demote?.test(text)) child.debug({ was: level }, text);
    else child[level](text);
  };
  return {
    debug: (...msg) => child.debug(line(msg)),
    info: (...msg) => child.info(line(msg)),
    warn: loud('warn'),
    error: loud('error'),
    // The log level is ours (LOG_LEVEL); Bolt asking for another one is ignored.
    setLevel: () => {},
    getLevel: () => levelOf(logger.level),
    setName: (name: string) => { child = logger.child({ lib: name }); },
  };
}
