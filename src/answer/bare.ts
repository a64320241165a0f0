// Catalog words read as everyday words for lack of evidence, and the readings a
// bare short name could have: what a conversation or a "which did you mean?" resolves.
import type { Found } from '../match/find.js';
import type { NameIndex } from '../match/names.js';
import type { Entry } from '../match/trie.js';
import type { Language } from '../types.js';
import { mergeFollowUp, resolveSpans, type Resolved } from './resolve.js';

/**
 * Adds a bare catalog word's one reading to a kind the turn does not name; its words are then
 * read as that name. A word with several readings ("mi": a product and a retailer) is asked back instead.
 */
export function withBareNames(r: Resolved, found: Found, tokens: readonly string[], index: NameIndex, language: Language,
  covered: Set<number>): Resolved {
  const open = (kind: string): boolean => kind === 'product' ? r.productIds === null : kind === 'retailer' ? r.retailers.length === 0
    : kind === 'country' ? r.countries.length === 0 : false;
  const spans = found.bare.filter((s) => distinctReadings(s.entries).length === 1 && open(s.entries[0]!.kind));
  const readings = distinctReadings(found.unresolved);
  if (readings.length === 1 && open(readings[0]!.kind)) {
    spans.push({ start: 0, end: 0, entries: [entryOf(found.unresolved, readings[0]!)], cost: 0, family: false, model: [] });
  }
  if (spans.length === 0) return r;
  for (const s of spans) for (let i = s.start; i < s.end; i++) covered.add(i);
  return mergeFollowUp(resolveSpans({ spans, unresolved: [], bare: [] }, tokens, index, language), r);
}

export function distinctReadings(entries: Entry[]): { kind: 'product' | 'retailer' | 'country'; id: string }[] {
  const out: { kind: 'product' | 'retailer' | 'country'; id: string }[] = [];
  for (const e of entries) {
    if (e.kind !== 'product' && e.kind !== 'retailer' && e.kind !== 'country') continue;
    if (!out.some((o) => o.kind === e.kind && o.id === e.ref)) out.push({ kind: e.kind, id: e.ref });
  }
  return out;
}

export function entryOf(entries: Entry[], reading: { kind: string; id: string }): Entry {
  return entries.find((e) => e.kind === reading.kind && e.ref === reading.id)!;
}
