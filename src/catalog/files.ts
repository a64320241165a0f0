/** The files of a catalog directory, in the order they reference each other. */
export const CATALOG_FILES = [
  'sources.csv', 'groups.csv', 'retailers.csv', 'categories.csv', 'products.csv', 'cities.csv',
  'country_aliases.csv', 'availability.csv', 'events.csv',
] as const;
