// Names that are also words count only on evidence. "3" and "tre" are numbers,
// "mi" is an Italian pronoun, "Next", "Flow" and "Coop" are everyday words, "DE"
// and "it" are country codes and words. Such a name counts where its kind fits
// the sentence: a determiner or preposition of that kind before it ("the Key",
// "la Flow", "at Next", "da Coop", "in PL"), a word of its kind after it
// ("3 store", "Flow earbuds"), capitals ("DE?", "is the Key at Next?"), another
// name beside it ("flow key next"), or a question made of names only ("Pure, SE?").
// The word classes are the language packs'; nothing here names a catalog's word.
import {
  ADDRESSEE, ARTICLES, INDEFINITE, CONJUNCTIONS, COPULAS, FILLER, GENITIVE, YESNO_CUES as YESNO, ITALIAN_PREPOSITIONS, LATEST_CUES as LATEST, LIST_CUES, SELL_VERBS as SELL, PLACE_BEFORE, PRODUCT_AFTER, PRODUCT_BEFORE, RETAILER_AFTER, RETAILER_BEFORE, isFunctionWord, isModelToken,
  ENGLISH, COMMON, AVAILABILITY_WORDS, GOODS, MAKER_BEFORE, PRODUCT_WORDS,
} from '../text/lexicon.js';
import { isOrdinaryIn, isOrdinaryWord } from '../language/words.js';
import type { Shape } from '../text/normalize.js';
import type { Language } from '../types.js';
import type { NameIndex } from './names.js';
import type { Entry } from './trie.js';


/** What the context rules read of a question besides its tokens. */
export interface Sentence {
  tokens: readonly string[];
  shapes: readonly Shape[];
  /** The tokens as written, for capitals at a sentence's start. */
  written: readonly string[];
  language: Language | null;
  /** Every word that is no pack word begins a catalog name, and there are few: "flow + key @ next?". */
  namesOnly: boolean;
  /** Positions of the words that are no filler or flag: where a question opens and ends. */
  content: readonly number[];
}

/** The positions of a question's words that are no filler or flag, computed once per question. */
export function contentOf(tokens: readonly string[]): number[] {
  return tokens.map((_, i) => i).filter((i) => !FILLER.has(tokens[i]!) && !tokens[i]!.startsWith('flag_'));
}

/** True when a whole name of `kind` stands at `pos` ("paesi bassi", not just "paesi"). */
function nameAt(index: NameIndex, tokens: readonly string[], pos: number, kind: string): boolean {
  let node = index.root;
  for (let i = pos; i < tokens.length && i < pos + 6; i++) {
    const next = node.next.get(tokens[i]!);
    if (!next) return false;
    if (next.entries.some((e) => e.kind === kind && e.contextual !== 'code')) return true;
    node = next;
  }
  return false;
}

function isKindWord(index: NameIndex, token: string | undefined, kind: string): boolean {
  return token !== undefined && (index.root.next.get(token)?.entries.some((e) => e.kind === kind) ?? false);
}

/** A name that needs no evidence (or a code in capitals, a flag, a domain) starts at `pos`. */
function plainNameAt(index: NameIndex, s: Sentence, pos: number): boolean {
  const t = s.tokens[pos];
  if (t === undefined) return false;
  if (t.startsWith('flag_') || t.startsWith('tld_')) return true;
  let node = index.root;
  for (let i = pos; i < s.tokens.length && i < pos + 6; i++) {
    const next = node.next.get(s.tokens[i]!);
    if (!next) return false;
    if (next.entries.some((e) => e.contextual === false || (e.contextual === 'code' && s.shapes[pos]?.upper === true))) return true;
    node = next;
  }
  return false;
}

/** Another name right beside the span, within its clause, across at most one conjunction. */
function besideName(index: NameIndex, s: Sentence, start: number, end: number): boolean {
  const brk = (pos: number): boolean => s.shapes[pos]?.breakBefore ?? true;
  const conj = (pos: number): boolean => CONJUNCTIONS.has(s.tokens[pos] ?? '');
  if (start > 0 && !brk(start)) {
    let pos = start - 1;
    if (conj(pos) && pos > 0 && !brk(pos)) pos--;
    if (plainNameAt(index, s, pos)) return true;
  }
  if (end < s.tokens.length && !brk(end)) {
    let pos = end;
    if (conj(pos) && !brk(pos + 1)) pos++;
    if (plainNameAt(index, s, pos)) return true;
  }
  return false;
}

