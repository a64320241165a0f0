// Catalog rows to answer facts, and facts to the lines a person reads. Lines
// merge facts only where no pairing is implied that the data does not hold.
import type { EventRow, FactRow } from '../catalog/store.js';
import type { NameIndex } from '../match/names.js';
import type { EventFact, Fact, Language, Status } from '../types.js';
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
    kind: row.kind, date: row.date, country: row.country, countryName: lang === 'it' ? row.name_it : row.name_en,
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

/** "announced to open on 26 May 2018 (first store)": the status worded as of today, never a past day as upcoming. */
export function detail(f: Fact, lang: Language, today: string): string {
  const note = f.note ? ` (${f.note})` : '';
  return `${statusAt(f.status, f.since, lang, today)}${note}`;
}

/**
 * One line per retailer, status and set of products, listing the countries where
 * exactly those products have that status. Facts whose source does not pair
 * retailers with countries are merged into one line that says so.
 */
export function factLines(facts: Fact[], lang: Language, today: string): string[] {
  const byPlace = new Map<string, Fact[]>();
  for (const f of facts) {
    const key = f.paired
      ? `p|${f.retailer}|${f.country}|${f.status}|${f.since}|${f.note}`
      : `u|${f.status}|${f.since}|${f.note}|${f.source}`;
    const list = byPlace.get(key);
    if (list) list.push(f); else byPlace.set(key, [f]);
  }
  const lines = new Map<string, { products: Set<string>; retailers: Set<string>; countries: Set<string>; first: Fact }>();
  for (const group of byPlace.values()) {
    const first = group[0]!;
    const products = new Set(group.map((f) => f.productName));
    const key = first.paired
      ? `p|${first.retailer}|${first.status}|${first.since}|${first.note}|${[...products].join(',')}`
      : `u|${first.status}|${first.since}|${first.note}|${first.source}`;
    let line = lines.get(key);
    if (!line) { line = { products, retailers: new Set(), countries: new Set(), first }; lines.set(key, line); }
    for (const f of group) {
      line.products.add(f.productName);
      line.retailers.add(f.retailerName);
      line.countries.add(f.countryName);
    }
  }
  const join = (s: Set<string>): string => [...s].join(', ');
  return [...lines.values()].map((l) => {
    const unpaired = l.first.paired ? '' : ` — ${WORDS[lang].unpaired}`;
    return `• ${join(l.products)} — ${join(l.retailers)} (${join(l.countries)}): ${detail(l.first, lang, today)}${unpaired}`;
  });
}

export function eventLines(events: EventFact[], lang: Language): string[] {
  const w = WORDS[lang];
  return events
    .filter((e) => e.kind !== 'statement')
    .map((e) => {
      const where = [e.retailerName, e.city, e.countryName].filter(Boolean).join(', ');
      const note = e.note ? ` (${e.note})` : '';
      return `• ${formatDate(e.date, lang)} — ${w.event[e.kind] ?? e.kind}${where ? `: ${where}` : ''}${note}`;
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

/** "Source: Xiaomi's retail partners in Europe (3 May 2018)." — once per answer, however many facts rest on it. */
export function sourceLine(facts: Fact[], lang: Language): string | null {
  const seen = new Map<string, string>();
  for (const f of facts) {
    if (!seen.has(f.source)) {
      const title = shortTitle(f.sourceTitle);
      seen.set(f.source, f.sourceDate ? WORDS[lang].sourceDated(title, formatDate(f.sourceDate, lang)) : title);
    }
  }
  return seen.size > 0 ? WORDS[lang].source([...seen.values()].join('; ')) : null;
}

/** Where an event took place, in the answer's language: "Mi Store, Milan, Italy". */
export function eventPlace(e: EventRow, lang: Language, index: NameIndex): string {
  return [e.retailer_name, cityIn(index, e, lang), lang === 'it' ? e.name_it : e.name_en].filter(Boolean).join(', ');
}

export function eventNote(e: EventRow, lang: Language, index: NameIndex): string | null {
  return noteIn(index, e.note, lang);
}
