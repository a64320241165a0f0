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

// A word's vote never changes: the same few thousand words come back question after question.
const VOTE_OF = new Map<string, [Language, number] | null>();
const MAX_REMEMBERED = 50_000;

function voteOf(t: string): [Language, number] | null {
  const known = VOTE_OF.get(t);
  if (known !== undefined) return known;
  let vote: [Language, number] | null = null;
  const packs = LANGUAGES.filter((l) => WORDSETS[l].all_words.has(t));
  if (packs.length === 1) vote = [packs[0]!, 2];
  else if (packs.length === 0) {
    const dicts = LANGUAGES.filter((l) => dictionary(l).has(t));
    if (dicts.length === 1) vote = [dicts[0]!, 1];
  }
  if (VOTE_OF.size >= MAX_REMEMBERED) VOTE_OF.clear();
  VOTE_OF.set(t, vote);
  return vote;
}

function oneLetterVote(t: string): boolean {
  return LANGUAGES.filter((l) => WORDSETS[l].functionWords.has(t)).length === 1;
}

/** `isName` words are left out: "mi" or "tre" as a name says nothing about the language. */
export function wordVotes(tokens: readonly string[], isName: (t: string) => boolean): Votes {
  const v = noVotes();
  for (const t of tokens) {
    // A one-letter word votes only as a function word of one pack alone: Italian "e" ("e in Austria?"), not "a" or "i".
    if ((t.length < 2 && !oneLetterVote(t)) || isName(t)) continue;
    const vote = voteOf(t);
    if (vote) v[vote[0]] += vote[1];
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
