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
      'spark9pro,Spark 9 Pro 256GB,Tecno,phone,',
      'spark9pop,Spark 9 Pop 256GB,Tecno,phone,',
      'g52plus,Moto G52 Plus 128GB,Motorola,phone,',
      'g52,Moto G52 128GB,Motorola,phone,',
      'g52blue,Moto G52 128GB Blue,Motorola,phone,',
      'g52gold,Moto G52 128GB Gold,Motorola,phone,',
    ].join('\n') + '\n',
    'availability.csv': [
      'product,retailer,country,status,since,paired,note,source',
      'hot22s,volt,IT,available,,yes,,src',
      'spark8pro,volt,IT,available,,yes,,src',
      'spark8,volt,FR,available,,yes,,src',
      'spark9pro,volt,IT,available,,yes,,src',
      'g52plus,plus,NL,available,,yes,,src',
      'g52,volt,IT,available,,yes,,src',
      'g52blue,volt,IT,available,,yes,,src',
      'g52gold,volt,DE,available,,yes,,src',
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

  // A slip that makes a word of the language ("por", "via", "pls", "bot") or touches the first letter
  // ("Yot", "Oht") is read as the name's word only where it bridges two exact words of the name.
  it.each([
    ['Spark 8 Por 256GB at Volt World in Italy?', 'spark8pro'],
    ['is the Moto G52 Pls 128GB at Plus in the Netherlands?', 'g52plus'],
    ['can I buy an Infinix Yot 22s 128GB in Italy?', 'hot22s'],
    ['can I buy a bot 22s 128GB in Italy?', 'hot22s'],
    ['Oht 22s 128GB in Italy?', 'hot22s'],
  ])('WHEN "%s" has a slip between exact words of a name THEN that name is read', (q, id) => {
    expect(products(q)).toEqual([id]);
  });

  it('WHEN a store\'s name has a slip the bridge reads THEN the store is read too', () => {
    expect(core.answer('Spark 8 Pro 256GB at Volt Wrld in Italy?').entities.retailers.map((r) => r.id)).toEqual(['volt']);
  });

  it('WHEN two words of the catalog would bridge the same place THEN the answer asks which, and no yes comes of it', () => {
    // "por" is a slip from both "pro" and "pop", each going on into "256gb"; only the Pro is at Volt World in Italy.
    const both = core.answer('Spark 9 Por 256GB at Volt World in Italy?');
    expect(both.verdict).toBe('clarify');
    expect(both.text).toMatch(/Spark 9 Pro 256GB/);
    expect(both.text).toMatch(/Spark 9 Pop 256GB/);
    // The same slip ending the name: both are asked back too, not the family "Spark 9" said yes for.
    const last = core.answer('is the Spark 9 Por at Volt World in Italy?');
    expect(last.verdict).toBe('clarify');
    const a = core.answer('is the bot good in Italy?');
    expect(a.entities.products).toEqual([]);
    expect(a.verdict).not.toBe('yes');
  });

  it('WHEN the last word of a long name has a slip at its first letter THEN the name is read, unless the slip is a word', () => {
    expect(products('Moto G52 128GB Lbue at Volt World in Italy?')).toEqual(['g52blue']);
    expect(products('Moto G52 128GB Ogld in Germany?')).toEqual(['g52gold']);
    // "old" is a word of its own: the name stops before it.
    expect(products('is the Moto G52 128GB old?')).not.toContain('g52gold');
  });

  it('WHEN a slip follows part of a name THEN it narrows that name\'s family to the word it stands for, and alone it stays a word', () => {
    // "Moto G52" begins both G52s; "pls" one slip from "plus" leaves the Plus only.
    expect(products('is the Moto G52 pls for Italy?')).toEqual(['g52plus']);
    expect(products('can I buy a bot in Italy?')).toEqual([]);
  });

  it('WHEN the short word stands alone THEN it is not corrected into a name, and no yes comes of it', () => {
    const a = core.answer('is hott available in Italy?');
    expect(a.entities.products).toEqual([]);
    expect(a.verdict).not.toBe('yes');
  });
});
