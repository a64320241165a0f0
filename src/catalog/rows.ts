import type {
  AliasRow, AvailabilityRow, CategoryRow, CityRow, CountryRow, EventRow, GroupRow, ProductRow, RetailerRow, SourceRow,
} from './store.js';

/** A whole catalog as plain rows: what the importer produces and the writer stores. */
export interface CatalogRows {
  meta: Record<string, string>;
  sources: SourceRow[];
  countries: CountryRow[];
  groups: GroupRow[];
  retailers: RetailerRow[];
  categories: CategoryRow[];
  products: ProductRow[];
  cities: CityRow[];
  aliases: AliasRow[];
  availability: AvailabilityRow[];
  events: EventRow[];
}
