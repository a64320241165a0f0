import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/index.js';
import { SMALL_CATALOG, buildCatalog, writeCatalogDir } from '../../helpers/catalog.js';
import { createCore, openCatalog } from '../../../src/index.js';

let file: string;
let now = 0;
let core: Core;
beforeAll(async () => {
  file = await buildCatalog(writeCatalogDir(SMALL_CATALOG));
  core = createCore({ catalog: openCatalog(file), clock: () => now, memoryCapacity: 2, memoryTtlMs: 60_000 });
});
afterAll(() => core.close());

describe('follow-ups', () => {
  it('GIVEN a question THEN "and in Denmark?" reuses its product and retailer', () => {
    core.answer('can I buy redmi at 3 in Sweden?', { conversation: 'a' });
    const a = core.answer('and in Denmark?', { conversation: 'a' });
    expect(a.followUp).toBe(true);
    expect(a.verdict).toBe('yes');
    expect(a.entities.products.map((p) => p.id)).toEqual(['redmi']);
    expect(a.entities.countries.map((c) => c.code)).toEqual(['DK']);
  });

  it('GIVEN an Italian follow-up THEN answers in Italian with the previous product', () => {
    core.answer('can I buy redmi at 3 in Sweden?', { conversation: 'b' });
    const a = core.answer('e in Italia?', { conversation: 'b' });
    expect(a.language).toBe('it');
    expect(a.verdict).toBe('no');
    expect(a.text).toContain('Italia');
  });

  it('GIVEN a follow-up naming a retailer THEN keeps the country', () => {
    core.answer('galaxo in Italy?', { conversation: 'c' });
    const a = core.answer('e da MediaWorld?', { conversation: 'c' });
    expect(a.entities.retailers.map((r) => r.id)).toEqual(['mediaworld']);
    expect(a.entities.countries.map((c) => c.code)).toEqual(['IT']);
  });

  it('GIVEN another conversation THEN nothing is reused', () => {
    core.answer('can I buy redmi at 3 in Sweden?', { conversation: 'd' });
    const a = core.answer('and in Denmark?', { conversation: 'other' });
    expect(a.followUp).toBe(false);
    expect(a.entities.products).toEqual([]);
  });

  it('GIVEN a new full question THEN it does not inherit the previous retailer', () => {
    core.answer('can I buy redmi at 3 in Sweden?', { conversation: 'e' });
    const a = core.answer('Galaxo Ultra 256GB in Italy?', { conversation: 'e' });
    expect(a.followUp).toBe(false);
    expect(a.entities.retailers).toEqual([]);
  });

  it('GIVEN "when?" after a question THEN asks the same thing for dates', () => {
    core.answer('mi at mi store in Italy', { conversation: 'f' });
    const a = core.answer('when?', { conversation: 'f' });
    expect(a.verdict).toBe('when');
    expect(a.text).toContain('26 May 2020');
  });

  it('GIVEN more than ten minutes of silence THEN the conversation is forgotten', () => {
    now = 0;
    core.answer('can I buy redmi at 3 in Sweden?', { conversation: 'g' });
    now = 60_001;
    expect(core.answer('and in Denmark?', { conversation: 'g' }).followUp).toBe(false);
    now = 0;
  });

  it('GIVEN more conversations than the memory holds THEN the least recent is forgotten', () => {
    core.answer('redmi at 3 in Sweden', { conversation: 'h1' });
    core.answer('redmi at 3 in Sweden', { conversation: 'h2' });
    core.answer('redmi at 3 in Sweden', { conversation: 'h3' });
    expect(core.answer('and in Denmark?', { conversation: 'h1' }).followUp).toBe(false);
    expect(core.answer('and in Denmark?', { conversation: 'h3' }).followUp).toBe(true);
  });
});

describe('structured queries and candidates', () => {
  it('GIVEN an ambiguous bare word THEN the candidates answer each reading', () => {
    const a = core.answer('mi?');
    expect(a.verdict).toBe('clarify');
    const names = a.candidates.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['Mi phones', 'Mi Store']));
    const store = a.candidates.find((c) => c.id === 'mistore')!;
    const b = core.answer(store.query);
    expect(b.entities.retailers.map((r) => r.id)).toEqual(['mistore']);
    expect(b.facts.every((f) => f.retailer === 'mistore')).toBe(true);
  });

  it('GIVEN names typed instead of ids THEN resolves them, typos included', () => {
    const a = core.answer({ products: ['Redmy'], countries: ['Swedn'], retailers: ['3 Store'] });
    expect(a.verdict).toBe('yes');
    expect(a.entities.countries.map((c) => c.code)).toEqual(['SE']);
  });

  it.each(['Three', 'thre', '3', 'Tre'])('GIVEN the short retailer name "%s" typed in the retailer slot THEN the slot is its context', (name) => {
    const a = core.answer({ products: ['redmi'], retailers: [name], countries: ['SE'] });
    expect(a.entities.retailers.map((r) => r.id)).toEqual(['three']);
    expect(a.verdict).toBe('yes');
  });

  it('GIVEN nothing it knows THEN says it did not understand', () => {
    expect(core.answer({ products: ['zzzz'] }).verdict).toBe('unknown');
  });
});
