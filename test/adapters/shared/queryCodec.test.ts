// Buttons carry a reading as a short string: set and count questions keep
// their intent and dimension through it, and malformed strings decode to null.
import { describe, expect, it } from 'vitest';
import { decodeQuery, encodeQuery } from '../../../adapters/shared/queryCodec.js';

describe('GIVEN a query carried by a button', () => {
  it('WHEN a set question is encoded THEN its intent and dimension come back', () => {
    const text = encodeQuery({ products: ['pure'], intent: 'set', dimension: 'country' }, 'it');
    expect(decodeQuery(text)).toEqual({ query: { products: ['pure'], intent: 'set', dimension: 'country' }, language: 'it' });
    expect(decodeQuery(encodeQuery({ retailers: ['coop'], intent: 'count', dimension: 'product' }, 'en'))?.query.intent).toBe('count');
  });
  it('WHEN the dimension or intent is unknown THEN nothing is decoded', () => {
    expect(decodeQuery('p=pure;i=set;d=galaxy;l=en')).toBeNull();
    expect(decodeQuery('p=pure;i=drop;l=en')).toBeNull();
  });
});
