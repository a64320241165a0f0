// Every SQL statement of the project. Reads are prepared once when the catalog
// opens; the answer path runs only those. Writes happen only while building a
// new catalog file (see build.ts), never on the file the bot is answering from.
import Database from 'better-sqlite3';
import { INDEXES, SCHEMA, SCHEMA_VERSION, SUMMARY_INDEXES } from './schema.js';
import type {
  AliasKind, AliasName, AliasRow, AvailabilityRow, CatalogReader, CatalogRows, CatalogSink, CatalogTableRows, CategoryRow, CityRow, CountryRow, DimensionState,
  DimensionSummary, EventRow, FactFilter, FactOrigin, FactRow, GroupRow, IndexAliasRow, NameRows, ProductRow, RegionCountryRow, RegionRow,
  RetailerRow, SourceRow, StoredEntry, StoredNames, StoredNode, StoredProducts, StoredSuggest, TextRow,
} from './types.js';
import { aliasTokens } from '../text/normalize.js';

const BEST_STATUS = ['available', 'opening', 'announced'];

// Rows carry keys, not names: each text column costs a conversion per row, and
// the names are in memory already.
// Read as arrays: better-sqlite3 builds a keyed object per row more slowly than the
// eight assignments below (measured 76 µs → 43 µs for 21 rows).
const FACT_COLUMNS = 'a.product_id, a.retailer_id, a.country, a.status, a.since, a.paired, a.note, a.source_id';
type FactTuple = [string, string, string, string, string | null, number, string | null, string];

// A filter's shape: per field, '-' (any), '1' (one value: a plain equality the
// planner can seek on) or 'n' (several, through json_each; 'f' for a few
// countries, read another way by seekFrom). Statements are prepared once per
// shape, on first use, and kept.
type Shape = string;

const FIELDS = [
  ['products', 'a.product_id'], ['retailers', 'a.retailer_id'], ['countries', 'a.country'],
  ['brands', 'p.brand'], ['categories', 'p.category_id'],
] as const;

/** Countries few enough for a seek per product and country (seekFrom). */
const FEW_COUNTRIES = 3;

function shapeOf(f: FactFilter): Shape {
  return FIELDS.map(([k]) => {
    const v = f[k];
    return !v ? '-' : v.length === 1 ? '1' : k === 'countries' && v.length <= FEW_COUNTRIES ? 'f' : 'n';
  }).join('') + (f.confirmed ? 'c' : '');
}

/** What a stored count is kept by: a value of one field, or one brand in one category. */
type CountKind = 'product' | 'retailer' | 'country' | 'brand' | 'category' | 'brand_category';
/** The dimensions the stored summaries are kept over (dimension_values.dim). */
const SUMMARY_DIMS: ReadonlySet<CountKind> = new Set(['country', 'retailer', 'product']);
/** Stored counts summed at most per question: past it the count is SQL's, bounded by its cap. */
const STORED_LOOKUPS = 2_000;

/**
 * A summary from stored class counts (rows of class, count) and a reader of one class's top values,
 * called only for a class that has values.
 */
function storedClasses(totals: [number, number][], topOf: (cls: number) => DimensionState[]): DimensionSummary {
  const counts = [0, 0, 0];
  for (const [cls, count] of totals) counts[cls] = count;
  const read = (cls: number): DimensionState[] => (counts[cls] === 0 ? [] : topOf(cls));
  return { counts: { confirmed: counts[0]!, unpaired: counts[1]!, ended: counts[2]! }, confirmed: read(0), unpaired: read(1), ended: read(2) };
}

/** Products are joined only when the filter is on their brand or category. */
function fromOf(shape: Shape): string {
  return shape[3] !== '-' || shape[4] !== '-' ? 'FROM availability a JOIN products p ON p.id = a.product_id' : 'FROM availability a';
}

/**
 * The facts of a category in one country or a few ("tablets in Malta?", a region whose traded countries
 * are two), read product by product with one seek per country in availability_by_country; a brand's are
 * read by brandRangeOf before this. SQLite's own plan reads every fact of each of the group's products
 * and keeps those of the countries: at 1M rows, 21 facts of Samsung in Argentina took 751 µs, this way
 * 119 µs (2M rows: 577 → 278 µs); OPPO in its two South American countries 224 → 88 µs. Past a few
 * countries its plan is the better one (Motorola in 37 European countries: 65 against 90 µs). Only for
 * a bounded read: a count or a grouping of a whole category would seek for every product.
 */
function seekFrom(shape: Shape): string | null {
  return (shape.startsWith('--1') || shape.startsWith('--f')) && (shape[3] !== '-' || shape[4] !== '-')
    ? 'FROM products p CROSS JOIN availability a INDEXED BY availability_by_country ON a.product_id = p.id' : null;
}

/**
 * The facts of a brand in some countries, no product or retailer named ("Samsung in Argentina?", "Apple
 * in southern asia?", "Motorola phones in Europe?"): one range of brand_facts per country, each fact then
 * read by its key. Product by product, a brand of 15,800 products sold in Argentina by 1 in 8 took 231 µs
 * at 2M rows for 21 facts (a seek in availability_by_country per product); a range holds only the facts.
 */
function brandRangeOf(shape: Shape, limit: number): string | null {
  if (shape[0] !== '-' || shape[1] !== '-' || shape[2] === '-' || shape[3] === '-') return null;
  // CROSS JOIN keeps brand_facts the outer loop; "confirmed" is checked on its own status and pairing, so
  // only the facts that fit are read from the table. The category, when asked, is checked per fact found.
  const products = shape[4] !== '-' ? ' CROSS JOIN products p ON p.id = a.product_id' : '';
  return `SELECT ${FACT_COLUMNS} FROM brand_facts b CROSS JOIN availability a
    ON a.product_id = b.product_id AND a.retailer_id = b.retailer_id AND a.country = b.country${products}
    ${whereOf(shape, { countries: 'b.country', brands: 'b.brand' }, 'b')} LIMIT ${limit}`;
}

/** The conditions of a shape; `columns` reads some fields elsewhere (brand_facts), `states` where status and pairing are checked. */
function whereOf(shape: Shape, columns: Partial<Record<(typeof FIELDS)[number][0], string>> = {}, states = 'a'): string {
  const parts = FIELDS.flatMap(([k, own], i) => {
    const column = columns[k] ?? own;
    const s = shape[i];
    return s === '1' ? [`${column} = @${k}`] : s === 'n' || s === 'f' ? [`${column} IN (SELECT value FROM json_each(@${k}))`] : [];
  });
  if (shape.endsWith('c')) parts.push(`${states}.paired = 1`, `${states}.status <> 'ended'`);
  return parts.length > 0 ? `WHERE ${parts.join(' AND ')}` : '';
}

function bindOf(f: FactFilter): Record<string, string> {
  const b: Record<string, string> = {};
  for (const [k] of FIELDS) {
    const v = f[k];
    if (v) b[k] = v.length === 1 ? v[0]! : JSON.stringify(v);
  }
  return b;
}

/**
 * The matching facts grouped per value of one dimension (v), at most `limit` values: the best state of
 * its paired live facts (best: 0 available, 1 opening, 2 announced; null when it has none), whether any
 * fact is live, and how many facts. What set questions list and rank (dimensionStates, dimensionGrouped).
 */
function groupedStates(dimension: 'country' | 'retailer' | 'product', shape: Shape, limit: number): string {
  const column = dimension === 'country' ? 'a.country' : dimension === 'retailer' ? 'a.retailer_id' : 'a.product_id';
  return `SELECT ${column} AS v,
      min(CASE WHEN a.paired = 1 AND a.status <> 'ended'
        THEN CASE a.status WHEN 'available' THEN 0 WHEN 'opening' THEN 1 ELSE 2 END END) AS best,
      max(a.status <> 'ended') AS live, count(*) AS n
    ${fromOf(shape)} ${whereOf(shape)} GROUP BY ${column} LIMIT ${limit}`;
}

