// What is asked, read from the words that are not names, with the cue words of
// every language pack: when, how many, which <dimension>, where, whether; or
// help, or something the bot does not cover (prices, specs, comparisons).
import { LANGUAGES, WORDSETS, hasPhrase, phraseTokens, type Language } from '../language/index.js';
import { TypoIndex } from '../match/typos.js';
import { STOCK_WORDS } from '../text/lexicon.js';
import type { Dimension, Intent } from '../types.js';

export interface Reading {
  intent: Intent | null;
  /** For `set` and `count`: the dimension named ("which countries", "quanti negozi"). */
  dimension: Dimension | null;
  /** Opens like a follow-up: "and …", "e …", "what about …". */
  followUp: boolean;
  greeting: boolean;
  /** "how many … in stock": a stock level, which the bot does not know. */
  stock: boolean;
  /** "what can you do", "come funziona": help even with other words around. */
  helpAsked: boolean;
  /** "still", "now", "ancora": the latest state is asked. */
  latest: boolean;
  /** "yet", "already", "già": whether it has happened by today. */
  yet: boolean;
  /** "all", "every", "tutti": the whole set. */
  all: boolean;
  /** A verb of selling ("what does Coop sell", "cosa vende"): with a retailer alone, its products. */
  sells: boolean;
  /** "where", "dove": the retailers and places are asked. */
  where: boolean;
  /** "who", "chi": the retailers are asked. */
  who: boolean;
  /** "what else", "cos'altro": the rest of what the places hold. */
  other: boolean;
}

const HELP = phraseTokens((p) => p.cues.helpPhrases);
const FOLLOW_UP = phraseTokens((p) => p.cues.followUpPhrases);
const COUNT = phraseTokens((p) => p.cues.countPhrases);
const DIMENSIONS: Dimension[] = ['country', 'retailer', 'product'];
const LEAD = new Set(LANGUAGES.flatMap((l) => [...WORDSETS[l].courtesy, ...WORDSETS[l].filler]));

type CueKey = 'who' | 'yet' | 'when' | 'whenAsked' | 'where' | 'other' | 'list' | 'yesno' | 'help' | 'followUp' | 'all' | 'latest' | 'sell' | 'whether';
/** Each cue class across every pack, as one set: a question asks a dozen of these per word. */
const UNION = Object.fromEntries((['who', 'yet', 'when', 'whenAsked', 'where', 'other', 'list', 'yesno', 'help', 'followUp', 'all', 'latest', 'sell', 'whether'] as CueKey[])
  .map((k) => [k, new Set(LANGUAGES.flatMap((l) => [...WORDSETS[l][k]]))])) as unknown as Record<CueKey, ReadonlySet<string>>;
/**
 * A word is a cue of `key` in the question's language's pack, or in another's when the question's
 * language has no other use for it: Spanish "si" (whether) is no cue in "si trovano" (Italian).
 */
function cueOf(language: Language | null) {
  const own = language ? WORDSETS[language] : null;
  return (w: string, key: CueKey): boolean => (own ? own[key].has(w) || (!own.all_words.has(w) && UNION[key].has(w)) : UNION[key].has(w));
}
const phrase = (words: readonly string[], table: Record<string, string[][]>): boolean =>
  Object.values(table).some((list) => list.some((p) => hasPhrase(words, p)));

const DIMENSION_WORDS = DIMENSIONS.map((d) => [d, [...new Set(LANGUAGES.flatMap((l) => [...WORDSETS[l].dimension[d]]))]] as const);

/** A word that names a dimension ("countries", "negozi", "products"). */
export function isDimensionWord(w: string): boolean {
  return DIMENSION_WORDS.some(([, list]) => list.includes(w));
}

/** A word for countries ("paesi", "countries"). */
export function isCountryWord(w: string): boolean {
  return DIMENSION_WORDS.some(([d, list]) => d === 'country' && list.includes(w));
}

