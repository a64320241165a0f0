// What the source says that is not availability: statements ("Xiaomi says it has
// many customers here"), agreements, market entries. Such an event answers the
// question it fits ("does Xiaomi have customers in Germany?") as what the source
// says, never as a "no" about points of sale it does not claim.
import type { EventRow } from '../../catalog/types.js';
import type { NameIndex } from '../../match/names.js';
import { foldText } from '../../text/normalize.js';
import { LANGUAGES, PACKS } from '../../language/index.js';
import { formatDate, WORDS } from '../words.js';
import { eventNote, eventPlace, sourceOf } from '../facts.js';
import type { ViewItem } from '../../types.js';
import type { Resolved } from '../resolve.js';
import { describe, type Composed, type KindContext } from './context.js';

/** Event kinds that say something other than "sold here" (openings and launches are availability). */
const SAYINGS = new Set(['statement', 'agreement', 'market_entry']);
const LIMIT = 5;
/** Each kind's words in every pack: "deal" meets an agreement, "planning" a statement of intent. */
const KIND_WORDS = new Map([...SAYINGS].map((k) => [k, LANGUAGES.map((l) => PACKS[l].cues.sayings[k as keyof typeof PACKS.en.cues.sayings]).join(' ')]));

/** A word's stem for matching a question against an event's note: "customers" ~ "customer", "enter" ~ "entered". */
function stem(w: string): string {
  return foldText(w).slice(0, 5);
}

/** "customers" meets "customer", "talking" meets "talks", "fan" meets "fans": the same stem, four letters in common, or a plural. */
function meets(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length >= 5 && b.length >= 5 && a.slice(0, 4) === b.slice(0, 4)) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 3 && long.length === short.length + 1 && long.startsWith(short);
}

/** The non-availability events whose place and retailer fit what the question names. */
export function sayingsFor(index: NameIndex, r: Resolved): EventRow[] {
  const countries = r.countries.length > 0 ? new Set(r.countries.map((c) => c.code)) : null;
  const retailers = r.retailers.length > 0 ? new Set(r.retailers.map((x) => x.id)) : null;
  const fits = (e: EventRow, byRetailer: boolean): boolean => SAYINGS.has(e.kind)
    && (!countries || (e.country !== null && countries.has(e.country)) || (e.country === null && byRetailer && retailers !== null))
    && (!byRetailer || !retailers || (e.retailer_id !== null && retailers.has(e.retailer_id)));
  // "does Xiaomi have customers there?" after a question about Amazon in Germany: a place's statement
  // names no retailer, and still answers it.
  return index.events.filter((e) => fits(e, true) || (countries !== null && e.retailer_id === null && fits(e, false)));
}

/** Those of them whose words the question's everyday words meet ("customers", "agreement", "enter"). */
export function sayingsMet(index: NameIndex, r: Resolved, words: readonly string[]): EventRow[] {
  const stems = [...new Set(words.filter((w) => w.length >= 3).map(stem))];
  if (stems.length === 0) return [];
  // The words of its kind count only when the question names where or with whom: "any deals on Redmi?" asks a price.
  const placed = r.countries.length > 0 || r.retailers.length > 0;
  return sayingsFor(index, r).filter((e) => {
    const own = stemsOf(index, e);
    return stems.some((s) => own.note.some((w) => meets(s, w)) || (placed && own.kind.some((w) => meets(s, w))));
  });
}

// An event's stems, worked out once: its note in every language the catalog gives it ("clienti" meets the
// Italian of "customers"), and the words of its kind.
const STEMS = new WeakMap<EventRow, { note: string[]; kind: string[] }>();
function stemsOf(index: NameIndex, e: EventRow): { note: string[]; kind: string[] } {
  let s = STEMS.get(e);
  if (!s) {
    const notes = e.note ? [e.note, ...LANGUAGES.map((l) => index.textIn('note', e.note!, l) ?? '')] : [];
    const split = (text: string): string[] => [...new Set(text.split(/[^\p{L}]+/u).filter((w) => w.length >= 3).map(stem))];
    s = { note: split(`${notes.join(' ')} ${e.kind.replace('_', ' ')}`), kind: split(KIND_WORDS.get(e.kind) ?? '') };
    STEMS.set(e, s);
  }
  return s;
}

const STATEMENT_WORDS = new Set(LANGUAGES.flatMap((l) => PACKS[l].cues.sayings.statement.trim().split(/\s+/)));

/** "says", "dice": a word that asks what was said. */
export function isSayingVerb(w: string): boolean {
  return STATEMENT_WORDS.has(w);
}

/** True when the question is about what the source says, not about a sale. */
export function asksSaying(index: NameIndex, r: Resolved, words: readonly string[]): boolean {
  return sayingsMet(index, r, words).length > 0;
}

export function statement(k: KindContext): Composed {
  const { index, r, lang } = k;
  const w = WORDS[lang];
  // The events the question's words meet; a follow-up that only names a place ("e nel Regno Unito?") gets all of its.
  const met = sayingsMet(index, r, k.words ?? []);
  const events = (met.length > 0 ? met : sayingsFor(index, r)).slice(0, LIMIT);
  const lines = events.map((e): ViewItem => {
    const where = eventPlace(e, lang, index);
    const note = eventNote(e, lang, index);
    const date = formatDate(e.date, lang);
    const text = `${date} — ${w.event[e.kind] ?? e.kind}${where ? `, ${where}` : ''}${note ? `: ${note}` : ''}`;
    // A statement stands alone: it is not a sale, so it gets no place heading beside the facts.
    return { type: 'item', kind: 'saying', text, place: '', detail: text, products: [], retailers: e.retailer_name ? [e.retailer_name] : [],
      countries: [], status: null, statusLabel: null, dateLabel: date, note, unpaired: false };
  });
  const sources = [...new Set(events.map((e) => e.source_id))].map((id) => {
    const s = index.sources.get(id);
    return sourceOf(id, s ? index.textIn('source', s.id, lang) ?? s.title : id, s?.published ?? null, lang);
  });
  return {
    verdict: 'unknown', reason: 'statement', facts: [], total: 0, nearby: [], events: [],
    lines: [w.sayingHead(describe(r, index, lang)), ...lines], sources,
  };
}