/** The page cache of a reader, in KiB (see the constructor). */
const READER_CACHE_KIB = 4096;

export class CatalogError extends Error {
  constructor(readonly code: 'CATALOG_MISSING' | 'CATALOG_CORRUPT' | 'CATALOG_OUTDATED', message: string) {
    super(message);
    this.name = 'CatalogError';
  }
}

/** The read-only SQLite catalog the answer path uses. */
export class CatalogStore implements CatalogReader {
  private readonly db: Database.Database;
  /** Prepared on first use per filter shape and limit (a few dozen at most), then reused. */
  private readonly factStmts = new Map<string, Database.Statement>();
  private readonly countStmts = new Map<string, Database.Statement>();
  private readonly countryStmts = new Map<string, Database.Statement>();
  private readonly dimensionStmts = new Map<string, Database.Statement>();
  private readonly groupedStmts = new Map<string, Database.Statement>();
  private summaryTotals: Database.Statement | null = null;
  private readonly summaryTops = new Map<number, Database.Statement>();
  private pairStmts: { totals: Database.Statement; tops: Map<number, Database.Statement[]> } | null = null;
  private readonly regionMembers = new Map<string, Set<string>>();
  /** The countries with at least one fact (tradedOnly). */
  private traded: Set<string> | null = null;
  /** Sums of the counts stored at import, by table and column (see `storedCount`). */
  private readonly sumStmts = new Map<string, Database.Statement>();

  constructor(file: string) {
    try {
      this.db = new Database(file, { readonly: true, fileMustExist: true });
      // Keep the shared lock for the connection's life: otherwise every query takes and
      // drops a file lock and re-reads the header, system calls that cost more than the
      // query itself. Imports never write this file (they rename a new one over it).
      this.db.pragma('locking_mode = EXCLUSIVE');
      // 4 MiB of pages rather than better-sqlite3's 16 MiB: the file is read-only and the OS keeps its
      // pages anyway, so a page this cache lacks costs a read from memory, while the 12 MiB more of
      // it was a tenth of what a serving process holds. The answers' times did not move.
      this.db.pragma(`cache_size = -${READER_CACHE_KIB}`);
      const version = this.db.prepare(`SELECT value FROM meta WHERE key = 'schema'`).pluck().get();
      if (version !== SCHEMA_VERSION) {
        this.db.close();
        throw new CatalogError('CATALOG_OUTDATED', `catalog ${file} has schema ${String(version)}, expected ${SCHEMA_VERSION}`);
      }
    } catch (err) {
      if (err instanceof CatalogError) throw err;
      const missing = err instanceof Error && /unable to open|does not exist/i.test(err.message);
      throw new CatalogError(missing ? 'CATALOG_MISSING' : 'CATALOG_CORRUPT',
        `catalog ${file} ${missing ? 'does not exist' : 'is not a readable catalog'}`);
    }
  }

  /** A value the import recorded about the build ("source_hash", "source_dir"), or null. */
  buildValue(key: string): string | null {
    return (this.db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(key) as string | undefined) ?? null;
  }

  /** The name and typo indexes the import stored; null for a catalog stored without them. */
  storedNames(): StoredNames | null {
    const meta = this.buildValue('name_index');
    if (meta === null) return null;
    const { longestName, longestWord, placeWords } = JSON.parse(meta) as { longestName: number; longestWord: number; placeWords: string[] };
    const db = this.db;
    type Joined = [id: number, ...StoredEntry] | [id: number, null, null, null, null];
    const step = db.prepare(`SELECT n.id, e.kind, e.ref, e.lang, e.contextual FROM name_nodes n
      LEFT JOIN name_entries e ON e.node = n.id WHERE n.parent = ? AND n.token = ? ORDER BY e.rowid`).raw();
    const children = db.prepare(`SELECT n.id, e.kind, e.ref, e.lang, e.contextual
      FROM (SELECT id FROM name_nodes WHERE parent = ? ORDER BY id LIMIT ?) n
      LEFT JOIN name_entries e ON e.node = n.id ORDER BY n.id, e.rowid`).raw();
    // The keys' order is the search's: json_each's row numbers keep it, the words' order within a key after.
    const variants = db.prepare(`SELECT v.word FROM json_each(?) j CROSS JOIN typo_variants v ON v.key = j.value
      ORDER BY j.key, v.ord`).pluck();
    const isWord = db.prepare('SELECT 1 FROM typo_words WHERE word = ?').pluck();
    const nodes = (rows: Joined[]): StoredNode[] => {
      const out: StoredNode[] = [];
      for (const [id, kind, ref, lang, contextual] of rows) {
        let node = out[out.length - 1];
        if (!node || node.id !== id) { node = { id, entries: [] }; out.push(node); }
        if (kind !== null) node.entries.push([kind, ref!, lang, contextual]);
      }
      return out;
    };
    return {
      longestName, longestWord, placeWords,
      step: (parent, token) => nodes(step.all(parent, token) as Joined[])[0] ?? null,
      children: (parent, limit) => nodes(children.all(parent, limit) as Joined[]),
      variants: (keys) => variants.all(JSON.stringify(keys)) as string[],
      isWord: (word) => isWord.get(word) !== undefined,
    };
  }

  /** Autocomplete's stored index of a kind; null for a catalog stored without it. */
  storedSuggest(kind: 'product' | 'retailer' | 'country'): StoredSuggest | null {
    const meta = this.buildValue('suggest_letters');
    if (meta === null) return null;
    const letters = [...((JSON.parse(meta) as Record<string, string>)[kind] ?? '')];
    const db = this.db;
    // The highest code point ends every range: in SQLite's byte order it sorts after any text that begins alike.
    const END = String.fromCodePoint(0x10ffff);
    const names = db.prepare('SELECT ref FROM suggest_names WHERE kind = ? AND name >= ? AND name < ? ORDER BY name, ord').pluck();
    // Autocomplete stops at 5,000 entities a word (suggest.ts): read in one call, which costs a third of a row-by-row iteration.
    const whole = db.prepare('SELECT word, ref, rank FROM suggest_words WHERE kind = ? AND word = ? ORDER BY ord LIMIT ?').raw();
    const prefixed = db.prepare('SELECT word, ref, rank FROM suggest_words WHERE kind = ? AND word >= ? AND word < ? ORDER BY word, ord LIMIT ?').raw();
    const first = db.prepare('SELECT ref FROM suggest_first WHERE kind = ? ORDER BY rank LIMIT ?').pluck();
    // One statement for all of a typo's variants: each is one probe of the index inside SQLite.
    const begun = db.prepare(`SELECT j.value FROM json_each(?) j WHERE EXISTS (SELECT 1 FROM suggest_words w
      WHERE w.kind = ? AND w.word >= j.value AND w.word < j.value || ?) ORDER BY j.key`).pluck();
    // Per entity, through suggest_words_by_ref: a probe of the index for each of a few hundred entities.
    const holdingWhole = db.prepare(`SELECT j.value FROM json_each(?) j WHERE EXISTS (SELECT 1 FROM suggest_words w
      WHERE w.kind = ? AND w.ref = j.value AND w.word = ?)`).pluck();
    const holdingPrefix = db.prepare(`SELECT j.value FROM json_each(?) j WHERE EXISTS (SELECT 1 FROM suggest_words w
      WHERE w.kind = ? AND w.ref = j.value AND w.word >= ? AND w.word < ?)`).pluck();
    // Counted in the index, never read out: the cap is written into the statement (a bound LIMIT on a subquery can cost the planner its range).
    const counters = new Map<number, { whole: Database.Statement; prefixed: Database.Statement }>();
    const counter = (cap: number): { whole: Database.Statement; prefixed: Database.Statement } => {
      let c = counters.get(cap);
      if (!c) {
        const n = Math.max(1, Math.floor(cap));
        c = {
          whole: db.prepare(`SELECT count(*) FROM (SELECT 1 FROM suggest_words WHERE kind = ? AND word = ? LIMIT ${n})`).pluck(),
          prefixed: db.prepare(`SELECT count(*) FROM (SELECT 1 FROM suggest_words WHERE kind = ? AND word >= ? AND word < ? LIMIT ${n})`).pluck(),
        };
        counters.set(cap, c);
      }
      return c;
    };
    return {
      letters,
      count: (prefix, isWhole, cap) => (isWhole ? counter(cap).whole.get(kind, prefix) : counter(cap).prefixed.get(kind, prefix, prefix + END)) as number,
      holding: (ids, word, isWhole) => (ids.length === 0 ? []
        : (isWhole ? holdingWhole.all(JSON.stringify(ids), kind, word) : holdingPrefix.all(JSON.stringify(ids), kind, word, word + END)) as string[]),
      names: (prefix, visit) => {
        for (const id of names.iterate(kind, prefix, prefix + END) as IterableIterator<string>) if (!visit(id)) break;
      },
      words: (prefix, isWhole, visit, limit = 5000) => {
        const rows = (isWhole ? whole.all(kind, prefix, limit) : prefixed.all(kind, prefix, prefix + END, limit)) as [string, string, number][];
        for (const [word, id, rank] of rows) if (!visit(word, id, rank)) break;
      },
      first: (limit) => first.all(kind, limit) as string[],
      begun: (prefixes) => (prefixes.length === 0 ? [] : begun.all(JSON.stringify(prefixes), kind, END) as string[]),
    };
  }

