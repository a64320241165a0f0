// The catalogs of the benchmark. `tiny` exists for the generator's own tests.
// `huge` is the ceiling issue 15 sets: 100,000 products (each colour its own
// line) and two million availability rows, over twice the retailers of `large`.

export type GeneratedSize = 'tiny' | 'medium' | 'large' | 'huge';
export type CatalogName = 'seed' | GeneratedSize;

export interface CatalogSize { products: number; retailers: number; countries: number; rows: number }

export const SIZES: Record<GeneratedSize, CatalogSize> = {
  tiny: { products: 60, retailers: 12, countries: 10, rows: 1_000 },
  medium: { products: 1_000, retailers: 50, countries: 40, rows: 100_000 },
  large: { products: 10_000, retailers: 200, countries: 60, rows: 1_000_000 },
  huge: { products: 100_000, retailers: 400, countries: 60, rows: 2_000_000 },
};

export const CATALOGS: readonly CatalogName[] = ['seed', 'medium', 'large', 'huge'];
