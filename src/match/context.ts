// Short names collide with everyday words: "3" and "tre" are numbers, "mi" is an
// Italian pronoun. Such a name counts only where its kind fits the sentence:
// a retailer after "at"/"da" or before "store"/"sells", a product line before a
// model number or after "buy"/"Xiaomi".
import {
  COMMON, ENGLISH, ITALIAN_PREPOSITIONS, PRODUCT_BEFORE, RETAILER_AFTER, RETAILER_BEFORE, isModelToken,
} from '../text/lexicon.js';
import type { Language } from '../types.js';
import type { NameIndex } from './names.js';
import type { Entry } from './trie.js';

const CONJUNCTIONS = new Set(['and', 'or', 'e', 'o', 'ed', 'oppure']);
const ARTICLES = new Set(['the', 'il', 'lo', 'la', 'i', 'gli', 'le']);

/** True when a whole name of `kind` stands at `pos` ("paesi bassi", not just "paesi"). */
function nameAt(index: NameIndex, tokens: readonly string[], pos: number, kind: string): boolean {
  let node = index.root;
  for (let i = pos; i < tokens.length && i < pos + 6; i++) {
    const next = node.next.get(tokens[i]!);
    if (!next) return false;
    if (next.entries.some((e) => e.kind === kind)) return true;
    node = next;
  }
  return false;
}

function isKindWord(index: NameIndex, token: string | undefined, kind: string): boolean {
  return token !== undefined && (index.root.next.get(token)?.entries.some((e) => e.kind === kind) ?? false);
}

export function inContext(
  entry: Entry, tokens: readonly string[], start: number, end: number, language: Language | null, index: NameIndex,
): boolean {
  if (!entry.contextual) return true;
  const prev = tokens[start - 1];
  const next = tokens[end];
  if (entry.kind === 'retailer') {
    if (prev !== undefined && RETAILER_BEFORE.has(prev)) return true;
    if (prev !== undefined && ARTICLES.has(prev) && RETAILER_BEFORE.has(tokens[start - 2] ?? '')) return true;
    // Operators are named with their country: "Three UK", "3 Sweden", "Tre Italia".
    return next !== undefined && (RETAILER_AFTER.has(next) || nameAt(index, tokens, end, 'country'));
  }
  if (entry.kind === 'product') {
    if (next !== undefined && (isModelToken(next) || isKindWord(index, next, 'category'))) return true;
    if (prev !== undefined && (PRODUCT_BEFORE.has(prev) || isKindWord(index, prev, 'brand'))) return true;
    if (next !== undefined && CONJUNCTIONS.has(next) && nameAt(index, tokens, end + 1, 'product')) return true;
    if (prev !== undefined && CONJUNCTIONS.has(prev) && isKindWord(index, tokens[start - 2], 'product')) return true;
    // A pronoun is followed by its verb; a name can be followed by a preposition.
    if (next !== undefined && ITALIAN_PREPOSITIONS.has(next)) return true;
    // A short name that is no English word ("mi") is the product in a question whose words are English
    // (null: the words did not show a language, as in a bare "mi").
    const word = tokens[start] ?? '';
    return language === 'en' && !ENGLISH.has(word) && !COMMON.has(word) && !/^\d+$/.test(word);
  }
  return true;
}
