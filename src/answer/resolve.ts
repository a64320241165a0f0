// Turns the names read in a question (or the ids a button carries) into the
// three filters the catalog is queried with.
import type { Found, Span } from '../match/find.js';
import { checkBudget } from './budget.js';
import type { NameIndex } from '../match/names.js';
import type { CountryRef, Dimension, EntityRef, Intent, Language, Query } from '../types.js';

export interface Resolved {
  products: EntityRef[];
  retailers: EntityRef[];
  countries: CountryRef[];
  /**
   * Product ids to query, or null for any product. For products chosen by brand or category, only
   * when they are few enough to name (see chooseGroup): the catalog is asked by brand and category.
   */
  productIds: string[] | null;
  /** Brands (display names) and category ids the products were chosen by ("Xiaomi phones"). */
  brands: string[];
  categories: string[];
  /** Regions named ("Europe"): their countries are in `countries`, the names are for the answer's words. */
  regions: string[];
  /** A model named in the question, answered at the line's level. */
  model: string | null;
  /** Readings that could not be told apart: the question must be asked back. */
  ambiguous: { kind: 'product' | 'retailer' | 'country'; id: string }[];
}

export function emptyResolved(): Resolved {
  return { products: [], retailers: [], countries: [], productIds: null, brands: [], categories: [], regions: [], model: null, ambiguous: [] };
}

/** A score in (0, 1]: 1 for an exact name, less per corrected letter. */
function score(span: Span): number {
  return Math.max(0.1, 1 - 0.15 * span.cost - (span.family ? 0.1 : 0));
}

function titleCase(words: string[]): string {
  // Model codes with digits are written in capitals ("A1", "128GB"); words get a capital initial.
  return words.map((w) => (/\d/.test(w) ? w.toUpperCase() : w[0]!.toUpperCase() + w.slice(1))).join(' ');
}

function addUnique<T extends { id: string }>(list: T[], item: T): void {
  if (!list.some((x) => x.id === item.id)) list.push(item);
}

export function resolveSpans(found: Found, tokens: readonly string[], index: NameIndex, lang: Language): Resolved {
  const r = emptyResolved();
  const brands: string[] = [];
  const categories: string[] = [];
  const brandNames: string[] = [];
  const regions: string[] = [];
  for (const span of found.spans) {
    const text = tokens.slice(span.start, span.end - span.model.length).join(' ');
    const s = score(span);
    const ofKind = (k: string): number => span.entries.filter((e) => e.kind === k).length;
    if (!span.family && span.entries.length > 1 && ['product', 'retailer', 'country'].some((k) => ofKind(k) > 0)) {
      for (const e of span.entries) {
        if (e.kind === 'product' || e.kind === 'retailer' || e.kind === 'country') r.ambiguous.push({ kind: e.kind, id: e.ref });
      }
      continue;
    }
    for (const e of span.entries) {
      switch (e.kind) {
        case 'product': addUnique(r.products, { id: e.ref, name: index.nameOf('product', e.ref, lang), text, score: s }); break;
        case 'retailer': addUnique(r.retailers, { id: e.ref, name: index.nameOf('retailer', e.ref, lang), text, score: s }); break;
        case 'country': addUnique(r.countries, { id: e.ref, code: e.ref, name: index.nameOf('country', e.ref, lang), text, score: s }); break;
        case 'city': {
          const code = index.cities.get(e.ref)?.country;
          if (code) addUnique(r.countries, { id: code, code, name: index.nameOf('country', code, lang), text, score: s });
          break;
        }
        case 'region':
          regions.push(e.ref);
          for (const code of index.countriesByRegion.get(e.ref) ?? []) {
            addUnique(r.countries, { id: code, code, name: index.nameOf('country', code, lang), text, score: s });
          }
          break;
        case 'group':
          for (const id of index.retailersByGroup.get(e.ref) ?? []) {
            addUnique(r.retailers, { id, name: index.nameOf('retailer', id, lang), text, score: s });
          }
          break;
        case 'brand':
          brands.push(e.ref);
          brandNames.push(index.productGroups.brandName(e.ref) ?? text);
          break;
        case 'category': categories.push(e.ref); break;
      }
    }
    if (span.model.length > 0) r.model = titleCase(tokens.slice(span.start, span.end));
  }
  // A store's domain ("Alza.cz") implies its country only when the question names no other:
  // "Is it at Alza.cz in Bulgaria?" asks about Bulgaria.
  const fromDomain = new Set(found.spans.filter((s) => tokens[s.start]?.startsWith('tld_')).flatMap((s) => s.entries.map((e) => e.ref)));
  const named = r.countries.filter((c) => !fromDomain.has(c.code) || found.spans.some((s) =>
    !tokens[s.start]?.startsWith('tld_') && s.entries.some((e) => e.ref === c.code)));
  if (named.length > 0 && named.length < r.countries.length) r.countries = named;
  r.regions = [...new Set(regions)];
  checkBudget();
  if (r.products.length > 0) r.productIds = r.products.map((p) => p.id);
  else if (brands.length > 0 || categories.length > 0) chooseGroup(r, index, [...new Set(brandNames)], [...new Set(brands)], [...new Set(categories)], lang);
  return r;
}

