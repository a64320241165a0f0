import { describe, expect, test } from 'vitest';
import { Bounded } from '../../../adapters/shared/bounded.js';

describe('GIVEN a bounded, expiring memory of recent keys', () => {
  test('WHEN a key comes twice THEN only the first is new', () => {
    const seen = new Bounded<true>(10, 1000, () => 0);
    expect(seen.first('Ev1', true)).toBe(true);
    expect(seen.first('Ev1', true)).toBe(false);
    expect(seen.first('Ev2', true)).toBe(true);
  });

  test('WHEN more keys than its capacity arrive THEN the oldest are forgotten and the size stays bounded', () => {
    const seen = new Bounded<true>(100, 60_000, () => 0);
    for (let i = 0; i < 10_000; i++) seen.first(`Ev${i}`, true);
    expect(seen.size).toBe(100);
    expect(seen.first('Ev9999', true)).toBe(false);
    expect(seen.first('Ev0', true)).toBe(true);
  });

  test('WHEN its time is up THEN a key is new again', () => {
    let now = 0;
    const seen = new Bounded<string>(10, 1000, () => now);
    seen.set('a', 'answer');
    now = 999;
    expect(seen.get('a')).toBe('answer');
    now = 1000;
    expect(seen.get('a')).toBeUndefined();
  });
});
