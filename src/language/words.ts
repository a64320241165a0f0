// What kind of word a question's token is, across the language packs and the
// dictionaries: a pack word (it carries the question's shape), an ordinary word
// of a language, or neither — then, outside any catalog name, a name the
// catalog does not hold.
import { isFunctionWord } from '../text/lexicon.js';
import { TypoIndex } from '../match/typos.js';
import { dictionary } from './dictionary.js';
import { LANGUAGES, WORDSETS } from './index.js';

// A question asks about the same few words several times (vote, context, accounting): keep the answers.
const ORDINARY = new Map<string, boolean>();
const MAX_REMEMBERED = 50_000;

/** A word of any language's dictionary. */
export function isOrdinaryWord(t: string): boolean {
  const known = ORDINARY.get(t);
  if (known !== undefined) return known;
  let found = false;
  for (const l of LANGUAGES) if (dictionary(l).has(t)) { found = true; break; }
  if (ORDINARY.size >= MAX_REMEMBERED) ORDINARY.clear();
  ORDINARY.set(t, found);
  return found;
}

export function inDictionary(t: string, lang: string): boolean {
  return dictionary(lang).has(t);
}

let packWords: TypoIndex | null = null;

/**
 * A typo of a pack word ("wich", "avialable", "negozzi"): one edit away, for
 * words long enough to tell. Typos of other ordinary words are not guessed: a
 * word that is none of these is read as a name, which never makes a "yes".
 */
export function nearPackWord(t: string): boolean {
  if (t.length < 5) return false;
  // The same deletion index as catalog names: a few lookups instead of a distance to every pack word.
  packWords ??= new TypoIndex(new Set(LANGUAGES.flatMap((l) => [...WORDSETS[l].all_words])));
  return packWords.correct(t).some((c) => c.distance <= 1);
}

export { isFunctionWord };
