// Short names collide with everyday words: "3" and "tre" are numbers, "mi" is an
// Italian pronoun. Such a name counts only where its kind fits the sentence:
// a retailer after "at"/"da" or before "store"/"sells", a product line before a
// model number or after "buy"/"Xiaomi".
import {
  COMMON, ENGLISH, PRODUCT_BEFORE, RETAILER_AFTER, RETAILER_BEFORE, isModelToken,
} from '../text/lexicon.js';
import type { Language } from '../types.js';
import type { NameIndex } from './names.js';
import type { Entry } from './trie.js';

const CONJUNCTIONS = new Set(['and', 'or', 'e', 'o', 'ed', 'oppure']);
const ARTICLES = new Set(['the', 'il', 'lo', 'la', 'i', 'gli', 'le']);

function startsKind(index: NameIndex, token: string | undefined, kind: string): boolean {
  if (token === undefined) return false;
  const node = index.root.next.get(token);
  return node !== undefined && node.below(4).some((e) => e.kind === kind);
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
    return next !== undefined && RETAILER_AFTER.has(next);
  }
  if (entry.kind === 'product') {
    if (next !== undefined && (isModelToken(next) || isKindWord(index, next, 'category'))) return true;
    if (prev !== undefined && (PRODUCT_BEFORE.has(prev) || isKindWord(index, prev, 'brand'))) return true;
    if (next !== undefined && CONJUNCTIONS.has(next) && startsKind(index, tokens[end + 1], 'product')) return true;
    if (prev !== undefined && CONJUNCTIONS.has(prev) && startsKind(index, tokens[start - 2], 'product')) return true;
    // A short name that is no English word ("mi") is the product in a question whose words are English
    // (null: the words did not show a language, as in a bare "mi").
    const word = tokens[start] ?? '';
    return language === 'en' && !ENGLISH.has(word) && !COMMON.has(word) && !/^\d+$/.test(word);
  }
  return true;
}
