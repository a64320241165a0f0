// Numbers and units as catalogs write them and as people type them: "128GB",
// "128 GB" and "128 gb" are one name, whichever way the catalog wrote it, and a
// number next to a short word is joined only where the catalog has the joined
// name ("3 in Sweden" is the retailer 3, not "3in").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/index.js';
import { coreFor, writeCatalogDir } from '../../helpers/catalog.js';

const FILES: Record<string, string> = {
  'sources.csv': 'id,title,publisher,published,language,ref\nsrc,Test source,Test,2024-01-02,en,\n',
  'groups.csv': 'id,name,aliases\n',
  'retailers.csv': 'id,name,kind,group,aliases\no2,O2,operator,,\nthree,3,operator,,\nbolt,Boltshop,online,,\n',
  'categories.csv': 'id,name_en,name_it,aliases\nphone,phones,telefoni,\ntv,televisions,televisori,tv\n',
  'products.csv': [
    'id,name,brand,category,aliases',
    'gs23-128,Galaxy S23 128GB,Samsung,phone,',
    'gs23-256,Galaxy S23 256GB,Samsung,phone,',
    'pixel,Pixel 8 128 GB,Google,phone,',
    'frame,Frame TV 55in,Samsung,tv,',
    'knives,Santoku Knife Set with Bamboo Block and Honing Steel 5pcs,Kiru,tv,',
  ].join('\n') + '\n',
  'cities.csv': 'id,name,country,aliases\n',
  'country_aliases.csv': 'code,alias\n',
  'availability.csv': [
    'product,retailer,country,status,since,paired,note,source',
    'gs23-128,o2,GB,available,,yes,,src',
    'gs23-256,bolt,DE,available,,yes,,src',
    'pixel,three,SE,available,,yes,,src',
    'frame,bolt,DE,available,,yes,,src',
    'knives,bolt,DE,available,,yes,,src',
  ].join('\n') + '\n',
  'events.csv': 'id,kind,date,country,city,retailer,note,source\n',
};

let core: Core;
beforeAll(async () => { core = await coreFor(writeCatalogDir(FILES), { clock: () => Date.parse('2025-01-01') }); });
afterAll(() => core.close());

const products = (q: string): string[] => core.answer(q).entities.products.map((p) => p.id);

describe('GIVEN a catalog that writes "128GB" joined and "128 GB" spaced', () => {
  it.each([
    ['is the galaxy s23 128 gb at o2 in the uk?', 'gs23-128'],
    ['is the Galaxy S23 128 GB sold at O2 in the UK?', 'gs23-128'],
    ['galaxy s23 128gb at o2 in the uk?', 'gs23-128'],
    ['can I buy the galaxy s23 256 gb at boltshop in germany?', 'gs23-256'],
    ['pixel 8 128gb at 3 in sweden?', 'pixel'],
    ['is the pixel 8 128 gb at 3 in sweden?', 'pixel'],
    ['frame tv 55 in at boltshop in germany?', 'frame'],
    // Ten words, eleven with the unit apart: a name is read whole, however long.
    ['Santoku Knife Set with Bamboo Block and Honing Steel 5 pcs at Boltshop in Germany?', 'knives'],
  ])('WHEN asked "%s" THEN the product is %s, and every word is read (a yes)', (q, id) => {
    expect(products(q)).toEqual([id]);
    expect(core.answer(q).verdict).toBe('yes');
  });

  it('WHEN a number stands before a short word the catalog never joins THEN both stay apart ("3 in Sweden" is the retailer 3)', () => {
    const a = core.answer('can I buy the pixel 8 128 gb at 3 in sweden?');
    expect(a.entities.retailers.map((r) => r.id)).toEqual(['three']);
    expect(a.entities.countries.map((c) => c.code)).toEqual(['SE']);
    expect(a.verdict).toBe('yes');
  });
});
