// Queries the catalog for a resolved question and words the answer. Every
// sentence that states availability is built from fact rows, never from the
// question, so the bot cannot claim what the data does not hold.
import type { CatalogStore, FactFilter } from '../catalog/store.js';
import type { NameIndex } from '../match/names.js';
import type { EventFact, Fact, Intent, Language, Reason, Verdict } from '../types.js';
import { eventLines, factLines, sourceLine, toEvent, toFact } from './facts.js';
import type { Resolved } from './resolve.js';
import { WORDS } from './words.js';

/** Facts shown in one answer; the rest are counted. */
export const FACT_LIMIT = 20;
/** Counting stops here: "… and 10000 more" is as useful as the exact figure and far cheaper. */
const COUNT_CAP = 10_000;
const NEARBY_LIMIT = 12;

export interface Composed {
  verdict: Verdict;
  reason?: Reason;
  facts: Fact[];
  total: number;
  nearby: Fact[];
  events: EventFact[];
  /** Headline first, then the body. */
  lines: string[];
  /** "Source: …", kept apart so renderers can put it in a footer. */
  source: string | null;
}

function filterOf(r: Resolved): FactFilter {
  // Products chosen by brand or category are filtered as such, not as a list of every id.
  const derived = r.brands.length > 0 || r.categories.length > 0;
  return {
    products: derived ? null : r.productIds,
    brands: r.brands.length > 0 ? r.brands : null,
    categories: r.categories.length > 0 ? r.categories : null,
    retailers: r.retailers.length > 0 ? r.retailers.map((x) => x.id) : null,
    countries: r.countries.length > 0 ? r.countries.map((x) => x.code) : null,
  };
}

/** The products asked about, as words: "Redmi smartphones", "Xiaomi products", or nothing for any product. */
function productWords(r: Resolved, index: NameIndex, lang: Language): string[] {
  const categories = r.categories.map((id) => {
    const c = index.categories.get(id);
    return c ? (lang === 'it' ? c.name_it : c.name_en) : id;
  });
  return r.brands.length > 0 || categories.length > 0
    ? [WORDS[lang].productsOf(r.brands.join('/'), categories.join('/'))]
    : r.products.map((p) => p.name);
}

/** The places asked about: a region by its name ("Europe"), not as its forty countries. */
function placeWords(r: Resolved, index: NameIndex, lang: Language): string[] {
  const inRegion = new Set(r.regions.flatMap((id) => index.countriesByRegion.get(id) ?? []));
  const regions = r.regions.map((id) => { const g = index.regions.get(id); return g ? (lang === 'it' ? g.name_it : g.name_en) : id; });
  return [...regions, ...r.countries.filter((c) => !inRegion.has(c.code)).map((c) => index.nameOf('country', c.code, lang))];
}

export function describe(r: Resolved, index: NameIndex, lang: Language): string {
  const products = productWords(r, index, lang);
  return WORDS[lang].describe(products, r.retailers.map((x) => x.name), placeWords(r, index, lang));
}

