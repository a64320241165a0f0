// `npm start`: runs every chat platform whose tokens are set; with none, opens
// the terminal chat on the configured catalog. This is the only place (with the
// CLI entry points) that reads the environment.
//
// Stopping (SIGTERM from a process manager, Ctrl-C): each platform stops taking
// questions and finishes the ones it accepted, then the catalog is closed and
// the process exits 0. A second signal, or a stop longer than STOP_DEADLINE_MS,
// ends it at once with a non-zero code. A platform that can no longer serve (a
// gateway close that cannot be resumed, a revoked token) goes the same way: one
// error line naming the setting, the normal stop, exit 1, so a process manager
// restarts it. Log lines are written synchronously, so none is lost or
// reordered at exit. Exit codes: adapters/shared/entry.ts.
import { constants } from 'node:os';
import dotenv from 'dotenv';
import pino from 'pino';
import { readMetricsConfig, readMissesConfig, readSharedConfig, readStoreConfig, redisSecrets } from './shared/config.js';
import { createStore } from './state/index.js';
import { withDeadline } from './shared/deadline.js';
import { EXIT, exitAfterWrites, runEntry, type Entry } from './shared/entry.js';
import { FatalError } from './shared/fatal.js';
import { createLogger, type Logger } from './shared/logger.js';
import { checkObservers, startObservers, type ObserverSettings } from './shared/observers.js';
import { followCatalog } from './shared/follow.js';
import { startCore } from './shared/startCore.js';
import { PLATFORMS } from './platforms.js';
import type { Platform, Running } from './platform.js';
import { runChat } from './terminal/chat.js';

dotenv.config({ quiet: true });

/** Process managers wait about 10 to 30 s after SIGTERM before SIGKILL; finishing earlier lets the logs say why. */
const STOP_DEADLINE_MS = 10_000;

/** The first SIGINT or SIGTERM, listened for from the start so a signal during start-up still stops cleanly. */
function firstSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    let seen = false;
    const on = (signal: NodeJS.Signals): void => {
      if (seen) {
        exitAfterWrites(128 + constants.signals[signal], `availability-bot: ${signal} again, exiting without waiting`);
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
    exitAfterWrites(EXIT.failed);
  };
  process.on('uncaughtException', (err) => crash(err, 'uncaught exception'));
  process.on('unhandledRejection', (err) => crash(err, 'unhandled promise rejection'));
}

