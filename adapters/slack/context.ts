// What every Slack handler shares: the core, the limits, and the little state
// the adapter keeps (events already answered, answers waiting to be shared).
import { randomUUID } from 'node:crypto';
import type { Answer, Core } from '../../src/index.js';
import type { Logger } from '../shared/logger.js';
import type { RateLimiter } from '../shared/rateLimit.js';
import type { Guard } from './guard.js';
import type { Recent } from './recent.js';

export interface Shareable {
  answer: Answer;
  question: string;
}

export interface SlackContext {
  core: Core;
  logger: Logger;
  guard: Guard;
  /** Questions per user. */
  limiter: RateLimiter;
  /** "Slow down" notices per user: at most one per window, so a flood does not become a flood of notices. */
  notices: RateLimiter;
  /** Event ids already handled: Slack re-delivers events it thinks timed out. */
  events: Recent<true>;
  shares: Recent<Shareable>;
  botUserId: string;
}

/** Keeps an ephemeral answer for its "Share in channel" button; the id is what the button carries. */
export function keepForSharing(ctx: SlackContext, item: Shareable): string {
  const id = randomUUID();
  ctx.shares.set(id, item);
  return id;
}
