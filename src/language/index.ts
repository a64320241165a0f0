// The registry of language packs. `Language` is derived from it, so adding a
// language is one pack file here (plus the catalog's name columns).
import { foldText, spellings } from '../text/normalize.js';
import { de } from './de.js';
import { en, type Phrases } from './en.js';
import { es } from './es.js';
import { it } from './it.js';
import { words, type LanguagePack } from './pack.js';

export const PACKS = { en, it, es, de } satisfies Record<string, LanguagePack<Phrases>>;

export type Language = keyof typeof PACKS;

export const LANGUAGES = Object.keys(PACKS) as Language[];

export function isLanguage(x: unknown): x is Language {
  return typeof x === 'string' && Object.hasOwn(PACKS, x);
}

/** A pack's word lists as sets, built once. */
export interface WordSets {
  functionWords: ReadonlySet<string>;
  filler: ReadonlySet<string>;
  numbers: ReadonlySet<string>;
  domain: ReadonlySet<string>;
  when: ReadonlySet<string>;
  whenAsked: ReadonlySet<string>;
  where: ReadonlySet<string>;
  who: ReadonlySet<string>;
  other: ReadonlySet<string>;
  list: ReadonlySet<string>;
  yesno: ReadonlySet<string>;
  help: ReadonlySet<string>;
  outOfScope: ReadonlySet<string>;
  followUp: ReadonlySet<string>;
  count: ReadonlySet<string>;
  all: ReadonlySet<string>;
  latest: ReadonlySet<string>;
  yet: ReadonlySet<string>;
  sell: ReadonlySet<string>;
  courtesy: ReadonlySet<string>;
  continuation: ReadonlySet<string>;
  anaphora: ReadonlySet<string>;
  deixis: ReadonlySet<string>;
  demonstratives: ReadonlySet<string>;
  sellers: ReadonlySet<string>;
  existential: ReadonlySet<string>;
  clitics: ReadonlySet<string>;
  addressee: ReadonlySet<string>;
  dimension: { country: ReadonlySet<string>; retailer: ReadonlySet<string>; product: ReadonlySet<string> };
  productBefore: ReadonlySet<string>;
  retailerBefore: ReadonlySet<string>;
  placeBefore: ReadonlySet<string>;
  retailerAfter: ReadonlySet<string>;
  productAfter: ReadonlySet<string>;
  whether: ReadonlySet<string>;
  copulas: ReadonlySet<string>;
  availability: ReadonlySet<string>;
  genitive: ReadonlySet<string>;
  goods: ReadonlySet<string>;
  makerBefore: ReadonlySet<string>;
  conjunctions: ReadonlySet<string>;
  articles: ReadonlySet<string>;
  indefinite: ReadonlySet<string>;
  storeOnly: ReadonlySet<string>;
  prepositions: ReadonlySet<string>;
  stock: ReadonlySet<string>;
  /** Every word of the pack: a word that is never a catalog name's typo, and a vote for the language. */
  all_words: ReadonlySet<string>;
}

const set = (s: string): ReadonlySet<string> => new Set(words(s).flatMap(spellings));

function compile(p: LanguagePack<Phrases>): WordSets {
  const c = p.cues;
  const sets = {
    functionWords: set(p.functionWords), filler: set(p.filler), numbers: set(p.numbers), domain: set(p.domain),
    when: set(c.when), whenAsked: set(c.whenAsked), where: set(c.where), who: set(c.who), other: set(c.other), list: set(c.list), yesno: set(c.yesno), help: set(c.help), outOfScope: set(c.outOfScope),
    followUp: set(c.followUp), count: set(c.count), all: set(c.all), latest: set(c.latest), yet: set(c.yet), sell: set(c.sell),
    courtesy: set(c.courtesy), continuation: set(c.continuation), anaphora: set(c.anaphora), deixis: set(c.deixis), demonstratives: set(c.demonstratives), sellers: set(c.sellers), existential: set(c.existential), clitics: set(c.clitics),
    addressee: set(c.addressee),
    dimension: { country: set(c.dimension.country), retailer: set(c.dimension.retailer), product: set(c.dimension.product) },
    productBefore: set(p.before.product), retailerBefore: set(p.before.retailer), placeBefore: set(p.before.place), makerBefore: set(p.before.maker),
    retailerAfter: set(p.retailerAfter), productAfter: set(p.productAfter), whether: set(p.whether),
    copulas: set(p.copulas), availability: set(p.availability), genitive: set(p.genitive), goods: set(p.goods),
    conjunctions: set(p.conjunctions), articles: set(p.articles), indefinite: set(p.indefinite), storeOnly: set(p.storeOnly), prepositions: set(p.prepositions), stock: set(p.stock),
  };
  const everything = new Set<string>();
  for (const v of Object.values(sets)) {
    if (v instanceof Set) for (const w of v) everything.add(w);
  }
  for (const d of Object.values(sets.dimension)) for (const w of d) everything.add(w);
  return Object.assign({}, sets, { all_words: everything });
}

export const WORDSETS = Object.fromEntries(LANGUAGES.map((l) => [l, compile(PACKS[l])])) as Record<Language, WordSets>;

/** A word of any pack's list `key`. */
export function inAnyPack(key: Exclude<keyof WordSets, 'dimension'>, word: string): boolean {
  for (const l of LANGUAGES) if (WORDSETS[l][key].has(word)) return true;
  return false;
}

/** Phrases (several words) of each pack, as token arrays, for in-order matching. */
export function phraseTokens(pick: (p: LanguagePack<Phrases>) => string[]): Record<Language, string[][]> {
  return Object.fromEntries(LANGUAGES.map((l) => [l, pick(PACKS[l]).flatMap((s) => {
    const [folded, typed] = spellings(s);
    return (typed ? [folded!, typed] : [folded!]).map((p) => words(p));
  })])) as Record<Language, string[][]>;
}

/** True when `tokens` hold the phrase's words in a row. */
export function hasPhrase(tokens: readonly string[], phrase: readonly string[]): boolean {
  outer: for (let i = 0; i + phrase.length <= tokens.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (tokens[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}

/** Chat shorthand of every pack ("u" → "you", "xke" → "perche"), applied before reading. */
export const SHORTHAND: ReadonlyMap<string, string> = new Map(LANGUAGES.flatMap((l) =>
  Object.entries(PACKS[l].shorthand)
    // A word of another pack is that word, not this pack's shorthand: Spanish "y" is no English "why".
    .filter(([k]) => !LANGUAGES.some((o) => o !== l && WORDSETS[o].all_words.has(foldText(k))))
    .map(([k, v]) => [foldText(k), foldText(v)] as const)));

export type { Phrases, Dimension } from './en.js';

/** A language's name in itself ("Español", "Deutsch"), for the language menus of the platforms. */
export function ownName(l: Language): string {
  return PACKS[l].name;
}
