// Starts the real discord.js bot against a fake Discord on 127.0.0.1, on a
// catalog built from the shipped CSV files plus one row whose names and note
// are full of Discord markdown and mentions (to see them escaped end to end).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { appendRows } from '../../helpers/catalog.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, openCatalog, type Core } from '../../../src/index.js';
import { importCatalog } from '../../../src/catalog/build.js';
import type { SharedConfig } from '../../../adapters/shared/config.js';
import { createLogger } from '../../../adapters/shared/logger.js';
import type { Running } from '../../../adapters/platform.js';
import type { FatalError } from '../../../adapters/shared/fatal.js';
import { startBot } from '../../../adapters/discord/bot.js';
import { readDiscordConfig } from '../../../adapters/discord/config.js';
import { FakeDiscord } from '../../fakes/discord/fakeDiscord.js';
import { TOKEN } from '../../fixtures/discord/payloads.js';
import { MemoryStore } from '../../../adapters/state/memory.js';
import type { TurnObserver } from '../../../adapters/shared/turn.js';

export const MARKDOWN_NOTE = '**sale** @everyone <@&42> _now_ ||spoiler|| `code`';

export async function buildTestCatalog(): Promise<{ file: string; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'discord-catalog-'));
  const csv = join(dir, 'csv');
  cpSync(join(process.cwd(), 'data/catalog'), csv, { recursive: true });
  appendRows(csv, 'retailers.csv', 'star-shop,Star_*Shop*,store,,Star Shop\n');
  appendRows(csv, 'availability.csv', `redmi-phones,star-shop,ES,available,2018-01,yes,"${MARKDOWN_NOTE}",seed-article\n`);
  const file = join(dir, 'catalog.sqlite');
  const built = await importCatalog(csv, file);
  if (!built.ok) throw new Error(`test catalog: ${JSON.stringify(built.problems)}`);
  return { file, dir };
}

export interface Harness {
  fake: FakeDiscord;
  core: Core;
  logs: string[];
  bot: Running;
  /** What the bot reported as fatal (the entry point would stop on the first). */
  fatals: FatalError[];
  /** Makes the core's next answer throw, as a bug in the core would. */
  failNextAnswer(): void;
  stop(): Promise<void>;
}

export async function startHarness(options: { rateLimit?: SharedConfig['rateLimit']; guildLocale?: string; observe?: TurnObserver } = {}): Promise<Harness> {
  const catalog = await buildTestCatalog();
  const real = createCore({ catalog: openCatalog(catalog.file) });
  let failNext = false;
  const core: Core = {
    answer: (question, context) => {
      if (failNext) { failNext = false; throw new Error('core failed on purpose'); }
      return real.answer(question, context);
    },
    turn: (question, context) => {
      if (failNext) { failNext = false; throw new Error('core failed on purpose'); }
      return real.turn(question, context);
    },
    suggest: (kind, prefix, language) => real.suggest(kind, prefix, language),
    info: () => real.info(),
    close: () => real.close(),
  };
  const fake = await FakeDiscord.start({ token: TOKEN, heartbeatMs: 300, ...(options.guildLocale ? { guildLocale: options.guildLocale } : {}) });
  const logs: string[] = [];
  const logger = createLogger('info', [TOKEN], { write: (line: string) => { logs.push(line); } });
  const shared: SharedConfig = {
    catalogDir: catalog.dir, catalogDb: catalog.file, logLevel: 'info', memoryTtlMs: 600_000,
    rateLimit: options.rateLimit ?? { max: 100, windowMs: 10_000 },
  };
  const config = readDiscordConfig({ DISCORD_TOKEN: TOKEN });
  const fatals: FatalError[] = [];
  const bot = await startBot({ core, config, shared, logger, api: fake.api, fatal: (err) => { fatals.push(err); }, state: new MemoryStore(),
    ...(options.observe ? { observe: options.observe } : {}) });
  return {
    fake, core, logs, bot, fatals,
    failNextAnswer: () => { failNext = true; },
    async stop() {
      await bot.stop();
      await fake.close();
      real.close();
      rmSync(catalog.dir, { recursive: true, force: true });
    },
  };
}
