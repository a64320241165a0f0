// Typos in the short words of longer names: a three-letter word ("Plu" for
// Plus) or a four-letter one whose name has three ("Proo" for Pro, "Hott" for
// Hot) is corrected inside the name, next to an exact word of it; standing
// alone it is not, and a word of a name that is also a one-word alias of
// something else (the retailer "Plus") is corrected into all the same.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/index.js';
import { coreFor, writeCatalogDir } from '../../helpers/catalog.js';

let core: Core;
beforeAll(async () => {
  core = await coreFor(writeCatalogDir({
    'sources.csv': 'id,title,publisher,published,language,ref\nsrc,Price list,Test,2024-01-02,en,\n',
    // "Plus" the retailer comes first: its one-word alias must not keep "plus" out of the product names.
    'retailers.csv': 'id,name,kind,group,aliases\nplus,Plus,chain,,\nvolt,Volt World,store,,\n',
    'categories.csv': 'id,name_en,name_it,aliases\nphone,smartphones,smartphone,phone;phones\n',
    'products.csv': [
      'id,name,brand,category,aliases',
      'hot22s,Hot 22s 128GB,Infinix,phone,',
      'spark8pro,Spark 8 Pro 256GB,Tecno,phone,',
      'spark8,Spark 8 256GB,Tecno,phone,',
      'g52plus,Moto G52 Plus 128GB,Motorola,phone,',
      'g52,Moto G52 128GB,Motorola,phone,',
    ].join('\n') + '\n',
    'availability.csv': [
      'product,retailer,country,status,since,paired,note,source',
      'hot22s,volt,IT,available,,yes,,src',
      'spark8pro,volt,IT,available,,yes,,src',
      'spark8,volt,FR,available,,yes,,src',
      'g52plus,plus,NL,available,,yes,,src',
      'g52,volt,IT,available,,yes,,src',
    ].join('\n') + '\n',
  }));
}, 60_000);
afterAll(() => core.close());

const products = (q: string): string[] => core.answer(q).entities.products.map((p) => p.id);

describe('GIVEN names with short words', () => {
  it('WHEN a three-letter word of a name has a letter missing THEN the name is read', () => {
    expect(products('is the Moto G52 Plu 128GB at Plus in the Netherlands?')).toEqual(['g52plus']);
  });

  it('WHEN a four-letter word is a three-letter word of the name with a slip THEN the name is read', () => {
    expect(products('Spark 8 Proo 256GB at Volt World in Italy?')).toEqual(['spark8pro']);
    expect(products('can I buy a Hott 22s 128GB in Italy?')).toEqual(['hot22s']);
  });

  it('WHEN the short word stands alone THEN it is not corrected into a name, and no yes comes of it', () => {
    const a = core.answer('is hott available in Italy?');
    expect(a.entities.products).toEqual([]);
    expect(a.verdict).not.toBe('yes');
  });
});
