// The catalog's schema. Constraints live here so that a bad row is refused by
// SQLite even if it slipped past the importer's own checks.

export const SCHEMA_VERSION = '16';

const DATE = `GLOB '[0-9][0-9][0-9][0-9]*'`;

export const SCHEMA = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
CREATE TABLE sources (
  id TEXT PRIMARY KEY, title TEXT NOT NULL, publisher TEXT,
  published TEXT CHECK (published IS NULL OR published ${DATE}), language TEXT, ref TEXT
) STRICT;
CREATE TABLE countries (
  code TEXT PRIMARY KEY CHECK (code GLOB '[A-Z][A-Z]'), name_en TEXT NOT NULL, name_it TEXT NOT NULL
) STRICT;
CREATE TABLE groups (id TEXT PRIMARY KEY, name TEXT NOT NULL) STRICT;
-- A catalog's words in other languages (name_it, note_it, title_it columns): a product's, retailer's,
-- city's, group's or category's name, a source's title, keyed by id; a note, keyed by its text in the
-- plain column, so the same note on many rows is translated once. Country and region names in the
-- languages their rows lack (name_es, name_de …) are texts too, written at import from the packages.
CREATE TABLE texts (
  kind TEXT NOT NULL CHECK (kind IN ('product', 'retailer', 'city', 'group', 'source', 'note', 'country', 'region', 'category')),
  ref TEXT NOT NULL, lang TEXT NOT NULL CHECK (lang GLOB '[a-z][a-z]'), text TEXT NOT NULL,
  PRIMARY KEY (kind, ref, lang)
) STRICT, WITHOUT ROWID;
CREATE TABLE regions (id TEXT PRIMARY KEY, name_en TEXT NOT NULL, name_it TEXT NOT NULL) STRICT;
CREATE TABLE region_countries (
  region_id TEXT NOT NULL REFERENCES regions(id), country TEXT NOT NULL REFERENCES countries(code),
  PRIMARY KEY (region_id, country)
) STRICT, WITHOUT ROWID;
CREATE TABLE retailers (
  id TEXT PRIMARY KEY, name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('store', 'online', 'operator', 'chain')),
  group_id TEXT REFERENCES groups(id)
) STRICT;
CREATE TABLE categories (id TEXT PRIMARY KEY, name_en TEXT NOT NULL, name_it TEXT NOT NULL) STRICT;
CREATE TABLE products (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, brand TEXT NOT NULL,
  category_id TEXT NOT NULL REFERENCES categories(id)
) STRICT;
CREATE TABLE cities (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, country TEXT NOT NULL REFERENCES countries(code)
) STRICT;
CREATE TABLE aliases (
  kind TEXT NOT NULL CHECK (kind IN ('product', 'retailer', 'country', 'city', 'brand', 'category', 'group', 'region')),
  ref TEXT NOT NULL, alias TEXT NOT NULL CHECK (length(alias) > 0),
  -- The alias's words as questions are read (folded, space-separated), computed at import
  -- so that starting the bot does not fold tens of thousands of names again.
  norm TEXT NOT NULL,
  -- 'en', 'it', another locale for country names, or NULL: the alias's language, a vote for the question's.
  lang TEXT,
  -- 1 for aliases a catalog author wrote (exported back), 0 for names derived at import.
  custom INTEGER NOT NULL CHECK (custom IN (0, 1)),
  UNIQUE (kind, ref, alias)
) STRICT;
-- The name path's trie, built at import from the aliases (match/names.ts): node 0 is the root,
-- a node's id is the order its name was first stored in. A start reads none of it.
CREATE TABLE name_nodes (id INTEGER PRIMARY KEY, parent INTEGER NOT NULL, token TEXT NOT NULL) STRICT;
CREATE UNIQUE INDEX name_nodes_step ON name_nodes (parent, token);
-- The readings of the name ending at a node, in the order they were stored.
CREATE TABLE name_entries (
  node INTEGER NOT NULL, kind TEXT NOT NULL, ref TEXT NOT NULL, lang TEXT,
  contextual TEXT CHECK (contextual IN ('short', 'word', 'code'))
) STRICT;
-- The typo index: every word a typo may be corrected into, under itself and each of its one-letter
-- deletions (match/typos.ts), with the word's order so both sides correct alike.
CREATE TABLE typo_words (word TEXT PRIMARY KEY) STRICT, WITHOUT ROWID;
CREATE TABLE typo_variants (key TEXT NOT NULL, ord INTEGER NOT NULL, word TEXT NOT NULL, PRIMARY KEY (key, ord)) STRICT, WITHOUT ROWID;
-- Autocomplete's indexes per kind (match/suggest.ts), built at import: every name and alias folded,
-- in sorted order; every word of them with its entities, in the order of the names holding it, and
-- the entity's place in the catalog (and, indexed by entity, which words it holds: store.ts suggestIndex);
-- the first entities in the catalog's order, for an empty prefix.
CREATE TABLE suggest_names (kind TEXT NOT NULL, name TEXT NOT NULL, ord INTEGER NOT NULL, ref TEXT NOT NULL,
  PRIMARY KEY (kind, name, ord)) STRICT, WITHOUT ROWID;
CREATE TABLE suggest_words (kind TEXT NOT NULL, word TEXT NOT NULL, ord INTEGER NOT NULL, ref TEXT NOT NULL, rank INTEGER NOT NULL,
  PRIMARY KEY (kind, word, ord)) STRICT, WITHOUT ROWID;
