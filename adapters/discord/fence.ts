// The work a leader of a shard accepts only while it may still hold the shard's
// lease (lease.ts): an event refused here is left to the copy that holds the
// lease now, which gets the same event from Discord. Refused work is neither
// answered nor apologised for, as after a stop.
import { InFlight, type Where } from '../shared/inflight.js';
import type { Logger } from '../shared/logger.js';

export class FencedInFlight extends InFlight {
  constructor(logger: Logger, platform: string, private readonly mayAnswer: () => boolean) {
    super(logger, platform);
  }

  override track(handler: string, where: Where, work: () => Promise<void>, apologize: () => Promise<void>): Promise<boolean> {
    if (!this.mayAnswer()) return Promise.resolve(false);
    return super.track(handler, where, work, apologize);
  }
}
