// Names as a sales catalog's users write them: a list of names set apart by
// commas ("Galaxy A25 32 GB, Amazon, Italy?"), initials with dots ("in U.S."),
// a unit after a number that is no country ("32 GB"), several units in one name
// ("A25 5G 32 GB"), and makers whose names are everyday words ("is vivo sold in
// Austria?"). Each was a name dropped from the question, and some a yes for it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/index.js';
import { coreFor, writeCatalogDir } from '../../helpers/catalog.js';

const FILES: Record<string, string> = {
  'sources.csv': 'id,title,publisher,published,language,ref\nsrc,Test source,Test,2024-01-02,en,\n',
  'groups.csv': 'id,name,aliases\n',
  'retailers.csv': 'id,name,kind,group,aliases\namazon,Amazon,online,,\norange,Orange,operator,,\nthree,3,operator,,\n',
  'categories.csv': 'id,name_en,name_it,aliases\nphone,phones,telefoni,\n',
  'products.csv': [
    'id,name,brand,category,aliases',
    'a25,Samsung Galaxy A25 5G 32GB,Samsung,phone,',
    'v20,vivo V20 8GB/256GB,vivo,phone,',
    'g30,Nokia G30 32GB,Nokia,phone,',
  ].join('\n') + '\n',
  'cities.csv': 'id,name,country,aliases\n',
  'country_aliases.csv': 'code,alias\n',
  // Only these rows: Amazon has nothing in Italy, Orange nothing in the US, 3 nothing in Britain.
  'availability.csv': [
    'product,retailer,country,status,since,paired,note,source',
    'a25,orange,IT,available,,yes,,src', 'g30,orange,FR,available,,yes,,src', 'g30,three,IT,available,,yes,,src',
    'v20,amazon,AT,available,,yes,,src',
  ].join('\n') + '\n',
  'events.csv': 'id,kind,date,country,city,retailer,note,source\n',
};

let core: Core;
beforeAll(async () => { core = await coreFor(writeCatalogDir(FILES), { clock: () => Date.parse('2025-01-01') }); });
afterAll(() => core.close());

const read = (q: string) => {
  const a = core.answer(q);
  return { verdict: a.verdict, products: a.entities.products.map((p) => p.id), retailers: a.entities.retailers.map((r) => r.id), countries: a.entities.countries.map((c) => c.code) };
};

describe('GIVEN a catalog whose store names are everyday words and numbers', () => {
  it.each([
    ['Samsung Galaxy A25 5G 32 GB, Amazon, Italy?', { verdict: 'no', products: ['a25'], retailers: ['amazon'], countries: ['IT'] }],
    ['Nokia G30 32GB, 3, United Kingdom?', { verdict: 'no', products: ['g30'], retailers: ['three'], countries: ['GB'] }],
    ['Nokia G30 32GB at Orange in U.S.', { verdict: 'no', products: ['g30'], retailers: ['orange'], countries: ['US'] }],
    ['samsung galaxy a25 5g 32 gb at orange in italy?', { verdict: 'yes', products: ['a25'], retailers: ['orange'], countries: ['IT'] }],
    ['Samsung Galaxy A25 5 G 32GB at Orange in Italy?', { verdict: 'yes', products: ['a25'], retailers: ['orange'], countries: ['IT'] }],
  ])('WHEN asked "%s" THEN every name is read and the verdict follows the data', (q, want) => {
    expect(read(q)).toEqual(want);
  });

  it.each(['Nokia G30 32GB, 3, Britain?', 'Nokia G30 32GB, 3, Narnia?'])('WHEN a list of names ends in a place the data lacks ("%s") THEN no yes', (q) => {
    const a = core.answer(q);
    expect(a.verdict).not.toBe('yes');
  });

  it.each([
    'Nokia G30 32GB at ply in Italy?', 'Nokia G30 32GB, Zork, Italy?', 'zork vende Nokia G30 32GB in Italia?', 'is there a 3 in the united states?',
  ])('WHEN a store the catalog lacks is named where a store stands ("%s") THEN no other store\'s yes', (q) => {
    const a = core.answer(q);
    expect(a.verdict).not.toBe('yes');
  });

  it('WHEN a number is followed by GB THEN GB is its unit, not the United Kingdom', () => {
    expect(read('Nokia G30 32 GB at Orange?').countries).toEqual([]);
  });

  it.each(['is vivo sold in Austria?', 'is vivo in Austria?'])('WHEN a maker named like an everyday word is asked after ("%s") THEN it is the maker', (q) => {
    const a = core.answer(q);
    expect(a.verdict).toBe('yes');
    expect(a.query?.brands ?? a.entities.products.map((p) => p.id)).not.toEqual([]);
  });

  // Goods, then the preposition of their maker, in each language; and a verb of finding before it.
  it.each(['anything from vivo in Austria?', 'phones by vivo in Austria?', 'qualcosa di vivo in Austria?', 'si trova vivo in Austria?',
    '¿algo de vivo en Austria?', 'etwas von vivo in Österreich?'])('WHEN a maker named like an everyday word follows goods and "from" ("%s") THEN it is the maker, and the answer says yes', (q) => {
    const a = core.answer(q);
    expect(a.query?.brands).toEqual(['vivo']);
    expect(a.verdict).toBe('yes');
  });

  it.each(['anything from vivo in Italy?', 'qualcosa di vivo in Italia?'])('WHEN that maker has nothing in the country ("%s") THEN the answer is no yes', (q) => {
    const a = core.answer(q);
    expect(a.query?.brands).toEqual(['vivo']);
    expect(a.verdict).not.toBe('yes');
  });

  // This catalog's category lists no aliases: its names alone must read it.
  it.each(['phones in Austria?', 'telefoni in Austria?', 'vivo phones in Austria?', 'phones by vivo in Austria?'])('WHEN a category is named as categories.csv writes it ("%s") THEN it is the category', (q) => {
    const a = core.answer(q);
    expect(a.query?.categories).toEqual(['phone']);
    expect(a.verdict).toBe('yes');
  });

  it('WHEN a category has nothing in the country THEN the answer is no yes', () => {
    const a = core.answer('phones in Portugal?');
    expect(a.query?.categories).toEqual(['phone']);
    expect(a.verdict).not.toBe('yes');
  });

  it('WHEN the everyday word follows "of" with no goods before it THEN it stays a word', () => {
    expect(core.answer('what is the state of vivo stock in Austria?').query?.brands ?? []).toEqual([]);
  });
});
