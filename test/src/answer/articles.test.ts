// A short store's name after any article of the language packs is the store:
// "at a 3", "da un Tre", "is there a 3 in Austria?". Read as a number or a word,
// the store would drop out of the question, and its "yes" would be any store's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/index.js';
import { SMALL_CATALOG, coreFor, writeCatalogDir } from '../../helpers/catalog.js';

let core: Core;
beforeAll(async () => { core = await coreFor(writeCatalogDir(SMALL_CATALOG)); });
afterAll(() => core.close());

describe('GIVEN a catalog with a store named "3" (also "Tre", "Three")', () => {
  it.each([
    ['can I buy redmi at a 3 in Sweden?', 'en'], ['redmi at a tre in sweden?', 'en'], ['is there a 3 in Sweden?', 'en'],
    ['posso comprare redmi da un 3 in Svezia?', 'it'], ["c'è un 3 in Svezia?", 'it'], ['¿hay un 3 en Suecia?', 'es'],
    ['gibt es einen 3 in Schweden?', 'de'], ['Mi at the 3 in Sweden?', 'en'],
  ])('WHEN asked "%s" THEN the store is read', (q, language) => {
    const a = core.answer(q);
    expect(a.entities.retailers.map((r) => r.id)).toEqual(['three']);
    expect(a.entities.countries.map((c) => c.code)).toEqual(['SE']);
    expect(a.language).toBe(language);
  });

  it('WHEN the store does not carry the product there THEN the answer is no, not another store\'s yes', () => {
    // Mi is at 3 only in Sweden; MediaWorld and Mi Store carry things in Italy.
    const a = core.answer('can I buy mi at a 3 in Italy?');
    expect(a.entities.retailers.map((r) => r.id)).toEqual(['three']);
    expect(a.verdict).toBe('no');
  });

  it('WHEN a product name is asked, then a store after "at" THEN the product is read ("Mi at the 3")', () => {
    expect(core.answer('Mi at the 3 in Sweden?').entities.products.map((p) => p.id)).toEqual(['mi']);
  });
});
