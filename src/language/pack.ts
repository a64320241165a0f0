// What a language pack holds: the closed word classes of one language that carry
// a question's shape (function words, cue words per kind of question, the words
// before and after a name of each kind) and every phrase the bot says in it.
// Open classes (nouns, verbs, adjectives) come from the language's dictionary
// (dictionary.ts), never from hand lists. Adding a language is one such file,
// registered in index.ts.
import type { Status } from '../types.js';

/** Words, written as one space-separated string in the pack files. */
export type WordList = string;

export interface Cues {
  /** "when", "quando", and the verbs of dated events ("launched", "apre"). */
  when: WordList;
  /** The words that ask for a date themselves ("when", "date", "quando"): without one, "has it launched?" asks whether. */
  whenAsked: WordList;
  /** "where", "dove": asks for the retailers and places, so a follow-up does not inherit the retailer. */
  where: WordList;
  /** "who", "chi": asks for the ones who sell ("who else sells it?"). */
  who: WordList;
  /** "else", "other", "altro": the rest of what the previous turn's places hold. */
  other: WordList;
  /** "where", "which", "dove": a list of facts. */
  list: WordList;
  /** "can", "is", "posso": yes or no. */
  yesno: WordList;
  /** Greetings and requests for help, when nothing else is asked. */
  help: WordList;
  /** Phrases (several words, read in order) that ask for help: "what can you do". */
  helpPhrases: string[];
  /** Prices, specifications, repairs, comparisons: not availability. */
  outOfScope: WordList;
  outOfScopePhrases: string[];
  /** Opens a follow-up: "and", "e". */
  followUp: WordList;
  followUpPhrases: string[];
  /** "how many", "quanti": a count. Phrases are read in order. */
  countPhrases: string[];
  count: WordList;
  /** "all", "every", "tutti": the whole set. */
  all: WordList;
  /** "still", "now", "ancora": the latest state. */
  latest: WordList;
  /** "yet", "already", "già": whether it has happened by today, so an opening still to come is a "not yet". */
  yet: WordList;
  /** Words that name the dimension a set question asks for. */
  dimension: { country: WordList; retailer: WordList; product: WordList };
  /** Verbs of selling: "what does R sell" asks for products. */
  sell: WordList;
  /** Thanks, ok, bye: a turn made only of these gets a one-line reply, and the conversation goes on. */
  courtesy: WordList;
  /** Words that continue the previous question wherever they stand in a short turn: "… instead", "invece …". */
  continuation: WordList;
  /** Pronouns that point back to the previous turn's names: "it", "they", "quelli". */
  anaphora: WordList;
  /** Words that point back to the previous turn's place: "there", "lì"; not beside a copula ("is there", "ci sono"). */
  deixis: WordList;
  /** Verbs of existence beside which a pronoun is no reference: German "gibt es", "es gibt" ("there is"). */
  existential: WordList;
  /** Pronouns for the ones who sell: "do they have it?" stands for a retailer. */
  sellers: WordList;
  /** Demonstratives that point back only as pronouns: "that" before a verb or at the end ("when does that open?"). */
  demonstratives: WordList;
  /** Object pronouns that are also articles ("la", "li", "le"): a pronoun only when no name follows ("li vendono?"). */
  clitics: WordList;
  /** The bot addressed: "you", "your", "tu", "ti". With no name in the question, a question about the bot itself. */
  addressee: WordList;
  /** Phrases that correct the previous turn: "I meant", "make that", "intendevo". */
  correctionPhrases: string[];
  /** Words that name each kind of event that is not a sale, so a question in other words meets it ("deal" → agreement). */
  sayings: { statement: WordList; agreement: WordList; market_entry: WordList };
}

export interface Before {
  /** Determiners before a product name: "the Key", "la Flow", "un Edge". */
  product: WordList;
  /** Prepositions before a retailer name: "at Next", "da Coop". */
  retailer: WordList;
  /** Prepositions before a place: "in", "a". */
  place: WordList;
  /** Prepositions before a maker's name, after a word for goods: "anything from vivo", "qualcosa di Apple". */
  maker: WordList;
}

export interface LanguagePack<P> {
  code: string;
  /** The language's name in itself, for the language switch of the platforms. */
  name: string;
  /** Function words: articles, prepositions, pronouns, conjunctions, auxiliaries, adverbs. */
  functionWords: WordList;
  /** Chat filler, slang and abbreviations: never a name. */
  filler: WordList;
  /** Number words. */
  numbers: WordList;
  /** Words of the domain that a general dictionary may lack ("availability", "smartphone"). */
  domain: WordList;
  cues: Cues;
  before: Before;
  /** After a short retailer name: "3 store", "Three sells". */
  retailerAfter: WordList;
  /** After a product name: "is drift sold in…", "la Flow è disponibile". */
  productAfter: WordList;
  /** Chat shorthand read as the word it stands for ("u" → "you"): the cues are written in full. */
  shorthand: Record<string, string>;
  /** Conjunctions that join two names: "Flow and Key", "Redmi o Mi". */
  conjunctions: WordList;
  /** Definite articles: "at the Coop", "il Redmi". */
  articles: WordList;
  /** Prepositions that introduce a store and nothing else ("at", "da", "bei"): a word after one is a store's name. */
  storeOnly: WordList;
  /** Indefinite articles: "at a 3", "da un Tre", "is there a 3 in Austria?": a short store's name after one is the store. */
  indefinite: WordList;
  /** Prepositions that may follow a name ("Mi in Spagna"): a pronoun is followed by its verb instead. */
  prepositions: WordList;
  /** Words that make "how many …" a stock level ("in stock", "left", "pezzi"), not a count of places. */
  stock: WordList;
  /** What joins a measure to its noun: "basket of questions", "un cesto di domande". */
  genitive: WordList;
  /** Words for any goods, which a maker's name may follow ("anything from vivo", "etwas von Google"). */
  goods: WordList;
  /** Words that ask about availability besides the verbs of selling: "available", "buy", "find", "order". */
  availability: WordList;
  /** Subject pronouns and copulas: "is it pure?" describes, it names nothing. */
  copulas: WordList;
  /** Words that turn a "tell me" into a yes/no: "tell me if", "dimmi se". */
  whether: WordList;
  /** Elided articles that stick to the next word: Italian "l'Edge" reads as "l" + "edge". */
  elisions: WordList;
  /** The other forms a place's name takes after a preposition (German "im Vereinigten Königreich"), read as that place. */
  placeForms: (name: string) => string[];
  /** Punctuation only this language writes ("¿", "¡"): a vote for it wherever it stands. */
  marks: string[];
  /** Every noun is written with a capital (German): a capital is then no evidence of a name. */
  capitalisedNouns: boolean;
  months: string[];
  status: Record<Status, string>;
  phrases: P;
}

export const words = (s: WordList): string[] => s.trim().split(/\s+/).filter((w) => w !== '');

/** "A, B and C" with the language's own "and"/"or". */
export function joinWith(items: string[], last: string): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

/** The first letter in capitals, for a phrase that begins a sentence. */
/** A sentence closed by one period: names cut by "… and 5 more." end with theirs already. */
export function closed(s: string): string {
  return /[.!?]$/.test(s) ? s : `${s}.`;
}

export function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
