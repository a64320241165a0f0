import { describe, expect, it } from 'vitest';
import { Random, deriveSeed, mulberry32 } from '../../bench/random.js';

describe('GIVEN the seeded generator', () => {
  it('THEN the same seed gives the same sequence and another seed another one', () => {
    const a = mulberry32(42); const b = mulberry32(42); const c = mulberry32(43);
    const seqA = Array.from({ length: 50 }, a);
    expect(Array.from({ length: 50 }, b)).toEqual(seqA);
    expect(Array.from({ length: 50 }, c)).not.toEqual(seqA);
    for (const x of seqA) expect(x >= 0 && x < 1).toBe(true);
  });

  it('THEN a forked stream does not move when another stream draws more', () => {
    const one = new Random(7); const two = new Random(7);
    one.fork('products').int(0, 100);
    for (let i = 0; i < 1000; i++) two.fork('products').float();
    expect(Array.from({ length: 10 }, () => one.fork('questions').int(0, 1e6)))
      .toEqual(Array.from({ length: 10 }, () => two.fork('questions').int(0, 1e6)));
    expect(deriveSeed(7, 'a')).not.toBe(deriveSeed(7, 'b'));
  });

  it('THEN int stays in bounds, reaches both ends, and sample draws distinct items', () => {
    const r = new Random(1);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const v = r.int(3, 6);
      expect(v).toBeGreaterThanOrEqual(3);
      expect(v).toBeLessThanOrEqual(6);
      seen.add(v);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
    const s = r.sample([1, 2, 3, 4, 5, 6, 7, 8], 5);
    expect(new Set(s).size).toBe(5);
    expect(r.sample([1, 2], 5).sort()).toEqual([1, 2]);
  });

  it('THEN weighted never picks a zero-weight item and favours heavy ones', () => {
    const r = new Random(3);
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 3000; i++) counts[r.weighted([['a', 3], ['b', 1], ['c', 0]] as const)]++;
    expect(counts.c).toBe(0);
    expect(counts.a).toBeGreaterThan(counts.b * 2);
  });
});