/** Stops every platform (each finishes what it accepted), within the deadline. False when one failed or ran late. */
async function stopAll(running: readonly { name: string; run: Running }[], logger: Logger): Promise<boolean> {
  const outcome = await withDeadline(Promise.allSettled(running.map((r) => r.run.stop())), STOP_DEADLINE_MS);
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

/** The first fatal error any platform reports. */
function firstFatal(): { report: (err: FatalError) => void; reported: Promise<FatalError> } {
  let report: (err: FatalError) => void = () => {};
  const reported = new Promise<FatalError>((resolve) => { report = resolve; });
  return { report, reported };
}

/** A log destination for the terminal chat: each line's message as plain text on standard error, not JSON. */
function plainLines(): { write(line: string): void } {
  return { write: (line) => { process.stderr.write(`${(JSON.parse(line) as { msg?: string }).msg ?? line.trim()}\n`); } };
}

async function main(entry: Entry): Promise<number> {
  const env = process.env;
  const shared = readSharedConfig(env);
  const storeConfig = readStoreConfig(env);
  const watched: ObserverSettings = { misses: readMissesConfig(env), metrics: readMetricsConfig(env), catalogDb: shared.catalogDb };
  checkObservers(watched);
  const chosen: { platform: Platform<unknown>; config: unknown }[] = [];
  for (const entry of PLATFORMS) {
    if (!entry.configured(env)) continue;
    const platform = await entry.load();
    chosen.push({ platform, config: platform.readConfig(env) });
  }
  // A server builds every index before its first question; the terminal chat on first need.
  const started = await startCore(shared, chosen.length > 0);
  if (!started.ok) { for (const l of started.lines) process.stderr.write(`${l}\n`); return EXIT.start; }
  const { core } = started;

  if (chosen.length === 0) {
    // The chat owns standard output; which catalog it serves goes to standard error, once.
    for (const line of started.problems) process.stderr.write(`${line}\n`);
    process.stderr.write(`${started.summary}\n`);
    // An edit of the catalog while chatting is picked up too; what the reload says goes to standard error as plain lines.
    const reloader = followCatalog(shared, core, createLogger(shared.logLevel, [], plainLines()));
    const observers = startObservers(watched, { info: () => core.info(), logger: createLogger(shared.logLevel, [], plainLines()),
      ...(reloader ? { reloadStatus: () => reloader.status() } : {}) });
    await observers.serve(false);
    await runChat(core, { input: process.stdin, output: process.stdout, prompt: Boolean(process.stdin.isTTY), ...(shared.locale ? { language: shared.locale } : {}),
      ...observers.deps });
    await observers.close();
    await reloader?.close();
    core.close();
    return 0;
  }

  const secrets = [...chosen.flatMap((c) => c.platform.secrets(c.config)), ...redisSecrets(storeConfig.redisUrl)];
  entry.secrets.push(...secrets);
  // Written synchronously: pino's default stream writes in the background, and at process.exit a
  // line still on its way is lost or lands after later ones. A chat bot logs a few lines a question.
  const logger = createLogger(shared.logLevel, secrets, pino.destination({ dest: 2, sync: true }));
  crashThrough(logger);
  const signal = firstSignal();
  const fatal = firstFatal();
  const state = await createStore({ redisUrl: storeConfig.redisUrl, namespace: storeConfig.redisPrefix, logger });
  const running: { name: string; run: Running }[] = [];
  // From here on the catalog is followed: edits are validated, built off the answering thread and swapped in.
  const reloader = followCatalog(shared, core, logger);
  // What users asked that the data lacks, and the metrics: told by every turn of every platform, when on.
  const observers = startObservers(watched, { info: () => core.info(), logger, ...(reloader ? { reloadStatus: () => reloader.status() } : {}) });
  const closeAll = async (): Promise<void> => { await observers.close(); await reloader?.close(); core.close(); await state.close(); };
  try {
    for (const { platform, config } of chosen) {
      // A platform whose start hangs (an API that never answers) still gives way to the first signal or fatal error.
      const start = platform.start({ core, config, shared, logger, fatal: fatal.report, state, ...observers.deps });
      const first = await Promise.race([start.then((run) => ({ run })), signal.then((s) => ({ signal: s })), fatal.reported.then((err) => ({ err }))]);
      if ('signal' in first) {
        logger.info({ signal: first.signal, platform: platform.name }, 'stopping before the start finished');
        void start.then((run) => run.stop(), () => {});
        await stopAll(running, logger);
        await closeAll();
        logger.info('stopped');
        return EXIT.ok;
      }
      if ('err' in first) throw first.err;
      running.push({ name: platform.name, run: first.run });
      logger.info({ platform: platform.name, store: state.kind }, 'started');
    }
  } catch (err) {
    // One platform refused to start: the others stop cleanly before the error is reported.
    await stopAll(running, logger);
    await closeAll();
    throw err;
  }
  // Slack in HTTP mode serves /metrics on its own port; otherwise METRICS_PORT does.
  try {
    await observers.serve(running.some((r) => r.run.servesMetrics === true));
  } catch (err) {
    await stopAll(running, logger);
    await closeAll();
    throw err;
  }
  // Serving: which catalog, said once.
  for (const line of started.problems) logger.error({ catalog: shared.catalogDir }, `catalog: ${line}`);
  logger.info({ catalog: shared.catalogDir, ...core.info() }, started.summary);
  const why = await Promise.race([signal, fatal.reported]);
  if (why instanceof FatalError) logger.error({ key: why.key, platform: running.map((r) => r.name).join(',') }, why.message);
  logger.info(why instanceof FatalError ? { fatal: why.key } : { signal: why }, 'stopping');
  const ok = await stopAll(running, logger);
  // Only now: a handler still answering would find the catalog (or the store) closed.
  await closeAll();
  logger.info('catalog closed');
  logger.info('stopped');
  return ok && !(why instanceof FatalError) ? EXIT.ok : EXIT.failed;
}

runEntry('availability-bot', main);