CREATE TABLE suggest_first (kind TEXT NOT NULL, rank INTEGER NOT NULL, ref TEXT NOT NULL, PRIMARY KEY (kind, rank)) STRICT, WITHOUT ROWID;
CREATE TABLE availability (
  product_id TEXT NOT NULL REFERENCES products(id),
  retailer_id TEXT NOT NULL REFERENCES retailers(id),
  country TEXT NOT NULL REFERENCES countries(code),
  status TEXT NOT NULL CHECK (status IN ('available', 'announced', 'opening', 'ended')),
  since TEXT CHECK (since IS NULL OR since ${DATE}),
  paired INTEGER NOT NULL CHECK (paired IN (0, 1)),
  note TEXT,
  source_id TEXT NOT NULL REFERENCES sources(id),
  -- The line of availability.csv the fact was written on and its place in that line's country cell
  -- ("AT;DK;SE" is one line, three facts): an export writes each line back as it was, in its order.
  line INTEGER NOT NULL, pos INTEGER NOT NULL,
  PRIMARY KEY (product_id, retailer_id, country)
) STRICT, WITHOUT ROWID;
-- Every fact's key by country and brand (filled at the end of the import): the facts of a brand in a country
-- are one range of it, not a seek in availability_by_country for each of the brand's products. Status and
-- pairing ride along, so "is it confirmed" is answered in the range.
CREATE TABLE brand_facts (
  country TEXT NOT NULL, brand TEXT NOT NULL, product_id TEXT NOT NULL, retailer_id TEXT NOT NULL,
  status TEXT NOT NULL, paired INTEGER NOT NULL,
  PRIMARY KEY (country, brand, product_id, retailer_id)
) STRICT, WITHOUT ROWID;
-- How many facts each product, retailer, country, brand, category and brand in a category has ('all' for
-- the whole catalog), and how many of them are confirmed (nc: paired and not ended), counted at import
-- so "… and N more" on a broad question does not count a million rows.
CREATE TABLE fact_counts (
  kind TEXT NOT NULL CHECK (kind IN ('product', 'retailer', 'country', 'brand', 'category', 'brand_category', 'all')), ref TEXT NOT NULL,
  n INTEGER NOT NULL, nc INTEGER NOT NULL,
  PRIMARY KEY (kind, ref)
) STRICT, WITHOUT ROWID;
-- The values of each dimension per single country, retailer, brand or category, or the whole catalog ('all', ''),
-- each with its class (0 confirmed: a paired fact that has not ended; 1 only unpaired; 2 only ended),
-- its best confirmed status, its number of facts and of confirmed facts (nc), built at import: a set question ("which
-- products in Spain?") reads the top values of a class and the class counts, not 16,000 facts.
-- by: 'country', 'region', 'retailer', 'brand', 'category', 'brand_category' or 'all'; dim: 'country', 'retailer'
-- or 'product'; class 0, 1 or 2. Written by the import's own SQL from checked rows, never from a file,
-- so these are not CHECK constraints: on a million-row catalog's 1.2 million values they cost seconds.
CREATE TABLE dimension_values (
  by TEXT NOT NULL, ref TEXT NOT NULL, dim TEXT NOT NULL, value TEXT NOT NULL,
  class INTEGER NOT NULL, best TEXT, n INTEGER NOT NULL, nc INTEGER NOT NULL,
  PRIMARY KEY (by, ref, dim, value)
) STRICT, WITHOUT ROWID;
-- The class counts of each summary, and of a retailer's products in one country ('retailer_country',
-- ref retailer<US>country: counts only; the values are read from the facts' index).
CREATE TABLE dimension_totals (
  by TEXT NOT NULL, ref TEXT NOT NULL, dim TEXT NOT NULL, class INTEGER NOT NULL, count INTEGER NOT NULL,
  PRIMARY KEY (by, ref, dim, class)
) STRICT, WITHOUT ROWID;
CREATE TABLE events (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('store_opening', 'market_entry', 'agreement', 'statement', 'launch')),
  date TEXT NOT NULL CHECK (date ${DATE}),
  country TEXT REFERENCES countries(code),
  city_id TEXT REFERENCES cities(id),
  retailer_id TEXT REFERENCES retailers(id),
  note TEXT,
  source_id TEXT NOT NULL REFERENCES sources(id)
) STRICT;
`;

/** Created after the rows are in: building an index once is faster than keeping it sorted row by row. */
export const INDEXES = `
CREATE INDEX products_by_brand ON products (brand, category_id);
CREATE INDEX products_by_category ON products (category_id);
-- Status and pairing ride along in both indexes, so a set question ("which products does R sell",
-- "which retailers in C") reads the index alone, in the order of the dimension it groups by.
CREATE INDEX availability_by_retailer ON availability (retailer_id, country, product_id, status, paired);
CREATE INDEX availability_by_country ON availability (country, product_id, retailer_id, status, paired);
CREATE INDEX events_by_country ON events (country);
CREATE INDEX events_by_retailer ON events (retailer_id);
CREATE INDEX name_entries_by_node ON name_entries (node);
`;

/** Created once the summaries are in: kept up to date row by row, it made their inserts ten times slower. */
// value and best ride along, so a set's top values are read from the index alone: without them each
// row was a second lookup in the table, and 50 top values cost 137 µs instead of 43 (1M rows).
export const SUMMARY_INDEXES = `
CREATE INDEX dimension_values_top ON dimension_values (by, ref, dim, class, n DESC, value, best);
`;
