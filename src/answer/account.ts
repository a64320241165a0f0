// Every word of a question is accounted for: part of a catalog name, a word of a
// language pack, an ordinary word of a dictionary, or a name the catalog does
// not hold. Such an unread name is never dropped: the answer names it and is
// never a "yes" ("Does Elkjøp sell the Redmi?" is not answered about the Redmi).
import { ARTICLES, FILLER, INDEFINITE, LIST_CUES, STORE_ONLY, PLACE_BEFORE, PRODUCT_BEFORE, RETAILER_AFTER, RETAILER_BEFORE, WHEN_CUES, YESNO_CUES, isFunctionWord } from '../text/lexicon.js';
import { cueWordFor, inDictionary, isOrdinaryIn, isPackWordIn, nearPackWord } from '../language/words.js';
import { clausesOf, type Normalized } from '../text/normalize.js';
import type { Language } from '../types.js';
import { PACKS, WORDSETS } from '../language/index.js';

export interface Unread {
  /** The names as the user wrote them, adjacent words joined ("Media Markt"). */
  names: string[];
  /** Those of them named as a place ("in Lisbon", "a Roma"). */
  places: string[];
  /** Those of them standing where a retailer stands ("at Elkjøp", "Elkjøp sells …"). */
  retailers: string[];
  /** Token positions inside unread names: they cast no vote for the question's language. */
  positions: Set<number>;
}

/** Looks like a word or a model code ("ps5"), not a number, a unit ("128gb", "4k"), a code of ours (flag_, tld_) or a lone letter. */
function wordy(t: string): boolean {
  return t.length >= 2 && /^\p{L}/u.test(t) && !t.includes('_') && !UNIT.test(t);
}

/** Quantities and units, as written after a number or joined to it. */
const UNIT = /^\d*(?:[.,]\d+)?(?:gb|tb|mb|kb|mah|mm|cm|km|kg|g|w|kw|hz|mhz|ghz|k|p|x|s|h|v|l|ml|in|ft|st|nd|rd|th|am|pm|eur|usd)$/;

/** Words that point at someone rather than name them: "it", "they", "you", "that". */
const POINTERS: ReadonlySet<string> = new Set(Object.values(WORDSETS).flatMap((w) =>
  [...w.anaphora, ...w.sellers, ...w.addressee, ...w.copulas, ...w.demonstratives, ...w.clitics]));

/** The most words a store's name is read over in its slot ("at Electro Hub Store in …"). */
const SLOT_WORDS = 3;

const capitalised = (w: string | undefined): boolean => w !== undefined && /^\p{Lu}/u.test(w);

/**
 * "…in France? best, Marco": a clause with no question in it (no cue word, no catalog name),
 * beside one that asks, is a greeting or a signature; its names are nobody's product.
 */
function dropSignatures(n: Normalized, covered: ReadonlySet<number>, positions: Set<number>, names: string[], places: string[],
  original: readonly string[]): void {
  const clauses = clausesOf(n);
  if (clauses.length < 2) return;
  const asks = (c: number[]): boolean => c.some((i) => covered.has(i) || LIST_CUES.has(n.tokens[i]!) || WHEN_CUES.has(n.tokens[i]!)
    || YESNO_CUES.has(n.tokens[i]!));
  if (!clauses.some(asks)) return;
  for (const [k, c] of clauses.entries()) {
    if (asks(c)) continue;
    // "Blade V43, 3, Narnia?": after a clause that is a name alone, a list of names goes on; no signature.
    if (k > 0 && clauses[k - 1]!.length > 0 && clauses[k - 1]!.every((i) => covered.has(i))) continue;
    for (const i of c) {
      if (!positions.delete(i)) continue;
      const word = original[i]!;
      for (const list of [names, places]) {
        for (let k = list.length - 1; k >= 0; k--) if (list[k]!.split(' ').includes(word)) list.splice(k, 1);
      }
    }
  }
}

/** In a slot where a name stands: after "the", "at", "da", "in" … */
function inNameSlot(prev: string | undefined): boolean {
  return prev !== undefined && (PRODUCT_BEFORE.has(prev) || RETAILER_BEFORE.has(prev) || PLACE_BEFORE.has(prev));
}

/**
 * `covered` holds the positions read as catalog names; `original` gives each token as written.
 * A token outside them is a name when it is no word of a pack or a dictionary (nor one typo
 * from a pack word), or when it is an ordinary word written with a capital in a name's slot
 * ("is the Pixel sold…").
 */
