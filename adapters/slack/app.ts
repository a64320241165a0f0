// Starts the Slack app: checks the bot token once (auth.test), then runs Bolt
// over Socket Mode (with an app token) or HTTP (Bolt's HTTPReceiver on PORT at
// /slack/events, behind the front door of receiver.ts, with /healthz). Either
// receiver sits behind AckingReceiver (unknown.ts), so a request no listener
// takes is acknowledged at once. Web API calls follow webClient.ts's policy.
// Loaded only when Slack is configured, so Bolt is never loaded otherwise.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, webApi } from '@slack/bolt';
import type { Core } from '../../src/index.js';
import { ConfigError, type SharedConfig } from '../shared/config.js';
import type { OnFatal } from '../shared/fatal.js';
import type { Connection } from '../shared/health.js';
import type { Logger } from '../shared/logger.js';
import { InFlight } from '../shared/inflight.js';
import { createTurns } from '../shared/turn.js';
import { METRICS_PATH, metricsHandler } from '../shared/metricsServer.js';
import type { Observed, Running } from '../platform.js';
import type { StateStore } from '../state/store.js';
import { boltLogger } from './boltLogger.js';
import { drainable } from './drain.js';
import { registerButtons } from './buttons.js';
import { registerCommand } from './command.js';
import type { SlackConfig } from './config.js';
import type { SlackContext } from './context.js';
import { registerMessages } from './messages.js';
import { registerModal } from './modal.js';
import { healthRoute } from './health.js';
import { httpReceiver } from './receiver.js';
import { socketReceiver, whyNotConnected, type SocketLink } from './socket.js';
import { AckingReceiver } from './unknown.js';
import { sendWithin, slackClientOptions, type ClientPolicy } from './webClient.js';

/** Set by tests only; production runs with none of them. */
export interface SlackStartOptions {
  /** HTTP mode: the address to listen on (all interfaces by default) and a port overriding PORT (0: any free one). */
  host?: string;
  port?: number;
  clock?: () => number;
  /** The Web API timeout per attempt (10 s otherwise), so a test of a Slack that never answers need not wait 10 s. */
  apiTimeoutMs?: number;
}

export interface SlackDeps extends Observed {
  core: Core;
  config: SlackConfig;
  shared: SharedConfig;
  logger: Logger;
  /** Called when the app can no longer serve (Slack refuses the app token at a reconnect). */
  fatal: OnFatal;
  /** Shared with the other copies: events answered, conversations, rate limits, shares. */
  state: StateStore;
  options?: SlackStartOptions;
}

export interface SlackRunning extends Running {
  /** The HTTP port listened on; null in Socket Mode. */
  port: number | null;
}

/** Slack retries an event at most three times within minutes; an hour of ids is ample. */
const EVENT_TTL_MS = 60 * 60 * 1000;
const STOP_WAIT_MS = 5000;

interface Identity { botUserId: string; botId: string }

/**
 * auth.test once, so a bad token stops the start with one line instead of failing at the first
 * message. Its client is quiet: the one line is the ConfigError, naming the key (and the URL).
 */
async function whoAmI(token: string, log: Logger, apiUrl: string | null, policy: ClientPolicy): Promise<Identity> {
  const client = new webApi.WebClient(token, slackClientOptions(log, apiUrl, { ...policy, quiet: true }));
  try {
    const me = await client.auth.test();
    if (!me.user_id || !me.bot_id) throw new ConfigError('SLACK_BOT_TOKEN', 'is not a bot token (auth.test names no bot)');
    return { botUserId: me.user_id, botId: me.bot_id };
  } catch (err) {
    throw refused(err, 'SLACK_BOT_TOKEN');
  }
}

/**
 * Slack's "invalid_auth" and the like become a ConfigError naming the key; so do a Slack that
 * cannot be reached or does not answer (the message names the method and the URL) and a
 * Socket Mode connection that closes before Slack's hello. Other failures pass through.
 */
function refused(err: unknown, key: string): unknown {
  if (err instanceof ConfigError) return err;
  const code = (err ?? {}) as { code?: unknown; data?: { error?: unknown } };
  if (code.code === webApi.ErrorCode.PlatformError && typeof code.data?.error === 'string') {
    return new ConfigError(key, `Slack refused it (${code.data.error})`);
  }
  if (err === undefined || code.code === webApi.ErrorCode.RequestError) return new ConfigError(key, whyNotConnected(err));
  return err;
}

async function connect(app: App): Promise<null> {
  try {
    await app.start();
  } catch (err) {
    throw refused(err, 'SLACK_APP_TOKEN');
  }
  return null;
}

