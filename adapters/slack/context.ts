// What every Slack handler shares: the core, the one turn pipeline, the work
// under way, and the state store (shared by every copy when it is Redis).
// Buttons carry what they need in their values, so no answer waits in memory.
import type { Core } from '../../src/index.js';
import type { StateStore } from '../state/store.js';
import type { InFlight } from '../shared/inflight.js';
import type { Logger } from '../shared/logger.js';
import type { Turns } from '../shared/turn.js';

export interface SlackContext {
  core: Core;
  logger: Logger;
  inflight: InFlight;
  turns: Turns;
  /** This platform's part of the state store: event ids and shares already handled, across copies. */
  state: StateStore;
  botUserId: string;
  /**
   * Posts through the Web API: `since` is when the question arrived, so an answer held up by
   * retries past its age is dropped rather than posted late.
   */
  post<T>(what: string, since: number, send: () => Promise<T>): Promise<T | 'dropped'>;
}