export function unreadNames(n: Normalized, covered: ReadonlySet<number>, original: readonly string[], language: Language,
  isCatalogWord: (t: string) => boolean = () => false, shown: Language | null = null,
  isPlaceWord: (t: string) => boolean = () => false): Unread {
  const { tokens, shapes } = n;
  // Where every noun has a capital (German), a catalog word the names were not read in ("nach dem Sturm") is the everyday word.
  const nounsCapitalised = PACKS[language].capitalisedNouns;
  const isName = (i: number): boolean => {
    const t = tokens[i]!;
    // Words are read in the question's language when its words showed one (see isOrdinaryIn).
    if (covered.has(i) || !wordy(t)) return false;
    // "at ply in Slovenia?", "Redmi at Dei in Austria?", "Redmi, Ter, Austria?": a word where a store stands
    // that is no word of the question's language, nor a store of the catalog, is a store it lacks; read
    // as a word, the store would drop out and a yes be any store's.
    if (!isPackWordIn(t, shown ?? language) && storeSlot(i)) return true;
    if (isPackWordIn(t, shown)) {
      // "does Cool carry …": written with a capital between the question's auxiliary and a verb of selling,
      // a pack word ("cool", "ok") is the seller's name; a pronoun there ("does it carry") points back.
      if (sellerSlot(i) && capitalised(original[i]) && !POINTERS.has(t)) return true;
      // Another language's function word ("poco", "la") is that word, unless written as a name where one stands ("das Poco F6").
      const foreign = shown !== null && !WORDSETS[shown].all_words.has(t);
      const prev = shapes[i]?.breakBefore ? undefined : tokens[i - 1];
      return foreign && shapes[i]?.capital === true && inNameSlot(prev);
    }
    // Another language's cue or domain word ("komplett", "vende") is a name only where a name stands ("and at komplett?");
    // one that is an everyday word of this language too ("data") is that word.
    if (isFunctionWord(t) && !isOrdinaryIn(t, shown)) {
      const prev = shapes[i]?.breakBefore ? undefined : tokens[i - 1];
      return inNameSlot(prev);
    }
    // A model code ("ps5", "s23"): letters and digits together are a name.
    if (/\d/.test(t)) return true;
    // The name of a web store the catalog lacks ("amazon.de" where no Amazon is listed).
    if (tokens[i + 1]?.startsWith('tld_')) return true;
    const written = capitalised(original[i]);
    if (isOrdinaryIn(t, shown)) {
      // "in the states?": a word of a place's name (United States) where a place stands, ending its
      // clause, is a place the data does not have. Read as a word, the question would lose its place,
      // and a yes without it claims more than the data holds. ("in the catalog?" is no place's word.)
      if (isPlaceWord(t) && placeSlot(i)) return true;
      if (nounsCapitalised && isCatalogWord(t) && inDictionary(t, language)) return false;
      // "is the Pixel sold…": an everyday word with a capital where a name stands; or a capitalised
      // word of another language only ("Wiggle spedisce…").
      const prev = shapes[i]?.breakBefore ? undefined : tokens[i - 1];
      // Where every noun has a capital, only a retailer's or place's slot makes one a name: "bei Saturn", not "die Vereinbarung".
      if (shapes[i]?.capital === true && (nounsCapitalised ? prev !== undefined && (RETAILER_BEFORE.has(prev) || PLACE_BEFORE.has(prev)) : inNameSlot(prev))) return true;
      // "Steam sells Drift?": a capitalised word where a retailer stands, before its verb; "does chewy have it?":
      // any word between the question's auxiliary and that verb.
      if (written && RETAILER_AFTER.has(tokens[i + 1] ?? '') && !shapes[i + 1]?.breakBefore) return true;
      if (prev !== undefined && YESNO_CUES.has(prev) && RETAILER_AFTER.has(tokens[i + 1] ?? '') && !shapes[i + 1]?.breakBefore) return true;
      // "the switch 2": an everyday word with a model number, where a name stands.
      if (inNameSlot(prev) && /^\d+$/.test(tokens[i + 1] ?? '') && !covered.has(i + 1)) return true;
      // A word of another language only, where a name stands or written with a capital, is a name in this
      // one: "a roma" in Italian is a place, though English lists "roma".
      const foreign = !inDictionary(t, language) && shapes[i]?.upper !== true;
      return foreign && (written || (PLACE_BEFORE.has(prev ?? '') && inNameSlot(prev)));
    }
    // A capitalised word was typed as written; a lower-case one may be a typo of a pack word ("avialable", "stil"),
    // except where a name stands ("anything from stihl").
    const prev = shapes[i]?.breakBefore ? undefined : tokens[i - 1];
    return written || (prev !== undefined && (RETAILER_BEFORE.has(prev) || PLACE_BEFORE.has(prev) || PRODUCT_BEFORE.has(prev)))
      || (!nearPackWord(t) && cueWordFor(t, language) === null);
  };
  /** Between the question's auxiliary and a verb of selling: "does X carry", "do X sell". */
  function sellerSlot(i: number): boolean {
    return !shapes[i]?.breakBefore && YESNO_CUES.has(tokens[i - 1] ?? '') && RETAILER_AFTER.has(tokens[i + 1] ?? '') && !shapes[i + 1]?.breakBefore;
  }
  /** The token is the last of its clause: the question ends, or a comma or question mark follows. */
  function endsClause(i: number): boolean {
    return i + 1 >= tokens.length || shapes[i + 1]?.hardBreak === true;
  }
  /**
   * After a place's preposition, or its preposition and an article, ending the clause: "in X?", "in the X, …";
   * or a clause of its own in a list of names: "Blade V43, 3, Britain?".
   */
  function placeSlot(i: number): boolean {
    if (!endsClause(i)) return false;
    if (shapes[i]?.breakBefore) return i > 0 && covered.has(i - 1);
    const prev = tokens[i - 1] ?? '';
    if (ARTICLES.has(prev) && !shapes[i - 1]?.breakBefore) return PLACE_BEFORE.has(tokens[i - 2] ?? '');
    return PLACE_BEFORE.has(prev);
  }
  /**
   * After a store's preposition ("at", "da"), with or without an article, the clause ending or a place
   * following; or a clause of its own after one that is a name alone ("Redmi, Ter, Austria?").
   */
  function storeSlot(i: number): boolean {
    const ends = endsClause(i);
    // "ter vende Redmi in Svezia?": the subject of a verb of selling, opening the question.
    if ((i === 0 || shapes[i]?.breakBefore) && RETAILER_AFTER.has(tokens[i + 1] ?? '') && !shapes[i + 1]?.breakBefore) return true;
    if (shapes[i]?.breakBefore) return ends && i > 0 && covered.has(i - 1) && (i + 1 >= tokens.length || covered.has(i + 1));
    // "at electro huh in saudi arabia?": a store's name of up to three words, each in the slot; the
    // words after this one are read to the place or the clause's end, those before it to the preposition.
    const free = (k: number): boolean => k >= 0 && k < tokens.length && !covered.has(k) && !shapes[k]?.breakBefore
      && wordy(tokens[k]!) && !PLACE_BEFORE.has(tokens[k]!) && !STORE_ONLY.has(tokens[k]!) && !ARTICLES.has(tokens[k]!) && !INDEFINITE.has(tokens[k]!);
    // Chat filler is no function word here: "huh" in "at electro huh" is the store's "hub" mistyped.
    const nameWord = (k: number): boolean => free(k) && (!isFunctionWord(tokens[k]!) || FILLER.has(tokens[k]!));
    let last = i;
    while (last + 1 < tokens.length && last - i < SLOT_WORDS - 1 && nameWord(last + 1)) last++;
    let first = i;
    while (first > 0 && i - first < SLOT_WORDS - 1 && !shapes[first]?.breakBefore && nameWord(first - 1)) first--;
    if (last - first >= SLOT_WORDS) return false;
    const placed = endsClause(last) || (PLACE_BEFORE.has(tokens[last + 1] ?? '') && !shapes[last + 1]?.breakBefore);
    const prev = tokens[first - 1] ?? '';
    const article = (ARTICLES.has(prev) || INDEFINITE.has(prev)) && !shapes[first - 1]?.breakBefore;
    return placed && !shapes[first]?.breakBefore && STORE_ONLY.has(article ? tokens[first - 2] ?? '' : prev);
  }
  const names: string[] = [];
  const places: string[] = [];
  const retailers: string[] = [];
  const positions = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (!isName(i)) continue;
    let start = i;
    // "Marshall Emberton": a capitalised word just before an unread name is part of it.
    while (start > 0 && !covered.has(start - 1) && !shapes[start]?.breakBefore && capitalised(original[start - 1])
      && wordy(tokens[start - 1]!) && !isFunctionWord(tokens[start - 1]!)) start--;
    let j = i + 1;
    // "Media Markt", "Best Buy": a capitalised word beside an unread name is part of it.
    while (j < tokens.length && !covered.has(j) && !shapes[j]?.breakBefore && wordy(tokens[j]!)
      && (isName(j) || shapes[j]?.capital === true)) j++;
    while (j < tokens.length && !covered.has(j) && !shapes[j]?.breakBefore && /^\d+$/.test(tokens[j]!)) j++;
    for (let k = start; k < j; k++) positions.add(k);
    const text = original.slice(start, j).join(' ');
    if (!names.includes(text)) names.push(text);
    if (PLACE_BEFORE.has(tokens[start - 1] ?? '') && !shapes[start]?.breakBefore && !places.includes(text)) places.push(text);
    // "sephora.fr": a store's domain the data lacks is a retailer, in the domain's country.
    else if ((RETAILER_BEFORE.has(tokens[start - 1] ?? '') && !shapes[start]?.breakBefore)
      || (RETAILER_AFTER.has(tokens[j] ?? '') && !shapes[j]?.breakBefore) || tokens[j]?.startsWith('tld_')) retailers.push(text);
    i = j - 1;
  }
  dropSignatures(n, covered, positions, names, places, original);
  return { names, places, retailers: retailers.filter((r) => names.includes(r)), positions };
}
