// Synthetic Answers for renderer tests: shaped like the core's, sized at will.
import type { Answer, Candidate, EventFact, Fact } from '../../../src/index.js';
import { syntheticAnswer } from '../../helpers/views.js';

export function fact(over: Partial<Fact> = {}): Fact {
  return {
    product: 'redmi-phones', productName: 'Redmi smartphones', retailer: 'three', retailerName: '3 Store', country: 'SE',
    countryName: 'Sweden', status: 'announced', since: '2018-05-03', paired: true, note: null, source: 'seed',
    sourceTitle: 'Seed article', sourceDate: '2018-05-03', ...over,
  };
}

export function answer(over: Partial<Answer> = {}): Answer {
  return syntheticAnswer(over);
}

export function event(over: Partial<EventFact> = {}): EventFact {
  return {
    kind: 'store_opening', date: '2018-05-26', country: 'IT', countryName: 'Italy', city: 'Milan', retailer: 'mi-store',
    retailerName: 'Mi Store', note: null, source: 'seed', ...over,
  };
}

export function candidate(id: string, name = id): Candidate {
  return { kind: 'product', id, name, query: { products: [id] } };
}
