// Structured logs (pino: JSON lines, cheap when a level is off). Secrets are
// redacted by key wherever they appear in a logged object, and any string
// shaped like a platform's token (each platform declares its shapes in
// platforms.ts) is masked, so a token pasted into an error message does not
// reach the log either.
import pino, { type Logger } from 'pino';
import { maskSecrets } from './mask.js';

export type { Logger } from 'pino';

const SECRET_KEYS = ['token', 'botToken', 'appToken', 'signingSecret', 'authorization', 'clientSecret', 'password'];
export function createLogger(level: string, secrets: readonly string[] = [], destination?: pino.DestinationStream): Logger {
  const paths = SECRET_KEYS.flatMap((k) => [k, `*.${k}`, `*.*.${k}`]);
  return pino({
    level,
    base: { app: 'availability-bot' },
    redact: { paths, censor: '[redacted]' },
    hooks: {
      // Error messages and free text pass through here before they are written.
      logMethod(args, method) {
        const cleaned = args.map((a) => (typeof a === 'string' ? maskSecrets(a, secrets) : a)) as typeof args;
        method.apply(this, cleaned);
      },
    },
    serializers: {
      err: (e: unknown) => {
        const err = e instanceof Error ? e : new Error(String(e));
        return {
          type: err.name, message: maskSecrets(err.message, secrets), code: (err as { code?: unknown }).code,
          stack: err.stack ? maskSecrets(err.stack, secrets) : undefined,
        };
      },
    },
    // Written synchronously: a process that logs and then exits must not lose its last lines.
  }, destination ?? pino.destination({ dest: 2, sync: true }));
}
