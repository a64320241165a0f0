// The chat platforms `npm start` can run, loaded only when configured.
import type { Env } from './shared/config.js';
import type { Platform } from './platform.js';

export interface PlatformEntry {
  name: string;
  configured(env: Env): boolean;
  load(): Promise<Platform<unknown>>;
}

export const PLATFORMS: PlatformEntry[] = [];
