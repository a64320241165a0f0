// What every kind of question works with: the catalog, the names, today's date,
// the language, and the question as resolved.
import type { CatalogReader, DimensionState, FactFilter } from '../../catalog/types.js';
import type { NameIndex } from '../../match/names.js';
import type { Dimension, EventFact, Fact, Language, Reason, Verdict, ViewSource } from '../../types.js';
import type { Line } from '../view.js';
import type { AnswerSet } from '../../types.js';
import type { Resolved } from '../resolve.js';
import { collator } from '../../text/collator.js';
import { WORDS } from '../words.js';

export interface KindContext {
  store: CatalogReader;
  index: NameIndex;
  r: Resolved;
  lang: Language;
  /** YYYY-MM-DD, from the injected clock: what "past" and "upcoming" are measured against. */
  today: string;
  /** "yet", "now", "ancora", "già": the state today is asked, so an opening still to come is a "not yet". */
  now?: boolean;
  /** "are those all confirmed?": a yes only when every fact that fits is. */
  all?: boolean;
  /** The question's everyday words, outside every name: what a statement is matched on. */
  words?: readonly string[];
}

export interface Composed {
  verdict: Verdict;
  reason?: Reason;
  facts: Fact[];
  total: number;
  nearby: Fact[];
  events: EventFact[];
  set?: AnswerSet;
  /** Headline first (a sentence), then the body: sentences, items and counts of items left out. */
  lines: Line[];
  /** The sources the answer rests on, kept apart so renderers can put them in a footer. */
  sources: ViewSource[];
}

export function filterOf(r: Resolved): FactFilter {
  // Products chosen by brand or category are filtered as such, not as a list of every id.
  const derived = r.brands.length > 0 || r.categories.length > 0;
  return {
    products: derived ? null : r.productIds,
    brands: r.brands.length > 0 ? r.brands : null,
    categories: r.categories.length > 0 ? r.categories : null,
    retailers: r.retailers.length > 0 ? r.retailers.map((x) => x.id) : null,
    countries: r.countries.length > 0 ? r.countries.map((x) => x.code) : null,
    // One region named alone: the store reads its stored sets (it checks the countries are exactly the region's).
    region: r.regions.length === 1 ? r.regions[0]! : null,
  };
}

/** The products asked about, as words: "Redmi smartphones", "Xiaomi products", or nothing for any product. */
export function productWords(r: Resolved, index: NameIndex, lang: Language): string[] {
  const categories = r.categories.map((id) => index.nameOf('category', id, lang));
  return r.brands.length > 0 || categories.length > 0
    ? [WORDS[lang].productsOf(r.brands.join('/'), categories.join('/'))]
    : r.products.map((p) => index.nameOf('product', p.id, lang));
}

/** The places asked about: a region by its name ("Europe"), not as its forty countries. */
export function placeWords(r: Resolved, index: NameIndex, lang: Language): string[] {
  const inRegion = new Set(r.regions.flatMap((id) => index.countriesByRegion.get(id) ?? []));
  const regions = r.regions.map((id) => index.nameOf('region', id, lang));
  const w = WORDS[lang];
  return [...regions, ...r.countries.filter((c) => !inRegion.has(c.code)).map((c) => w.countryInSentence(index.nameOf('country', c.code, lang)))];
}

export function describe(r: Resolved, index: NameIndex, lang: Language): string {
  return WORDS[lang].describe(productWords(r, index, lang), r.retailers.map((x) => index.nameOf('retailer', x.id, lang)), placeWords(r, index, lang));
}

/** The same, or '' when nothing is named (the whole catalog). */
export function describeOrAll(r: Resolved, index: NameIndex, lang: Language): string {
  const nothing = r.productIds === null && r.retailers.length === 0 && r.countries.length === 0;
  return nothing ? '' : describe(r, index, lang);
}

/** A value of a dimension by its name in the asker's language, with its best status. */
export interface Named { name: string; best: string | null }

/** Values of a dimension by name, in the alphabetical order of the asker's language. */
export function sortedNames(values: readonly DimensionState[], k: KindContext, d: Dimension): Named[] {
  const c = collator(k.lang);
  return values.map((v) => ({ name: k.index.nameOf(d, v.value, k.lang), best: v.best })).sort((a, b) => c.compare(a.name, b.name));
}
