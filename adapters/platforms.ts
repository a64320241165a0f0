// The chat platforms `npm start` can run, loaded only when configured.
import type { Env } from './shared/config.js';
import type { Platform } from './platform.js';
import { slackConfigured } from './slack/config.js';
import { discordConfigured } from './discord/config.js';

export interface PlatformEntry {
  name: string;
  configured(env: Env): boolean;
  load(): Promise<Platform<unknown>>;
}

export const PLATFORMS: PlatformEntry[] = [
  { name: 'discord', configured: discordConfigured, load: async () => (await import('./discord/index.js')).discordPlatform },
  { name: 'slack', configured: slackConfigured, load: async () => (await import('./slack/index.js')).slackPlatform },
];
