import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Random } from '../../bench/random.js';
import { TYPO_OPS, Vocabulary, applyTypo, osa, randomTypo } from '../../bench/typos.js';

describe('GIVEN a typo operator', () => {
  it('WHEN dropping THEN exactly that letter is gone', () => {
    expect(applyTypo('Sweden', 'drop', 2)).toBe('Swden');
  });
  it('WHEN swapping THEN the two neighbours trade places and keep the word\'s case pattern', () => {
    expect(applyTypo('Spain', 'swap', 2)).toBe('Spian');
    expect(applyTypo('Spain', 'swap', 0)).toBe('Psain');
  });
  it('WHEN inserting THEN the letter appears before that position', () => {
    expect(applyTypo('Redmi', 'insert', 3, 'k')).toBe('Redkmi');
    expect(applyTypo('Redmi', 'insert', 5, 'k')).toBe('Redmik');
  });
  it('WHEN substituting THEN only that letter changes', () => {
    expect(applyTypo('Orange', 'substitute', 2, 'e')).toBe('Orenge');
    expect(applyTypo('ORANGE', 'substitute', 2, 'e')).toBe('OREN' + 'GE');
  });
});

describe('GIVEN random typos of words of five letters or more', () => {
  it('THEN each is one edit away (an adjacent swap counts one) and keeps the first letter', () => {
    fc.assert(fc.property(fc.stringMatching(/^[A-Za-z]{5,14}$/), fc.integer({ min: 0, max: 2 ** 31 }), fc.constantFrom(...TYPO_OPS),
      (word, seed, op) => {
        const t = randomTypo(word, new Random(seed), op);
        expect(t.to.toLowerCase()).not.toBe(word.toLowerCase());
        expect(osa(t.to.toLowerCase(), word.toLowerCase(), 2)).toBe(1);
        expect(t.to[0]).toBe(word[0]);
        const delta = t.to.length - word.length;
        if (t.op === 'drop') expect(delta).toBe(-1);
        if (t.op === 'insert') expect(delta).toBe(1);
        if (t.op === 'swap' || t.op === 'substitute') expect(delta).toBe(0);
      }), { numRuns: 300 });
  });

  it('THEN osa counts a swap as one edit where Levenshtein would count two', () => {
    expect(osa('spian', 'spain', 3)).toBe(1);
    expect(osa('kitten', 'sitting', 5)).toBe(3);
    expect(osa('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

describe('GIVEN the fairness rule for typos', () => {
  const vocabulary = new Vocabulary(['Spain', 'Spin', 'Sweden', 'Orange', 'Range', 'Redmi', 'Redme', 'Fortress']);
  it('THEN a typo that is another known word is refused', () => {
    expect(vocabulary.fair('Spin', 'Spain')).toBe(false);
  });
  it('THEN a typo as close to another known word as to the intended one is refused', () => {
    // "redmk" is one edit from both "redmi" and "redme".
    expect(vocabulary.fair('Redmk', 'Redmi')).toBe(false);
  });
  it('THEN a typo two edits from the intended word is refused', () => {
    expect(vocabulary.fair('Swdn', 'Sweden')).toBe(false);
  });
  it('THEN a typo only the intended word is near is kept, whatever its case', () => {
    expect(vocabulary.fair('Swdeen', 'Sweden')).toBe(true);
    expect(vocabulary.fair('FORTRES', 'Fortress')).toBe(true);
  });
  it('THEN an accent or a capital alone is no typo', () => {
    expect(vocabulary.fair('Orànge', 'Orange')).toBe(false);
    expect(vocabulary.fair('SWEDEN', 'Sweden')).toBe(false);
  });
});