  /** Everything the in-memory name index is built from, read once at start. */
  /** The products as the answer path reads them, one query at a time. */
  storedProducts(): StoredProducts {
    const db = this.db;
    const row = db.prepare('SELECT id, name, brand, category_id FROM products WHERE id = ?');
    const ids = db.prepare('SELECT id FROM products ORDER BY rowid').pluck();
    // A brand's id is its folded name (import.ts): its spellings are the brand aliases. Prepared per
    // number of brands and categories with a written LIMIT: json_each and a bound LIMIT made SQLite
    // plan these seeks as scans (1.1 ms for a category on 10,000 products, against 0.02 ms).
    const groupStmts = new Map<string, Database.Statement>();
    const marks = (n: number): string => Array.from({ length: n }, () => '?').join(', ');
    const groupStmt = (brands: number, categories: number, limit: number): Database.Statement => {
      const key = `${brands}:${categories}:${limit}`;
      let stmt = groupStmts.get(key);
      if (!stmt) {
        const where = [
          ...(brands > 0 ? [`brand IN (SELECT alias FROM aliases WHERE kind = 'brand' AND ref IN (${marks(brands)}))`] : []),
          ...(categories > 0 ? [`category_id IN (${marks(categories)})`] : []),
        ];
        stmt = db.prepare(`SELECT rowid, id FROM products WHERE ${where.join(' AND ')} LIMIT ${Math.max(0, Math.floor(limit))}`).raw();
        groupStmts.set(key, stmt);
      }
      return stmt;
    };
    const brandName = db.prepare(`SELECT p.brand FROM aliases a JOIN products p ON p.brand = a.alias
      WHERE a.kind = 'brand' AND a.ref = ? ORDER BY p.rowid LIMIT 1`).pluck();
    return {
      count: db.prepare('SELECT count(*) FROM products').pluck().get() as number,
      get: (id) => row.get(id) as ProductRow | undefined,
      ids: () => ids.iterate() as IterableIterator<string>,
      ofGroup: (brands, categories, limit) => {
        if (brands.length === 0 && categories.length === 0) return [];
        // Sorted here: the few rows found, not the group, are put in the catalog's order.
        const rows = groupStmt(brands.length, categories.length, limit).all(...brands, ...categories) as [number, string][];
        return rows.sort((a, b) => a[0] - b[0]).map(([, id]) => id);
      },
      brandName: (key) => brandName.get(key) as string | undefined,
    };
  }

  loadNames(options: { aliases?: boolean; products?: boolean } = {}): NameRows {
    const all = <T>(sql: string): T[] => this.db.prepare(sql).all() as T[];
    return {
      // Tens of thousands of rows on a large catalog: read as arrays (a keyed object per row
      // costs more), only the columns the index uses. iterate() was slower still per row.
      aliases: options.aliases === false ? [] : this.db.prepare('SELECT kind, ref, norm, lang FROM aliases').raw().all() as IndexAliasRow[],
      products: options.products === false ? [] : all<ProductRow>('SELECT id, name, brand, category_id FROM products'),
      retailers: all<RetailerRow>('SELECT id, name, kind, group_id FROM retailers'),
      countries: all<CountryRow>('SELECT code, name_en, name_it FROM countries'),
      cities: all<CityRow>('SELECT id, name, country FROM cities'),
      categories: all<CategoryRow>('SELECT id, name_en, name_it FROM categories'),
      groups: all<GroupRow>('SELECT id, name FROM groups'),
      sources: all<SourceRow>('SELECT id, title, publisher, published, language, ref FROM sources'),
      regions: all<RegionRow>('SELECT id, name_en, name_it FROM regions'),
      regionCountries: all<RegionCountryRow>('SELECT region_id, country FROM region_countries'),
      texts: all<TextRow>('SELECT kind, ref, lang, text FROM texts'),
      // Events are few (openings, announcements) and asked about often: they are kept in memory.
      events: all<EventRow>(`SELECT e.id, e.kind, e.date, e.country, c.name_en, c.name_it, ci.name AS city,
          e.retailer_id, r.name AS retailer_name, e.note, e.source_id
        FROM events e LEFT JOIN countries c ON c.code = e.country LEFT JOIN cities ci ON ci.id = e.city_id
        LEFT JOIN retailers r ON r.id = e.retailer_id ORDER BY e.date`),
    };
  }

  // The limit is written into the statement, not bound: a bound LIMIT made SQLite
  // plan the one-row lookup five times slower (measured: 9 µs → 43 µs).
  facts(filter: FactFilter, limit: number): FactRow[] {
    const f = this.tradedOnly(filter);
    if (f === null) return [];
    const rows = this.statement(this.factStmts, f, limit,
      (s, n) => brandRangeOf(s, n) ?? `SELECT ${FACT_COLUMNS} ${seekFrom(s) ?? fromOf(s)} ${whereOf(s)} LIMIT ${n}`, 'raw').all(bindOf(f)) as FactTuple[];
    return rows.map(([product_id, retailer_id, country, status, since, paired, note, source_id]) => ({
      product_id, retailer_id, country, status, since, paired, note, source_id,
    }));
  }

  /**
   * The filter with its countries cut to those the catalog has facts in, null when none is left: a
   * region names countries a catalog need not trade in (southern Asia: 9 countries, 1 with facts in the
   * generated catalogs), and each is a lookup per product. Facts and counts only; the summaries of a
   * region are read by its whole list of countries.
   */
  private tradedOnly(filter: FactFilter): FactFilter | null {
    const { countries } = filter;
    if (!countries || countries.length < 2) return filter;
    this.traded ??= new Set(this.db.prepare(`SELECT ref FROM fact_counts WHERE kind = 'country' AND n > 0`).pluck().all() as string[]);
    // A catalog whose counts were not stored keeps every country.
    if (this.traded.size === 0) return filter;
    const kept = countries.filter((c) => this.traded!.has(c));
    if (kept.length === countries.length) return filter;
    return kept.length === 0 ? null : Object.assign({}, filter, { countries: kept });
  }

