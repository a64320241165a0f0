// Catalog rows to answer facts, and facts to the lines a person reads. Lines
// merge facts only where no pairing is implied that the data does not hold.
import type { EventRow, FactRow } from '../catalog/types.js';
import type { NameIndex } from '../match/names.js';
import type { EventFact, Fact, Language, Status, ViewItem, ViewMore, ViewSource } from '../types.js';
import { WORDS, formatDate, statusAt } from './words.js';
import { decide, wordVotes } from '../language/vote.js';
import { normalize } from '../text/normalize.js';

// A note's own language, decided once per note by the words' vote: an untranslated note is marked.
const NOTE_LANGUAGE = new Map<string, Language | null>();
const MAX_NOTES = 10_000;

function languageOfNote(note: string): Language | null {
  let l = NOTE_LANGUAGE.get(note);
  if (l !== undefined) return l;
  const d = decide(wordVotes(normalize(note).tokens, () => false), 'en');
  l = d.shown ? d.language : null;
  if (NOTE_LANGUAGE.size < MAX_NOTES) NOTE_LANGUAGE.set(note, l);
  return l;
}

/**
 * A note in the answer's language: the catalog's `note_xx` where it has one, else the note as
 * written, marked with its language when that is another ("(in inglese) initially available…").
 */
export function noteIn(index: NameIndex, note: string | null, lang: Language): string | null {
  if (!note) return null;
  const local = index.textIn('note', note, lang);
  if (local) return local;
  const own = languageOfNote(note);
  return own && own !== lang ? WORDS[lang].untranslated(note, own) : note;
}

export function toFact(row: FactRow, lang: Language, index: NameIndex, today?: string): Fact {
  const source = index.sources.get(row.source_id);
  const fact: Fact = {
    product: row.product_id, productName: index.nameOf('product', row.product_id, lang),
    retailer: row.retailer_id, retailerName: index.nameOf('retailer', row.retailer_id, lang),
    country: row.country, countryName: index.nameOf('country', row.country, lang), status: row.status as Status,
    since: row.since, paired: row.paired === 1, note: noteIn(index, row.note, lang), source: row.source_id,
    sourceTitle: (source && index.textIn('source', source.id, lang)) ?? source?.title ?? row.source_id, sourceDate: source?.published ?? null,
  };
  fact.sourceShort = shortTitle(fact.sourceTitle);
  if (today !== undefined) fact.statusText = statusAt(fact.status, fact.since, lang, today);
  return fact;
}

export function toEvent(row: EventRow, lang: Language, index: NameIndex): EventFact {
  return {
    kind: row.kind, date: row.date, country: row.country, countryName: row.country ? index.nameOf('country', row.country, lang) : null,
    city: cityIn(index, row, lang), retailer: row.retailer_id, retailerName: row.retailer_name,
    note: noteIn(index, row.note, lang), source: row.source_id,
  };
}

/** An event's city by its name in `lang` ("Milano"), else as the catalog writes it. */
function cityIn(index: NameIndex, row: EventRow, lang: Language): string | null {
  if (!row.city) return null;
  const id = index.cityByName.get(row.city);
  return (id !== undefined ? index.textIn('city', id, lang) : undefined) ?? row.city;
}

/** Facts counted at most beyond those read: past it a count is a floor ("at least 9,980 more"), so no question counts a whole catalog. */
export const COUNT_CAP = 10_000;

/**
 * "… and 7 more (ask “all” to see them)": the facts a kind did not read, of `total` counted up to
 * COUNT_CAP. `hint` says how the asker sees them, and only what is true: "all" where asking for all
 * reads them, else a narrower question.
 */
export function moreOf(count: number, lang: Language, total: number, hint: 'all' | 'narrow'): ViewMore {
  const atLeast = total >= COUNT_CAP;
  const w = WORDS[lang];
  return { type: 'more', of: 'items', count, atLeast, hint, text: hint === 'all' ? w.moreAsk(count, atLeast) : w.moreNarrow(count, atLeast) };
}

/**
 * One line per retailer, status and set of products, listing the countries where
 * exactly those products have that status. Facts whose source does not pair
 * retailers with countries are merged into one line that says so.
 */
