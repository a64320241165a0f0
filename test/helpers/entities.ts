// The ids an answer recognised, sorted per kind: what entity tests compare.
import type { Answer } from '../../src/index.js';

export const ids = (a: Answer) => ({
  products: a.entities.products.map((p) => p.id).sort(),
  retailers: a.entities.retailers.map((r) => r.id).sort(),
  countries: a.entities.countries.map((c) => c.code).sort(),
});
