// English or Italian, by vote: lexicon words of each language, plus the
// language of any name read in the question ("Svezia" is Italian).
import type { Language } from '../types.js';
import { ENGLISH, ITALIAN } from './lexicon.js';

export interface Votes { en: number; it: number }

/** `isName` words are left out: "mi" or "tre" as a name says nothing about the language. */
export function lexiconVotes(tokens: readonly string[], isName: (t: string) => boolean): Votes {
  const v = { en: 0, it: 0 };
  for (const t of tokens) {
    if (isName(t)) continue;
    const en = ENGLISH.has(t);
    const it = ITALIAN.has(t);
    if (en && !it) v.en++;
    else if (it && !en) v.it++;
  }
  return v;
}

export function decide(v: Votes, fallback: Language): { language: Language; shown: boolean } {
  if (v.it > v.en) return { language: 'it', shown: true };
  if (v.en > v.it) return { language: 'en', shown: true };
  return { language: fallback, shown: false };
}