  /** The distinct countries of the matching facts, at most `limit` of them. */
  countriesOf(filter: FactFilter, limit: number): string[] {
    return this.statement(this.countryStmts, filter, limit,
      (s, n) => `SELECT DISTINCT a.country ${fromOf(s)} ${whereOf(s)} LIMIT ${n}`, 'pluck').all(bindOf(filter)) as string[];
  }

  private statement(cache: Map<string, Database.Statement>, filter: FactFilter, limit: number,
    sql: (shape: Shape, limit: number) => string, mode: 'rows' | 'raw' | 'pluck' = 'rows', variant = ''): Database.Statement {
    const shape = shapeOf(filter);
    const n = Math.max(1, Math.trunc(limit));
    const key = `${variant}:${shape}:${n}`;
    let stmt = cache.get(key);
    if (!stmt) {
      stmt = this.db.prepare(sql(shape, n));
      if (mode === 'pluck') stmt.pluck();
      if (mode === 'raw') stmt.raw();
      cache.set(key, stmt);
    }
    return stmt;
  }

  /**
   * The values of one dimension for a filter on one country, one retailer or nothing, from the
   * summaries stored at import: the class counts and the `top` values of each class by facts.
   * Null for any other filter (the caller groups the facts themselves).
   */
  dimensionSummary(dimension: 'country' | 'retailer' | 'product', filter: FactFilter, top: number): DimensionSummary | null {
    if (filter.products || filter.confirmed) return null;
    if (dimension === 'product' && !filter.brands && !filter.categories && !filter.region
      && filter.retailers?.length === 1 && filter.countries?.length === 1) return this.retailerCountrySummary(filter.retailers[0]!, filter.countries[0]!, top);
    const places = filter.region && filter.countries && this.isRegion(filter.region, filter.countries)
      ? ['region', [filter.region]] as const : ['country', filter.countries] as const;
    const given = ([places, ['retailer', filter.retailers], ['brand', filter.brands], ['category', filter.categories]] as const)
      .filter(([, v]) => v !== null && v !== undefined);
    const both = given.length === 2 && given[0]![0] === 'brand' && given[1]![0] === 'category' && given[0]![1]!.length === 1 && given[1]![1]!.length === 1
      ? ['brand_category', [`${given[0]![1]![0]}\u001f${given[1]![1]![0]}`]] as const : null;
    const one = both ?? (given.length === 0 ? ['all', ['']] as const : given.length === 1 ? [given[0]![0], given[0]![1]!] as const : null);
    // "Which countries … in Spain?" is grouped from the facts: no summary is kept by a dimension of itself.
    if (!one || one[1].length !== 1 || one[0] === dimension) return null;
    const key = { by: one[0], ref: one[1][0]!, dim: dimension };
    const totals = this.summaryTotals ??= this.db.prepare('SELECT class, count FROM dimension_totals WHERE by = ? AND ref = ? AND dim = ?').raw();
    // The limit written into the statement, as in `facts`: one statement per limit asked (two or three).
    const n = Math.max(1, Math.trunc(top));
    let topStmt = this.summaryTops.get(n);
    if (!topStmt) {
      topStmt = this.db.prepare(`SELECT value, best, n FROM dimension_values
        WHERE by = ? AND ref = ? AND dim = ? AND class = ? ORDER BY n DESC LIMIT ${n}`).raw();
      this.summaryTops.set(n, topStmt);
    }
    return storedClasses(totals.all(key.by, key.ref, key.dim) as [number, number][], (cls) => (topStmt.all(key.by, key.ref, key.dim, cls) as
      [string, string | null, number][]).map(([value, best, n]) => ({ value, confirmed: cls === 0, live: cls < 2, best, n })));
  }

  /**
   * The products of one retailer in one country: the counts stored at import, and each class's first
   * `top` products in id order, read from the facts' index (one fact per product, so every product has
   * one fact and the order by facts, then id, is the id order). Grouping the 1,900 facts of a large
   * retailer in a country cost 2.5 ms at 1M rows; this reads the three classes' first values.
   */
  private retailerCountrySummary(retailer: string, country: string, top: number): DimensionSummary {
    const n = Math.max(1, Math.trunc(top));
    this.pairStmts ??= {
      totals: this.db.prepare(`SELECT class, count FROM dimension_totals WHERE by = 'retailer_country' AND ref = ? AND dim = 'product'`).raw(),
      tops: new Map(),
    };
    let tops = this.pairStmts.tops.get(n);
    if (!tops) {
      // The class conditions on the index's own columns, so each read stays in availability_by_retailer.
      const of = (where: string): Database.Statement => this.db.prepare(`SELECT product_id, status FROM availability
        WHERE retailer_id = ? AND country = ? AND ${where} ORDER BY product_id LIMIT ${n}`).raw();
      tops = [of(`status <> 'ended' AND paired = 1`), of(`status <> 'ended' AND paired = 0`), of(`status = 'ended'`)];
      this.pairStmts.tops.set(n, tops);
    }
    return storedClasses(this.pairStmts.totals.all(`${retailer}\u001f${country}`) as [number, number][], (cls) => (tops[cls]!.all(retailer, country) as
      [string, string][]).map(([value, status]) => ({ value, confirmed: cls === 0, live: cls < 2, best: cls === 0 ? status : null, n: 1 })));
  }

  /** True when `countries` are exactly the region's countries, so its stored summaries answer for them. */
  private isRegion(region: string, countries: readonly string[]): boolean {
    const members = this.regionMembers.get(region) ?? new Set(this.db.prepare('SELECT country FROM region_countries WHERE region_id = ?').pluck().all(region) as string[]);
    this.regionMembers.set(region, members);
    return members.size === new Set(countries).size && countries.every((c) => members.has(c));
  }

  /**
   * The distinct values of one dimension among the matching facts, each with the states
   * its facts have (status, paired) and how many facts: what a set or count question lists.
   * Grouped and ordered in SQL, so the set is complete whatever the number of rows.
   */
  dimensionStates(dimension: 'country' | 'retailer' | 'product', filter: FactFilter, limit: number): DimensionState[] {
    // One row per value, its states folded in SQL: a country's 16,000 facts become its few hundred products.
    const rows = this.statement(this.dimensionStmts, filter, limit,
      (s, n) => groupedStates(dimension, s, n), 'raw', dimension)
      .all(bindOf(filter)) as [string, number | null, number, number][];
    return rows.map(([value, best, live, n]) => ({
      value, confirmed: best !== null, live: live === 1, best: best === null ? null : BEST_STATUS[best] ?? null, n,
    }));
  }

