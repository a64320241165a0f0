// Socket Mode, kept connected by the app rather than by Slack's client. The
// client's own reconnect, after Slack drops the socket (it refreshes every few
// hours), waits 5 s and more, and when `apps.connections.open` then fails, its
// promise is left unhandled: a revoked app token ended the process with
// "unhandled promise rejection". So the client runs with autoReconnect off,
// and here each drop is followed by a reconnect at once, then after 1, 2, 4 …
// 30 s while it fails. Slack refusing the token, or no connection for 5
// minutes, is fatal: reported through `fatal` (the entry point logs it, stops
// everything, exits 1, and a process manager restarts the bot). Each connect
// and each drop writes a health line.
import { SocketModeReceiver, webApi, type Logger as BoltLogger } from '@slack/bolt';
import type { Core } from '../../src/index.js';
import { FatalError, type OnFatal } from '../shared/fatal.js';
import type { Connection } from '../shared/health.js';
import type { Logger } from '../shared/logger.js';
import { guardEnvelopes } from './envelopes.js';
import { logHealth } from './health.js';

/** Slack's answers to apps.connections.open that no retry will change. */
const REFUSALS = new Set([
  'invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired', 'user_removed_from_team', 'team_disabled',
  'not_allowed_token_type', 'missing_scope', 'no_permission',
]);
const FIRST_DELAY_MS = 1000;
const MAX_DELAY_MS = 30_000;
export const OFFLINE_LIMIT_MS = 5 * 60_000;

export interface SocketOptions {
  appToken: string;
  core: Pick<Core, 'info'>;
  log: Logger;
  bolt: BoltLogger;
  clientOptions: webApi.WebClientOptions;
  fatal: OnFatal | undefined;
  clock?: () => number;
}

export interface SocketLink {
  receiver: SocketModeReceiver;
  state(): Connection;
  /** The first connection is up: from now on a drop is followed by a reconnect. */
  started(): void;
  /** Before the receiver stops: a drop is then no reason to reconnect. */
  stopping(): void;
}

/** Slack's error code when it refused the app token for good; null for anything a retry may cure. */
function refusalOf(err: unknown): string | null {
  const e = err as { code?: unknown; data?: { error?: unknown } } | undefined;
  const code = e?.code === webApi.ErrorCode.PlatformError ? e.data?.error : undefined;
  return typeof code === 'string' && REFUSALS.has(code) ? code : null;
}

/** One phrase for a failed connect: the client rejects with nothing when the socket closes before Slack's hello. */
export function whyNotConnected(err: unknown): string {
  if (err === undefined || err === null) return 'the socket closed before Slack said hello';
  const original = (err as { original?: { message?: unknown } }).original?.message;
  return String(typeof original === 'string' ? original : (err as Error).message ?? err).split('\n')[0] ?? 'failed';
}

export function socketReceiver(o: SocketOptions): SocketLink {
  const clock = o.clock ?? Date.now;
  const receiver = new SocketModeReceiver({
    appToken: o.appToken, logger: o.bolt, autoReconnectEnabled: false,
    // The client keeps (and changes) the object it is given.
    installerOptions: { clientOptions: { ...o.clientOptions } },
  });
  const client = receiver.client;
  guardEnvelopes(client, o.log);

  let state: Connection = 'connecting';
  let live = false;
  let stopping = false;
  let reconnecting = false;
  let wake: (() => void) | null = null;
  const pause = (ms: number): Promise<void> => new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done(): void { clearTimeout(timer); wake = null; resolve(); }
    wake = done;
  });
  const giveUp = (err: FatalError): void => {
    if (o.fatal) o.fatal(err);
    else o.log.error({ key: err.key }, err.message);
  };

  async function reconnect(): Promise<void> {
    if (reconnecting) return;
    reconnecting = true;
    const since = clock();
    try {
      for (let attempt = 1; !stopping; attempt++) {
        if (attempt > 1) await pause(Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (attempt - 2)));
        if (stopping) return;
        try {
          await client.start();
          if (stopping) await client.disconnect();
          return;
        } catch (err) {
          const refusal = refusalOf(err);
          if (refusal) { giveUp(new FatalError('SLACK_APP_TOKEN', `Slack refused it at reconnect (${refusal})`)); return; }
          const problem = whyNotConnected(err);
          if (clock() - since >= OFFLINE_LIMIT_MS) {
            giveUp(new FatalError('SLACK_APP_TOKEN', `no Socket Mode connection for ${OFFLINE_LIMIT_MS / 60_000} minutes (${problem})`));
            return;
          }
          o.log.warn({ attempt, problem }, 'slack: Socket Mode reconnect failed, trying again');
        }
      }
    } finally {
      reconnecting = false;
    }
  }

  client.on('connected', () => {
    state = 'connected';
    logHealth(o.log, o.core, state);
  });
  client.on('disconnected', () => {
    if (stopping) return;
    if (state === 'connected') {
      state = 'disconnected';
      logHealth(o.log, o.core, state);
    }
    if (live) void reconnect();
  });

  return {
    receiver,
    state: () => state,
    started: () => { live = true; },
    stopping: () => { stopping = true; state = 'stopping'; wake?.(); },
  };
}