export function compose(store: CatalogStore, index: NameIndex, r: Resolved, intent: Intent, lang: Language): Composed {
  const w = WORDS[lang];
  const filter = filterOf(r);
  const rows = store.facts(filter, FACT_LIMIT + 1);
  const total = rows.length > FACT_LIMIT ? store.countFacts(filter, COUNT_CAP) : rows.length;
  const facts = rows.slice(0, FACT_LIMIT).map((row) => toFact(row, lang, index));
  const more = total > facts.length ? [w.more(total - facts.length)] : [];
  const what = describe(r, index, lang);
  const modelNote = r.model && r.products.length === 1 ? [w.model(r.model, r.products[0]!.name)] : [];
  const base = { total, nearby: [] as Fact[], events: [] as EventFact[] };

  if (intent === 'when') {
    const dated = facts.filter((f) => f.since);
    const events = index.eventsFor(filter.countries, filter.retailers).map((e) => toEvent(e, lang))
      .filter((e) => e.kind !== 'statement');
    if (dated.length === 0 && events.length === 0) return { ...noAnswer(store, index, r, lang, w.noDate(what)), total };
    return { ...base, verdict: 'when', facts: dated, events,
      lines: [w.whenHead(what), ...factLines(dated, lang), ...eventLines(events, lang), ...modelNote], source: sourceLine(dated, lang) };
  }
  if (facts.length === 0) return { ...noAnswer(store, index, r, lang, w.noFacts(what)), total };
  if (intent === 'list') {
    return { ...base, verdict: 'list', facts, lines: [w.listHead(what), ...factLines(facts, lang), ...more, ...modelNote],
      source: sourceLine(facts, lang) };
  }
  const paired = facts.filter((f) => f.paired);
  if (paired.length === 0) {
    return { ...base, verdict: 'unknown', reason: 'unpaired', facts,
      lines: [w.notConfirmed, ...factLines(facts, lang), ...more], source: sourceLine(facts, lang) };
  }
  // "in Sweden, Denmark or Norway?": say which of the places asked have nothing.
  const inRegion = new Set(r.regions.flatMap((id) => index.countriesByRegion.get(id) ?? []));
  const missing = [
    ...r.countries.filter((c) => !inRegion.has(c.code) && !paired.some((f) => f.country === c.code))
      .map((c) => index.nameOf('country', c.code, lang)),
    ...r.retailers.filter((x) => !paired.some((f) => f.retailer === x.id)).map((x) => x.name),
  ];
  const gaps = missing.length > 0 && total <= facts.length ? [w.nothingFor(missing.join(', '))] : [];
  return { ...base, verdict: 'yes', facts, lines: [w.yes, ...factLines(facts, lang), ...more, ...gaps, ...modelNote],
    source: sourceLine(facts, lang) };
}

/** A "no" that says what was looked for and what the data holds nearby. */
function noAnswer(store: CatalogStore, index: NameIndex, r: Resolved, lang: Language, head: string): Composed {
  const w = WORDS[lang];
  const lines = [head];
  const nearby: Fact[] = [];
  // A cut list must say it is cut: "Mi smartphones — 3 Store (UK)" alone would read as "not Redmi".
  const near = (filter: FactFilter): { facts: Fact[]; cut: string[] } => {
    const rows = store.facts(filter, NEARBY_LIMIT + 1);
    return { facts: rows.slice(0, NEARBY_LIMIT).map((x) => toFact(x, lang, index)), cut: rows.length > NEARBY_LIMIT ? [w.andMore] : [] };
  };
  const countries = r.countries.map((c) => c.code);
  let emptyCountry = r.regions.length > 0;
  // A region is one place here: forty "no retailer in …" lines would bury the answer.
  for (const code of r.regions.length > 0 ? [] : countries.slice(0, 3)) {
    const name = index.nameOf('country', code, lang);
    const here = near({ products: null, retailers: null, countries: [code] });
    if (here.facts.length === 0) { lines.push(w.noneInCountry(name)); emptyCountry = true; } else {
      lines.push(w.inCountry(name), ...factLines(here.facts, lang), ...here.cut);
      nearby.push(...here.facts);
    }
  }
  if (r.retailers.length > 0) {
    const ids = r.retailers.map((x) => x.id);
    // What the retailer does carry, whatever the product: "Superdrug has other Xiaomi products".
    const there = near({ products: null, retailers: ids, countries: null });
    if (there.facts.length > 0) {
      lines.push(w.atRetailer(r.retailers.map((x) => x.name).join(', ')), ...factLines(there.facts, lang), ...there.cut);
      nearby.push(...there.facts);
    }
  }
  if ((emptyCountry || countries.length === 0) && r.retailers.length === 0) {
    const names = store.countriesOf({ ...filterOf(r), retailers: null, countries: null }, 30)
      .map((code) => index.nameOf('country', code, lang));
    if (names.length > 0) {
      const asked = productWords(r, index, lang);
      const product = asked.length > 0 ? asked.join(', ') : WORDS[lang].describe([], [], []);
      lines.push(w.elsewhere(product, names.join(', ')));
    }
  }
  const statements = countries.length > 0 && r.regions.length === 0
    ? index.eventsFor(countries, null).filter((e) => e.kind === 'statement').map((e) => toEvent(e, lang)) : [];
  for (const s of statements) if (s.countryName && s.note) lines.push(w.statement(s.countryName, s.note));
  return { verdict: 'no', facts: [], total: 0, nearby, events: statements, lines, source: sourceLine(nearby, lang) };
}
