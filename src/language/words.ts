// What kind of word a question's token is, across the language packs and the
// dictionaries: a pack word (it carries the question's shape), an ordinary word
// of a language, or neither — then, outside any catalog name, a name the
// catalog does not hold.
import { isFunctionWord } from '../text/lexicon.js';
import { TypoIndex } from '../match/typos.js';
import { WORD_CLASSES, dictionary } from './dictionary.js';
import { LANGUAGES, WORDSETS, type Language } from './index.js';

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

/**
 * An ordinary word of the question's language, read as it is written: its own dictionary, or English's,
 * whose words every language here borrows ("controller", "online"). A word only another language knows
 * ("currys", "nivea", "vega") is no everyday word of this question: it may be a name. Without a
 * language shown, a word of any dictionary.
 */
export function isOrdinaryIn(t: string, language: Language | null): boolean {
  if (language === null) return isOrdinaryWord(t);
  return dictionary(language).has(t) || (language !== 'en' && dictionary('en').has(t));
}

/**
 * A word of the packs that carries a question's shape in `language`: that pack's, or a function
 * word, filler or number of any. Another language's cue or domain word ("komplett", "tienda") in a
 * question of this one may be a name ("and at komplett?").
 */
export function isPackWordIn(t: string, language: Language | null): boolean {
  if (language === null) return isFunctionWord(t);
  return WORDSETS[language].all_words.has(t) || t === 'e_is'
    || LANGUAGES.some((l) => WORDSETS[l].functionWords.has(t) || WORDSETS[l].filler.has(t) || WORDSETS[l].numbers.has(t));
}

export function inDictionary(t: string, lang: string): boolean {
  return dictionary(lang).has(t);
}

const ADDRESSED = WORD_CLASSES.filter((c) => c.name === 'addressed').map((c) => c.lang);

/** A verb form that speaks to someone ("sai?", "copri?"), from a dictionary's grammar (see dictionary.ts). */
export function isAddressedVerb(t: string): boolean {
  return t.length >= 3 && !isFunctionWord(t) && ADDRESSED.some((l) => dictionary(l, 'addressed').has(t));
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

interface CueTypos { long: TypoIndex; short: Map<string, string> }
const cueTypos = new Map<Language | 'any', CueTypos>();

/** The cue words of `languages`, with their short forms that lost a letter. */
function cueTyposOf(key: Language | 'any'): CueTypos {
  let typos = cueTypos.get(key);
  if (typos) return typos;
  const cues = new Set((key === 'any' ? LANGUAGES : [key]).flatMap((l) => {
    const w = WORDSETS[l];
    return [...w.when, ...w.list, ...w.yesno, ...w.latest, ...w.count, ...w.sell, ...w.help,
      ...w.dimension.country, ...w.dimension.retailer, ...w.dimension.product];
  }));
  // Short words are guessed only when a letter was dropped: "stil", "wen"; "sony" is no "sono".
  const short = new Map<string, string>();
  for (const c of cues) {
    if (c.length < 4 || c.length > 5) continue;
    for (let i = 0; i < c.length; i++) {
      const v = c.slice(0, i) + c.slice(i + 1);
      if (!cues.has(v) && !short.has(v)) short.set(v, c);
    }
  }
  typos = { long: new TypoIndex(cues), short };
  cueTypos.set(key, typos);
  return typos;
}

/**
 * The cue word a lower-case typo stands for ("wich" → "which", "wen" → "when", "stil" → "still",
 * "countrys" → "countries"), or null. Only cue words are guessed: they decide what is asked, and a
 * guess into any other word could hide a name. In a question of a known language, only that
 * language's cues: English "make" is no German "Marke" mistyped.
 */
export function cueWordFor(t: string, language?: Language): string | null {
  // A long everyday word is itself ("smart" is no "start"); a short one may have lost a letter ("wich").
  // A word of another language's pack may be a slip in this one: German "wen" is English "when" mistyped.
  const own = language ? WORDSETS[language].all_words.has(t) || t === 'e_is' : isFunctionWord(t);
  if (t.length < 3 || own || (t.length >= 5 && isOrdinaryWord(t))) return null;
  const typos = cueTyposOf(language ?? 'any');
  if (t.length < 5) return typos.short.get(t) ?? null;
  const c = typos.long.correct(t).filter((x) => x.distance <= 1);
  return c.length === 1 ? c[0]!.word : null;
}
