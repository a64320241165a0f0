// `npm start`: runs every chat platform whose tokens are set; with none, opens
// the terminal chat on the configured catalog. This is the only place (with the
// CLI entry points) that reads the environment.
//
// Stopping (SIGTERM from a process manager, Ctrl-C): each platform stops taking
// questions and finishes the ones it accepted, then the catalog is closed and
// the process exits 0. A second signal, or a stop longer than STOP_DEADLINE_MS,
// ends it at once with a non-zero code. Log lines are written synchronously, so
// none is lost or reordered at exit.
import { constants } from 'node:os';
import dotenv from 'dotenv';
import pino from 'pino';
import { ConfigError, readSharedConfig } from './shared/config.js';
import { createLogger, maskSecrets, type Logger } from './shared/logger.js';
import { startCore } from './shared/startCore.js';
import { PLATFORMS } from './platforms.js';
import type { Platform, Running } from './platform.js';
import { runChat } from './terminal/chat.js';

dotenv.config({ quiet: true });

/** Process managers wait about 10 to 30 s after SIGTERM before SIGKILL; finishing earlier lets the logs say why. */
const STOP_DEADLINE_MS = 10_000;
/** Known once the settings are read, so even a start-up failure's message is masked. */
let secrets: string[] = [];

/** The first SIGINT or SIGTERM, listened for from the start so a signal during start-up still stops cleanly. */
function firstSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    let seen = false;
    const on = (signal: NodeJS.Signals): void => {
      if (seen) {
        exit(128 + constants.signals[signal], `availability-bot: ${signal} again, exiting without waiting`);
        return;
      }
      seen = true;
      resolve(signal);
    };
    process.on('SIGINT', on);
    process.on('SIGTERM', on);
  });
}

/** Crashes go through the logger, which masks tokens, instead of Node's raw stack trace. */
function crashThrough(logger: Logger): void {
  const crash = (err: unknown, what: string): void => {
    logger.fatal({ err }, what);
    exit(1);
  };
  process.on('uncaughtException', (err) => crash(err, 'uncaught exception'));
  process.on('unhandledRejection', (err) => crash(err, 'unhandled promise rejection'));
}

/** Stops every platform (each finishes what it accepted), within the deadline. False when one failed or ran late. */
async function stopAll(running: readonly { name: string; run: Running }[], logger: Logger): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => { timer = setTimeout(() => resolve('late'), STOP_DEADLINE_MS); });
  const stopped = Promise.allSettled(running.map((r) => r.run.stop()));
  const outcome = await Promise.race([stopped, late]);
  clearTimeout(timer);
  if (outcome === 'late') {
    logger.error({ waitedMs: STOP_DEADLINE_MS }, 'platforms did not stop in time');
    return false;
  }
  let ok = true;
  outcome.forEach((result, i) => {
    if (result.status === 'rejected') {
      ok = false;
      logger.error({ err: result.reason, platform: running[i]?.name }, 'platform failed to stop');
    }
  });
  return ok;
}

async function main(): Promise<number> {
  const env = process.env;
  const shared = readSharedConfig(env);
  const chosen: { platform: Platform<unknown>; config: unknown }[] = [];
  for (const entry of PLATFORMS) {
    if (!entry.configured(env)) continue;
    const platform = await entry.load();
    chosen.push({ platform, config: platform.readConfig(env) });
  }
  // A server builds every index before its first question; the terminal chat on first need.
  const started = await startCore(shared, chosen.length > 0);
  if (!started.ok) { for (const l of started.lines) process.stderr.write(`${l}\n`); return 2; }
  const { core } = started;

  if (chosen.length === 0) {
    await runChat(core, { input: process.stdin, output: process.stdout, prompt: Boolean(process.stdin.isTTY) });
    core.close();
    return 0;
  }

  secrets = chosen.flatMap((c) => c.platform.secrets(c.config));
  // Written synchronously: pino's default stream writes in the background, and at process.exit a
  // line still on its way is lost or lands after later ones. A chat bot logs a few lines a question.
  const logger = createLogger(shared.logLevel, secrets, pino.destination({ dest: 2, sync: true }));
  crashThrough(logger);
  const signal = firstSignal();
  const running: { name: string; run: Running }[] = [];
  try {
    for (const { platform, config } of chosen) {
      running.push({ name: platform.name, run: await platform.start({ core, config, shared, logger }) });
      logger.info({ platform: platform.name }, 'started');
    }
  } catch (err) {
    // One platform refused to start: the others stop cleanly before the error is reported.
    await stopAll(running, logger);
    core.close();
    throw err;
  }
  logger.info({ signal: await signal }, 'stopping');
  const ok = await stopAll(running, logger);
  // Only now: a handler still answering would find the catalog closed.
  core.close();
  logger.info('catalog closed');
  logger.info('stopped');
  return ok ? 0 : 1;
}

/** Exits once what was written to stdout and stderr is out: process.exit does not wait for a pending write to a pipe. */
function exit(code: number, line?: string): void {
  process.stdout.write('', () => {
    process.stderr.write(line === undefined ? '' : `${line}\n`, () => process.exit(code));
  });
}

main().then((code) => { exit(code); }, (err: unknown) => {
  if (err instanceof ConfigError) exit(2, `configuration: ${maskSecrets(err.message, secrets)}`);
  else {
    // One line, masked: a library's message may quote a request, and a stack trace is no help to whoever runs the bot.
    const first = String((err as Error)?.message ?? err).split('\n')[0] ?? '';
    exit(2, `availability-bot failed to start: ${maskSecrets(first, secrets)}`);
  }
});
