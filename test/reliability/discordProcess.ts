// `npm start` on Discord as a child process, its REST (and so its gateway) pointed
// at a fake Discord on 127.0.0.1 through DISCORD_API_URL, over a catalog built
// beforehand into a temporary folder.
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { FakeDiscord } from '../fakes/discord/fakeDiscord.js';
import { TOKEN } from '../fixtures/discord/payloads.js';
import { SHIPPED_CATALOG } from '../helpers/catalog.js';
import { BotProcess } from './botProcess.js';

export interface DiscordProcess { bot: BotProcess; fake: FakeDiscord }

/**
 * Starts the fake, then the bot, and waits for `ready` in the bot's output. Given a fake (several
 * copies of the bot on one Discord), the bot uses it, and the caller closes it.
 */
export async function startDiscordProcess(
  main: string, catalogDb: string, env: Record<string, string> = {}, ready = /"msg":"discord ready"/, shared?: FakeDiscord,
): Promise<DiscordProcess> {
  const fake = shared ?? await FakeDiscord.start({ token: TOKEN, heartbeatMs: 1000 });
  const bot = new BotProcess(main, {
    DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.api, CATALOG_DIR: SHIPPED_CATALOG, CATALOG_DB: catalogDb,
    LOG_LEVEL: 'info', RATE_LIMIT: '100/10s', ...env,
  });
  try {
    await bot.waitFor(ready, 30_000);
  } catch (err) {
    await bot.kill();
    if (!shared) await fake.close();
    throw err;
  }
  return { bot, fake };
}

export interface ShardProcess {
  child: ChildProcess;
  stderr(): string;
  exited: Promise<number | null>;
}

/** One shard process (shardMain.js) forked as ShardingManager forks it (IPC channel, SHARDS, SHARD_COUNT), with the test as its supervisor. */
export function forkShard(main: string, catalogDb: string, fake: FakeDiscord): ShardProcess {
  const cwd = mkdtempSync(join(tmpdir(), 'avail-shard-'));
  const child = fork(join(dirname(main), 'discord/shardMain.js'), [], {
    cwd, stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    env: {
      PATH: process.env.PATH ?? '', SHARDING_MANAGER: 'true', SHARDS: '0', SHARD_COUNT: '1', DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.api,
      CATALOG_DIR: SHIPPED_CATALOG, CATALOG_DB: catalogDb, LOG_LEVEL: 'info',
    },
  });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => { stderr += c.toString('utf8'); });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => { rmSync(cwd, { recursive: true, force: true }); resolve(code); }));
  return { child, stderr: () => stderr, exited };
}
