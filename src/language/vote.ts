// The question's language, by evidence: every word outside a catalog name votes
// for the languages whose pack holds it (two votes: those words are the
// question's shape) or, failing that, whose dictionary does (one vote). A name
// of one language ("Svezia") votes too. A tie falls back to the conversation's
// language, then to the catalog's.
import { dictionary } from './dictionary.js';
import { LANGUAGES, WORDSETS, type Language } from './index.js';

export type Votes = Record<Language, number>;

export function noVotes(): Votes {
  return Object.fromEntries(LANGUAGES.map((l) => [l, 0])) as Votes;
}

/** `isName` words are left out: "mi" or "tre" as a name says nothing about the language. */
export function wordVotes(tokens: readonly string[], isName: (t: string) => boolean): Votes {
  const v = noVotes();
  for (const t of tokens) {
    if (isName(t) || t.length < 2) continue;
    const packs = LANGUAGES.filter((l) => WORDSETS[l].all_words.has(t));
    if (packs.length === 1) { v[packs[0]!] += 2; continue; }
    if (packs.length > 1) continue;
    const dicts = LANGUAGES.filter((l) => dictionary(l).has(t));
    if (dicts.length === 1) v[dicts[0]!] += 1;
  }
  return v;
}

export function decide(v: Votes, fallback: Language): { language: Language; shown: boolean } {
  let best: Language | null = null;
  let tie = false;
  for (const l of LANGUAGES) {
    if (best === null || v[l] > v[best]) { best = l; tie = false; } else if (v[l] === v[best]) tie = true;
  }
  if (best === null || tie || v[best] === 0) return { language: fallback, shown: false };
  return { language: best, shown: true };
}
