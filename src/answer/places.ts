// A place the question names but the catalog does not know ("in Dublin", "a Roma"):
// answering "yes" for every country would claim what the data does not say about
// that place, so the answer lists what it holds and says which word it could not read.
import {
  ENGLISH, ITALIAN, MODEL_WORDS, PRODUCT_BEFORE, RETAILER_AFTER, RETAILER_BEFORE, isFunctionWord,
} from '../text/lexicon.js';
import type { Language } from '../types.js';

/** Words after which a place is named: "in" in both languages, Italian "a" ("a Milano"). */
function placeCue(word: string | undefined, language: Language): boolean {
  return word === 'in' || word === 'nel' || word === 'nella' || (language === 'it' && word === 'a');
}

function ordinaryWord(t: string): boolean {
  return isFunctionWord(t) || ENGLISH.has(t) || ITALIAN.has(t) || RETAILER_AFTER.has(t) || RETAILER_BEFORE.has(t)
    || PRODUCT_BEFORE.has(t) || MODEL_WORDS.has(t) || /\d/.test(t) || t.length < 4 || t.includes('_');
}

/** Words right after a place cue that no name was read from and that are no everyday word. */
export function unknownPlaces(tokens: readonly string[], covered: ReadonlySet<number>, language: Language): string[] {
  const out: string[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (covered.has(i) || !placeCue(tokens[i - 1], language) || ordinaryWord(t)) continue;
    if (!out.includes(t)) out.push(t);
  }
  return out;
}
