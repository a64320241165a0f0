import { describe, expect, it } from 'vitest';
import { TypoIndex } from '../../../src/match/typos.js';

const index = new TypoIndex(['sweden', 'spain', 'three', 'oman', 'mediaworld', 'denmark', 'redmi']);

describe('typo correction', () => {
  it.each([
    ['swden', 'sweden'], ['sweeden', 'sweden'], ['spian', 'spain'], ['thre', 'three'], ['redmy', 'redmi'],
    ['mediawrold', 'mediaworld'], ['denmrak', 'denmark'], ['dnemark', 'denmark'],
  ])('GIVEN "%s" THEN corrects it to "%s"', (typo, word) => {
    expect(index.correct(typo)).toEqual([{ word, distance: 1 }]);
  });

  it('GIVEN a long word two edits away THEN still finds it', () => {
    expect(index.correct('mediawrld').map((c) => c.word)).toEqual(['mediaworld']);
  });

  it.each([['roma'], ['sweet'], ['xyzzy'], ['red'], ['mediaworldxyz']])('GIVEN "%s" THEN corrects nothing', (word) => {
    expect(index.correct(word)).toEqual([]);
  });

  it('GIVEN a word of the vocabulary THEN corrects nothing', () => {
    expect(index.correct('sweden')).toEqual([]);
    expect(index.has('sweden')).toBe(true);
  });
});
