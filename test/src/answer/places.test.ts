import { describe, expect, it } from 'vitest';
import { unknownPlaces } from '../../../src/answer/places.js';

describe('places the catalog does not know', () => {
  it('GIVEN "in" or Italian "a" before an unread word THEN names it', () => {
    expect(unknownPlaces(['redmi', 'in', 'dublin'], new Set([0]), 'en')).toEqual(['dublin']);
    expect(unknownPlaces(['mi', 'store', 'a', 'roma'], new Set([0, 1]), 'it')).toEqual(['roma']);
  });

  it('GIVEN everyday words, names already read, numbers or English "a" THEN names nothing', () => {
    expect(unknownPlaces(['redmi', 'in', 'stock'], new Set([0]), 'en')).toEqual([]);
    expect(unknownPlaces(['redmi', 'in', 'sweden'], new Set([0, 2]), 'en')).toEqual([]);
    expect(unknownPlaces(['buy', 'a', 'good', 'phone'], new Set([3]), 'en')).toEqual([]);
    expect(unknownPlaces(['note', 'in', '2018'], new Set(), 'en')).toEqual([]);
  });
});
