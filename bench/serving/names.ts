// What the kinds of question are asked about, read from the catalog itself so
// any catalog (the shipped seed, a generated one, a user's) gets questions that
// fit it: brands and categories from the CSV columns (products.csv `brand`,
// categories.csv `name_en`, and which categories each brand sells), countries
// and regions through the catalog's reader, as the CSV holds only codes and
// the import names them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { NameRows } from '../../src/catalog/types.js';

export interface KindNames {
  brands: string[];
  /** English category names ("smartphones"), in the file's order. */
  categories: string[];
  /** Category names of each brand's products. */
  brandCategories: Map<string, string[]>;
  /** English names of the countries the availability rows name. */
  countries: string[];
  /** English names of the regions with at least one of those countries. */
  regions: string[];
}

type Row = Record<string, string | undefined>;

function readCsv(dir: string, file: string): Row[] {
  return parse(readFileSync(join(dir, file), 'utf8'), { columns: true, bom: true, skip_empty_lines: true, relax_column_count: true }) as Row[];
}

const distinct = (list: Iterable<string>): string[] => [...new Set([...list].filter((x) => x.trim() !== ''))];

/** `rows` is the catalog's loadNames(); `traded` the country codes its availability rows name. */
export function kindNames(csvDir: string, rows: NameRows, traded: readonly string[]): KindNames {
  const categoryRows = readCsv(csvDir, 'categories.csv');
  const categoryName = new Map(categoryRows.map((c) => [c.id ?? '', c.name_en ?? c.id ?? '']));
  const brandCategories = new Map<string, Set<string>>();
  for (const p of readCsv(csvDir, 'products.csv')) {
    const brand = p.brand?.trim() ?? '';
    if (brand === '') continue;
    const set = brandCategories.get(brand) ?? new Set<string>();
    const category = categoryName.get(p.category ?? '');
    if (category) set.add(category);
    brandCategories.set(brand, set);
  }
  const withFacts = new Set(traded);
  const regionIds = new Set(rows.regionCountries.filter((r) => withFacts.has(r.country)).map((r) => r.region_id));
  return {
    brands: [...brandCategories.keys()],
    categories: distinct(categoryRows.map((c) => c.name_en ?? '')),
    brandCategories: new Map([...brandCategories].map(([b, s]) => [b, [...s]])),
    countries: distinct(rows.countries.filter((c) => withFacts.has(c.code)).map((c) => c.name_en)),
    regions: distinct(rows.regions.filter((r) => regionIds.has(r.id)).map((r) => r.name_en)),
  };
}