/** A group of products as few as this is named product by product. */
export const GROUP_NAMED = 10;

/**
 * "Xiaomi phones": the products of those brands (folded names; `names` as the catalog writes them)
 * in those categories. The catalog is asked by brand and category (filterOf), so the group's ids
 * are not listed: `productIds` holds them only when they are few enough to name, else none. A
 * group's whole list cost every such question a copy of up to 100,000 ids, and a conversation's
 * memory kept them.
 */
export function chooseGroup(r: Resolved, index: NameIndex, names: string[], brands: string[], categories: string[], lang: Language): void {
  const few = index.productGroups.of(brands, categories, GROUP_NAMED + 1);
  r.productIds = few.length <= GROUP_NAMED ? few : [];
  r.brands = names;
  r.categories = categories;
  if (few.length <= GROUP_NAMED) for (const id of few) r.products.push({ id, name: index.nameOf('product', id, lang), text: '', score: 1 });
}

/** Keeps what the new question names; takes the rest from the previous one. */
export function mergeFollowUp(previous: Resolved, current: Resolved): Resolved {
  const productsNamed = current.productIds !== null;
  return {
    products: productsNamed ? current.products : previous.products,
    productIds: productsNamed ? current.productIds : previous.productIds,
    retailers: current.retailers.length > 0 ? current.retailers : previous.retailers,
    countries: current.countries.length > 0 ? current.countries : previous.countries,
    regions: current.countries.length > 0 ? current.regions : previous.regions,
    brands: productsNamed ? current.brands : previous.brands,
    categories: productsNamed ? current.categories : previous.categories,
    model: productsNamed ? current.model : previous.model,
    ambiguous: current.ambiguous,
  };
}

/** What was resolved as a structured query, so that asking it again needs no conversation (a Share button carries it). */
export function queryOf(r: Resolved, intent: Intent, dimension: Dimension, flags: { now?: boolean; all?: boolean } = {}): Query {
  const q: Query = { intent };
  if (flags.now) q.now = true;
  if (flags.all) q.all = true;
  const derived = r.brands.length > 0 || r.categories.length > 0;
  if (derived) {
    if (r.brands.length > 0) q.brands = [...r.brands];
    if (r.categories.length > 0) q.categories = [...r.categories];
  } else if (r.productIds !== null) q.products = [...r.productIds];
  if (r.retailers.length > 0) q.retailers = r.retailers.map((x) => x.id);
  if (r.regions.length > 0) q.regions = [...r.regions];
  if (r.countries.length > 0) q.countries = r.countries.map((c) => c.code);
  if (intent === 'set' || intent === 'count') q.dimension = dimension;
  return q;
}

export function isEmpty(r: Resolved): boolean {
  return r.productIds === null && r.retailers.length === 0 && r.countries.length === 0;
}

/**
 * With no cue word, two kinds of name ask whether ("Halo, DE?", "Key at Next?",
 * "Flow availability PL"); one name alone asks where ("Pure?").
 */
export function defaultIntent(r: Resolved): Intent {
  const kinds = (r.productIds !== null ? 1 : 0) + (r.retailers.length > 0 ? 1 : 0) + (r.countries.length > 0 ? 1 : 0);
  return kinds >= 2 ? 'yesno' : 'list';
}