/**
 * "lite on amazon.de now?", "la halo ce l'ha ancora target?": a question that opens or ends with
 * the word, beside a function word, names it; "next week…" and "very quick…" go on into a
 * word, and "is it pure?" describes.
 */
function atEdge(s: Sentence, start: number, end: number): boolean {
  const { content } = s;
  if (content.length < 2) return false;
  const first = content[0]!;
  const last = content[content.length - 1]!;
  const packWord = (t: string | undefined): boolean => t !== undefined && isFunctionWord(t);
  // "basket of questions": a word joined to an everyday noun by "of" is that noun's measure, not a name.
  const ofNoun = GENITIVE.has(s.tokens[end] ?? '') && isOrdinaryWord(s.tokens[end + 1] ?? '') && !isFunctionWord(s.tokens[end + 1] ?? '');
  if (start === first && end === content[1] && packWord(s.tokens[end]) && !s.shapes[end]?.breakBefore && !ofNoun) return true;
  const before = s.tokens[start - 1];
  return end - 1 === last && start - 1 === content[content.length - 2] && packWord(before) && !COPULAS.has(before!)
    && !s.shapes[start]?.breakBefore;
}

/**
 * "Galaxy A25 32 GB, Amazon, Italy?": a clause that is this name alone, in a question of names set
 * apart by commas, where the next or the previous clause begins with a name that needs no evidence.
 */
function listItem(index: NameIndex, s: Sentence, start: number, end: number): boolean {
  const { shapes, tokens } = s;
  // The first item: "Mi, Amazon, IT?".
  if (start === 0) return end < tokens.length && shapes[end]?.hardBreak === true && plainNameAt(index, s, end);
  if (!shapes[start]?.breakBefore || (end < tokens.length && !shapes[end]?.breakBefore)) return false;
  if (end < tokens.length && plainNameAt(index, s, end)) return true;
  let before = start - 1;
  while (before > 0 && !shapes[before]?.breakBefore) before--;
  return plainNameAt(index, s, before);
}

/** "Key in Scandinavia", "Strada in the States": a written capital, then a place named right after. */
function beforePlace(index: NameIndex, s: Sentence, start: number, end: number): boolean {
  if (!/^\p{Lu}/u.test(s.written[start] ?? '')) return false;
  let pos = end;
  if (!PLACE_BEFORE.has(s.tokens[pos] ?? '') || s.shapes[pos]?.breakBefore) return false;
  pos++;
  if (ARTICLES.has(s.tokens[pos] ?? '')) pos++;
  return plainNameAt(index, s, pos);
}

