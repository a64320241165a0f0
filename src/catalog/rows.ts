/** A catalog's word in another language: see the `texts` table. */
export interface TextRow { kind: 'product' | 'retailer' | 'city' | 'group' | 'source' | 'note' | 'country' | 'region' | 'category'; ref: string; lang: string; text: string }

import type {
  AliasRow, AvailabilityRow, CategoryRow, CityRow, CountryRow, EventRow, GroupRow, ProductRow, RegionCountryRow, RegionRow,
  RetailerRow, SourceRow,
} from './store.js';

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
