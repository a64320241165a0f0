// Every SQL statement of the project. Reads are prepared once when the catalog
// opens; the answer path runs only those. Writes happen only while building a
// new catalog file (see build.ts), never on the file the bot is answering from.
import Database from 'better-sqlite3';
import { INDEXES, SCHEMA, SCHEMA_VERSION } from './schema.js';
import type {
  AliasKind, AliasName, AliasRow, AvailabilityRow, CatalogReader, CatalogRows, CategoryRow, CityRow, CountryRow, DimensionState,
  DimensionSummary, EventRow, FactFilter, FactRow, GroupRow, IndexAliasRow, NameRows, ProductRow, RegionCountryRow, RegionRow,
  RetailerRow, SourceRow, TextRow,
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
// planner can seek on) or 'n' (several, through json_each). Statements are
// prepared once per shape, on first use, and kept.
type Shape = string;

const FIELDS = [
  ['products', 'a.product_id'], ['retailers', 'a.retailer_id'], ['countries', 'a.country'],
  ['brands', 'p.brand'], ['categories', 'p.category_id'],
] as const;

function shapeOf(f: FactFilter): Shape {
  return FIELDS.map(([k]) => { const v = f[k]; return !v ? '-' : v.length === 1 ? '1' : 'n'; }).join('') + (f.confirmed ? 'c' : '');
}

/** Products are joined only when the filter is on their brand or category. */
function fromOf(shape: Shape): string {
  return shape[3] !== '-' || shape[4] !== '-' ? 'FROM availability a JOIN products p ON p.id = a.product_id' : 'FROM availability a';
}

function whereOf(shape: Shape): string {
  const parts = FIELDS.flatMap(([k, column], i) => {
    const s = shape[i];
    return s === '1' ? [`${column} = @${k}`] : s === 'n' ? [`${column} IN (SELECT value FROM json_each(@${k}))`] : [];
  });
  if (shape.endsWith('c')) parts.push(`a.paired = 1`, `a.status <> 'ended'`);
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
  private summaryStmts: { totals: Database.Statement; top: Database.Statement } | null = null;
  private readonly regionMembers = new Map<string, Set<string>>();
  private readonly countStmt: Database.Statement;

  constructor(file: string) {
    try {
      this.db = new Database(file, { readonly: true, fileMustExist: true });
      // Keep the shared lock for the connection's life: otherwise every query takes and
      // drops a file lock and re-reads the header, system calls that cost more than the
      // query itself. Imports never write this file (they rename a new one over it).
      this.db.pragma('locking_mode = EXCLUSIVE');
      const version = this.db.prepare(`SELECT value FROM meta WHERE key = 'schema'`).pluck().get();
      if (version !== SCHEMA_VERSION) {
        this.db.close();
        throw new CatalogError('CATALOG_OUTDATED', `catalog ${file} has schema ${String(version)}, expected ${SCHEMA_VERSION}`);
      }
      this.countStmt = this.db.prepare('SELECT n FROM fact_counts WHERE kind = @kind AND ref = @ref').pluck();
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

  /** Everything the in-memory name index is built from, read once at start. */
  loadNames(): NameRows {
    const all = <T>(sql: string): T[] => this.db.prepare(sql).all() as T[];
    return {
      // Tens of thousands of rows on a large catalog: read as arrays (a keyed object per row
      // costs more), only the columns the index uses. iterate() was slower still per row.
      aliases: this.db.prepare('SELECT kind, ref, norm, lang FROM aliases').raw().all() as IndexAliasRow[],
      products: all<ProductRow>('SELECT id, name, brand, category_id FROM products'),
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
    const rows = this.statement(this.factStmts, filter, limit,
      (s, n) => `SELECT ${FACT_COLUMNS} ${fromOf(s)} ${whereOf(s)} LIMIT ${n}`, 'raw').all(bindOf(filter)) as FactTuple[];
    return rows.map(([product_id, retailer_id, country, status, since, paired, note, source_id]) => ({
      product_id, retailer_id, country, status, since, paired, note, source_id,
    }));
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
    this.summaryStmts ??= {
      totals: this.db.prepare('SELECT class, count FROM dimension_totals WHERE by = @by AND ref = @ref AND dim = @dim').raw(),
      top: this.db.prepare(`SELECT value, best, n FROM dimension_values
        WHERE by = @by AND ref = @ref AND dim = @dim AND class = @class ORDER BY n DESC LIMIT @limit`).raw(),
    };
    const counts = [0, 0, 0];
    for (const [cls, count] of this.summaryStmts.totals.all(key) as [number, number][]) counts[cls] = count;
    const topOf = (cls: number): DimensionState[] => counts[cls] === 0 ? [] : (this.summaryStmts!.top.all({ ...key, class: cls, limit: top }) as
      [string, string | null, number][]).map(([value, best, n]) => ({ value, confirmed: cls === 0, live: cls < 2, best, n }));
    return { counts: { confirmed: counts[0]!, unpaired: counts[1]!, ended: counts[2]! }, confirmed: topOf(0), unpaired: topOf(1), ended: topOf(2) };
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
    const column = dimension === 'country' ? 'a.country' : dimension === 'retailer' ? 'a.retailer_id' : 'a.product_id';
    const cache = this.dimensionStmts;
    // One row per value, its states folded in SQL: a country's 16,000 facts become its few hundred products.
    const rows = this.statement(cache, filter, limit,
      (s, n) => `SELECT ${column},
          min(CASE WHEN a.paired = 1 AND a.status <> 'ended'
            THEN CASE a.status WHEN 'available' THEN 0 WHEN 'opening' THEN 1 ELSE 2 END END),
          max(a.status <> 'ended'), count(*)
        ${fromOf(s)} ${whereOf(s)} GROUP BY ${column} LIMIT ${n}`, 'raw', dimension)
      .all(bindOf(filter)) as [string, number | null, number, number][];
    return rows.map(([value, best, live, n]) => ({
      value, confirmed: best !== null, live: live === 1, best: best === null ? null : BEST_STATUS[best] ?? null, n,
    }));
  }

  /** How many facts match, counting no further than `cap` (a broad question over a million rows stays cheap). */
  countFacts(filter: FactFilter, cap: number): number {
    const stored = this.storedCount(filter);
    if (stored !== null) return Math.min(stored, cap);
    return this.statement(this.countStmts, filter, cap,
      (s, n) => `SELECT count(*) FROM (SELECT 1 ${fromOf(s)} ${whereOf(s)} LIMIT ${n})`, 'pluck').get(bindOf(filter)) as number;
  }

  /** The count taken at import, for a filter on one product, one retailer, one country or nothing. */
  private storedCount(f: FactFilter): number | null {
    if (f.confirmed) return null;
    const one = ([['product', f.products], ['retailer', f.retailers], ['country', f.countries], ['brand', f.brands], ['category', f.categories]] as const)
      .filter(([, v]) => v !== null && v !== undefined);
    if (one.length > 1 || (one[0] && one[0][1]!.length !== 1)) return null;
    const [kind, ref] = one[0] ? [one[0][0], one[0][1]![0]!] : ['all', ''];
    return (this.countStmt.get({ kind, ref }) as number | undefined) ?? 0;
  }


  /** The product with the most facts (null for an empty catalog): the one help examples name. */
  /** How many availability facts the catalog holds (a row of several countries is one a country). */
  factTotal(): number {
    return this.db.prepare('SELECT COUNT(*) FROM availability').pluck().get() as number;
  }

  mostListedProduct(): string | null {
    return (this.db.prepare(`SELECT ref FROM fact_counts WHERE kind = 'product' ORDER BY n DESC, ref LIMIT 1`)
      .pluck().get() as string | undefined) ?? null;
  }

  /** The written aliases of one kind, for autocomplete (read on its first use). */
  aliasNames(kind: AliasKind): AliasName[] {
    return this.db.prepare('SELECT ref, alias, lang FROM aliases WHERE kind = ?').all(kind) as AliasName[];
  }

  /** Every table as rows, for `avail export`. */
  dump(): CatalogRows {
    const all = <T>(sql: string): T[] => this.db.prepare(sql).all() as T[];
    return {
      sources: all<SourceRow>('SELECT id, title, publisher, published, language, ref FROM sources ORDER BY rowid'),
      groups: all<GroupRow>('SELECT id, name FROM groups ORDER BY rowid'),
      retailers: all<RetailerRow>('SELECT id, name, kind, group_id FROM retailers ORDER BY rowid'),
      categories: all<CategoryRow>('SELECT id, name_en, name_it FROM categories ORDER BY rowid'),
      products: all<ProductRow>('SELECT id, name, brand, category_id FROM products ORDER BY rowid'),
      cities: all<CityRow>('SELECT id, name, country FROM cities ORDER BY rowid'),
      aliases: all<AliasRow>('SELECT kind, ref, alias, lang, custom FROM aliases WHERE custom = 1 ORDER BY rowid'),
      availability: all<AvailabilityRow>(
        'SELECT product_id, retailer_id, country, status, since, paired, note, source_id FROM availability'),
      events: all<EventRow>(`SELECT e.id, e.kind, e.date, e.country, NULL AS name_en, NULL AS name_it, e.city_id AS city,
        e.retailer_id, NULL AS retailer_name, e.note, e.source_id FROM events e ORDER BY rowid`),
      texts: all<TextRow>('SELECT kind, ref, lang, text FROM texts ORDER BY kind, ref, lang'),
      countries: [],
      regions: [],
      regionCountries: [],
      meta: {},
    };
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/** The best status among a group's confirmed facts, as a rank (0 available, 1 opening, 2 announced), or NULL. */
const BEST_RANK = `min(CASE WHEN paired = 1 AND status <> 'ended'
  THEN CASE status WHEN 'available' THEN 0 WHEN 'opening' THEN 1 ELSE 2 END END)`;

/** The summaries stored at import: (filter kind, filter column, dimension, dimension column). */
const SUMMARIES: [string, string, string, string][] = [
  ['country', 'country', 'retailer', 'retailer_id'], ['country', 'country', 'product', 'product_id'],
  ['retailer', 'retailer_id', 'country', 'country'], ['retailer', 'retailer_id', 'product', 'product_id'],
  // "Which retailers sell smartphones?", "Samsung?": a brand's or a category's sets were grouped from
  // hundreds of thousands of facts per question (seconds at 10,000 products); now read like a country's.
  ['brand', 'p.brand', 'country', 'country'], ['brand', 'p.brand', 'retailer', 'retailer_id'], ['brand', 'p.brand', 'product', 'product_id'],
  ['category', 'p.category_id', 'country', 'country'], ['category', 'p.category_id', 'retailer', 'retailer_id'],
  ['category', 'p.category_id', 'product', 'product_id'],
  // "Motorola phones?": one brand in one category, keyed brand, U+001F, category (no name holds a control character).
  ['brand_category', "p.brand || char(31) || p.category_id", 'country', 'country'],
  ['brand_category', "p.brand || char(31) || p.category_id", 'retailer', 'retailer_id'],
  ['brand_category', "p.brand || char(31) || p.category_id", 'product', 'product_id'],
  ['all', "''", 'country', 'country'], ['all', "''", 'retailer', 'retailer_id'], ['all', "''", 'product', 'product_id'],
];

/**
 * "In Europe?": a region's sets, folded from its countries' summaries rather than grouped from its
 * facts again (each fact counts in several regions): a value is confirmed in the region when it is
 * in one of its countries, its best status the best of theirs, its facts their sum.
 */
const REGION_SUMMARIES = `INSERT INTO dimension_values (by, ref, dim, value, class, best, n)
  SELECT 'region', rc.region_id, dv.dim, dv.value, min(dv.class),
    CASE min(CASE dv.best WHEN 'available' THEN 0 WHEN 'opening' THEN 1 WHEN 'announced' THEN 2 END)
      WHEN 0 THEN 'available' WHEN 1 THEN 'opening' WHEN 2 THEN 'announced' END, sum(dv.n)
  FROM dimension_values dv JOIN region_countries rc ON rc.country = dv.ref
  WHERE dv.by = 'country' GROUP BY rc.region_id, dv.dim, dv.value
  UNION ALL
  SELECT 'region', rc.region_id, 'country', dv.value, dv.class, dv.best, dv.n
  FROM dimension_values dv JOIN region_countries rc ON rc.country = dv.value
  WHERE dv.by = 'all' AND dv.dim = 'country'`;

/** The rows a summary groups: a brand's or a category's come through their products. */
function summarySource(by: string): string {
  return by === 'brand' || by === 'category' || by === 'brand_category' ? 'availability JOIN products p ON p.id = availability.product_id' : 'availability';
}

/** Writes a complete catalog into a new file, in one transaction. */
export function writeCatalog(file: string, rows: CatalogRows): void {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = DELETE');
    // References are checked once after the load (and by the importer before it): checking
    // them row by row doubled the time of a million-row import.
    db.pragma('foreign_keys = OFF');
    db.exec(SCHEMA);
    const ins = {
      meta: db.prepare('INSERT INTO meta (key, value) VALUES (@key, @value)'),
      source: db.prepare(`INSERT INTO sources (id, title, publisher, published, language, ref)
        VALUES (@id, @title, @publisher, @published, @language, @ref)`),
      country: db.prepare('INSERT INTO countries (code, name_en, name_it) VALUES (@code, @name_en, @name_it)'),
      group: db.prepare('INSERT INTO groups (id, name) VALUES (@id, @name)'),
      region: db.prepare('INSERT INTO regions (id, name_en, name_it) VALUES (@id, @name_en, @name_it)'),
      regionCountry: db.prepare('INSERT INTO region_countries (region_id, country) VALUES (@region_id, @country)'),
      retailer: db.prepare('INSERT INTO retailers (id, name, kind, group_id) VALUES (@id, @name, @kind, @group_id)'),
      category: db.prepare('INSERT INTO categories (id, name_en, name_it) VALUES (@id, @name_en, @name_it)'),
      product: db.prepare('INSERT INTO products (id, name, brand, category_id) VALUES (@id, @name, @brand, @category_id)'),
      city: db.prepare('INSERT INTO cities (id, name, country) VALUES (@id, @name, @country)'),
      alias: db.prepare(`INSERT OR IGNORE INTO aliases (kind, ref, alias, norm, lang, custom)
        VALUES (@kind, @ref, @alias, @norm, @lang, @custom)`),
      availability: db.prepare(`INSERT INTO availability (product_id, retailer_id, country, status, since, paired, note, source_id)
        VALUES (@product_id, @retailer_id, @country, @status, @since, @paired, @note, @source_id)`),
      text: db.prepare('INSERT INTO texts (kind, ref, lang, text) VALUES (@kind, @ref, @lang, @text)'),
      event: db.prepare(`INSERT INTO events (id, kind, date, country, city_id, retailer_id, note, source_id)
        VALUES (@id, @kind, @date, @country, @city, @retailer_id, @note, @source_id)`),
    };
    db.transaction(() => {
      ins.meta.run({ key: 'schema', value: SCHEMA_VERSION });
      for (const [key, value] of Object.entries(rows.meta)) ins.meta.run({ key, value });
      for (const r of rows.sources) ins.source.run(r);
      for (const r of rows.countries) ins.country.run(r);
      for (const r of rows.groups) ins.group.run(r);
      for (const r of rows.regions) ins.region.run(r);
      for (const r of rows.regionCountries) ins.regionCountry.run(r);
      for (const r of rows.retailers) ins.retailer.run(r);
      for (const r of rows.categories) ins.category.run(r);
      for (const r of rows.products) ins.product.run(r);
      for (const r of rows.cities) ins.city.run(r);
      for (const r of rows.aliases) ins.alias.run({ ...r, norm: aliasTokens(r.alias).join(' ') });
      // In primary-key order, each row is appended to the table's B-tree instead of inserted mid-way.
      const key = (a: AvailabilityRow): string => `${a.product_id}\u0000${a.retailer_id}\u0000${a.country}`;
      const sorted = [...rows.availability].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
      for (const r of sorted) ins.availability.run(r);
      for (const r of rows.events) ins.event.run(r);
      for (const r of rows.texts) ins.text.run(r);
      db.exec(INDEXES);
      db.exec(`INSERT INTO fact_counts (kind, ref, n)
        SELECT 'product', product_id, count(*) FROM availability GROUP BY product_id
        UNION ALL SELECT 'retailer', retailer_id, count(*) FROM availability GROUP BY retailer_id
        UNION ALL SELECT 'country', country, count(*) FROM availability GROUP BY country
        UNION ALL SELECT 'brand', p.brand, count(*) FROM availability JOIN products p ON p.id = availability.product_id GROUP BY p.brand
        UNION ALL SELECT 'category', p.category_id, count(*) FROM availability JOIN products p ON p.id = availability.product_id GROUP BY p.category_id
        UNION ALL SELECT 'all', '', count(*) FROM availability`);
      for (const [by, ref, dim, column] of SUMMARIES) {
        db.exec(`INSERT INTO dimension_values (by, ref, dim, value, class, best, n)
          SELECT '${by}', ${ref}, '${dim}', ${column}, CASE WHEN ${BEST_RANK} IS NOT NULL THEN 0
              WHEN max(status <> 'ended') THEN 1 ELSE 2 END,
            CASE ${BEST_RANK} WHEN 0 THEN 'available' WHEN 1 THEN 'opening' WHEN 2 THEN 'announced' END, count(*)
          FROM ${summarySource(by)} GROUP BY ${ref === "''" ? column : `${ref}, ${column}`}`);
      }
      db.exec(REGION_SUMMARIES);
      db.exec(`INSERT INTO dimension_totals (by, ref, dim, class, count)
        SELECT by, ref, dim, class, count(*) FROM dimension_values GROUP BY by, ref, dim, class`);
      const broken = db.prepare('PRAGMA foreign_key_check').all();
      if (broken.length > 0) throw new Error(`${broken.length} row(s) reference something that does not exist`);
    })();
    db.pragma('optimize');
  } finally {
    db.close();
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
