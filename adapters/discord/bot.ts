// The discord.js client: connects to the gateway with the three intents the bot
// needs and routes interactions and messages to the handlers, each in a guard.
// No MessageContent intent: Discord sends the text of messages that mention the
// bot and of DMs without it. Partials.Channel is what lets DMs arrive at all
// (a DM channel is not cached before its first message).
import { once } from 'node:events';
import { Client, DiscordjsErrorCodes, Events, GatewayIntentBits, Options, Partials } from 'discord.js';
import type { Core } from '../../src/index.js';
import { ConfigError, type SharedConfig } from '../shared/config.js';
import type { Logger } from '../shared/logger.js';
import { RateLimiter } from '../shared/rateLimit.js';
import type { Running } from '../platform.js';
import { ChoiceIds } from './choices.js';
import type { DiscordConfig } from './config.js';
import { Guard } from './guard.js';
import { createHandlers } from './handlers.js';
import { NO_PINGS } from './render.js';

export const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];
/** How long stop() waits for answers being sent before it disconnects. */
const DRAIN_MS = 5000;

export interface BotDeps {
  core: Core;
  config: DiscordConfig;
  shared: SharedConfig;
  logger: Logger;
  /** Test only: the REST base (a fake Discord on 127.0.0.1); the gateway URL comes from its /gateway/bot. */
  api?: string;
  /** Test only: the rate limiter's clock. */
  clock?: () => number;
}

export function createClient(api?: string): Client {
  return new Client({
    intents: INTENTS,
    partials: [Partials.Channel],
    allowedMentions: NO_PINGS,
    // Replying to a message deleted meanwhile sends a plain message instead of failing.
    failIfNotExists: false,
    // The bot answers from events and never looks back: no message or member history is kept.
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 0,
      GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => member.id === member.client.user.id },
      ReactionManager: 0,
      PresenceManager: 0,
      VoiceStateManager: 0,
    }),
    ...(api ? { rest: { api } } : {}),
  });
}

export async function startBot(deps: BotDeps): Promise<Running> {
  const { core, config, shared, logger } = deps;
  const client = createClient(deps.api);
  const guard = new Guard(logger);
  const handlers = createHandlers({
    core,
    limiter: new RateLimiter(shared.rateLimit, deps.clock),
    notices: new RateLimiter({ max: 1, windowMs: shared.rateLimit.windowMs }, deps.clock),
    choices: new ChoiceIds(),
  });

  client.on(Events.InteractionCreate, (interaction) => {
    if (interaction.isChatInputCommand()) guard.run('command', interaction, () => handlers.onCommand(interaction));
    else if (interaction.isAutocomplete()) guard.run('autocomplete', interaction, () => handlers.onAutocomplete(interaction));
    else if (interaction.isButton()) guard.run('button', interaction, () => handlers.onButton(interaction));
  });
  client.on(Events.MessageCreate, (message) => {
    guard.run('message', message, () => handlers.onMessage(message, client.user?.id ?? ''));
  });
  client.on(Events.Error, (err) => logger.error({ err }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn({ message }, 'discord client warning'));
  client.on(Events.ShardDisconnect, (event, shard) => logger.warn({ shard, code: event.code }, 'discord shard disconnected'));
  // Events.Debug is not forwarded: discord.js prints part of the token there.

  const ready = once(client, Events.ClientReady);
  try {
    await client.login(config.token);
    await ready;
  } catch (err) {
    await client.destroy();
    if ((err as { code?: unknown }).code === DiscordjsErrorCodes.TokenInvalid) {
      throw new ConfigError('DISCORD_TOKEN', 'Discord rejected this token; reset it on the Bot page and copy the new one');
    }
    throw err;
  }
  const me = client.user;
  if (config.applicationId && client.application && client.application.id !== config.applicationId) {
    logger.warn({ configured: config.applicationId, actual: client.application.id }, 'DISCORD_APPLICATION_ID is not the application of this token');
  }
  logger.info({ user: me?.id, guilds: client.guilds.cache.size }, 'discord ready');

  return {
    async stop() {
      await guard.close(DRAIN_MS);
      await client.destroy();
    },
  };
}
