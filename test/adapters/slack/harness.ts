// Starts the real Slack app (Bolt, HTTP or Socket Mode) against the fake Slack
// on 127.0.0.1, over a catalog built from the shipped CSV files into a temp dir.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createCore, openCatalog, type Core } from '../../../src/index.js';
import { importCatalog } from '../../../src/catalog/build.js';
import type { RateLimit, SharedConfig } from '../../../adapters/shared/config.js';
import { createLogger } from '../../../adapters/shared/logger.js';
import type { FatalError } from '../../../adapters/shared/fatal.js';
import { startSlack, type SlackRunning } from '../../../adapters/slack/app.js';
import { readSlackConfig, slackSecrets } from '../../../adapters/slack/config.js';
import { FakeSlack } from '../../fakes/slack/fakeSlack.js';
import { MemoryStore } from '../../../adapters/state/memory.js';
import type { Observed } from '../../../adapters/platform.js';

export const SECRETS = {
  botToken: 'xoxb-1111111111-2222222222-FakeBotTokenValue',
  appToken: 'xapp-1-A0000001-3333333333-FakeAppTokenValue',
  signingSecret: 'f4k3s1gn1ngs3cr3t0123456789abcde',
} as const;

export const SHIPPED_CATALOG = resolve(import.meta.dirname, '../../../data/catalog');

export interface Catalog { file: string; remove(): void }

/** Builds `dir` (the shipped catalog by default) into a temp SQLite file. */
export async function buildCatalog(dir: string = SHIPPED_CATALOG): Promise<Catalog> {
  const tmp = mkdtempSync(join(tmpdir(), 'slack-catalog-'));
  const file = join(tmp, 'catalog.sqlite');
  const built = await importCatalog(dir, file);
  if (!built.ok) throw new Error(`test catalog did not build: ${JSON.stringify(built.problems)}`);
  return { file, remove: () => rmSync(tmp, { recursive: true, force: true }) };
}

export interface Harness {
  fake: FakeSlack;
  running: SlackRunning;
  core: Core;
  /** Every log line the app wrote, as JSON text. */
  logs: string[];
  /** What the app reported as fatal (the entry point would stop on the first). */
  fatals: FatalError[];
  /** The app's HTTP endpoint (HTTP mode). */
  eventsUrl: string;
  stop(): Promise<void>;
}

export interface HarnessOptions {
  catalogFile: string;
  mode: 'http' | 'socket';
  /** Wraps the real core, to make it fail on purpose. */
  core?: (real: Core) => Core;
  rateLimit?: RateLimit;
  logLevel?: SharedConfig['logLevel'];
  /** HTTP mode: the port to listen on (any free one by default). */
  port?: number;
  /** Runs before the app starts, to make the fake answer differently. */
  prepare?: (fake: FakeSlack) => void;
  /** What the entry point would listen with: a turn observer, the metrics to serve at /metrics. */
  observed?: Observed;
}

export async function startHarness(o: HarnessOptions): Promise<Harness> {
  const fake = await FakeSlack.start();
  o.prepare?.(fake);
  const real = createCore({ catalog: openCatalog(o.catalogFile) });
  const core = o.core ? o.core(real) : real;
  const env = o.mode === 'socket'
    ? { SLACK_BOT_TOKEN: SECRETS.botToken, SLACK_APP_TOKEN: SECRETS.appToken, SLACK_API_URL: fake.apiUrl }
    : { SLACK_BOT_TOKEN: SECRETS.botToken, SLACK_SIGNING_SECRET: SECRETS.signingSecret, SLACK_API_URL: fake.apiUrl };
  const config = readSlackConfig(env);
  const logs: string[] = [];
  const logger = createLogger(o.logLevel ?? 'info', slackSecrets(config), { write: (line: string) => { logs.push(line); } });
  const shared: SharedConfig = {
    catalogDir: SHIPPED_CATALOG, catalogDb: o.catalogFile, logLevel: o.logLevel ?? 'info',
    rateLimit: o.rateLimit ?? { max: 1000, windowMs: 10_000 }, memoryTtlMs: 600_000,
  };
  try {
    const fatals: FatalError[] = [];
    const running = await startSlack({ core, config, shared, logger, fatal: (err) => { fatals.push(err); }, state: new MemoryStore(), options: { host: '127.0.0.1', port: o.port ?? 0 }, ...o.observed });
    return {
      fake, running, core, logs, fatals, eventsUrl: `http://127.0.0.1:${running.port ?? 0}/slack/events`,
      stop: async () => {
        await running.stop();
        await fake.close();
        real.close();
      },
    };
  } catch (err) {
    await fake.close();
    real.close();
    throw err;
  }
}
