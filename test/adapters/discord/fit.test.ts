import { describe, expect, it } from 'vitest';
import { clip, countFitting, joinLines } from '../../../adapters/discord/fit.js';

const more = (n: number): string => `… and ${n} more`;

describe('clip', () => {
  it('GIVEN text within the limit THEN it is returned as is', () => {
    expect(clip('abc', 3)).toBe('abc');
  });

  it('GIVEN longer text THEN it is cut to the limit and ends with an ellipsis', () => {
    const out = clip('abcdefghij', 5);
    expect(out).toBe('abcd…');
    expect(out.length).toBe(5);
  });

  it('GIVEN a cut inside a surrogate pair THEN the pair is not split', () => {
    const out = clip('ab😀cd', 4);
    expect(out).toBe('ab…');
    expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('GIVEN a cut right after an escaping backslash THEN the backslash goes too', () => {
    expect(clip('ab\\*cdef', 4)).toBe('ab…');
    expect(clip('a\\\\bcdef', 4)).toBe('a\\\\…');
  });
});

describe('joinLines', () => {
  it('GIVEN lines that fit THEN they are joined', () => {
    expect(joinLines(['a', 'b'], 10, more)).toBe('a\nb');
  });

  it('GIVEN too many lines THEN the kept ones end with how many were left out, within the limit', () => {
    const lines = Array.from({ length: 100 }, (_, i) => `line number ${i}`);
    const out = joinLines(lines, 200, more);
    expect(out.length).toBeLessThanOrEqual(200);
    const kept = out.split('\n');
    const last = kept.pop()!;
    expect(last).toBe(more(100 - kept.length));
    expect(kept).toEqual(lines.slice(0, kept.length));
  });

  it('GIVEN one line longer than the limit THEN its start is kept and the rest counted', () => {
    const out = joinLines(['x'.repeat(500), 'second'], 100, more);
    expect(out.length).toBeLessThanOrEqual(100);
    expect(out.endsWith('\n… and 1 more')).toBe(true);
    expect(out.startsWith('xxxx')).toBe(true);
  });

  it('GIVEN a single overlong line THEN it is clipped alone', () => {
    expect(joinLines(['y'.repeat(50)], 10, more)).toBe(`${'y'.repeat(9)}…`);
  });
});

describe('countFitting', () => {
  it('GIVEN a count cap THEN one slot is kept for the overflow item', () => {
    expect(countFitting(Array(30).fill(1), 25, 10_000, () => 1)).toBe(24);
    expect(countFitting(Array(25).fill(1), 25, 10_000, () => 1)).toBe(25);
  });

  it('GIVEN a size budget THEN the kept items and the overflow item fit in it', () => {
    const n = countFitting(Array(10).fill(100), 25, 450, () => 20);
    expect(n).toBe(4);
    expect(n * 100 + 20).toBeLessThanOrEqual(450);
  });
});
