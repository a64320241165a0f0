// The in-memory view of the catalog's names: the alias trie, the typo index and
// the id → row maps. Built once when the core starts.
import type {
  CategoryRow, CityRow, CountryRow, EventRow, GroupRow, IndexAliasRow, ProductRow, RegionCountryRow, RegionRow, RetailerRow,
  SourceRow,
} from '../catalog/types.js';
import type { TextRow } from '../catalog/types.js';
import { foldText } from '../text/normalize.js';
import { isFunctionWord } from '../text/lexicon.js';
import { isOrdinaryWord } from '../language/words.js';
import { CODE } from '../catalog/codes.js';
import { TrieNode, type Contextual, type Entry, type NameNode } from './trie.js';
import { TypoIndex, type Typos } from './typos.js';
import { StoredTypos, storedProductViews, storedRoot, type ProductGroups, type Rows } from './stored.js';
import type { StoredNames, StoredProducts } from '../catalog/types.js';
import type { Language } from '../language/index.js';

export interface NameRows {
  aliases: Iterable<IndexAliasRow>; products: ProductRow[]; retailers: RetailerRow[]; countries: CountryRow[];
  cities: CityRow[]; categories: CategoryRow[]; groups: GroupRow[]; sources: SourceRow[];
  regions: RegionRow[]; regionCountries: RegionCountryRow[]; events: EventRow[];
  /** The catalog's words in other languages; optional so a test may build an index without them. */
  texts?: TextRow[];
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v); else m.set(k, [v]);
}

/** Product groups over the lists of a catalog held in memory (tests, and a reader without stored products). */
function memoryGroups(products: Map<string, ProductRow>, byBrand: Map<string, string[]>, byCategory: Map<string, string[]>): ProductGroups {
  const order = new Map([...products.keys()].map((id, i) => [id, i]));
  return {
    of(brands, categories, limit) {
      const cats = new Set(categories);
      const from = brands.length > 0 ? brands.flatMap((b) => byBrand.get(b) ?? []) : categories.flatMap((c) => byCategory.get(c) ?? []);
      const ids = [...new Set(from)].filter((id) => brands.length === 0 || cats.size === 0 || cats.has(products.get(id)!.category_id));
      return ids.sort((a, b) => order.get(a)! - order.get(b)!).slice(0, limit);
    },
    brandName: (key) => { const first = byBrand.get(key)?.[0]; return first === undefined ? undefined : products.get(first)!.brand; },
  };
}

/** Kinds whose names are often everyday words ("Next", "Coop", "Apple", "Reading"). */
const WORDLIKE_KINDS = new Set(['product', 'retailer', 'brand', 'city', 'group']);

/**
 * A one-word alias that is short, a function word or an everyday word needs
 * evidence to count (see context.ts); a country code needs a code's context.
 * Countries, regions and categories are read as they are: their names are meant as words.
 */
function contextualOf(kind: string, tokens: string[], lang: string | null): Contextual {
  if (lang === CODE) return 'code';
  if (tokens.length !== 1) return false;
  const t = tokens[0]!;
  // A pack word that names a category ("smartphone", a domain word) is meant as that word; "mi" or "tre" as a product or retailer is not.
  if (t.length <= 3 || /^\d+$/.test(t) || (isFunctionWord(t) && WORDLIKE_KINDS.has(kind))) return 'short';
  return WORDLIKE_KINDS.has(kind) && isOrdinaryWord(t) ? 'word' : false;
}

/** Where the readings of the catalog's names go: the trie in memory, or the tables the import stores (store.ts). */
export interface IndexSink {
  /** A name as words, and what it names. */
  name(tokens: string[], entry: Entry): void;
  /** A word typos may be corrected into. */
  word(word: string): void;
  /** A word of a place's name of several words. */
  place(word: string): void;
}

