// Questions the bot does not cover (prices, specs, stock levels, repairs,
// shipping, comparisons), by the packs' cue words and phrases. A cue counts
// in inflected forms ("repaired", "ripara") and only in a clause that asks
// something: "our target is 50 units. does Halfords sell the Halo?" asks about
// availability, and "…? best, Marco" is a signature.
import { LANGUAGES, WORDSETS, hasPhrase, phraseTokens } from '../language/index.js';
import { clausesOf, type Normalized } from '../text/normalize.js';
import { LIST_CUES, WHEN_CUES, isFunctionWord } from '../text/lexicon.js';
import { inDictionary } from '../language/words.js';
import type { Language } from '../types.js';

const PHRASES = Object.values(phraseTokens((p) => p.cues.outOfScopePhrases)).flat();
const CUES = new Set(LANGUAGES.flatMap((l) => [...WORDSETS[l].outOfScope]));
const STEMS = new Map<string, { cue: string; lang: Language }[]>();
for (const lang of LANGUAGES) {
  for (const c of WORDSETS[lang].outOfScope) {
    if (c.length < 5) continue;
    const key = c.slice(0, 5);
    STEMS.set(key, [...(STEMS.get(key) ?? []), { cue: c, lang }]);
  }
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * A cue word, or an inflection of one sharing all but its last three letters ("riparare" → "ripara",
 * six letters at least). In a question of a known language, another language's cue counts only where
 * this language has no word of that spelling: "preciso" is Italian's "precise", no Spanish "precio".
 */
export function isScopeCue(t: string, language: Language | null = null): boolean {
  const foreign = (lang: Language): boolean => language !== null && lang !== language && inDictionary(t, language);
  if (CUES.has(t)) return LANGUAGES.some((l) => WORDSETS[l].outOfScope.has(t) && !foreign(l));
  // A pack word is itself: "quali" is no form of "qualità".
  if (t.length < 5 || isFunctionWord(t)) return false;
  // An inflection of a cue of one language: "specifically" is an English word, no form of Italian "specifiche".
  // An inflection differs by its ending alone: "unterschrieben" (signed) is no form of "Unterschied".
  return (STEMS.get(t.slice(0, 5)) ?? []).some(({ cue, lang }) => commonPrefix(t, cue) >= Math.max(Math.min(6, cue.length), cue.length - 3)
    && t.length - commonPrefix(t, cue) <= 3 && !foreign(lang) && !LANGUAGES.some((other) => other !== lang && inDictionary(t, other) && !inDictionary(t, lang)));
}

export function outOfScope(n: Normalized, covered: ReadonlySet<number>, language: Language | null = null): boolean {
  const clauses = clausesOf(n);
  const asks = (c: number[]): boolean => clauses.length === 1
    || c.some((i) => covered.has(i) || LIST_CUES.has(n.tokens[i]!) || WHEN_CUES.has(n.tokens[i]!));
  return clauses.some((c) => {
    if (!asks(c)) return false;
    const words = c.filter((i) => !covered.has(i)).map((i) => n.tokens[i]!);
    return words.some((w) => isScopeCue(w, language)) || PHRASES.some((p) => hasPhrase(words, p));
  });
}
