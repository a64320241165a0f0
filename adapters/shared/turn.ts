// One chat turn, the same on every platform: guard → rate limit → core →
// render → reply, with the apology and the log line in one place. A platform
// translates its event into a Turn and gives the three things only it knows:
// how to render an Answer, how to reply, and how to say a notice of its own.
// Adding a platform is then config, this translation, a renderer and an index.
import type { Answer, Core, Language, Query } from '../../src/index.js';
import type { RateLimit } from './config.js';
import type { InFlight, Where } from './inflight.js';
import type { Logger } from './logger.js';
import { RateLimiter } from './rateLimit.js';

export interface Turn {
  /** What kind of event it came from ('command', 'mention', 'pick'…), for the logs. */
  handler: string;
  /** Ids for the logs (team, channel, user), never the question. */
  where: Where;
  /** Whom the rate limit counts the question against. */
  user: string;
  /** Follow-ups ("and in Denmark?") continue within this key. */
  conversation?: string;
  /** Typed text, or the structured query a button or a picker carries. */
  ask: string | Query;
  /** The language to answer in when the question does not show one. */
  language?: Language;
}

/** The front end's own short messages: too many questions, something failed. */
export type Notice = 'limited' | 'failed';

export interface Replies<M> {
  render(answer: Answer): M;
  reply(message: M): Promise<void>;
  notice(kind: Notice): Promise<void>;
  /**
   * 'every': each refused question gets the notice (a slash command must be answered);
   * 'first' (the default): one per user and window, so a flood does not become a flood of notices.
   */
  limited?: 'every' | 'first';
}

export type Outcome = 'answered' | 'limited' | 'failed' | 'closed';

export interface Turns {
  run<M>(turn: Turn, replies: Replies<M>): Promise<Outcome>;
}

export interface TurnDeps {
  core: Core;
  inflight: InFlight;
  logger: Logger;
  rateLimit: RateLimit;
  clock?: () => number;
}

export function createTurns(deps: TurnDeps): Turns {
  const { core, inflight, logger } = deps;
  const questions = new RateLimiter(deps.rateLimit, deps.clock);
  const notices = new RateLimiter({ max: 1, windowMs: deps.rateLimit.windowMs }, deps.clock);
  const now = deps.clock ?? Date.now;

  return {
    async run(turn, replies) {
      let outcome: Outcome = 'failed';
      const accepted = await inflight.track(turn.handler, turn.where, async () => {
        if (!questions.allow(turn.user)) {
          outcome = 'limited';
          if (replies.limited === 'every' || notices.allow(turn.user)) await replies.notice('limited');
          return;
        }
        const started = now();
        const context = { ...(turn.conversation !== undefined ? { conversation: turn.conversation } : {}),
          ...(turn.language !== undefined ? { language: turn.language } : {}) };
        const answer = core.answer(turn.ask, context);
        await replies.reply(replies.render(answer));
        outcome = 'answered';
        logger.debug({ handler: turn.handler, ...turn.where, verdict: answer.verdict, ms: now() - started }, 'answered');
      }, () => replies.notice('failed'));
      return accepted ? outcome : 'closed';
    },
  };
}