/** The readings of the aliases, as the name path reads them: each name, its run-together form, the words to correct into. */
export function indexAliases(aliases: Iterable<IndexAliasRow>, sink: IndexSink): void {
    // Tens of thousands of aliases on a large catalog: this loop allocates as little as it can.
    const seenWords = new Set<string>();
    for (const [kind, ref, norm, lang] of aliases) {
      if (norm === '') continue;
      const tokens = norm.split(' ');
      const contextual = contextualOf(kind, tokens, lang);
      // Only product, retailer and brand names are ever read in context ("Nothing" is a phone maker;
      // context.ts asks a capital or a neighbour of it); a city or category spelled like a function
      // word ("In", "No") would fire on every question.
      if (contextual === 'short' && kind !== 'product' && kind !== 'retailer' && kind !== 'brand' && isFunctionWord(tokens[0]!)) continue;
      const entry: Entry = { kind, ref, lang, contextual };
      sink.name(tokens, entry);
      if (tokens.length > 1 && (kind === 'country' || kind === 'region' || kind === 'city')) for (const t of tokens) sink.place(t);
      // "Media World" and "MediaWorld" are the same name; store the run-together form too.
      // Only a form without digits can be typo-corrected into ("mediawrld"): a word with
      // digits never is, and "galaxys20512gb" forms were most of a large catalog's vocabulary.
      if (tokens.length > 1 && tokens.length <= 3) {
        // A name of several words is never contextual, so the same entry serves.
        const compact = tokens.join('');
        sink.name([compact], entry);
        if (!/\d/.test(compact)) sink.word(compact);
      }
      // Everyday words are corrected into only when the name is long enough to be
      // told from them ("thre" → "three"); the context rules still decide.
      for (const t of tokens) {
        if (seenWords.has(t)) continue;
        // A word of a longer name is reached only inside it ("nimbus pluss" → "Nimbus Plus"), so even a
        // short function word may be corrected into there; a one-word alias must be long enough. A word
        // left out as a one-word alias (the retailer "Plus") is still taken from a longer name later.
        if (!/\d/.test(t) && (!isFunctionWord(t) || t.length >= 5 || tokens.length > 1)) { seenWords.add(t); sink.word(t); }
      }
    }
}

export class NameIndex {
  readonly root: NameNode;
  readonly typos: Typos;
  readonly products: Rows<ProductRow>;
  readonly retailers = new Map<string, RetailerRow>();
  readonly countries = new Map<string, CountryRow>();
  readonly cities = new Map<string, CityRow>();
  /** A city's id by its name as the catalog writes it: events carry the name. */
  readonly cityByName = new Map<string, string>();
  readonly categories = new Map<string, CategoryRow>();
  readonly groups = new Map<string, GroupRow>();
  readonly sources = new Map<string, SourceRow>();
  readonly regions = new Map<string, RegionRow>();
  readonly countriesByRegion = new Map<string, string[]>();
  readonly events: EventRow[];
  /** kind → language → ref → text: looked up on every name an answer shows, without building a key. */
  private readonly texts = new Map<string, Map<string, Map<string, string>>>();
  /** The words of places' names of several words ("states" of United States): what a place's slot may hold. */
  readonly placeWords = new Set<string>();
  /** The most words of any name stored. */
  longestName = 0;
  /** Products by brand and category: a few named, never a group's whole list (see ProductGroups). */
  readonly productGroups: ProductGroups;
  readonly retailersByGroup = new Map<string, string[]>();