export function factLines(facts: Fact[], lang: Language, today: string): ViewItem[] {
  const byPlace = new Map<string, Fact[]>();
  for (const f of facts) {
    const key = f.paired
      ? `p|${f.retailer}|${f.country}|${f.status}|${f.since}|${f.note}`
      : `u|${f.status}|${f.since}|${f.note}|${f.source}`;
    const list = byPlace.get(key);
    if (list) list.push(f); else byPlace.set(key, [f]);
  }
  const lines = new Map<string, { products: Set<string>; retailers: Set<string>; countries: Set<string>; first: Fact; facts: number }>();
  for (const group of byPlace.values()) {
    const first = group[0]!;
    const products = new Set(group.map((f) => f.productName));
    const key = first.paired
      ? `p|${first.retailer}|${first.status}|${first.since}|${first.note}|${[...products].join(',')}`
      : `u|${first.status}|${first.since}|${first.note}|${first.source}`;
    let line = lines.get(key);
    if (!line) { line = { products, retailers: new Set(), countries: new Set(), first, facts: 0 }; lines.set(key, line); }
    line.facts += group.length;
    for (const f of group) {
      line.products.add(f.productName);
      line.retailers.add(f.retailerName);
      line.countries.add(f.countryName);
    }
  }
  const join = (s: Set<string>): string => [...s].join(', ');
  return [...lines.values()].map((l): ViewItem => {
    const f = l.first;
    const status = statusAt(f.status, f.since, lang, today);
    const state = `${status}${f.note ? ` (${f.note})` : ''}${f.paired ? '' : ` — ${WORDS[lang].unpaired}`}`;
    return {
      type: 'item', kind: 'fact', text: `${join(l.products)} — ${join(l.retailers)} (${join(l.countries)}): ${state}`,
      place: `${join(l.retailers)} · ${join(l.countries)}`, detail: `${join(l.products)}: ${state}`,
      products: [...l.products], retailers: [...l.retailers], countries: [...l.countries],
      status: f.status, statusLabel: status, dateLabel: null, note: f.note, unpaired: !f.paired, facts: l.facts,
    };
  });
}

export function eventLines(events: EventFact[], lang: Language): ViewItem[] {
  const w = WORDS[lang];
  return events
    .filter((e) => e.kind !== 'statement')
    .map((e): ViewItem => {
      const where = [e.retailerName, e.city, e.countryName].filter(Boolean).join(', ');
      const note = e.note ? ` (${e.note})` : '';
      const date = formatDate(e.date, lang);
      const text = `${date} — ${w.event[e.kind] ?? e.kind}${where ? `: ${where}` : ''}${note}`;
      return {
        type: 'item', kind: 'event', text, place: w.dates, detail: text, products: [],
        retailers: e.retailerName ? [e.retailerName] : [], countries: e.countryName ? [e.countryName] : [],
        status: null, statusLabel: null, dateLabel: date, note: e.note, unpaired: false,
      };
    });
}

/** The longest a source's title is shown in an answer's footer. */
const TITLE_LENGTH = 60;

/**
 * A source's title as a footer shows it: up to its first colon or parenthesis ("Xiaomi's retail
 * partners in Europe"), and never longer than a line; the whole title stays in the Answer's facts.
 */
export function shortTitle(title: string): string {
  const cut = title.search(/:\s| \(/);
  const head = cut >= 12 ? title.slice(0, cut) : title;
  return head.length > TITLE_LENGTH ? `${head.slice(0, TITLE_LENGTH - 1).trimEnd()}…` : head;
}

/** One source as an answer names it: short title, date, and both worded ("Source: … (3 May 2018)."). */
export function sourceOf(id: string, fullTitle: string, date: string | null, lang: Language): ViewSource {
  const title = shortTitle(fullTitle);
  const dateLabel = date ? formatDate(date, lang) : null;
  return { id, title, dateLabel, text: WORDS[lang].source(dated(title, dateLabel, lang)) };
}

function dated(title: string, dateLabel: string | null, lang: Language): string {
  return dateLabel ? WORDS[lang].sourceDated(title, dateLabel) : title;
}

/** The sources facts rest on, once each, in order of first use. */
export function sourcesOf(facts: readonly Fact[], lang: Language): ViewSource[] {
  const seen = new Map<string, ViewSource>();
  for (const f of facts) if (!seen.has(f.source)) seen.set(f.source, sourceOf(f.source, f.sourceTitle, f.sourceDate, lang));
  return [...seen.values()];
}

/** "Source: Xiaomi's retail partners in Europe (3 May 2018)." — once per answer, however many facts rest on it. */
export function sourceLineOf(sources: readonly ViewSource[], lang: Language): string | null {
  return sources.length > 0 ? WORDS[lang].source(sources.map((s) => dated(s.title, s.dateLabel, lang)).join('; ')) : null;
}

/** Where an event took place, in the answer's language: "Mi Store, Milan, Italy". */
export function eventPlace(e: EventRow, lang: Language, index: NameIndex): string {
  return [e.retailer_name, cityIn(index, e, lang), e.country ? index.nameOf('country', e.country, lang) : null].filter(Boolean).join(', ');
}

export function eventNote(e: EventRow, lang: Language, index: NameIndex): string | null {
  return noteIn(index, e.note, lang);
}
