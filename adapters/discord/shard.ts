// Scale quirk: one gateway connection may serve at most 2,500 guilds, and Discord
// refuses to identify a bot in more without sharding. With DISCORD_SHARDS set,
// discord.js's own ShardingManager runs each shard as a child process
// (shardMain.js, which opens its own catalog); this process only supervises.
// Discord allows one identify per 5 seconds per bucket, hence the spawn delay.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ShardingManager } from 'discord.js';
import type { Logger } from '../shared/logger.js';
import type { Running } from '../platform.js';
import type { DiscordConfig } from './config.js';

const SPAWN_DELAY_MS = 5500;
const READY_TIMEOUT_MS = 60_000;

export interface ShardDeps {
  config: DiscordConfig;
  logger: Logger;
  /** Test only: the script each shard runs, its arguments and the delay between spawns. */
  file?: string;
  shardArgs?: string[];
  delayMs?: number;
}

export async function startShards(deps: ShardDeps): Promise<Running> {
  const { config, logger } = deps;
  const file = deps.file ?? fileURLToPath(new URL('./shardMain.js', import.meta.url));
  if (!existsSync(file)) throw new Error(`sharding runs from the build, and ${file} is missing: run npm run build`);
  const manager = new ShardingManager(file, {
    token: config.token,
    totalShards: config.shards === 'off' ? 1 : config.shards,
    mode: 'process',
    respawn: true,
    shardArgs: deps.shardArgs ?? [],
  });
  manager.on('shardCreate', (shard) => {
    logger.info({ shard: shard.id, of: manager.totalShards }, 'discord shard launched');
    shard.on('death', () => logger.warn({ shard: shard.id }, 'discord shard exited'));
    shard.on('error', (err) => logger.error({ err, shard: shard.id }, 'discord shard error'));
  });
  await manager.spawn({ delay: deps.delayMs ?? SPAWN_DELAY_MS, timeout: READY_TIMEOUT_MS });
  return {
    async stop() {
      // Each shard's process destroys its client and closes its catalog on SIGTERM.
      await Promise.all([...manager.shards.values()].map(async (shard) => {
        const exited = shard.process ? new Promise((resolve) => shard.process!.once('exit', resolve)) : Promise.resolve();
        shard.kill();
        await exited;
      }));
    },
  };
}
