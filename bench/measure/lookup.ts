// The last step the floor and the baseline share with the core: the prepared fact
// query for the names found, with the core's own row limit, so the comparison
// differs only in how the names were read.
import { YESNO_LIMIT as FACT_LIMIT } from '../../src/answer/kinds/yesno.js';
import type { CatalogReader as CatalogStore } from '../../src/catalog/types.js';
import type { Expected } from '../questions/generate.js';

export function lookUp(store: CatalogStore, found: Expected): { entities: Expected; facts: number } {
  const facts = store.facts({
    products: found.products.length > 0 ? found.products : null,
    retailers: found.retailers.length > 0 ? found.retailers : null,
    countries: found.countries.length > 0 ? found.countries : null,
  }, FACT_LIMIT + 1);
  for (const k of ['products', 'retailers', 'countries'] as const) found[k].sort();
  return { entities: found, facts: facts.length };
}