export function inContext(entry: Entry, s: Sentence, start: number, end: number, index: NameIndex): boolean {
  if (!entry.contextual) return true;
  const { tokens, shapes } = s;
  const prev = shapes[start]?.breakBefore ? undefined : tokens[start - 1];
  const next = shapes[end]?.breakBefore ? undefined : tokens[end];
  const capital = shapes[start]?.capital === true;
  const word = tokens[start] ?? '';

  if (entry.contextual === 'code') {
    // "HK-20", "DE-500": a code joined to a number by a hyphen is a model code, no country.
    if (shapes[end]?.hyphenBefore && /^\d/.test(tokens[end] ?? '')) return false;
    // "32 GB", "5 G": a code after a number that names nothing is its unit ("3 UK" is the operator's country).
    if (prev !== undefined && /^\d+$/.test(prev) && !index.root.next.has(prev)) return false;
    if (shapes[start]?.upper) return true;
    // Lower case: never a word ("it", "be", "no", "de", "es"), only where a code fits ("in pl", "halo, se"),
    // and a word only in a place's slot: "in the us", "in the uk", "in usa" (not "in it", "in us").
    const afterArticle = prev !== undefined && ARTICLES.has(prev) && !shapes[start - 1]?.breakBefore && PLACE_BEFORE.has(tokens[start - 2] ?? '');
    if (isFunctionWord(word)) return afterArticle;
    if (isOrdinaryWord(word)) return afterArticle || (prev !== undefined && PLACE_BEFORE.has(prev));
    return (prev !== undefined && PLACE_BEFORE.has(prev)) || s.namesOnly || besideName(index, s, start, end);
  }

  // A short alias that is also a dictionary word ("pure", "key") is read as an everyday word; "3",
  // "mi" and "tre" keep the rules of short names, whose bare readings are asked back.
  // An everyday word of the question's language, where the words showed one: "Norden" is German's
  // north, but a name in "kaiju kart norden?"; without a language shown, a word of any dictionary.
  const ordinary = isOrdinaryIn(word, s.language);
  const wordLike = (entry.contextual === 'word' || /^\p{L}{3,}$/u.test(word)) && ordinary;
  // A name that is an everyday word of another language only ("Croqueta" in an Italian question) needs no evidence.
  if (entry.contextual === 'word' && !ordinary) return true;
  // "cosa dice Hartwell del mercato USA?": after "of", an everyday word is a noun of that phrase, whatever stands beside it.
  const ofPhrase = wordLike && !capital && prev !== undefined && GENITIVE.has(prev);
  const byNeighbours = wordLike && !ofPhrase && (s.namesOnly || besideName(index, s, start, end) || beforePlace(index, s, start, end)
    || atEdge(s, start, end) || listItem(index, s, start, end));

  if (entry.kind === 'retailer') {
    if (prev !== undefined && RETAILER_BEFORE.has(prev)) return true;
    // "Blade V43, 3, Britain?": a short store's name alone in a list of names.
    if (listItem(index, s, start, end)) return true;
    if (prev !== undefined && (ARTICLES.has(prev) || INDEFINITE.has(prev)) && RETAILER_BEFORE.has(tokens[start - 2] ?? '')) return true;
    // "is there a 3 in Austria?", "c'è un 3 in Austria?": a store asked after, with its country.
    if (prev !== undefined && INDEFINITE.has(prev) && next !== undefined && PLACE_BEFORE.has(next)
      && nameAt(index, tokens, ARTICLES.has(tokens[end + 1] ?? '') ? end + 2 : end + 1, 'country')) return true;
    // "cosa vende Fortress?", "che ha Coop?": the subject after its verb, behind a question word.
    if (prev !== undefined && RETAILER_AFTER.has(prev) && LIST_CUES.has(tokens[start - 2] ?? '')) return true;
    if (next !== undefined && (RETAILER_AFTER.has(next) || next.startsWith('tld_'))) return true;
    // Operators and chains are named with their country: "Three UK", "3 Sweden", "Tre Italia".
    if (next !== undefined && !ofPhrase && nameAt(index, tokens, end, 'country')) return true;
    return capital || byNeighbours;
  }
  if (entry.kind === 'product') {
    if (next !== undefined && (isModelToken(next) || isKindWord(index, next, 'category') || PRODUCT_AFTER.has(next))) return true;
    // "is velvet still sold at…": the verb may stand behind an adverb.
    if (next !== undefined && LATEST.has(next) && PRODUCT_AFTER.has(tokens[end + 1] ?? '') && !shapes[end + 1]?.breakBefore) return true;
    // "is silk (still) at Farmacia Centrale?": asked about, then placed.
    const after = next !== undefined && LATEST.has(next) ? tokens[end + 1] : next;
    if (wordLike && prev !== undefined && YESNO.has(prev) && after !== undefined && (RETAILER_BEFORE.has(after) || PLACE_BEFORE.has(after))) return true;
    // "quali negozi hanno silk", "does Coop have Flow": a verb of selling before its object.
    if (wordLike && prev !== undefined && SELL.has(prev)) return true;
    // "the Key", "la Flow"; but "the sole reason", "a swift answer": a determiner, then a word that
    // goes on into an everyday noun, is that noun's adjective.
    const intoNoun = wordLike && next !== undefined && !isFunctionWord(next) && isOrdinaryWord(next) && !index.root.next.has(next);
    // "eres un tesoro", "sei un mito": said to the bot, a determiner and an everyday word describe; they name nothing.
    const toBot = wordLike && ADDRESSEE.has(tokens[start - 2] ?? '');
    if (prev !== undefined && PRODUCT_BEFORE.has(prev) && !intoNoun && !toBot) return true;
    if (prev !== undefined && isKindWord(index, prev, 'brand')) return true;
    if (next !== undefined && CONJUNCTIONS.has(next) && nameAt(index, tokens, end + 1, 'product')) return true;
    if (listItem(index, s, start, end)) return true;
    // "Mi at the 3 in Austria?", "Redmi da un Tre?": a name asked after, then placed at a store the catalog has.
    if (next !== undefined && RETAILER_BEFORE.has(next) && !shapes[end + 1]?.breakBefore) {
      const store = ARTICLES.has(tokens[end + 1] ?? '') || INDEFINITE.has(tokens[end + 1] ?? '') ? end + 2 : end + 1;
      if (nameAt(index, tokens, store, 'retailer')) return true;
    }
    if (prev !== undefined && CONJUNCTIONS.has(prev) && isKindWord(index, tokens[start - 2], 'product')) return true;
    if (capital || byNeighbours) return true;
    if (wordLike) return false;
    // A pronoun is followed by its verb; a name can be followed by a preposition ("Mi in Spagna?").
    if (next !== undefined && ITALIAN_PREPOSITIONS.has(next)) return true;
    // A short name that is no English word ("mi") is the product in a question whose words are English
    // (null: the words did not show a language, as in a bare "mi").
    return s.language === 'en' && !ENGLISH.has(word) && !COMMON.has(word) && !/^\d+$/.test(word);
  }
  if (!wordLike) return true;
  if (entry.kind === 'city') return capital || (prev !== undefined && PLACE_BEFORE.has(prev));
  if (entry.kind === 'brand') {
    // "is vivo sold in Austria?", "si trova honor in Svezia?", "is honor in Sweden?": a maker asked after as
    // a product is ("vivo" and "honor" are everyday words too).
    // "si trova vivo in Svezia?": the verb may be one of finding or buying as well.
    const asked = next !== undefined && (PRODUCT_AFTER.has(next)
      || (prev !== undefined && (YESNO.has(prev) || SELL.has(prev) || AVAILABILITY_WORDS.has(prev)) && (PLACE_BEFORE.has(next) || RETAILER_BEFORE.has(next))));
    // "anything from vivo", "qualcosa di apple", "phones by oppo": goods, then the preposition of their maker.
    const before = tokens[start - 2];
    const ofMaker = prev !== undefined && MAKER_BEFORE.has(prev) && !shapes[start - 1]?.breakBefore && before !== undefined
      && (GOODS.has(before) || PRODUCT_WORDS.has(before) || isKindWord(index, before, 'category'));
    return capital || byNeighbours || asked || ofMaker || (prev !== undefined && (PRODUCT_BEFORE.has(prev) || SELL.has(prev)))
      || (next !== undefined && (isKindWord(index, next, 'category') || isKindWord(index, next, 'product')));
  }
  return capital || byNeighbours || (prev !== undefined && RETAILER_BEFORE.has(prev));
}

/** Questions this short ("Pure, SE?", "flow + key @ next?") can be made of names only. */
const SHORT_QUESTION = 4;

/**
 * True when the question is short and its words outside the packs are few, each
 * beginning a catalog name or being no dictionary word (a typo of one: "Sumit").
 */
export function namesOnly(tokens: readonly string[], index: NameIndex): boolean {
  // Filler and flags do not make a question longer: "lite on amazon.de now?" is made of names.
  const counted = tokens.filter((t) => !FILLER.has(t) && !t.startsWith('flag_') && !t.startsWith('tld_'));
  if (counted.length > SHORT_QUESTION) return false;
  // A pack word that begins a name stays ("pure" in "Pure, SE?"): it may be the name.
  const rest = tokens.filter((t) => (!isFunctionWord(t) || (t.length >= 3 && index.root.next.has(t)))
    && !t.startsWith('flag_') && !t.startsWith('tld_') && !/^\d+$/.test(t));
  return rest.length > 0 && rest.length <= 3 && rest.every((t) => index.root.next.has(t) || !isOrdinaryWord(t));
}
