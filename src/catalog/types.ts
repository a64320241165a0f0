// The catalog's rows, filters and the reader the core answers from, as plain
// types with no dependencies: the core, the importer, the exporter and the
// benchmark share these, and only store.ts knows they live in SQLite.

export type AliasKind = 'product' | 'retailer' | 'country' | 'city' | 'brand' | 'category' | 'group' | 'region';

/** An alias as written, with its language ('code' for a country code), of one kind. */
export interface AliasName { ref: string; alias: string; lang: string | null }
export interface AliasRow { kind: AliasKind; ref: string; alias: string; lang: string | null; custom: number }
/** What the name index needs of an alias: its kind, what it names, its words, its language. */
export type IndexAliasRow = [kind: AliasKind, ref: string, norm: string, lang: string | null];
export interface ProductRow { id: string; name: string; brand: string; category_id: string }
export interface RetailerRow { id: string; name: string; kind: string; group_id: string | null }
export interface CountryRow { code: string; name_en: string; name_it: string }
export interface CityRow { id: string; name: string; country: string }
export interface CategoryRow { id: string; name_en: string; name_it: string }
export interface GroupRow { id: string; name: string }
export interface RegionRow { id: string; name_en: string; name_it: string }
export interface RegionCountryRow { region_id: string; country: string }
export interface SourceRow {
  id: string; title: string; publisher: string | null; published: string | null; language: string | null; ref: string | null;
}
/** A fact as stored: keys only. Names come from the in-memory index, which already holds them. */
export interface FactRow {
  product_id: string; retailer_id: string; country: string; status: string; since: string | null; paired: number;
  note: string | null; source_id: string;
}
export interface EventRow {
  id: string; kind: string; date: string; country: string | null; name_en: string | null; name_it: string | null;
  city: string | null; retailer_id: string | null; retailer_name: string | null; note: string | null; source_id: string;
}
/**
 * One value of a dimension among the matching facts: whether a paired fact that has not ended
 * holds it (and the best such status), whether any fact that has not ended does, and how many facts.
 */
export interface DimensionState { value: string; confirmed: boolean; live: boolean; best: string | null; n: number }

/** A dimension's values by class: counted whole, the top ones (by facts) given. */
export interface DimensionSummary {
  counts: { confirmed: number; unpaired: number; ended: number };
  confirmed: DimensionState[];
  unpaired: DimensionState[];
  ended: DimensionState[];
}
export interface AvailabilityRow {
  product_id: string; retailer_id: string; country: string; status: string; since: string | null;
  paired: number; note: string | null; source_id: string;
}

/** Where a fact was written: the line of availability.csv and its place in that line's country cell. */
export interface FactOrigin { line: number; pos: number }

/** One row of each table an import writes, by table. */
export interface CatalogTableRows {
  sources: SourceRow; countries: CountryRow; regions: RegionRow; regionCountries: RegionCountryRow; groups: GroupRow;
  retailers: RetailerRow; categories: CategoryRow; products: ProductRow; cities: CityRow; aliases: AliasRow; events: EventRow;
  texts: TextRow;
}

/**
 * Where an import writes a catalog while it reads it (the SQLite writer of store.ts): rows go
 * out as they are read, so a million-row catalog is never held in memory.
 */
export interface CatalogSink {
  /** A text of the same kind, ref and language replaces the one before it. */
  put<K extends keyof CatalogTableRows>(table: K, row: CatalogTableRows[K]): void;
  /** Takes a fact; a product, retailer and country given twice is found by `repeats`, once every fact is in. */
  fact(row: AvailabilityRow, origin: FactOrigin): void;
  /** Stores the facts taken, each key once (as first given); gives each later fact of a key with the origin of the first. */
  repeats(): Iterable<{ fact: AvailabilityRow; origin: FactOrigin; first: FactOrigin }>;
}

/**
 * What a fact query filters on; null means any. Products are chosen by id, or
 * by brand and category ("Xiaomi phones"), which on a large catalog stands for
 * thousands of ids.
 */
export interface FactFilter {
  products: string[] | null;
  retailers: string[] | null;
  countries: string[] | null;
  brands?: string[] | null;
  categories?: string[] | null;
  /** Only facts that make a "yes": paired, and not ended. */
  confirmed?: boolean;
  /** `countries` are exactly this region's ("in Europe?"): its sets are read from the summaries stored at import. */
  region?: string | null;
}

/** A catalog's word in another language: see the `texts` table. */
export interface TextRow { kind: 'product' | 'retailer' | 'city' | 'group' | 'source' | 'note' | 'country' | 'region' | 'category'; ref: string; lang: string; text: string }

/** A whole catalog as plain rows: what the importer produces and the writer stores. */
export interface CatalogRows {
  meta: Record<string, string>;
  sources: SourceRow[];
  countries: CountryRow[];
  /** Built in (regions.ts), like the country names: not exported. */
  regions: RegionRow[];
  regionCountries: RegionCountryRow[];
  groups: GroupRow[];
  retailers: RetailerRow[];
  categories: CategoryRow[];
  products: ProductRow[];
  cities: CityRow[];
  aliases: AliasRow[];
  availability: AvailabilityRow[];
  events: EventRow[];
  texts: TextRow[];
}

/** Everything the in-memory name index is built from, read once when a catalog opens. */
export interface NameRows {
  aliases: Iterable<IndexAliasRow>; products: ProductRow[]; retailers: RetailerRow[]; countries: CountryRow[];
  cities: CityRow[]; categories: CategoryRow[]; groups: GroupRow[]; sources: SourceRow[];
  regions: RegionRow[]; regionCountries: RegionCountryRow[]; events: EventRow[]; texts: TextRow[];
}

