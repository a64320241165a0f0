// The discord.js client: connects to the gateway with the three intents the bot
// needs and routes interactions and messages to the handlers, each in a guard.
// No MessageContent intent: Discord sends the text of messages that mention the
// bot and of DMs without it. Partials.Channel is what lets DMs arrive at all
// (a DM channel is not cached before its first message). The gateway's own
// failures (a close that cannot be resumed, no connection for too long) are
// watched in gateway.ts: at start they fail the start, later they are reported
// through deps.fatal, and the entry point stops the bot.
import { once } from 'node:events';
import { Client, DiscordjsErrorCodes, Events, GatewayIntentBits, Options, Partials } from 'discord.js';
import type { Core } from '../../src/index.js';
import { ConfigError, type SharedConfig } from '../shared/config.js';
import { FatalError, type OnFatal } from '../shared/fatal.js';
import type { Logger } from '../shared/logger.js';
import { InFlight } from '../shared/inflight.js';
import { createTurns } from '../shared/turn.js';
import type { Observed, Running } from '../platform.js';
import type { StateStore } from '../state/store.js';
import { ChoiceIds } from './choices.js';
import type { DiscordConfig } from './config.js';
import { createHandlers } from './handlers.js';
import { NO_CONNECTION_MS, watchGateway, type GatewayProblem } from './gateway.js';
import { NO_PINGS } from './render.js';
import { FencedInFlight } from './fence.js';
import { destroyClient } from './destroy.js';

export const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];
/** How long stop() waits for answers being sent before it disconnects. */
const DRAIN_MS = 5000;

export interface BotDeps extends Observed {
  core: Core;
  config: DiscordConfig;
  shared: SharedConfig;
  logger: Logger;
  /** Called once when the bot can no longer serve (a gateway close Discord will not take back, no connection for noConnectionMs). */
  fatal: OnFatal;
  /** Shared with the other copies of the bot (or this process's memory): conversations, rate limits, leases. */
  state: StateStore;
  /** With a shard lease (leases.ts): false while this copy's lease may have passed to another; events are then left alone. */
  mayAnswer?: () => boolean;
  /** Test only: the REST base instead of config.apiUrl (a fake Discord on 127.0.0.1). */
  api?: string;
  /** Test only: the rate limiter's clock. */
  clock?: () => number;
  /** Test only: how long a shard may stay without a gateway connection before it is fatal (60 s). */
  noConnectionMs?: number;
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
  const client = createClient(deps.api ?? config.apiUrl);
  const inflight = deps.mayAnswer ? new FencedInFlight(logger, 'discord', deps.mayAnswer) : new InFlight(logger, 'discord');
  const turns = createTurns({ core, inflight, logger, state: deps.state.scoped('discord'), rateLimit: shared.rateLimit,
    memoryTtlMs: shared.memoryTtlMs, ...(deps.clock ? { clock: deps.clock } : {}), platform: 'discord', ...(deps.observe ? { observe: deps.observe } : {}) });
  createHandlers({ core, inflight, turns, choices: new ChoiceIds() }).listen(client);
  client.on(Events.Error, (err) => logger.error({ err }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn({ message }, 'discord client warning'));
  // Events.Debug is not forwarded: discord.js prints part of the token there.

  let started = false;
  let failStart: (problem: GatewayProblem) => void = () => {};
  const startFailed = new Promise<GatewayProblem>((resolve) => { failStart = resolve; });
  const gateway = watchGateway(client, {
    logger,
    core,
    noConnectionMs: deps.noConnectionMs ?? NO_CONNECTION_MS,
    onProblem: (problem) => {
      if (!started) { failStart(problem); return; }
      deps.fatal(new FatalError(problem.key, problem.problem));
    },
  });

  const ready = once(client, Events.ClientReady);
  // once() rejects on a client 'error'; after a failed login nobody waits for it any more.
  ready.catch(() => {});
  // A login that fails on its own (a 401 for the token) rejects; one whose gateway fails resolves startFailed first.
  const login = client.login(config.token).then(() => ready).then(() => null);
  const outcome = await Promise.race([login, startFailed]).catch((err: unknown) => ({ thrown: err }));
  if (outcome !== null) {
    gateway.close();
    await destroyClient(client);
    void login.catch(() => {});
    if ('cause' in outcome) {
      // A close at start is a setting to fix (exit 2); a start that never connects is fatal (exit 1).
      throw outcome.cause === 'close' ? new ConfigError(outcome.key, outcome.problem) : new FatalError(outcome.key, outcome.problem);
    }
    if ((outcome.thrown as { code?: unknown }).code === DiscordjsErrorCodes.TokenInvalid) {
      throw new ConfigError('DISCORD_TOKEN', 'Discord rejected this token; reset it on the Bot page and copy the new one');
    }
    throw outcome.thrown;
  }
  started = true;
  const me = client.user;
  if (config.applicationId && client.application && client.application.id !== config.applicationId) {
    logger.warn({ configured: config.applicationId, actual: client.application.id }, 'DISCORD_APPLICATION_ID is not the application of this token');
  }
  logger.info({ user: me?.id, guilds: client.guilds.cache.size }, 'discord ready');

  return {
    async stop() {
      // First: the disconnection the stop makes is neither an outage nor fatal.
      gateway.close();
      await inflight.close(DRAIN_MS);
      await destroyClient(client);
    },
  };
}
