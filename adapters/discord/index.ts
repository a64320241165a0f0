// The Discord platform as `npm start` sees it. Light on purpose: deciding whether
// Discord runs loads only the settings; discord.js is imported inside start().
// With a shared store (REDIS_URL) a copy connects a shard only while it holds
// that shard's lease (leases.ts); without one it connects at once, as one copy.
import type { Platform } from '../platform.js';
import { discordConfigured, readDiscordConfig, type DiscordConfig } from './config.js';

export const discordPlatform: Platform<DiscordConfig> = {
  name: 'discord',
  configured: discordConfigured,
  readConfig: readDiscordConfig,
  secrets: (config) => [config.token],
  async start(deps) {
    const shared = deps.state.kind === 'redis';
    if (deps.config.shards !== 'off') {
      const { startShards } = await import('./shard.js');
      return startShards({ config: deps.config, logger: deps.logger, fatal: deps.fatal, ...(shared ? { state: deps.state } : {}) });
    }
    const { startBot } = await import('./bot.js');
    if (!shared) return startBot(deps);
    const { startLeases } = await import('./leases.js');
    // One client, shard 0 of 1: the lease is what keeps a second copy from answering too.
    return startLeases({ state: deps.state, shards: [0], logger: deps.logger, fatal: deps.fatal, connect: (_shard, mayAnswer) => startBot({ ...deps, mayAnswer }) });
  },
};