  /**
   * What `dimensionSummary` gives, for a filter no stored summary serves: the facts grouped per value
   * (at most `limit` values), each placed in its class, and per class the count and the `top` values
   * with most facts (ties in value order), all in SQL. A retailer in a country at 1M rows groups about
   * 1,700 facts into 1,500 products: reading every group out to rank them in JS cost 2.8 ms, this 1.9.
   */
  dimensionGrouped(dimension: 'country' | 'retailer' | 'product', filter: FactFilter, top: number, limit: number): DimensionSummary {
    const n = Math.max(1, Math.trunc(top));
    const rows = this.statement(this.groupedStmts, filter, limit,
      (s, cap) => {
        // Grouped once (MATERIALIZED), then each class's best values and the classes' counts read from the groups.
        const top = (cls: number, where: string): string => `SELECT * FROM (SELECT ${cls} AS cls, v, best, n FROM g WHERE ${where} ORDER BY n DESC, v LIMIT ${n})`;
        return `WITH g AS MATERIALIZED (${groupedStates(dimension, s, cap)})
          ${top(0, 'best IS NOT NULL')} UNION ALL ${top(1, 'best IS NULL AND live = 1')} UNION ALL ${top(2, 'best IS NULL AND live = 0')}
          UNION ALL SELECT 3 + CASE WHEN best IS NOT NULL THEN 0 WHEN live = 1 THEN 1 ELSE 2 END, NULL, NULL, count(*) FROM g GROUP BY 1`;
      }, 'raw', `${dimension}:${n}`)
      .all(bindOf(filter)) as [number, string | null, number | null, number][];
    const counts = [0, 0, 0];
    const lists: DimensionState[][] = [[], [], []];
    for (const [cls, value, best, facts] of rows) {
      // Rows of class 3 + c carry class c's count; the others are its values, best first.
      if (cls >= 3) { counts[cls - 3] = facts; continue; }
      lists[cls]!.push({ value: value!, confirmed: cls === 0, live: cls < 2, best: best === null ? null : BEST_STATUS[best] ?? null, n: facts });
    }
    return { counts: { confirmed: counts[0]!, unpaired: counts[1]!, ended: counts[2]! }, confirmed: lists[0]!, unpaired: lists[1]!, ended: lists[2]! };
  }

  /** How many facts match, counting no further than `cap` (a broad question over a million rows stays cheap). */
  countFacts(whole: FactFilter, cap: number): number {
    // A country without facts adds nothing to a count: Africa's 54 countries were 54 lookups of stored
    // counts for "Infinix in africa?" (47 µs at 2M rows), of which the generated catalogs trade in 4.
    const filter = this.tradedOnly(whole);
    if (filter === null) return 0;
    const stored = this.storedCount(filter);
    if (stored !== null) return Math.min(stored, cap);
    return this.statement(this.countStmts, filter, cap,
      (s, n) => `SELECT count(*) FROM (SELECT 1 ${fromOf(s)} ${whereOf(s)} LIMIT ${n})`, 'pluck').get(bindOf(filter)) as number;
  }

  /**
   * The count taken at import, when the filter names at most two of product, retailer, country and
   * brand or category (a brand in a category is one key of its own). Summed over their values: each
   * fact has one product, one retailer and one country, and each product one brand and one category,
   * so the parts never overlap. One field reads the per-value counts; two read the summary of one by
   * the other ("Motorola in the Americas": the brand's count in each of 35 countries). Null for a
   * filter of three, or one whose parts would take more lookups than a bounded count.
   */
  private storedCount(f: FactFilter): number | null {
    const given: [CountKind, string[]][] = (([['product', f.products], ['retailer', f.retailers], ['country', f.countries],
      ['brand', f.brands], ['category', f.categories]] as const).filter(([, v]) => v !== null && v !== undefined) as [CountKind, string[]][]);
    const brands = given.find(([k]) => k === 'brand')?.[1];
    const categories = given.find(([k]) => k === 'category')?.[1];
    const parts: [CountKind, string[]][] = brands && categories
      ? [...given.filter(([k]) => k !== 'brand' && k !== 'category'), ['brand_category', brands.flatMap((b) => categories.map((c) => `${b}\u001f${c}`))]]
      : given;
    const confirmed = f.confirmed === true;
    if (parts.length === 0) return this.summed('counts', confirmed, { kind: 'all', refs: '[""]' });
    if (parts.length === 1) {
      const [kind, refs] = parts[0]!;
      return refs.length > STORED_LOOKUPS ? null : this.summed('counts', confirmed, { kind, refs: JSON.stringify(refs) });
    }
    if (parts.length !== 2) return null;
    const [a, b] = parts as [[CountKind, string[]], [CountKind, string[]]];
    const [by, dim] = SUMMARY_DIMS.has(b[0]) && b[0] !== a[0] && a[0] !== 'product' ? [a, b] : [b, a];
    if (by[0] === 'product' || !SUMMARY_DIMS.has(dim[0]) || by[1].length * dim[1].length > STORED_LOOKUPS) return null;
    return this.summed('summaries', confirmed, { by: by[0], refs: JSON.stringify(by[1]), dim: dim[0], values: JSON.stringify(dim[1]) });
  }

  private summed(table: 'counts' | 'summaries', confirmed: boolean, params: Record<string, string>): number {
    const key = `${table}:${confirmed ? 'nc' : 'n'}`;
    let stmt = this.sumStmts.get(key);
    if (!stmt) {
      const col = confirmed ? 'nc' : 'n';
      stmt = this.db.prepare(table === 'counts'
        ? `SELECT coalesce(sum(${col}), 0) FROM fact_counts WHERE kind = @kind AND ref IN (SELECT value FROM json_each(@refs))`
        : `SELECT coalesce(sum(${col}), 0) FROM dimension_values WHERE by = @by AND ref IN (SELECT value FROM json_each(@refs))
            AND dim = @dim AND value IN (SELECT value FROM json_each(@values))`).pluck();
      this.sumStmts.set(key, stmt);
    }
    return stmt.get(params) as number;
  }

  /** The product with the most facts (null for an empty catalog): the one help examples name. */
  /** How many availability facts the catalog holds (a row of several countries is one a country). */
  // Both are stored at import: counting 1.5M facts and ranking 100,000 products cost every start 85 ms.
  factTotal(): number {
    const stored = this.buildValue('fact_total');
    return stored !== null ? Number(stored) : this.db.prepare('SELECT COUNT(*) FROM availability').pluck().get() as number;
  }

  mostListedProduct(): string | null {
    const stored = this.buildValue('most_listed');
    if (stored !== null) return stored === '' ? null : stored;
    return (this.db.prepare(`SELECT ref FROM fact_counts WHERE kind = 'product' ORDER BY n DESC, ref LIMIT 1`)
      .pluck().get() as string | undefined) ?? null;
  }

  /** The written aliases of one kind, for autocomplete (read on its first use). */
  aliasNames(kind: AliasKind): AliasName[] {
    return this.db.prepare('SELECT ref, alias, lang FROM aliases WHERE kind = ?').all(kind) as AliasName[];
  }

  /** Every table as rows: for tests and small catalogs (`avail export` streams the facts with `factsInOrder`). */
  dump(): CatalogRows {
    return Object.assign(this.tables(), { availability: [...this.factsInOrder()].map(({ line: _l, pos: _p, ...fact }) => fact) });
  }

  /** Every table but the facts, each in the order its file listed it; the built-in countries and regions are left out. */
  tables(): CatalogRows {
    const all = <T>(sql: string): T[] => this.db.prepare(sql).all() as T[];
    return {
      sources: all<SourceRow>('SELECT id, title, publisher, published, language, ref FROM sources ORDER BY rowid'),
      groups: all<GroupRow>('SELECT id, name FROM groups ORDER BY rowid'),
      retailers: all<RetailerRow>('SELECT id, name, kind, group_id FROM retailers ORDER BY rowid'),
      categories: all<CategoryRow>('SELECT id, name_en, name_it FROM categories ORDER BY rowid'),
      products: all<ProductRow>('SELECT id, name, brand, category_id FROM products ORDER BY rowid'),
      cities: all<CityRow>('SELECT id, name, country FROM cities ORDER BY rowid'),
      aliases: all<AliasRow>('SELECT kind, ref, alias, lang, custom FROM aliases WHERE custom = 1 ORDER BY rowid'),
      availability: [],
      events: all<EventRow>(`SELECT e.id, e.kind, e.date, e.country, NULL AS name_en, NULL AS name_it, e.city_id AS city,
        e.retailer_id, NULL AS retailer_name, e.note, e.source_id FROM events e ORDER BY rowid`),
      texts: all<TextRow>('SELECT kind, ref, lang, text FROM texts ORDER BY kind, ref, lang'),
      countries: [],
      regions: [],
      regionCountries: [],
      meta: {},
    };
  }

