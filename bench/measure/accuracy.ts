// Entity accuracy: the names the answer recognised (products, retailers and
// countries, by id and code) must be exactly the ones the question asked
// about — no fewer, no more. A miss is sorted into a cause so the report can
// group them.
import type { Answer } from '../../src/index.js';
import type { Expected, Question } from '../questions/generate.js';

export function entitiesOf(a: Pick<Answer, 'entities'>): Expected {
  const sorted = (list: string[]): string[] => [...new Set(list)].sort();
  return {
    products: sorted(a.entities.products.map((p) => p.id)),
    retailers: sorted(a.entities.retailers.map((r) => r.id)),
    countries: sorted(a.entities.countries.map((c) => c.code)),
  };
}

export function sameEntities(a: Expected, b: Expected): boolean {
  const eq = (x: string[], y: string[]): boolean => x.length === y.length && x.every((v, i) => v === y[i]);
  return eq(a.products, b.products) && eq(a.retailers, b.retailers) && eq(a.countries, b.countries);
}

const KINDS = [['products', 'product'], ['retailers', 'retailer'], ['countries', 'country']] as const;

/** "retailer missed (typo in it)", "product wrong", "clarify asked": what went wrong, for grouping. */
export function causeOf(q: Question, got: Expected, verdict: string): string {
  for (const [plural, kind] of KINDS) {
    const missing = q.expected[plural].filter((id) => !got[plural].includes(id));
    const extra = got[plural].filter((id) => !q.expected[plural].includes(id));
    if (missing.length === 0 && extra.length === 0) continue;
    // A clarify leaves the name it asks about out of the entities.
    const what = verdict === 'clarify' ? 'asked back (clarify)' : missing.length > 0 && extra.length > 0 ? 'wrong' : missing.length > 0 ? 'missed' : 'extra';
    return `${kind} ${what}${q.typo?.kind === kind ? ', typo in it' : q.typo ? `, typo elsewhere (${q.typo.kind})` : ''}`;
  }
  return 'other';
}

export interface Failure { id: number; text: string; expected: Expected; got: Expected; verdict: string; cause: string; typo: Question['typo'] }
