// A place the question asks about is never dropped. Countries written as people
// write them in chat ("in the uk", "in usa", "in holland", "in the states") are
// read as the country, or, when the catalog cannot say which, as an unknown place:
// either way no "yes" for a place the data does not hold. And a short word's typo
// inside a longer name is read ("moo g73", "nova lte 3"), never on its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/index.js';
import { coreFor, writeCatalogDir } from '../../helpers/catalog.js';

const FILES: Record<string, string> = {
  'sources.csv': 'id,title,publisher,published,language,ref\nsrc,Test source,Test,2024-01-02,en,\n',
  'groups.csv': 'id,name,aliases\n',
  'retailers.csv': 'id,name,kind,group,aliases\no2,O2,operator,,\nbolt,Boltshop,online,,\n',
  'categories.csv': 'id,name_en,name_it,aliases\nphone,phones,telefoni,\n',
  'products.csv': 'id,name,brand,category,aliases\nmoto,Moto G73,Motorola,phone,\nnova,Nova Lite 3,Huawei,phone,\n',
  'cities.csv': 'id,name,country,aliases\n',
  'country_aliases.csv': 'code,alias\n',
  // Only Ireland: every other country asked about must get no yes.
  'availability.csv': 'product,retailer,country,status,since,paired,note,source\nmoto,o2,IE,available,,yes,,src\nnova,bolt,IE,available,,yes,,src\n',
  'events.csv': 'id,kind,date,country,city,retailer,note,source\n',
};

let core: Core;
beforeAll(async () => { core = await coreFor(writeCatalogDir(FILES), { clock: () => Date.parse('2025-01-01') }); });
afterAll(() => core.close());

describe('GIVEN a catalog that holds one country, Ireland', () => {
  it.each([
    ['moto g73 at o2 in the uk?', 'GB'], ['moto g73 at o2 in uk?', 'GB'], ['moto g73 at o2 in the us?', 'US'],
    ['moto g73 at o2 in usa?', 'US'], ['moto g73 at o2 in holland?', 'NL'], ['moto g73 at o2 in the emirates?', 'AE'],
  ])('WHEN asked "%s" THEN the place is read as %s and the answer is no', (q, code) => {
    const a = core.answer(q);
    expect(a.entities.countries.map((c) => c.code)).toEqual([code]);
    expect(a.verdict).toBe('no');
  });

  it('WHEN a place is named by a word of a longer name ("in the states?") THEN it is an unknown place, not a yes', () => {
    const a = core.answer('moto g73 at o2 in the states?');
    expect(a.verdict).not.toBe('yes');
    expect(a.text).toContain('states');
  });

  it('WHEN "in the" precedes a word that names no place ("in the catalog") THEN it is no place', () => {
    const a = core.answer('how many products are in the catalog?');
    expect(a.text).not.toMatch(/catalog/i);
  });

  it.each([
    ['moo g73 at o2 in ireland?', 'moto'], ['nova lte 3 at boltshop in ireland?', 'nova'], ['is the moto g73 at o2 in ireland?', 'moto'],
  ])('WHEN asked "%s" THEN the product is %s and the answer yes', (q, id) => {
    const a = core.answer(q);
    expect(a.entities.products.map((p) => p.id)).toEqual([id]);
    expect(a.verdict).toBe('yes');
  });

  it('WHEN a short word alone is a typo of a name\'s word ("moo at o2?") THEN it is not read as the name', () => {
    const a = core.answer('moo at o2 in ireland?');
    expect(a.entities.products).toEqual([]);
    expect(a.verdict).not.toBe('yes');
  });
});
