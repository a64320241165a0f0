// One chat turn, the same on every platform: guard → rate limit → state →
// core → render → reply, with the apology and the log line in one place. The
// conversation's memory and the rate limits live in the state store (this
// process's memory, or Redis shared by every copy); the core stays pure. A platform
// translates its event into a Turn and gives the three things only it knows:
// how to render an Answer, how to reply, and how to say a notice of its own.
// Adding a platform is then config, this translation, a renderer and an index.
// After each turn an observer (the misses log, the metrics) hears what it came to.
import type { Answer, Core, Language, Memory, Query, Reason, Verdict } from '../../src/index.js';
import type { StateStore } from '../state/store.js';
import type { RateLimit } from './config.js';
import type { InFlight, Where } from './inflight.js';
import type { Logger } from './logger.js';

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

/** What one turn came to, told after the reply: the asker never waits for whoever listens. */
export interface TurnReport {
  platform: string;
  handler: string;
  outcome: Outcome;
  /** From the turn's start to its reply sent (or its refusal). */
  ms: number;
  /** The typed question; null for a structured query (a button, a picker), which names only what the catalog has. */
  question: string | null;
  /** What the answer says, when there was one. */
  answer?: {
    verdict: Verdict; reason: Reason | null; language: Language;
    /** Names the catalog lacks, as written ("Elkjøp", "Lisbon"). */
    unread: string[];
    /** One of them stood where a place stands ("and in Lisbon?"). */
    placeTried: boolean;
  };
}

export type TurnObserver = (report: TurnReport) => void;

export interface Turns {
  run<M>(turn: Turn, replies: Replies<M>): Promise<Outcome>;
}

export interface TurnDeps {
  core: Core;
  inflight: InFlight;
  logger: Logger;
  /** Where conversations and rate limits are kept: shared by every copy of the bot when it is Redis. */
  state: StateStore;
  rateLimit: RateLimit;
  /** How long a conversation is remembered after its last turn. */
  memoryTtlMs: number;
  clock?: () => number;
  /** The platform's name, for the observer. */
  platform?: string;
  observe?: TurnObserver;
}

export function createTurns(deps: TurnDeps): Turns {
  const { core, inflight, logger, state } = deps;
  const questions = state.limiter('questions', deps.rateLimit);
  const notices = state.limiter('notices', { max: 1, windowMs: deps.rateLimit.windowMs });
  const now = deps.clock ?? Date.now;
  const memoryKey = (conversation: string): string => `conversation:${conversation}`;

  return {
    async run(turn, replies) {
      let outcome: Outcome = 'failed';
      let told: TurnReport['answer'];
      const started = now();
      const accepted = await inflight.track(turn.handler, turn.where, async () => {
        // One round trip to a shared store, not two: the count and the conversation are read together.
        const [allowed, previous] = await Promise.all([
          questions.consume(turn.user),
          turn.conversation !== undefined ? state.get<Memory>(memoryKey(turn.conversation)) : Promise.resolve(undefined),
        ]);
        if (!allowed) {
          outcome = 'limited';
          if (replies.limited === 'every' || await notices.consume(turn.user)) await replies.notice('limited');
          return;
        }
        const { answer, remember } = core.turn(turn.ask, { ...(turn.language !== undefined ? { language: turn.language } : {}), previous });
        // Sent before the reply, so a follow-up that reaches another copy finds it (a store keeps one
        // connection's commands in order); the asker does not wait for it to be acknowledged.
        const saved = turn.conversation !== undefined && remember ? state.set(memoryKey(turn.conversation), remember, deps.memoryTtlMs) : undefined;
        await replies.reply(replies.render(answer));
        await saved;
        outcome = 'answered';
        told = { verdict: answer.verdict, reason: answer.reason ?? null, language: answer.language, unread: answer.unread ?? [], placeTried: remember?.placeTried === true };
        logger.debug({ handler: turn.handler, ...turn.where, verdict: answer.verdict, ms: now() - started }, 'answered');
      }, () => replies.notice('failed'));
      const result = accepted ? outcome : 'closed';
      if (deps.observe) {
        try {
          deps.observe({ platform: deps.platform ?? 'unknown', handler: turn.handler, outcome: result, ms: now() - started,
            question: typeof turn.ask === 'string' ? turn.ask : null, ...(told ? { answer: told } : {}) });
        } catch (err) {
          // Whoever listens may fail; the turn it was told about is done and stays answered.
          logger.warn({ err, handler: turn.handler }, 'turn observer failed');
        }
      }
      return result;
    },
  };
}
