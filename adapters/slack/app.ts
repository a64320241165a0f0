// Starts the Slack app: checks the bot token once (auth.test), then runs Bolt
// over Socket Mode (with an app token) or HTTP (Bolt's HTTPReceiver on PORT at
// /slack/events). Loaded only when Slack is configured, so Bolt is never
// loaded otherwise.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, webApi } from '@slack/bolt';
import type { Core } from '../../src/index.js';
import { ConfigError, type SharedConfig } from '../shared/config.js';
import type { Logger } from '../shared/logger.js';
import { RateLimiter } from '../shared/rateLimit.js';
import type { Running } from '../platform.js';
import { boltLogger } from './boltLogger.js';
import { drainable } from './drain.js';
import { registerButtons } from './buttons.js';
import { registerCommand } from './command.js';
import type { SlackConfig } from './config.js';
import type { SlackContext, Shareable } from './context.js';
import { Guard } from './guard.js';
import { registerMessages } from './messages.js';
import { registerModal } from './modal.js';
import { Recent } from './recent.js';

/** Set by tests only; production runs with none of them. */
export interface SlackStartOptions {
  /** HTTP mode: the address to listen on (all interfaces by default) and a port overriding PORT (0: any free one). */
  host?: string;
  port?: number;
  clock?: () => number;
}

export interface SlackDeps {
  core: Core;
  config: SlackConfig;
  shared: SharedConfig;
  logger: Logger;
  options?: SlackStartOptions;
}

export interface SlackRunning extends Running {
  /** The HTTP port listened on; null in Socket Mode. */
  port: number | null;
}

/** Slack's response URLs work for 30 minutes: a share button is no use after that. */
const SHARE_TTL_MS = 30 * 60 * 1000;
const SHARE_CAPACITY = 500;
/** Slack retries an event at most three times within minutes; an hour of ids is ample. */
const EVENT_TTL_MS = 60 * 60 * 1000;
const EVENT_CAPACITY = 5000;
const STOP_WAIT_MS = 5000;

interface Identity { botUserId: string; botId: string }

/** auth.test once, so a bad token stops the start with one line instead of failing at the first message. */
async function whoAmI(token: string, clientOptions: webApi.WebClientOptions): Promise<Identity> {
  const client = new webApi.WebClient(token, { ...clientOptions, retryConfig: { retries: 2 } });
  try {
    const me = await client.auth.test();
    if (!me.user_id || !me.bot_id) throw new ConfigError('SLACK_BOT_TOKEN', 'is not a bot token (auth.test names no bot)');
    return { botUserId: me.user_id, botId: me.bot_id };
  } catch (err) {
    throw refused(err, 'SLACK_BOT_TOKEN');
  }
}

/** Slack's "invalid_auth" and the like become a ConfigError naming the key; other failures pass through. */
function refused(err: unknown, key: string): unknown {
  const code = (err as { code?: unknown; data?: { error?: unknown } });
  if (code.code === webApi.ErrorCode.PlatformError && typeof code.data?.error === 'string') {
    return new ConfigError(key, `Slack refused it (${code.data.error})`);
  }
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
  const clientOptions: webApi.WebClientOptions = { logger: bolt, ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}) };
  const me = await whoAmI(config.botToken, clientOptions);

  const mode = config.mode;
  const app = new App({
    token: config.botToken,
    botId: me.botId,
    botUserId: me.botUserId,
    logger: bolt,
    clientOptions,
    ...(mode.kind === 'socket'
      ? { socketMode: true, appToken: mode.appToken }
      : { signingSecret: config.signingSecret ?? '', endpoints: '/slack/events' }),
  });

  const clock = options.clock ?? Date.now;
  const ctx: SlackContext = {
    core, logger: log, guard: new Guard(log),
    limiter: new RateLimiter(shared.rateLimit, clock),
    notices: new RateLimiter({ max: 1, windowMs: shared.rateLimit.windowMs }, clock),
    events: new Recent<true>(EVENT_CAPACITY, EVENT_TTL_MS, clock),
    shares: new Recent<Shareable>(SHARE_CAPACITY, SHARE_TTL_MS, clock),
    botUserId: me.botUserId,
  };

  // Events are acknowledged before middleware runs, so dropping a repeat here only skips the answer.
  app.use(async ({ body, context, next }) => {
    const id = (body as { event_id?: unknown }).event_id;
    if (typeof id === 'string' && !ctx.events.first(id, true)) {
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
  const drain = server ? drainable(server, async () => { await app.stop(); }) : null;
  log.info({ mode: config.mode.kind, port, botUserId: me.botUserId }, 'slack app running');

  return {
    port,
    stop: async () => {
      // HTTP: every request already accepted gets its answer (slash commands carry it in the response).
      if (drain) {
        if (await drain.close(STOP_WAIT_MS) === 'cut') log.warn({ waitedMs: STOP_WAIT_MS }, 'slack: connections still open at stop were cut');
      } else await app.stop();
      // Answers posted through the Web API (mentions, DMs, buttons) outlive their request.
      await ctx.guard.idle(STOP_WAIT_MS);
      if (ctx.guard.busy > 0) log.warn({ handlers: ctx.guard.busy }, 'slack: handlers still running at stop were abandoned');
      log.info('slack app stopped');
    },
  };
}
