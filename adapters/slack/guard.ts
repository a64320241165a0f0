// Every handler runs inside `run`: an error is logged (pino masks tokens), the
// user gets a short apology, and the app keeps taking questions. It also counts
// the handlers under way so stopping can let them finish.
import type { Logger } from '../shared/logger.js';

export type Where = Record<string, string | undefined>;

export class Guard {
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly logger: Logger) {}

  async run(handler: string, where: Where, work: () => Promise<void>, apologize: () => Promise<void>): Promise<void> {
    const job = this.attempt(handler, where, work, apologize);
    this.running.add(job);
    try {
      await job;
    } finally {
      this.running.delete(job);
    }
  }

  private async attempt(handler: string, where: Where, work: () => Promise<void>, apologize: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (err) {
      this.logger.error({ err, handler, ...where }, 'slack handler failed');
      try {
        await apologize();
      } catch (again) {
        this.logger.warn({ err: again, handler, ...where }, 'slack apology failed too');
      }
    }
  }

  /** Resolves when the handlers under way are done, or after `timeoutMs`. */
  async idle(timeoutMs: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<void>((resolve) => { timer = setTimeout(resolve, timeoutMs); });
    await Promise.race([Promise.allSettled([...this.running]), late]);
    clearTimeout(timer);
  }

  get busy(): number {
    return this.running.size;
  }
}