/** One reading of a name as stored with the catalog: kind, ref, language, and when it needs context ('short', 'word', 'code'). */
export type StoredEntry = [kind: AliasKind, ref: string, lang: string | null, contextual: 'short' | 'word' | 'code' | null];

/** A node of the stored names' trie: its id and the readings of the name that ends there. */
export interface StoredNode { id: number; entries: StoredEntry[] }

/**
 * The name and typo indexes as the import built and stored them, read a node or a word at a time:
 * a start reads none of them, and memory does not grow with the catalog.
 */
export interface StoredNames {
  /** The most words of any name; the longest typo-correctable word. */
  longestName: number;
  longestWord: number;
  /** The words of places' names of several words ("states" of United States). */
  placeWords: string[];
  /** The child of node `parent` (0: the root) reached by `token`, or null. */
  step(parent: number, token: string): StoredNode | null;
  /** The children of `parent` in the order their names were first stored, at most `limit`. */
  children(parent: number, limit: number): StoredNode[];
  /** The typo index's words stored under each key, key by key in order, each key's in the words' order. */
  variants(keys: string[]): string[];
  /** True when `word` is a word of the typo index. */
  isWord(word: string): boolean;
}

/** One kind's autocomplete index (match/suggest.ts reads it; the SQLite reader serves the one stored at import). */
export interface StoredSuggest {
  /** The entities of the names (folded) that begin with `prefix`, in the names' order, until `visit` returns false. */
  names(prefix: string, visit: (id: string) => boolean): void;
  /**
   * The words of names equal to `prefix` (`whole`) or beginning with it, in the words' order, each
   * word's entities in the order of the names holding it, with the entity's place in the catalog.
   */
  words(prefix: string, whole: boolean, visit: (word: string, id: string, rank: number) => boolean, limit?: number): void;
  /** How many entities the words equal to `prefix` (`whole`) or beginning with it hold, counted up to `cap`. */
  count(prefix: string, whole: boolean, cap: number): number;
  /** Those of `ids` with a word equal to `word` (`whole`) or beginning with it: a word too common to read whole, checked per entity. */
  holding(ids: readonly string[], word: string, whole: boolean): string[];
  /** The first entities in the catalog's order, for an empty prefix. */
  first(limit: number): string[];
  /** Those of `prefixes` some word begins with, in their order: a typo's hundreds of variants sifted at once. */
  begun(prefixes: string[]): string[];
  /** The letters the words are made of: what a typo's substitute or missing letter can be. */
  letters: readonly string[];
}

/** The products read one at a time, and the products of a brand or a category as one query each: a start loads none of them. */
export interface StoredProducts {
  count: number;
  get(id: string): ProductRow | undefined;
  /** Every product's id in the catalog's order. */
  ids(): IterableIterator<string>;
  /**
   * The products of those brands (folded names) in those categories, either list empty for any: all
   * of them in the catalog's order when they are no more than `limit`, else `limit` of them.
   */
  ofGroup(brands: readonly string[], categories: readonly string[], limit: number): string[];
  /** How a brand (a folded name) is written by its first product in the catalog. */
  brandName(key: string): string | undefined;
}

/**
 * What the core reads a catalog through. The SQLite file (store.ts, opened by `openCatalog`) is
 * one implementation; a live reload hands the core another reader and closes this one.
 */
export interface CatalogReader {
  /** A value the import recorded about the build ("source_hash", "source_dir"), or null. */
  buildValue(key: string): string | null;
  /** The names' rows; without the aliases when `aliases` is false (the stored index reads them instead). */
  loadNames(options?: { aliases?: boolean; products?: boolean }): NameRows;
  /** The products read as asked (with the stored name index); absent or null to load them all. */
  storedProducts?(): StoredProducts | null;
  /** The name and typo indexes stored at import; absent or null for a reader that has none (it is built from the aliases). */
  storedNames?(): StoredNames | null;
  /** Autocomplete's index of a kind stored at import; absent or null when there is none (it is built from the aliases). */
  storedSuggest?(kind: 'product' | 'retailer' | 'country'): StoredSuggest | null;
  facts(filter: FactFilter, limit: number): FactRow[];
  /** The distinct countries of the matching facts, at most `limit` of them. */
  countriesOf(filter: FactFilter, limit: number): string[];
  dimensionSummary(dimension: 'country' | 'retailer' | 'product', filter: FactFilter, top: number): DimensionSummary | null;
  dimensionStates(dimension: 'country' | 'retailer' | 'product', filter: FactFilter, limit: number): DimensionState[];
  /** The class counts and the `top` values of each class by facts, grouped from the facts (at most `limit` values): any filter. */
  dimensionGrouped(dimension: 'country' | 'retailer' | 'product', filter: FactFilter, top: number, limit: number): DimensionSummary;
  /** How many facts match, counted up to `cap`. */
  countFacts(filter: FactFilter, cap: number): number;
  /** How many availability facts the catalog holds. */
  factTotal(): number;
  /** The product with the most facts (null for an empty catalog): the one help examples name. */
  mostListedProduct(): string | null;
  /** The written aliases of one kind: for autocomplete (read on its first use) and the benchmark's question model. */
  aliasNames(kind: AliasKind): AliasName[];
  /** Every table as rows, for `avail export`. */
  dump(): CatalogRows;
  close(): void;
}
