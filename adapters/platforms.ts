// The chat platforms `npm start` can run, loaded only when configured.
import type { Env } from './shared/config.js';
import type { Platform } from './platform.js';
import { SLACK_TOKEN_SHAPES, slackConfigured } from './slack/config.js';
import { DISCORD_TOKEN_SHAPES, discordConfigured } from './discord/config.js';

export interface PlatformEntry {
  name: string;
  configured(env: Env): boolean;
  /** What the platform's secrets look like in free text: masked in every log line and failure line, configured or not. */
  tokenShapes: readonly RegExp[];
  load(): Promise<Platform<unknown>>;
}

export const PLATFORMS: PlatformEntry[] = [
  { name: 'discord', configured: discordConfigured, tokenShapes: DISCORD_TOKEN_SHAPES, load: async () => (await import('./discord/index.js')).discordPlatform },
  { name: 'slack', configured: slackConfigured, tokenShapes: SLACK_TOKEN_SHAPES, load: async () => (await import('./slack/index.js')).slackPlatform },
];

/** Every platform's token shapes, for the logger: a Slack token pasted into a Discord error is masked too. */
export const TOKEN_SHAPES: readonly RegExp[] = PLATFORMS.flatMap((p) => p.tokenShapes);