async function listen(app: App, port: number, host: string | undefined): Promise<Server> {
  try {
    return await app.start(host ? { port, host } : { port }) as Server;
  } catch (err) {
    if ((err as { code?: unknown }).code === 'EADDRINUSE') throw new ConfigError('PORT', `${port} is already in use`);
    throw err;
  }
}

export async function startSlack(deps: SlackDeps): Promise<SlackRunning> {
  const { core, config, shared, logger } = deps;
  const options = deps.options ?? {};
  const log = logger.child({ platform: 'slack' });
  const bolt = boltLogger(log);
  const policy: ClientPolicy = options.apiTimeoutMs === undefined ? {} : { timeoutMs: options.apiTimeoutMs };
  const clientOptions = slackClientOptions(log, config.apiUrl, policy);
  const me = await whoAmI(config.botToken, log, config.apiUrl, policy);

  const mode = config.mode;
  // HTTP mode is connected while it listens; Socket Mode's link knows its socket.
  let listening: Connection = 'connecting';
  const link: SocketLink | null = mode.kind === 'socket'
    ? socketReceiver({
      appToken: mode.appToken, core, log, clientOptions, fatal: deps.fatal, clock: options.clock ?? Date.now,
      // Reported by socket.ts itself (a ConfigError at start, a retry line, a FatalError).
      bolt: boltLogger(log, { demote: /^(Failed to retrieve a new WSS URL|WebSocket error)/ }),
    })
    : null;
  // With METRICS=on, HTTP mode serves /metrics on its own port beside /healthz.
  const metricsRoute = deps.metrics ? [{ path: METRICS_PATH, method: ['GET'], handler: metricsHandler(deps.metrics, log) }] : [];
  const receiver = link?.receiver ?? httpReceiver({ signingSecret: config.signingSecret ?? '', log, bolt, routes: [healthRoute(core, () => listening, deps.state), ...metricsRoute] });
  const app = new App({
    token: config.botToken,
    botId: me.botId,
    botUserId: me.botUserId,
    logger: bolt,
    clientOptions,
    receiver: new AckingReceiver(receiver, log),
  });

  const clock = options.clock ?? Date.now;
  const inflight = new InFlight(log, 'slack');
  const state = deps.state.scoped('slack');
  const ctx: SlackContext = {
    core, logger: log, inflight,
    turns: createTurns({ core, inflight, logger: log, state, rateLimit: shared.rateLimit, memoryTtlMs: shared.memoryTtlMs, clock,
      platform: 'slack', ...(deps.observe ? { observe: deps.observe } : {}) }),
    state,
    botUserId: me.botUserId,
    post: (what, since, send) => sendWithin(log, what, since, send, clock),
  };

  // Events are acknowledged before middleware runs, so dropping a repeat here only skips the answer.
  app.use(async ({ body, context, next }) => {
    const id = (body as { event_id?: unknown }).event_id;
    if (typeof id === 'string' && !await state.setIfAbsent(`event:${id}`, EVENT_TTL_MS)) {
      log.info({ eventId: id, retry: context.retryNum, reason: context.retryReason }, 'slack event delivered again: ignored');
      return;
    }
    await next();
  });
  registerCommand(app, ctx);
  registerMessages(app, ctx);
  registerButtons(app, ctx);
  registerModal(app, ctx);
  // Handlers catch their own errors; this sees what escapes Bolt's middleware.
  app.error(async (err) => { log.error({ err }, 'slack app error'); });

  const server = mode.kind === 'socket' ? await connect(app) : await listen(app, options.port ?? mode.port, options.host);
  const port = server ? (server.address() as AddressInfo).port : null;
  listening = 'connected';
  link?.started();
  const drain = server ? drainable(server, async () => { await app.stop(); }) : null;
  log.info({ mode: config.mode.kind, port, botUserId: me.botUserId }, 'slack app running');

  return {
    port,
    servesMetrics: server !== null && deps.metrics !== undefined,
    stop: async () => {
      listening = 'stopping';
      link?.stopping();
      // HTTP: every request already accepted gets its answer (slash commands carry it in the response).
      if (drain) {
        if (await drain.close(STOP_WAIT_MS) === 'cut') log.warn({ waitedMs: STOP_WAIT_MS }, 'slack: connections still open at stop were cut');
      } else await app.stop();
      // Answers posted through the Web API (mentions, DMs, buttons) outlive their request.
      if (await inflight.close(STOP_WAIT_MS) === 'late') log.warn({ handlers: inflight.busy }, 'slack: handlers still running at stop were abandoned');
      log.info('slack app stopped');
    },
  };
}
