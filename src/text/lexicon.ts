// The word classes the matching and reading code uses across languages, derived
// from the language packs (src/language/). Nothing is typed here: a word belongs
// to a class because a pack lists it.
import { LANGUAGES, WORDSETS, type WordSets } from '../language/index.js';

type Key = Exclude<keyof WordSets, 'dimension'>;

function union(...keys: Key[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const l of LANGUAGES) for (const k of keys) for (const w of WORDSETS[l][k]) out.add(w);
  return out;
}

/** Every word of the English pack. */
export const ENGLISH = WORDSETS.en.all_words;
/** Every word of the Italian pack. */
export const ITALIAN = WORDSETS.it.all_words;
/** Numbers and the function words of every pack. */
export const COMMON = union('numbers', 'functionWords', 'filler');

export const WHEN_CUES = union('when');
export const LIST_CUES = union('list');
export const YESNO_CUES = union('yesno');
export const HELP_CUES = union('help');
export const OUT_OF_SCOPE_CUES = union('outOfScope');
export const FOLLOW_UP_CUES = union('followUp');
export const LATEST_CUES = union('latest');
/** Words that ask about availability: verbs of selling and buying, "available", prepositions of place and retailer. */
export const AVAILABILITY: ReadonlySet<string> = new Set([...union('availability', 'sell', 'retailerBefore', 'placeBefore', 'productAfter')]);
/** Verbs of selling and having: "what does Coop sell", "quali negozi hanno…". */
export const SELL_VERBS = union('sell');

/** Before a retailer name ("at 3", "da Tre", "does Three"; Italian puts the noun first: "negozi Tre"). */
export const RETAILER_BEFORE = union('retailerBefore');
/** After a short retailer name ("3 store", "Three sells"). */
export const RETAILER_AFTER = union('retailerAfter');
/** Before a product name: determiners and verbs of buying ("the Key", "la Flow", "buy a Mi"). */
export const PRODUCT_BEFORE = union('productBefore');
/** After a product name: "is drift sold in…", "la Flow è disponibile". */
export const PRODUCT_AFTER = union('productAfter');
/** Subject pronouns and copulas ("is it pure?"): what follows them describes, it names nothing. */
export const COPULAS = union('copulas');
/** "of", "di", "del": what joins a measure to its noun ("basket of questions"). */
export const GENITIVE = union('genitive');
/** "anything from vivo", "qualcosa di Apple": a word for goods, then a maker's preposition. */
export const GOODS = union('goods');
export const MAKER_BEFORE = union('makerBefore');
/** Words that ask about availability, verbs of selling aside: "available", "buy", "find", "trova". */
export const AVAILABILITY_WORDS = union('availability');
/** Words that name products as a kind ("products", "prodotti"): the dimension a set question asks for. */
export const PRODUCT_WORDS: ReadonlySet<string> = new Set(LANGUAGES.flatMap((l) => [...WORDSETS[l].dimension.product]));
/** Chat filler, slang and abbreviations. */
export const FILLER = union('filler');
/** The bot addressed: "you", "tu", "eres", "du". */
export const ADDRESSEE = union('addressee');
/** Before a place: "in", Italian "a", "nel". */
export const PLACE_BEFORE = union('placeBefore');

/** Italian prepositions: "mi" before one of them is no pronoun ("Mi in Spagna?"). */
export const ITALIAN_PREPOSITIONS = WORDSETS.it.prepositions;
export const CONJUNCTIONS = union('conjunctions');
export const ARTICLES = union('articles');
export const INDEFINITE = union('indefinite');
/** Prepositions that introduce a store and nothing else. */
export const STORE_ONLY = union('storeOnly');
/** "in stock", "left", "pezzi": what makes "how many" a stock level. */
export const STOCK_WORDS = union('stock');

/** Words that continue a model name after its product line ("Redmi Note 5 Pro"). */
export const MODEL_WORDS: ReadonlySet<string> = new Set(
  'note pro max lite plus ultra mix mini prime play neo turbo fold flip edge'.split(' '));

export function isModelToken(token: string): boolean {
  return /\d/.test(token) || MODEL_WORDS.has(token);
}

const ANY_PACK = union('functionWords', 'filler', 'numbers', 'domain', 'when', 'list', 'yesno', 'help', 'outOfScope',
  'followUp', 'count', 'all', 'latest', 'sell', 'productBefore', 'retailerBefore', 'placeBefore', 'retailerAfter', 'productAfter',
  'whether', 'copulas', 'availability', 'genitive', 'conjunctions', 'articles', 'indefinite', 'prepositions', 'stock', 'all_words');

/** A word of a language pack: never read as a typo of a catalog name. */
export function isFunctionWord(token: string): boolean {
  return ANY_PACK.has(token) || token === 'e_is';
}
