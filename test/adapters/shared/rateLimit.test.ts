import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../../adapters/shared/rateLimit.js';

describe('per-user rate limit', () => {
  it('GIVEN a user at the limit THEN refuses until the window has passed, others unaffected', () => {
    let now = 0;
    const limiter = new RateLimiter({ max: 2, windowMs: 1000 }, () => now);
    expect([limiter.allow('a'), limiter.allow('a'), limiter.allow('a')]).toEqual([true, true, false]);
    expect(limiter.allow('b')).toBe(true);
    now = 999;
    expect(limiter.allow('a')).toBe(false);
    now = 1000;
    expect(limiter.allow('a')).toBe(true);
  });

  it('GIVEN a flood of distinct users THEN forgets the idle ones', () => {
    let now = 0;
    const limiter = new RateLimiter({ max: 1, windowMs: 100 }, () => now);
    for (let i = 0; i < 10_000; i++) { now = i; limiter.allow(`u${i}`); }
    expect(limiter.size).toBeLessThanOrEqual(300);
  });
});
