// Every SQL statement of the project. Reads are prepared once when the catalog
// opens; the answer path runs only those. Writes happen only while building a
// new catalog file (see build.ts), never on the file the bot is answering from.
import Database from 'better-sqlite3';
import { SCHEMA, SCHEMA_VERSION } from './schema.js';
import type { CatalogRows } from './rows.js';

export type AliasKind = 'product' | 'retailer' | 'country' | 'city' | 'brand' | 'category' | 'group';

export interface AliasRow { kind: AliasKind; ref: string; alias: string; lang: string | null; custom: number }
export interface ProductRow { id: string; name: string; brand: string; category_id: string }
export interface RetailerRow { id: string; name: string; kind: string; group_id: string | null }
export interface CountryRow { code: string; name_en: string; name_it: string }
export interface CityRow { id: string; name: string; country: string }
export interface CategoryRow { id: string; name_en: string; name_it: string }
export interface GroupRow { id: string; name: string }
export interface SourceRow {
  id: string; title: string; publisher: string | null; published: string | null; language: string | null; ref: string | null;
}
export interface FactRow {
  product_id: string; product_name: string; retailer_id: string; retailer_name: string; country: string;
  name_en: string; name_it: string; status: string; since: string | null; paired: number; note: string | null;
  source_id: string; source_title: string; source_date: string | null;
}
export interface EventRow {
  id: string; kind: string; date: string; country: string | null; name_en: string | null; name_it: string | null;
  city: string | null; retailer_id: string | null; retailer_name: string | null; note: string | null; source_id: string;
}
export interface AvailabilityRow {
  product_id: string; retailer_id: string; country: string; status: string; since: string | null;
  paired: number; note: string | null; source_id: string;
}

/** Which of the three filters a fact query uses; one prepared statement per combination. */
export interface FactFilter { products: string[] | null; retailers: string[] | null; countries: string[] | null }

const FACT_COLUMNS = `a.product_id, p.name AS product_name, a.retailer_id, r.name AS retailer_name, a.country,
  c.name_en, c.name_it, a.status, a.since, a.paired, a.note, a.source_id, s.title AS source_title, s.published AS source_date`;
const FACT_JOINS = `FROM availability a JOIN products p ON p.id = a.product_id JOIN retailers r ON r.id = a.retailer_id
  JOIN countries c ON c.code = a.country JOIN sources s ON s.id = a.source_id`;

function factWhere(mask: number): string {
  const parts: string[] = [];
  if (mask & 1) parts.push('a.product_id IN (SELECT value FROM json_each(@products))');
  if (mask & 2) parts.push('a.retailer_id IN (SELECT value FROM json_each(@retailers))');
  if (mask & 4) parts.push('a.country IN (SELECT value FROM json_each(@countries))');
  return parts.length > 0 ? `WHERE ${parts.join(' AND ')}` : '';
}

function maskOf(f: FactFilter): number {
  return (f.products ? 1 : 0) | (f.retailers ? 2 : 0) | (f.countries ? 4 : 0);
}

function bindOf(f: FactFilter, limit: number): Record<string, string | number> {
  const b: Record<string, string | number> = { limit };
  if (f.products) b.products = JSON.stringify(f.products);
  if (f.retailers) b.retailers = JSON.stringify(f.retailers);
  if (f.countries) b.countries = JSON.stringify(f.countries);
  return b;
}

export class CatalogError extends Error {
  constructor(readonly code: 'CATALOG_MISSING' | 'CATALOG_CORRUPT' | 'CATALOG_OUTDATED', message: string) {
    super(message);
    this.name = 'CatalogError';
  }
}

/** The read-only catalog the answer path uses. */
export class CatalogStore {
  private readonly db: Database.Database;
  private readonly factStmts: Database.Statement[] = [];
  private readonly countStmts: Database.Statement[] = [];
  private readonly eventsStmt: Database.Statement;

