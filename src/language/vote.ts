// The question's language, by evidence: every word outside a catalog name votes
// for the languages whose pack holds it (two votes when one pack alone holds it:
// those words are the question's shape; one vote to each pack when several do,
// as "la" for Italian and Spanish) or, failing that, whose dictionary alone does
// (one vote). A name of some languages only ("Svezia", "Italia") votes for them too.
// A tie falls back to the conversation's language, then to the platform's hint,
// then to English, each only when it is among the tied; else to the first tied.
import { normalize } from '../text/normalize.js';
import { dictionary } from './dictionary.js';
import { LANGUAGES, PACKS, WORDSETS, type Language } from './index.js';

export type Votes = Record<Language, number>;

export function noVotes(): Votes {
  return Object.fromEntries(LANGUAGES.map((l) => [l, 0])) as Votes;
}

// A word's vote never changes: the same few thousand words come back question after question.
const VOTE_OF = new Map<string, readonly (readonly [Language, number])[]>();
const MAX_REMEMBERED = 50_000;

const NONE: readonly (readonly [Language, number])[] = [];

function voteOf(t: string): readonly (readonly [Language, number])[] {
  const known = VOTE_OF.get(t);
  if (known !== undefined) return known;
  let vote = NONE;
  const packs = LANGUAGES.filter((l) => WORDSETS[l].all_words.has(t));
  if (packs.length === 1) vote = [[packs[0]!, 2]];
  else if (packs.length > 1) vote = packs.map((l) => [l, 1] as const);
  else {
    const dicts = LANGUAGES.filter((l) => dictionary(l).has(t));
    if (dicts.length === 1) vote = [[dicts[0]!, 1]];
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
    for (const [l, n] of voteOf(t)) v[l] += n;
  }
  return v;
}

/**
 * The language with most votes, `shown` when it alone has them. On a tie, the first of `fallbacks`
 * (the conversation's, the platform's, English) that is among the tied, else the first tied: a
 * question whose words are Italian or Spanish is never answered in a third language.
 */
export function decide(v: Votes, ...fallbacks: Language[]): { language: Language; shown: boolean } {
  const top = Math.max(...LANGUAGES.map((l) => v[l]));
  const fallback = fallbacks[0] ?? 'en';
  if (top <= 0) return { language: fallback, shown: false };
  const tied = LANGUAGES.filter((l) => v[l] === top);
  if (tied.length === 1) return { language: tied[0]!, shown: true };
  return { language: fallbacks.find((f) => tied.includes(f)) ?? tied[0]!, shown: false };
}

/**
 * The language a text is written in, by the same vote as a question's but without a catalog (a
 * front end's own notice, said before the question is answered); `fallback` on a tie.
 */
export function questionLanguage(text: string, fallback: Language = 'en'): Language {
  return decide(markVotes(text, wordVotes(normalize(text).tokens, () => false)), fallback).language;
}

/**
 * The language a catalog author's alias is written in ("móviles": Spanish), or null; `among`: the
 * languages it can be in ("Sudamerica" in a table of Italian and English names is Italian, though
 * Spanish folds "Sudamérica" the same).
 */
export function aliasLanguage(alias: string, among: readonly Language[] = LANGUAGES): Language | null {
  const v = wordVotes(normalize(alias).tokens, () => false);
  for (const l of LANGUAGES) if (!among.includes(l)) v[l] = 0;
  if (among.length < LANGUAGES.length && LANGUAGES.every((l) => v[l] === 0)) {
    // Words no pack holds: the dictionaries of the candidates decide, shared or not.
    for (const t of normalize(alias).tokens) for (const l of among) if (dictionary(l).has(t)) v[l]++;
  }
  const d = decide(v, 'en');
  return d.shown ? d.language : null;
}

/** Marks only one language writes ("¿", "¡"): two votes each for it, read from the text as typed. */
export function markVotes(text: string, v: Votes): Votes {
  for (const l of LANGUAGES) if (PACKS[l].marks.some((m) => text.includes(m))) v[l] += 2;
  return v;
}
