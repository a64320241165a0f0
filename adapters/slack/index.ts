// The Slack platform as the entry point sees it: configuration only. Bolt is
// loaded inside `start`, so choosing platforms never loads it.
import type { Platform } from '../platform.js';
import type { SlackDeps, SlackRunning } from './app.js';
import { readSlackConfig, slackConfigured, slackSecrets, type SlackConfig } from './config.js';

export type { SlackConfig } from './config.js';

export const slackPlatform: Platform<SlackConfig> & { start(deps: SlackDeps): Promise<SlackRunning> } = {
  name: 'slack',
  configured: slackConfigured,
  readConfig: readSlackConfig,
  secrets: slackSecrets,
  // `deps` carries `fatal` from npm start: a Socket Mode app whose token Slack refuses at a reconnect reports it there.
  start: async (deps) => (await import('./app.js')).startSlack(deps),
};