  /**
   * The facts in the order availability.csv listed them, the countries of one line together in
   * the order of its cell. Streamed: a million facts are never an array (SQLite sorts them on disk).
   */
  *factsInOrder(): IterableIterator<AvailabilityRow & FactOrigin> {
    const rows = this.db.prepare(`SELECT product_id, retailer_id, country, status, since, paired, note, source_id, line, pos
      FROM availability ORDER BY line, pos`).raw().iterate() as IterableIterator<[string, string, string, string, string | null, number, string | null, string, number, number]>;
    for (const [product_id, retailer_id, country, status, since, paired, note, source_id, line, pos] of rows) {
      yield { product_id, retailer_id, country, status, since, paired, note, source_id, line, pos };
    }
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/** The best status among a group's confirmed facts, as a rank (0 available, 1 opening, 2 announced), or NULL. */
/** The facts of a group that make a "yes": paired, and not ended (as `whereOf` asks for `confirmed`). */
const CONFIRMED_COUNT = `sum(paired = 1 AND status <> 'ended')`;

const BEST_RANK = `min(CASE WHEN paired = 1 AND status <> 'ended'
  THEN CASE status WHEN 'available' THEN 0 WHEN 'opening' THEN 1 ELSE 2 END END)`;

/**
 * The facts folded once per pair (product and country, product and retailer, retailer and
 * country) and per product, each scan reading the table or an index in its own order: every
 * count and summary below folds these few hundred thousand rows at most, instead of grouping
 * the million facts again for each (that took 35 of a 1M-row import's 75 s).
 * `best` is the best rank among confirmed facts (see BEST_RANK), `live` whether any has not ended.
 */
const AGGREGATES = [['by_product_country', 'country, product_id'], ['by_product_retailer', 'product_id, retailer_id'],
  ['by_retailer_country', 'retailer_id, country']].map(([table, key]) => `CREATE TEMP TABLE ${table} AS
    SELECT ${key}, ${BEST_RANK} AS best, max(status <> 'ended') AS live, count(*) AS n, ${CONFIRMED_COUNT} AS nc FROM availability GROUP BY ${key}`)
  .concat(`CREATE TEMP TABLE by_product AS
    SELECT product_id, min(best) AS best, max(live) AS live, sum(n) AS n, sum(nc) AS nc FROM by_product_retailer GROUP BY product_id`);

/** A group's class (0 confirmed, 1 only unpaired, 2 only ended), its best confirmed status and its facts, from folded rows. */
const FOLDED = `CASE WHEN min(x.best) IS NOT NULL THEN 0 WHEN max(x.live) THEN 1 ELSE 2 END,
  CASE min(x.best) WHEN 0 THEN 'available' WHEN 1 THEN 'opening' WHEN 2 THEN 'announced' END, sum(x.n), sum(x.nc)`;

/** One brand in one category as one key: brand, U+001F, category (no name holds a control character). */
const BRAND_CATEGORY = 'p.brand || char(31) || p.category_id';

const withProducts = (table: string): string => `${table} x JOIN products p ON p.id = x.product_id`;

/** The summaries stored at import: (filter kind, filter value, dimension, dimension value, folded rows they come from). */
const SUMMARIES: [string, string, string, string, string][] = [
  ['country', 'x.country', 'retailer', 'x.retailer_id', 'by_retailer_country x'], ['country', 'x.country', 'product', 'x.product_id', 'by_product_country x'],
  ['retailer', 'x.retailer_id', 'country', 'x.country', 'by_retailer_country x'], ['retailer', 'x.retailer_id', 'product', 'x.product_id', 'by_product_retailer x'],
  // "Which retailers sell smartphones?", "Samsung?": a brand's or a category's sets were grouped from
  // hundreds of thousands of facts per question (seconds at 10,000 products); now read like a country's.
  // "Motorola phones?": one brand in one category.
  ...([['brand', 'p.brand'], ['category', 'p.category_id'], ['brand_category', BRAND_CATEGORY]] as const).flatMap(([by, ref]) => [
    [by, ref, 'country', 'x.country', withProducts('by_product_country')], [by, ref, 'retailer', 'x.retailer_id', withProducts('by_product_retailer')],
    [by, ref, 'product', 'x.product_id', withProducts('by_product')],
  ] as [string, string, string, string, string][]),
  ['all', "''", 'country', 'x.country', 'by_retailer_country x'], ['all', "''", 'retailer', 'x.retailer_id', 'by_retailer_country x'],
  ['all', "''", 'product', 'x.product_id', 'by_product x'],
];

const FACT_COUNTS = `INSERT INTO fact_counts (kind, ref, n, nc)
  SELECT 'product', product_id, n, nc FROM by_product
  UNION ALL SELECT 'retailer', retailer_id, sum(n), sum(nc) FROM by_retailer_country GROUP BY retailer_id
  UNION ALL SELECT 'country', country, sum(n), sum(nc) FROM by_retailer_country GROUP BY country
  UNION ALL SELECT 'brand', p.brand, sum(x.n), sum(x.nc) FROM ${withProducts('by_product')} GROUP BY p.brand
  UNION ALL SELECT 'category', p.category_id, sum(x.n), sum(x.nc) FROM ${withProducts('by_product')} GROUP BY p.category_id
  UNION ALL SELECT 'brand_category', ${BRAND_CATEGORY}, sum(x.n), sum(x.nc) FROM ${withProducts('by_product')} GROUP BY p.brand, p.category_id
  UNION ALL SELECT 'all', '', count(*), coalesce(${CONFIRMED_COUNT}, 0) FROM availability`;

/**
 * "In Europe?": a region's sets, folded from its countries' summaries rather than grouped from its
 * facts again (each fact counts in several regions): a value is confirmed in the region when it is
 * in one of its countries, its best status the best of theirs, its facts their sum.
 */
const REGION_SUMMARIES = `INSERT INTO dimension_values (by, ref, dim, value, class, best, n, nc)
  SELECT 'region', rc.region_id, dv.dim, dv.value, min(dv.class),
    CASE min(CASE dv.best WHEN 'available' THEN 0 WHEN 'opening' THEN 1 WHEN 'announced' THEN 2 END)
      WHEN 0 THEN 'available' WHEN 1 THEN 'opening' WHEN 2 THEN 'announced' END, sum(dv.n), sum(dv.nc)
  FROM dimension_values dv JOIN region_countries rc ON rc.country = dv.ref
  WHERE dv.by = 'country' GROUP BY rc.region_id, dv.dim, dv.value
  UNION ALL
  SELECT 'region', rc.region_id, 'country', dv.value, dv.class, dv.best, dv.n, dv.nc
  FROM dimension_values dv JOIN region_countries rc ON rc.country = dv.value
  WHERE dv.by = 'all' AND dv.dim = 'country'`;

/**
 * "What can I buy at Elgiganten in Sweden?": the class counts of a retailer's products in one country.
 * Only the counts are stored (a few per pair, not a value per fact): a product has one fact there
 * (the key is product, retailer, country), so its values are read in order from the facts' index.
 */
const RETAILER_COUNTRY_TOTALS = `INSERT INTO dimension_totals (by, ref, dim, class, count)
  SELECT 'retailer_country', retailer_id || char(31) || country, 'product',
    CASE WHEN status = 'ended' THEN 2 WHEN paired = 1 THEN 0 ELSE 1 END AS class, count(*)
  FROM availability GROUP BY retailer_id, country, class`;

/** Each fact's key under its country and brand, in that order (brandRangeOf); appended in key order, never split. */
const BRAND_FACTS = `INSERT INTO brand_facts (country, brand, product_id, retailer_id, status, paired)
  SELECT a.country, p.brand, a.product_id, a.retailer_id, a.status, a.paired FROM availability a JOIN products p ON p.id = a.product_id ORDER BY 1, 2, 3, 4`;

const FACT_TABLE_COLUMNS = 'product_id, retailer_id, country, status, since, paired, note, source_id, line, pos';

/** A column list and its named parameters, for the inserts of the writer. */
const insert = (table: string, columns: string, values = columns.split(', ').map((c) => `@${c}`).join(', ')): string =>
  `INSERT INTO ${table} (${columns}) VALUES (${values})`;

/** What the name and typo indexes are written through; `word` is given each new word once, with its typo keys. */
export interface NameIndexWriter {
  name(tokens: string[], entry: { kind: AliasKind; ref: string; lang: string | null; contextual: false | 'short' | 'word' | 'code' }): void;
  word(word: string, keys: string[]): void;
  place(word: string): void;
  done(): string;
}

/** The steps `finish` reports, one a statement that builds what the answer path reads. */
const FINISH_STEPS = 1 + 1 + AGGREGATES.length + 1 + SUMMARIES.length + 1 + 1 + 1 + 1 + 1 + 1;

/**
 * Writes a new catalog file while an import reads its files: the schema first, each row as it is
 * read (in one transaction), then at `finish` the indexes and the stored counts and summaries.
 * Only build.ts opens one, on a scratch file it renames over the served catalog once `finish`
 * succeeded, so a reader never sees a catalog half written and a failed import changes nothing.
 */
export class CatalogWriter implements CatalogSink {
  private readonly db: Database.Database;
  private readonly ins: { [K in keyof CatalogTableRows]: Database.Statement };
  private readonly factIns: Database.Statement;

  constructor(file: string) {
    const db = new Database(file);
    this.db = db;
    try {
      db.pragma('journal_mode = DELETE');
      // References are checked once after the load (and by the importer before it): checking
      // them row by row doubled the time of a million-row import.
      db.pragma('foreign_keys = OFF');
      // A 16 MiB page cache, eight times the default: inserts in file order touch pages all over the
      // table, and the summaries' sorts take as much again. More bought no time at a million rows
      // and cost its RSS (64 MiB: 310 MB peak, 16 MiB: 220 MB), which must stay bounded whatever the size.
      db.pragma('cache_size = -16384');
      db.exec(SCHEMA);
      this.ins = {
        sources: db.prepare(insert('sources', 'id, title, publisher, published, language, ref')),
        countries: db.prepare(insert('countries', 'code, name_en, name_it')),
        regions: db.prepare(insert('regions', 'id, name_en, name_it')),
        regionCountries: db.prepare(insert('region_countries', 'region_id, country')),
        groups: db.prepare(insert('groups', 'id, name')),
        retailers: db.prepare(insert('retailers', 'id, name, kind, group_id')),
        categories: db.prepare(insert('categories', 'id, name_en, name_it')),
        products: db.prepare(insert('products', 'id, name, brand, category_id')),
        cities: db.prepare(insert('cities', 'id, name, country')),
        // An alias given twice (a name repeated among its aliases) is kept once, as first given.
        aliases: db.prepare(`${insert('aliases', 'kind, ref, alias, norm, lang, custom')} ON CONFLICT DO NOTHING`),
        events: db.prepare(insert('events', 'id, kind, date, country, city_id, retailer_id, note, source_id',
          '@id, @kind, @date, @country, @city, @retailer_id, @note, @source_id')),
        // A note's translation given again on another row replaces the one before, as the last word.
        texts: db.prepare(`${insert('texts', 'kind, ref, lang, text')} ON CONFLICT (kind, ref, lang) DO UPDATE SET text = excluded.text`),
      };
      // Facts arrive in file order: appended to a scratch table first, then stored in key order in one
      // sorted insert (`repeats`). Inserted into the keyed table as they came, they cost a page search
      // and often a split each: 21 of a 1M-row import's seconds. Positional: a million facts would
      // otherwise build a million parameter objects.
      db.exec(`CREATE TEMP TABLE facts_in (product_id TEXT, retailer_id TEXT, country TEXT, status TEXT, since TEXT,
        paired INTEGER, note TEXT, source_id TEXT, line INTEGER, pos INTEGER)`);
      this.factIns = db.prepare('INSERT INTO facts_in VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
      db.exec('BEGIN');
    } catch (err) {
      db.close();
      throw err;
    }
  }

  put<K extends keyof CatalogTableRows>(table: K, row: CatalogTableRows[K]): void {
    if (table === 'aliases') {
      const a = row as AliasRow;
      this.ins.aliases.run(Object.assign({}, a, { norm: aliasTokens(a.alias).join(' ') }));
    } else {
      this.ins[table]!.run(row);
    }
  }

  /** The aliases as the name index reads them, in the order they were written. */
  indexAliasRows(): IndexAliasRow[] {
    return this.db.prepare('SELECT kind, ref, norm, lang FROM aliases ORDER BY rowid').raw().all() as IndexAliasRow[];
  }

  /**
   * Where the name and typo indexes are written (build.ts feeds it from match/names.ts). `done` gives
   * the meta value the reader opens them by.
   */
  nameIndex(): NameIndexWriter {
    const db = this.db;
    const find = db.prepare('SELECT id FROM name_nodes WHERE parent = ? AND token = ?').pluck();
    const addNode = db.prepare('INSERT INTO name_nodes (parent, token) VALUES (?, ?)');
    const addEntry = db.prepare('INSERT INTO name_entries (node, kind, ref, lang, contextual) VALUES (?, ?, ?, ?, ?)');
    const addWord = db.prepare('INSERT INTO typo_words (word) VALUES (?)');
    const addVariant = db.prepare('INSERT OR IGNORE INTO typo_variants (key, ord, word) VALUES (?, ?, ?)');
    // Names of one thing come one after the other ("galaxy s23", "galaxy s23 128gb"): the path of
    // the name before is reused as far as it is shared, without a lookup.
    let lastTokens: string[] = [];
    let lastIds: number[] = [];
    let longestName = 0;
    let longestWord = 0;
    let words = 0;
    const places = new Set<string>();
    return {
      name: (tokens, entry) => {
        const ids: number[] = [];
        let parent = 0;
        let shared = true;
        for (let i = 0; i < tokens.length; i++) {
          const t = tokens[i]!;
          shared = shared && lastTokens[i] === t;
          const id = shared ? lastIds[i]! : ((find.get(parent, t) as number | undefined) ?? Number(addNode.run(parent, t).lastInsertRowid));
          ids.push(id);
          parent = id;
        }
        lastTokens = tokens;
        lastIds = ids;
        if (tokens.length > longestName) longestName = tokens.length;
        addEntry.run(parent, entry.kind, entry.ref, entry.lang, entry.contextual === false ? null : entry.contextual);
      },
      word: (word, keys) => {
        addWord.run(word);
        words++;
        if (word.length > longestWord) longestWord = word.length;
        for (const k of keys) addVariant.run(k, words, word);
      },
      place: (word) => { places.add(word); },
      done: () => JSON.stringify({ longestName, longestWord, placeWords: [...places] }),
    };
  }

  /** A kind's entities in the catalog's order with their English names, and its written aliases: what autocomplete indexes. */
  suggestRows(kind: 'product' | 'retailer' | 'country'): { ids: string[]; names: Map<string, string>; aliases: AliasName[] } {
    const sql = {
      product: `SELECT p.id, coalesce(t.text, p.name) FROM products p LEFT JOIN texts t ON t.kind = 'product' AND t.ref = p.id AND t.lang = 'en' ORDER BY p.rowid`,
      retailer: `SELECT r.id, coalesce(t.text, r.name) FROM retailers r LEFT JOIN texts t ON t.kind = 'retailer' AND t.ref = r.id AND t.lang = 'en' ORDER BY r.rowid`,
      country: `SELECT c.code, coalesce(t.text, c.name_en) FROM countries c LEFT JOIN texts t ON t.kind = 'country' AND t.ref = c.code AND t.lang = 'en' ORDER BY c.rowid`,
    }[kind];
    const rows = this.db.prepare(sql).raw().all() as [string, string][];
    const aliases = this.db.prepare('SELECT ref, alias, lang FROM aliases WHERE kind = ? ORDER BY rowid').all(kind) as AliasName[];
    return { ids: rows.map((r) => r[0]), names: new Map(rows), aliases };
  }

  /** Where a kind's autocomplete index is written: names in sorted order, then each word's entities in order. */
  suggestIndex(kind: 'product' | 'retailer' | 'country'): { name(name: string, ord: number, ref: string): void; word(word: string, ord: number, ref: string, rank: number): void; first(ids: string[]): void } {
    const db = this.db;
    // An entity is listed once per word, at its first name holding it. The same index is kept for serving:
    // it answers "which of these entities hold this word" (StoredSuggest.holding) without reading the word's list.
    db.exec('CREATE UNIQUE INDEX IF NOT EXISTS suggest_words_by_ref ON suggest_words (kind, ref, word)');
    const name = db.prepare('INSERT INTO suggest_names (kind, name, ord, ref) VALUES (?, ?, ?, ?)');
    const word = db.prepare('INSERT OR IGNORE INTO suggest_words (kind, word, ord, ref, rank) VALUES (?, ?, ?, ?, ?)');
    const first = db.prepare('INSERT INTO suggest_first (kind, rank, ref) VALUES (?, ?, ?)');
    return {
      name: (n, ord, ref) => { name.run(kind, n, ord, ref); },
      word: (w, ord, ref, rank) => { word.run(kind, w, ord, ref, rank); },
      first: (ids) => ids.forEach((id, i) => first.run(kind, i, id)),
    };
  }

  fact(f: AvailabilityRow, origin: FactOrigin): void {
    this.factIns.run(f.product_id, f.retailer_id, f.country, f.status, f.since, f.paired, f.note, f.source_id, origin.line, origin.pos);
  }

  *repeats(): IterableIterator<{ fact: AvailabilityRow; origin: FactOrigin; first: FactOrigin }> {
    const db = this.db;
    // In key order, the first given of each key first: the table's pages are appended, never split.
    db.exec(`INSERT INTO availability (${FACT_TABLE_COLUMNS}) SELECT ${FACT_TABLE_COLUMNS} FROM facts_in
      WHERE true ORDER BY product_id, retailer_id, country, line, pos ON CONFLICT DO NOTHING`);
    const count = (table: string): number => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    // The usual case, no key given twice, costs no search for them.
    if (count('availability') !== count('facts_in')) {
      const rows = db.prepare(`SELECT ${FACT_TABLE_COLUMNS.split(', ').map((c) => `f.${c}`).join(', ')}, a.line, a.pos
        FROM facts_in f JOIN availability a USING (product_id, retailer_id, country)
        WHERE f.line <> a.line OR f.pos <> a.pos ORDER BY f.line, f.pos`).raw().all() as
        [string, string, string, string, string | null, number, string | null, string, number, number, number, number][];
      for (const [product_id, retailer_id, country, status, since, paired, note, source_id, line, pos, firstLine, firstPos] of rows) {
        yield { fact: { product_id, retailer_id, country, status, since, paired, note, source_id }, origin: { line, pos }, first: { line: firstLine, pos: firstPos } };
      }
    }
    db.exec('DROP TABLE facts_in');
  }

  /** Builds the indexes, counts and summaries, commits and closes; `step` hears of each step done. */
  finish(meta: Record<string, string>, step: (done: number, total: number) => void = () => {}): void {
    const db = this.db;
    let done = 0;
    const run = (sql: string): void => { db.exec(sql); step(++done, FINISH_STEPS); };
    try {
      const m = db.prepare(insert('meta', 'key, value'));
      m.run({ key: 'schema', value: SCHEMA_VERSION });
      for (const [key, value] of Object.entries(meta)) m.run({ key, value });
      run(INDEXES);
      run(BRAND_FACTS);
      for (const sql of AGGREGATES) run(sql);
      run(FACT_COUNTS);
      db.exec(`INSERT INTO meta (key, value) VALUES ('fact_total', (SELECT count(*) FROM availability)),
        ('most_listed', coalesce((SELECT ref FROM fact_counts WHERE kind = 'product' ORDER BY n DESC, ref LIMIT 1), ''))`);
      for (const [by, ref, dim, value, from] of SUMMARIES) {
        run(`INSERT INTO dimension_values (by, ref, dim, value, class, best, n, nc)
          SELECT '${by}', ${ref}, '${dim}', ${value}, ${FOLDED} FROM ${from} GROUP BY ${ref === "''" ? value : `${ref}, ${value}`}`);
      }
      run(REGION_SUMMARIES);
      run(`INSERT INTO dimension_totals (by, ref, dim, class, count)
        SELECT by, ref, dim, class, count(*) FROM dimension_values GROUP BY by, ref, dim, class`);
      run(RETAILER_COUNTRY_TOTALS);
      run(SUMMARY_INDEXES);
      const broken = db.prepare('PRAGMA foreign_key_check').all();
      if (broken.length > 0) throw new Error(`${broken.length} row(s) reference something that does not exist`);
      step(++done, FINISH_STEPS);
      run('COMMIT');
      db.pragma('optimize');
    } finally {
      db.close();
    }
  }

  /** Drops what was written (a catalog with problems): the caller removes the file. */
  abandon(): void {
    if (!this.db.open) return;
    if (this.db.inTransaction) this.db.exec('ROLLBACK');
    this.db.close();
  }
}

/**
 * Records the source files' new stamp after they were found unchanged by their hash (a checkout or
 * a copy that kept the content), so the next start needs no hash. Best effort: a copy of the bot that
 * holds the file open keeps it locked, and the next start simply hashes again.
 */
export function refreshStamp(file: string, stamp: string): void {
  try {
    const db = new Database(file, { fileMustExist: true, timeout: 0 });
    try {
      db.prepare(`INSERT INTO meta (key, value) VALUES ('source_stamp', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(stamp);
    } finally {
      db.close();
    }
  } catch {
    // Locked or read-only: nothing is wrong with the catalog itself.
  }
}

/** What a catalog file was built from, or null when it is not a readable catalog. */
export function readBuildInfo(file: string): { hash: string | null; dir: string | null; stamp: string | null } | null {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const get = (key: string): string | null =>
        (db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(key) as string | undefined) ?? null;
      return { hash: get('source_hash'), dir: get('source_dir'), stamp: get('source_stamp') };
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}

/** Opens a built catalog file read-only, as the reader the core answers from. */
export function openCatalog(file: string): CatalogReader {
  return new CatalogStore(file);
}
