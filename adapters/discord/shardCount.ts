// DISCORD_SHARDS=auto: the shard count Discord recommends, asked of the
// configured REST base. Not ShardingManager's own 'auto': that one calls
// discord.com whatever DISCORD_API_URL says (fetchRecommendedShardCount).
import { DiscordAPIError, REST, Routes } from 'discord.js';
import { ConfigError } from '../shared/config.js';
import type { DiscordConfig } from './config.js';

export async function shardCount(config: DiscordConfig): Promise<number> {
  if (config.shards === 'off') return 1;
  if (config.shards !== 'auto') return config.shards;
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
  try {
    const info = (await rest.get(Routes.gatewayBot())) as { shards?: unknown };
    return typeof info.shards === 'number' && Number.isInteger(info.shards) && info.shards >= 1 ? info.shards : 1;
  } catch (err) {
    if (err instanceof DiscordAPIError && err.status === 401) {
      throw new ConfigError('DISCORD_TOKEN', 'Discord rejected this token; reset it on the Bot page and copy the new one');
    }
    throw err;
  }
}
