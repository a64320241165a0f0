// What every Slack handler shares: the core, the one turn pipeline, the work
// under way, and the little state the adapter keeps (events already answered).
// Buttons carry what they need in their values, so no answer waits in memory.
import type { Core } from '../../src/index.js';
import type { Bounded } from '../shared/bounded.js';
import type { InFlight } from '../shared/inflight.js';
import type { Logger } from '../shared/logger.js';
import type { Turns } from '../shared/turn.js';

export interface SlackContext {
  core: Core;
  logger: Logger;
  inflight: InFlight;
  turns: Turns;
  /** Event ids already handled: Slack re-delivers events it thinks timed out. */
  events: Bounded<true>;
  botUserId: string;
  /**
   * Posts through the Web API: `since` is when the question arrived, so an answer held up by
   * retries past its age is dropped rather than posted late.
   */
  post<T>(what: string, since: number, send: () => Promise<T>): Promise<T | 'dropped'>;
}
