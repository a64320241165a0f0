// The Discord platform as `npm start` sees it. Light on purpose: deciding whether
// Discord runs loads only the settings; discord.js is imported inside start().
import type { Platform } from '../platform.js';
import { discordConfigured, readDiscordConfig, type DiscordConfig } from './config.js';

export const discordPlatform: Platform<DiscordConfig> = {
  name: 'discord',
  configured: discordConfigured,
  readConfig: readDiscordConfig,
  secrets: (config) => [config.token],
  async start(deps) {
    if (deps.config.shards !== 'off') {
      const { startShards } = await import('./shard.js');
      return startShards({ config: deps.config, logger: deps.logger, fatal: deps.fatal });
    }
    const { startBot } = await import('./bot.js');
    return startBot(deps);
  },
};
