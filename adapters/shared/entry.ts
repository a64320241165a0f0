// The one runner of every entry point (`npm start`, a Discord shard, `ask`,
// `avail`, `discord:register`), so every one of them ends the same way:
//   0   done;
//   1   failed while running (a fatal platform error, a stop that failed, an import refused);
//   2   could not start (a bad setting, a catalog with problems);
//   128+n  a second signal: stopped without waiting.
// A failure is one line on stderr, masked: a library's message may quote a
// request or a token, and a stack trace is no help to whoever runs the bot.
import { ConfigError } from './config.js';
import { FatalError } from './fatal.js';
import { maskSecrets } from './mask.js';

export const EXIT = { ok: 0, failed: 1, start: 2 } as const;

export interface Entry {
  /** Values to mask in the failure line, known once the settings are read. */
  secrets: string[];
}

/** The line and code a thrown error ends an entry point with. */
export function failureOf(name: string, err: unknown, secrets: readonly string[]): { code: number; line: string } {
  if (err instanceof ConfigError) return { code: EXIT.start, line: `configuration: ${maskSecrets(err.message, secrets)}` };
  if (err instanceof FatalError) return { code: EXIT.failed, line: `${name}: ${maskSecrets(err.message, secrets)}` };
  const first = String((err as Error)?.message ?? err).split('\n')[0] ?? '';
  return { code: EXIT.start, line: `${name} failed: ${maskSecrets(first, secrets)}` };
}

/** Exits once what was written to stdout and stderr is out: process.exit does not wait for a pending write to a pipe. */
export function exitAfterWrites(code: number, line?: string): void {
  process.stdout.write('', () => {
    process.stderr.write(line === undefined ? '' : `${line}\n`, () => process.exit(code));
  });
}

/** Runs `main`; its number is the exit code, a throw becomes one line and the code above. */
export function runEntry(name: string, main: (entry: Entry) => Promise<number>): void {
  const entry: Entry = { secrets: [] };
  main(entry).then((code) => { exitAfterWrites(code); }, (err: unknown) => {
    const { code, line } = failureOf(name, err, entry.secrets);
    exitAfterWrites(code, line);
  });
}
