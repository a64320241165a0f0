// How the app talks to Slack's Web API. Bolt's WebClient, left to its
// defaults, waits forever for an answer, retries ten times over half an hour
// without a word in the log, and on a 429 pauses its whole queue, so one
// channel's rate limit holds every other channel's answers. Here:
//   - each attempt has a timeout (10 s), and a timed-out call is not retried:
//     Slack may have taken it, and a second try would post the answer twice;
//   - a refused connection or a 5xx is retried twice, 0.5 s then 1.5 s later,
//     each retry logged with the method and the attempt (never the token: it
//     travels in a header, and only the method is logged);
//   - a 429 fails the call at once (`rejectRateLimitedCalls`), so the queue
//     never pauses; `sendWithin` retries that one call after its Retry-After,
//     as long as the answer is still worth posting.
// The errors name the method and the URL, so "fetch failed" at start becomes
// "auth.test at https://slack.com/api/ failed: connection refused (ECONNREFUSED)".
import { setTimeout as sleep } from 'node:timers/promises';
import { webApi } from '@slack/bolt';
import type { Logger } from '../shared/logger.js';
import { boltLogger } from './boltLogger.js';

export const SLACK_API_DEFAULT = 'https://slack.com/api/';
export const API_TIMEOUT_MS = 10_000;
const RETRY_DELAYS_MS: readonly number[] = [500, 1500];
/** An answer is for the person who just asked: older than this (from when the question arrived), it is not posted. */
export const MAX_ANSWER_AGE_MS = 60_000;

export interface ClientPolicy {
  /** Per attempt; API_TIMEOUT_MS unless a test says otherwise. */
  timeoutMs?: number;
  retryDelaysMs?: readonly number[];
  /** For the start's checks, whose failure is reported as one line of its own: library and retry lines go to debug. */
  quiet?: boolean;
}

const CONNECTION_CODES: Record<string, string> = {
  ECONNREFUSED: 'connection refused', ECONNRESET: 'connection reset', ENOTFOUND: 'host not found', EAI_AGAIN: 'host name lookup failed',
  ETIMEDOUT: 'connection timed out', EHOSTUNREACH: 'host unreachable', ENETUNREACH: 'network unreachable', UND_ERR_SOCKET: 'connection closed',
};

/** "connection refused (ECONNREFUSED)" from undici's "fetch failed" and its cause. */
function whyFailed(err: unknown): string {
  const cause = (err as { cause?: { code?: unknown; message?: unknown } }).cause;
  const code = typeof cause?.code === 'string' ? cause.code : (err as { code?: unknown }).code;
  if (typeof code === 'string') return `${CONNECTION_CODES[code] ?? 'request failed'} (${code})`;
  const message = typeof cause?.message === 'string' ? cause.message : String((err as Error)?.message ?? err);
  return message.split('\n')[0] ?? 'request failed';
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}

/**
 * What a call is, for log lines and errors: a Web API method at the base URL, or Bolt's
 * respond() posting to a response URL (it uses this fetch too), named by its origin only:
 * the rest of a response URL lets anyone post to the channel for 30 minutes.
 */
function targetOf(url: string, base: string): { method: string; at: string } {
  if (url.startsWith(base)) return { method: url.slice(base.length).split('?')[0] ?? '', at: base };
  let origin = 'a URL';
  try { origin = new URL(url).origin; } catch { /* named vaguely, never in full */ }
  return { method: 'response_url', at: origin };
}

/** One Web API call as fetch sees it, with the timeout and retries above. */
function patientFetch(log: Logger, base: string, policy: ClientPolicy): webApi.FetchFunction {
  const timeoutMs = policy.timeoutMs ?? API_TIMEOUT_MS;
  const delays = policy.retryDelaysMs ?? RETRY_DELAYS_MS;
  const note = policy.quiet ? log.debug.bind(log) : log.warn.bind(log);
  return async (url, init) => {
    const { method, at } = targetOf(String(url), base);
    for (let attempt = 1; ; attempt++) {
      const timer = AbortSignal.timeout(timeoutMs);
      const signal = init?.signal ? AbortSignal.any([init.signal, timer]) : timer;
      let reason: string;
      try {
        const res = await fetch(url, { ...init, signal });
        if (res.status < 500) return res;
        reason = `HTTP ${res.status}`;
        await res.body?.cancel();
      } catch (err) {
        if (timer.aborted) throw new Error(`${method} at ${at} did not answer within ${seconds(timeoutMs)}`);
        if (init?.signal?.aborted) throw err;
        reason = whyFailed(err);
      }
      const delay = delays[attempt - 1];
      if (delay === undefined) throw new Error(`${method} at ${at} failed: ${reason}`);
      note({ method, attempt: attempt + 1, of: delays.length + 1, reason }, 'slack api call retried');
      await sleep(delay);
    }
  };
}

/** The options for Bolt's App (`clientOptions`) and for every WebClient the app makes. */
export function slackClientOptions(log: Logger, apiUrl: string | null, policy: ClientPolicy = {}): webApi.WebClientOptions {
  const base = apiUrl ?? SLACK_API_DEFAULT;
  return {
    slackApiUrl: base,
    logger: boltLogger(log, policy.quiet ? { quiet: true } : {}),
    fetch: patientFetch(log, base, policy),
    // Both handled in the fetch above, per attempt: the client's own would retry for half an hour.
    timeout: 0,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
  };
}

/** The Retry-After of a call Slack rate limited, in seconds; null for any other failure. */
function rateLimitedFor(err: unknown): number | null {
  const e = err as { code?: unknown; retryAfter?: unknown };
  return e?.code === webApi.ErrorCode.RateLimitedError && typeof e.retryAfter === 'number' ? e.retryAfter : null;
}

const DROPPED = 'slack: answer dropped: too old to post';

/**
 * Posts with `send` (a Web API call made with the options above), retrying it after Slack's
 * Retry-After when rate limited, for as long as the answer is younger than MAX_ANSWER_AGE_MS
 * counted from `since` (when the question arrived, epoch ms). An answer too old to post, or
 * one whose Retry-After would make it so, is dropped with a log line: 'dropped' comes back.
 * Any other failure is thrown, for the caller to apologise for.
 */
export async function sendWithin<T>(log: Logger, what: string, since: number, send: () => Promise<T>, clock: () => number = Date.now): Promise<T | 'dropped'> {
  for (let attempt = 1; ; attempt++) {
    const ageMs = clock() - since;
    if (ageMs > MAX_ANSWER_AGE_MS) {
      log.warn({ what, ageMs, maxAgeMs: MAX_ANSWER_AGE_MS }, DROPPED);
      return 'dropped';
    }
    try {
      return await send();
    } catch (err) {
      const retryAfterS = rateLimitedFor(err);
      if (retryAfterS === null) throw err;
      const ageThen = clock() - since + retryAfterS * 1000;
      if (ageThen > MAX_ANSWER_AGE_MS) {
        log.warn({ what, retryAfterS, ageMs: clock() - since, maxAgeMs: MAX_ANSWER_AGE_MS }, DROPPED);
        return 'dropped';
      }
      log.info({ what, attempt: attempt + 1, retryAfterS }, 'slack: rate limited, retrying after Retry-After');
      await sleep(retryAfterS * 1000);
    }
  }
}