  /** `stored`: the indexes the import stored with the catalog, read as asked; without it they are built from `rows.aliases`. */
  constructor(rows: NameRows, stored: StoredNames | null = null, storedProducts: StoredProducts | null = null) {
    if (storedProducts) {
      // Read as asked: at 100,000 products loading them all cost a start ~0.4 s and tens of MB.
      const views = storedProductViews(storedProducts);
      this.products = views.products;
      this.productGroups = views.groups;
    } else {
      const products = new Map<string, ProductRow>();
      const byBrand = new Map<string, string[]>();
      const byCategory = new Map<string, string[]>();
      const folded = new Map<string, string>();
      for (const p of rows.products) {
        products.set(p.id, p);
        push(byCategory, p.category_id, p.id);
        // Brand ids are folded names (see import.ts): a catalog has few brands and many products.
        let brand = folded.get(p.brand);
        if (brand === undefined) { brand = foldText(p.brand); folded.set(p.brand, brand); }
        push(byBrand, brand, p.id);
      }
      this.products = products;
      this.productGroups = memoryGroups(products, byBrand, byCategory);
    }
    for (const r of rows.retailers) {
      this.retailers.set(r.id, r);
      if (r.group_id) push(this.retailersByGroup, r.group_id, r.id);
    }
    for (const c of rows.countries) this.countries.set(c.code, c);
    for (const c of rows.cities) { this.cities.set(c.id, c); this.cityByName.set(c.name, c.id); }
    for (const c of rows.categories) this.categories.set(c.id, c);
    for (const g of rows.groups) this.groups.set(g.id, g);
    for (const s of rows.sources) this.sources.set(s.id, s);
    for (const r of rows.regions) this.regions.set(r.id, r);
    for (const rc of rows.regionCountries) push(this.countriesByRegion, rc.region_id, rc.country);
    this.events = rows.events;
    for (const t of rows.texts ?? []) {
      let byLang = this.texts.get(t.kind);
      if (!byLang) { byLang = new Map(); this.texts.set(t.kind, byLang); }
      let byRef = byLang.get(t.lang);
      if (!byRef) { byRef = new Map(); byLang.set(t.lang, byRef); }
      byRef.set(t.ref, t.text);
    }

    if (stored) {
      this.root = storedRoot(stored);
      this.typos = new StoredTypos(stored);
      this.longestName = stored.longestName;
      for (const w of stored.placeWords) this.placeWords.add(w);
      return;
    }
    const root = new TrieNode();
    const vocabulary = new Set<string>();
    indexAliases(rows.aliases, {
      name: (tokens, entry) => {
        root.add(tokens, entry);
        if (tokens.length > this.longestName) this.longestName = tokens.length;
      },
      word: (w) => vocabulary.add(w),
      place: (w) => this.placeWords.add(w),
    });
    this.root = root;
    this.typos = new TypoIndex(vocabulary);
  }

  /**
   * Events in those countries and of those retailers (null: any), by date, at most 20.
   * An event of no retailer (a market entry) counts for every retailer of its country.
   */
  eventsFor(countries: string[] | null, retailers: string[] | null): EventRow[] {
    if (!countries && !retailers) return [];
    return this.events.filter((e) =>
      (!countries || (e.country !== null && countries.includes(e.country)))
      && (!retailers || e.retailer_id === null || retailers.includes(e.retailer_id))).slice(0, 20);
  }

  /** A catalog word in `lang` (a `name_it`, `note_it`, `title_it` cell), or undefined where the catalog has none. */
  textIn(kind: TextRow['kind'], ref: string, lang: string): string | undefined {
    return this.texts.get(kind)?.get(lang)?.get(ref);
  }

  /**
   * An entity's name in `lang`: the catalog's own word in that language where it gives one, else its
   * name. Countries, regions and categories carry English and Italian names in their rows and any other
   * language's in the texts (built at import from the country package and the catalog's columns).
   */
  nameOf(kind: 'product' | 'retailer' | 'country' | 'region' | 'category', id: string, lang: Language): string {
    const own = this.textIn(kind, id, lang);
    if (own !== undefined) return own;
    if (kind === 'product') return this.products.get(id)?.name ?? id;
    if (kind === 'retailer') return this.retailers.get(id)?.name ?? id;
    const row = kind === 'country' ? this.countries.get(id) : kind === 'region' ? this.regions.get(id) : this.categories.get(id);
    return row ? (lang === 'it' ? row.name_it : row.name_en) : id;
  }
}
