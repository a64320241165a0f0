// A per-user sliding-window limit. Its state is bounded: users idle for a whole
// window are forgotten on the next sweep, so a flood of distinct ids cannot
// grow memory without end.
import type { RateLimit } from './config.js';

export class RateLimiter {
  private readonly hits = new Map<string, number[]>();
  private lastSweep = 0;

  constructor(private readonly limit: RateLimit, private readonly clock: () => number = Date.now) {}

  /** Records a question from `user`; false when it is over the limit (and is not counted). */
  allow(user: string): boolean {
    const now = this.clock();
    if (now - this.lastSweep > this.limit.windowMs) this.sweep(now);
    const recent = (this.hits.get(user) ?? []).filter((t) => now - t < this.limit.windowMs);
    if (recent.length >= this.limit.max) {
      this.hits.set(user, recent);
      return false;
    }
    recent.push(now);
    this.hits.set(user, recent);
    return true;
  }

  private sweep(now: number): void {
    this.lastSweep = now;
    for (const [user, times] of this.hits) {
      if (times.every((t) => now - t >= this.limit.windowMs)) this.hits.delete(user);
    }
  }

  get size(): number {
    return this.hits.size;
  }
}