  constructor(file: string) {
    try {
      this.db = new Database(file, { readonly: true, fileMustExist: true });
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
    for (let mask = 0; mask < 8; mask++) {
      this.factStmts.push(this.db.prepare(`SELECT ${FACT_COLUMNS} ${FACT_JOINS} ${factWhere(mask)} LIMIT @limit`));
      // Counting is capped so a broad question over a million rows stays cheap.
      this.countStmts.push(this.db.prepare(
        `SELECT count(*) FROM (SELECT 1 FROM availability a ${factWhere(mask)} LIMIT @limit)`).pluck());
    }
    this.eventsStmt = this.db.prepare(`SELECT e.id, e.kind, e.date, e.country, c.name_en, c.name_it, ci.name AS city,
        e.retailer_id, r.name AS retailer_name, e.note, e.source_id
      FROM events e LEFT JOIN countries c ON c.code = e.country LEFT JOIN cities ci ON ci.id = e.city_id
      LEFT JOIN retailers r ON r.id = e.retailer_id
      WHERE (@anyCountry = 1 OR e.country IN (SELECT value FROM json_each(@countries)))
        AND (@anyRetailer = 1 OR e.retailer_id IS NULL OR e.retailer_id IN (SELECT value FROM json_each(@retailers)))
        AND (@anyCountry = 0 OR @anyRetailer = 0)
      ORDER BY e.date LIMIT 20`);
  }

  /** Everything the in-memory name index is built from, read once at start. */
  loadNames(): {
    aliases: AliasRow[]; products: ProductRow[]; retailers: RetailerRow[]; countries: CountryRow[];
    cities: CityRow[]; categories: CategoryRow[]; groups: GroupRow[]; asOf: string | null;
  } {
    const all = <T>(sql: string): T[] => this.db.prepare(sql).all() as T[];
    return {
      aliases: all<AliasRow>('SELECT kind, ref, alias, lang, custom FROM aliases'),
      products: all<ProductRow>('SELECT id, name, brand, category_id FROM products'),
      retailers: all<RetailerRow>('SELECT id, name, kind, group_id FROM retailers'),
      countries: all<CountryRow>('SELECT code, name_en, name_it FROM countries'),
      cities: all<CityRow>('SELECT id, name, country FROM cities'),
      categories: all<CategoryRow>('SELECT id, name_en, name_it FROM categories'),
      groups: all<GroupRow>('SELECT id, name FROM groups'),
      asOf: (this.db.prepare('SELECT max(published) FROM sources').pluck().get() as string | null) ?? null,
    };
  }

  facts(filter: FactFilter, limit: number): FactRow[] {
    return this.factStmts[maskOf(filter)]!.all(bindOf(filter, limit)) as FactRow[];
  }

  /** How many facts match, counting no further than `cap`. */
  countFacts(filter: FactFilter, cap: number): number {
    const b = bindOf(filter, cap);
    return this.countStmts[maskOf(filter)]!.get(b) as number;
  }

  /** Events in those countries and of those retailers (null: any); an event of no retailer counts for every retailer. */
  events(countries: string[] | null, retailers: string[] | null): EventRow[] {
    return this.eventsStmt.all({
      countries: JSON.stringify(countries ?? []), retailers: JSON.stringify(retailers ?? []),
      anyCountry: countries ? 0 : 1, anyRetailer: retailers ? 0 : 1,
    }) as EventRow[];
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
      countries: [],
      meta: {},
    };
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/** Writes a complete catalog into a new file, in one transaction. */
export function writeCatalog(file: string, rows: CatalogRows): void {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = DELETE');
    db.pragma('foreign_keys = ON');
    db.exec(SCHEMA);
    const ins = {
      meta: db.prepare('INSERT INTO meta (key, value) VALUES (@key, @value)'),
      source: db.prepare(`INSERT INTO sources (id, title, publisher, published, language, ref)
        VALUES (@id, @title, @publisher, @published, @language, @ref)`),
      country: db.prepare('INSERT INTO countries (code, name_en, name_it) VALUES (@code, @name_en, @name_it)'),
      group: db.prepare('INSERT INTO groups (id, name) VALUES (@id, @name)'),
      retailer: db.prepare('INSERT INTO retailers (id, name, kind, group_id) VALUES (@id, @name, @kind, @group_id)'),
      category: db.prepare('INSERT INTO categories (id, name_en, name_it) VALUES (@id, @name_en, @name_it)'),
      product: db.prepare('INSERT INTO products (id, name, brand, category_id) VALUES (@id, @name, @brand, @category_id)'),
      city: db.prepare('INSERT INTO cities (id, name, country) VALUES (@id, @name, @country)'),
      alias: db.prepare(`INSERT OR IGNORE INTO aliases (kind, ref, alias, lang, custom)
        VALUES (@kind, @ref, @alias, @lang, @custom)`),
      availability: db.prepare(`INSERT INTO availability (product_id, retailer_id, country, status, since, paired, note, source_id)
        VALUES (@product_id, @retailer_id, @country, @status, @since, @paired, @note, @source_id)`),
      event: db.prepare(`INSERT INTO events (id, kind, date, country, city_id, retailer_id, note, source_id)
        VALUES (@id, @kind, @date, @country, @city, @retailer_id, @note, @source_id)`),
    };
    db.transaction(() => {
      ins.meta.run({ key: 'schema', value: SCHEMA_VERSION });
      for (const [key, value] of Object.entries(rows.meta)) ins.meta.run({ key, value });
      for (const r of rows.sources) ins.source.run(r);
      for (const r of rows.countries) ins.country.run(r);
      for (const r of rows.groups) ins.group.run(r);
      for (const r of rows.retailers) ins.retailer.run(r);
      for (const r of rows.categories) ins.category.run(r);
      for (const r of rows.products) ins.product.run(r);
      for (const r of rows.cities) ins.city.run(r);
      for (const r of rows.aliases) ins.alias.run(r);
      for (const r of rows.availability) ins.availability.run(r);
      for (const r of rows.events) ins.event.run(r);
    })();
    db.pragma('optimize');
  } finally {
    db.close();
  }
}

/** The source hash a catalog file was built from, or null when it cannot be read. */
export function readSourceHash(file: string): string | null {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare(`SELECT value FROM meta WHERE key = 'source_hash'`).pluck().get() as string | undefined) ?? null;
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}
