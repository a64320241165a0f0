// The work a front end has accepted and not finished: every handler runs in
// `track`, so an error is logged (pino masks tokens) and apologised for instead
// of escaping, and a stop can wait for what is under way, within a deadline.
import type { Logger } from './logger.js';
import { withDeadline } from './deadline.js';

/** Ids that say where a failure happened, never what was said. */
export type Where = Record<string, string | null | undefined>;

export class InFlight {
  private readonly running = new Set<Promise<void>>();
  private closed = false;

  constructor(private readonly logger: Logger, private readonly platform: string) {}

  /**
   * Runs `work`; on an error logs it and runs `apologize` (whose own failure is logged too).
   * After `close`, new work is refused: false.
   */
  async track(handler: string, where: Where, work: () => Promise<void>, apologize: () => Promise<void>): Promise<boolean> {
    if (this.closed) return false;
    const job = (async () => {
      try {
        await work();
      } catch (err) {
        this.logger.error({ err, handler, ...where }, `${this.platform} handler failed`);
        try {
          await apologize();
        } catch (again) {
          this.logger.warn({ err: again, handler, ...where }, `${this.platform} apology failed too`);
        }
      }
    })();
    this.running.add(job);
    try {
      await job;
    } finally {
      this.running.delete(job);
    }
    return true;
  }

  /** Stops taking work and waits for what is under way, at most `timeoutMs`. 'late' when some was still running. */
  async close(timeoutMs: number): Promise<'idle' | 'late'> {
    this.closed = true;
    const outcome = await withDeadline(Promise.allSettled([...this.running]), timeoutMs);
    return outcome === 'late' ? 'late' : 'idle';
  }

  get busy(): number {
    return this.running.size;
  }
}