// Long dimension words with the dimension each names, and a deletion index over them: a typo
// ("countrys", "retialers") is looked up, not measured against every word of four packs.
const LONG_DIMENSION_WORDS = new Map<string, Dimension>();
for (const [d, list] of DIMENSION_WORDS) for (const w of list) if (w.length >= 6 && !LONG_DIMENSION_WORDS.has(w)) LONG_DIMENSION_WORDS.set(w, d);
const DIMENSION_TYPOS = new TypoIndex(new Set(LONG_DIMENSION_WORDS.keys()));

/** The dimension a word names, allowing one typo in a long word ("countrys", "retialers"). */
function dimensionOf(words: readonly string[]): Dimension | null {
  for (const w of words) {
    for (const [d, list] of DIMENSION_WORDS) if (list.includes(w)) return d;
  }
  for (const w of words) {
    if (w.length < 6) continue;
    const named = new Set(DIMENSION_TYPOS.correct(w).filter((c) => c.distance <= 1).map((c) => LONG_DIMENSION_WORDS.get(c.word)!));
    const d = DIMENSIONS.find((x) => named.has(x));
    if (d) return d;
  }
  return null;
}

/**
 * `words` are the question's tokens outside any recognised name, in order;
 * `opensWithWord` is false when the question starts with a name ("Xiaomi è…"),
 * so a cue after it is no opening "and".
 */
export function readIntent(words: readonly string[], opensWithWord: boolean, language: Language | null = null): Reading {
  const cue = cueOf(language);
  const any = (ws: readonly string[], key: CueKey): boolean => ws.some((w) => cue(w, key));
  // "ok and in Austria?", "hmm what about Spain": a follow-up may open after a courtesy or filler word.
  let lead = 0;
  while (lead < words.length - 1 && LEAD.has(words[lead]!)) lead++;
  let from = 0;
  const pair = words.slice(lead, lead + 2);
  if (opensWithWord && Object.values(FOLLOW_UP).some((l) => l.some((p) => p.length === 2 && p[0] === pair[0] && p[1] === pair[1]))) from = lead + 2;
  else if (opensWithWord && words[lead] !== undefined && any([words[lead]!], 'followUp')) from = lead + 1;
  const rest = words.slice(from);
  const dimension = dimensionOf(rest);
  const counting = phrase(rest, COUNT);
  const asksList = any(rest, 'list');
  const asksAll = any(rest, 'all');
  const asksYesNo = any(rest, 'yesno');
  // "dimmi se…", "tell me if…": whether, though "tell" asks for a list.
  const whether = any(rest, 'whether');
  let intent: Intent | null = null;
  // "when does it open?" asks a date; "has it launched yet?", "apre a Seul?" ask whether.
  // An event's verb alone ("apre a Seul?", "Redmi launch in Spain?") leaves the kind to the names: two ask whether.
  if (any(rest, 'whenAsked')) intent = 'when';
  else if (counting) intent = 'count';
  else if (whether && !dimension) intent = 'yesno';
  // "which countries…", "list all retailers", "stores in Asia?"; but "are there stores selling Pure?" asks whether,
  // and "dove posso comprare i prodotti Lumora?", "where can I buy all the products of Lumora?" ask where: the
  // word for products names what is located, not a set of products (a word for stores or countries still asks a set).
  else if (dimension && !(dimension === 'product' && any(rest, 'where')) && (asksList || asksAll || !asksYesNo)) intent = 'set';
  else if (asksList) intent = 'list';
  else if (asksYesNo) intent = 'yesno';
  const helpAsked = phrase(words, HELP);
  // "how many … in stock", "how many left": a stock level, not a count of places.
  const stock = counting && words.some((w) => STOCK_WORDS.has(w));
  return {
    stock,
    intent,
    dimension: intent === 'set' || intent === 'count' ? dimension : null,
    followUp: from > 0,
    greeting: any(words, 'help'),
    helpAsked,
    latest: any(rest, 'latest'),
    yet: any(rest, 'yet'),
    all: asksAll,
    sells: any(rest, 'sell'),
    where: any(rest, 'where'),
    who: any(rest, 'who'),
    other: any(rest, 'other'),
  };
}
