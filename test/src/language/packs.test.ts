// The language packs and the dictionaries: every pack says every phrase, the
// word lists are searched exactly, and the vote follows the words' evidence.
import { describe, expect, it } from 'vitest';
import { Dictionary, dictionary } from '../../../src/language/dictionary.js';
import { LANGUAGES, PACKS, WORDSETS } from '../../../src/language/index.js';
import { decide, wordVotes } from '../../../src/language/vote.js';
import { nearPackWord } from '../../../src/language/words.js';

describe('GIVEN the registered packs', () => {
  it('THEN every pack says every phrase the English pack says, with the same shape', () => {
    const keys = Object.keys(PACKS.en.phrases).sort();
    for (const l of LANGUAGES) {
      expect(Object.keys(PACKS[l].phrases).sort()).toEqual(keys);
      for (const k of keys) expect(typeof (PACKS[l].phrases as Record<string, unknown>)[k]).toBe(typeof (PACKS.en.phrases as Record<string, unknown>)[k]);
    }
  });
  it('THEN every pack has words for every kind of question and twelve months', () => {
    for (const l of LANGUAGES) {
      const w = WORDSETS[l];
      for (const set of [w.when, w.list, w.yesno, w.help, w.outOfScope, w.count, w.productBefore, w.retailerBefore, w.placeBefore]) {
        expect(set.size).toBeGreaterThan(0);
      }
      expect(PACKS[l].months).toHaveLength(12);
    }
  });
});

describe('GIVEN the dictionaries', () => {
  it('THEN a sorted word list is searched exactly', () => {
    const d = new Dictionary('apple\nbanana\ncherry');
    expect(d.size).toBe(3);
    expect(['apple', 'banana', 'cherry'].map((w) => d.has(w))).toEqual([true, true, true]);
    expect(['bananas', 'a', 'zebra', ''].map((w) => d.has(w))).toEqual([false, false, false, false]);
  });
  it('THEN ordinary words of each language are known and names are not', () => {
    expect(dictionary('en').has('available')).toBe(true);
    expect(dictionary('it').has('vendono')).toBe(true);
    expect(dictionary('en').has('elkjop')).toBe(false);
    expect(dictionary('it').has('huawei')).toBe(false);
  });
  it('THEN a typo of a pack word is one, and a name is not', () => {
    expect(nearPackWord('avialable')).toBe(true);
    expect(nearPackWord('negozzi')).toBe(true);
    expect(nearPackWord('elkjop')).toBe(false);
  });
});

describe('GIVEN the language vote', () => {
  const vote = (q: string, fallback: 'en' | 'it' = 'en') => decide(wordVotes(q.split(' '), () => false), fallback).language;
  it('THEN the words decide', () => {
    expect(vote('dove posso comprare la bici')).toBe('it');
    expect(vote('where can i buy the bike')).toBe('en');
    expect(vote('quali negozi hanno', 'en')).toBe('it');
  });
  it('THEN a tie falls back', () => {
    expect(vote('flow', 'it')).toBe('it');
    expect(vote('flow', 'en')).toBe('en');
  });
});

describe('GIVEN the verb forms that speak to someone, from the Italian verb tables', () => {
  it('THEN second-person forms are in the class and pack words are not', async () => {
    const { isAddressedVerb } = await import('../../../src/language/words.js');
    for (const w of ['capisci', 'conosci', 'copri', 'sapete']) expect(isAddressedVerb(w), w).toBe(true);
    // "negozi" is also a pack word (stores), "cosa" no verb, "vende" the third person.
    for (const w of ['negozi', 'cosa', 'vende', 'you']) expect(isAddressedVerb(w), w).toBe(false);
  });
});
