// Entity finding over a small catalog of invented names, through the core's one
// entry point: what was recognised is in answer.entities.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/index.js';
import { SMALL_CATALOG, coreFor, writeCatalogDir } from '../../helpers/catalog.js';
import { ids } from '../../helpers/entities.js';

let core: Core;
beforeAll(async () => { core = await coreFor(writeCatalogDir(SMALL_CATALOG)); });
afterAll(() => core.close());

describe('short names need context', () => {
  it('GIVEN "3" after "at" THEN it is the retailer', () => {
    expect(ids(core.answer('can I buy redmi at 3 in Sweden?')).retailers).toEqual(['three']);
  });
  it('GIVEN "3" as a count THEN it is not a retailer', () => {
    expect(ids(core.answer('which 3 countries sell redmi?')).retailers).toEqual([]);
  });
  it('GIVEN Italian "da Tre" THEN it is the retailer', () => {
    expect(ids(core.answer('posso comprare redmi da Tre in Svezia?')).retailers).toEqual(['three']);
  });
  it('GIVEN Italian "tre" as a number THEN it is not a retailer', () => {
    expect(ids(core.answer('quali tre paesi vendono redmi?')).retailers).toEqual([]);
  });
  it('GIVEN the Italian pronoun "mi" THEN it is not the Mi line', () => {
    const a = core.answer('mi dici dove comprare redmi?');
    expect(ids(a).products).toEqual(['redmi']);
  });
  it('GIVEN "Mi" before a model number THEN it is the Mi line, with the model kept', () => {
    const a = core.answer('where can I buy a Mi 8?');
    expect(ids(a).products).toEqual(['mi']);
    expect(a.entities.model).toBe('Mi 8');
  });
  it('GIVEN "Mi Store" THEN it is the retailer, not the product line', () => {
    const a = core.answer('is there a Mi Store in Italy?');
    expect(ids(a)).toEqual({ products: [], retailers: ['mistore'], countries: ['IT'] });
  });
  it('GIVEN the brand before "Mi" THEN it is the Mi line', () => {
    expect(ids(core.answer('acme mi in sweden')).products).toEqual(['mi']);
  });
});

describe('typos and spellings', () => {
  it.each([
    ['redmy in swedn', ['redmi'], ['SE']],
    ['rdemi in Sweeden', ['redmi'], ['SE']],
    ['redmi in Denmrak', ['redmi'], ['DK']],
    ['redmi in Danimarca', ['redmi'], ['DK']],
    ['redmi in Sverige', ['redmi'], ['SE']],
    ['redmi 🇩🇰', ['redmi'], ['DK']],
  ])('GIVEN "%s" THEN reads the product and the country', (q, products, countries) => {
    const a = ids(core.answer(q));
    expect(a.products).toEqual(products);
    expect(a.countries).toEqual(countries);
  });
  it('GIVEN a name run together or split THEN reads it either way', () => {
    expect(ids(core.answer('galaxo at Media World in Italy')).retailers).toEqual(['mediaworld']);
    expect(ids(core.answer('galaxo at mediaworld in Italy')).retailers).toEqual(['mediaworld']);
  });
  it('GIVEN a corrected word THEN scores it below an exact one', () => {
    const a = core.answer('redmy in sweden');
    expect(a.entities.products[0]!.score).toBeLessThan(1);
    expect(a.entities.countries[0]!.score).toBe(1);
  });
  it('GIVEN a word three letters long THEN never corrects it into a name', () => {
    expect(ids(core.answer('red in sweden')).products).toEqual([]);
  });
});

describe('kinds and groups', () => {
  it('GIVEN several countries THEN keeps them all', () => {
    expect(ids(core.answer('redmi in Sweden or Denmark?')).countries).toEqual(['DK', 'SE']);
  });
  it('GIVEN a city THEN reads its country', () => {
    expect(ids(core.answer('mi store in Milano')).countries).toEqual(['IT']);
  });
  it('GIVEN a retailer group THEN reads its retailers', () => {
    expect(ids(core.answer('does Northern sell galaxo?')).retailers).toEqual(['electra', 'mediaworld']);
  });
  it('GIVEN a category word and a brand THEN reads the products of both', () => {
    expect(ids(core.answer('Acme phones in Sweden')).products).toEqual(['mi', 'redmi']);
  });
  it('GIVEN the beginning of several product names THEN reads all of them', () => {
    expect(ids(core.answer('where is Galaxo Ultra sold?')).products).toEqual(['galaxo', 'galaxo128']);
  });
  it('GIVEN a model with a plus sign THEN tells it from the one without, however the plus is written', () => {
    expect(ids(core.answer('Galaxo S20+ 128GB in Italy')).products).toEqual(['gs20p']);
    expect(ids(core.answer('Galaxo S20 plus 128GB in Italy')).products).toEqual(['gs20p']);
    expect(ids(core.answer('Galaxo S20 128GB in Italy')).products).toEqual(['gs20']);
  });

  it('GIVEN a whole product name THEN reads that product only', () => {
    expect(ids(core.answer('where is Galaxo Ultra 256GB sold?')).products).toEqual(['galaxo']);
  });
});
