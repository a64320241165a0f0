// How many values a set names: a set answer ("what does Shopwise sell?") names
// up to SET_LISTED of each state; the complete sets that follow a cut list
// ("Acme?", more facts than a list shows) name up to SET_IN_LIST each and
// count the rest, so the count always says how many the data holds. A product
// set's head names its products once ("Products at Shopwise (30):").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/index.js';
import { SET_IN_LIST, SET_LISTED } from '../../../src/answer/kinds/set.js';
import { coreFor, writeCatalogDir } from '../../helpers/catalog.js';

const PRODUCTS = 30;
const ids = Array.from({ length: PRODUCTS }, (_, i) => `k${String(i + 1).padStart(2, '0')}`);

// A brand whose 25 products are all ended, and one whose 25 are all named without pairing: more than a list shows.
const ended = Array.from({ length: 25 }, (_, i) => `z${String(i + 1).padStart(2, '0')}`);
const unpaired = Array.from({ length: 25 }, (_, i) => `o${String(i + 1).padStart(2, '0')}`);

const FILES: Record<string, string> = {
  'sources.csv': 'id,title,publisher,published,language,ref\nsrc,Test source,Test,2024-01-02,en,\n',
  'groups.csv': 'id,name,aliases\n',
  'retailers.csv': 'id,name,kind,group,aliases\nshopwise,Shopwise,store,,\nmarketly,Marketly,store,,\n',
  'categories.csv': 'id,name_en,name_it,aliases\nkettle,kettles,bollitori,\n',
  'products.csv': ['id,name,brand,category,aliases', ...ids.map((id, i) => `${id},Acme Kettle K${i + 1},Acme,kettle,`),
    ...ended.map((id, i) => `${id},Zeta Kettle Z${i + 1},Zeta,kettle,`), ...unpaired.map((id, i) => `${id},Omni Kettle O${i + 1},Omni,kettle,`)].join('\n') + '\n',
  'cities.csv': 'id,name,country,aliases\n',
  'country_aliases.csv': 'code,alias\n',
  // Every kettle at Shopwise in Norway; the first three at Marketly in Chile, one of them ended.
  'availability.csv': [
    'product,retailer,country,status,since,paired,note,source',
    ...ids.map((id) => `${id},shopwise,NO,available,,yes,,src`),
    ...ended.map((id) => `${id},marketly,SE,ended,2024-06,yes,,src`), ...unpaired.map((id) => `${id},marketly,DK,available,,no,,src`),
    'k01,marketly,CL,available,,yes,,src', 'k02,marketly,CL,available,,yes,,src', 'k03,marketly,CL,ended,,yes,,src',
  ].join('\n') + '\n',
  'events.csv': 'id,kind,date,country,city,retailer,note,source\n',
};

let core: Core;
beforeAll(async () => { core = await coreFor(writeCatalogDir(FILES), { clock: () => Date.parse('2025-01-01') }); });
afterAll(() => core.close());

/** The names a line lists after its head ("All products (30): A, B … and 10 more."). */
const namesIn = (line: string): string[] => line.replace(/^[^:]*:\s*/, '').replace(/\s*… and \d+ more\.?$/, '').split(', ').filter(Boolean);

describe('GIVEN a brand whose products are all ended, or all unpaired, more than a list shows', () => {
  // "… and 5 more" closes the names; the sentence around them gives the one period.
  it.each([
    ['Zeta?', 'No longer sold:', '… and 5 more.'], ['Omni?', 'Named by the source', '… and 5 more.'],
    ['dove posso comprare Zeta?', 'Non più in vendita:', '… e altri 5.'], ['dove posso comprare Omni?', 'Citati dalla fonte', '… e altri 5.'],
  ])('WHEN "%s" is asked THEN its cut set line ends with one period', (q, head, end) => {
    const text = core.answer(q).text;
    const line = text.split('\n').find((l) => l.startsWith(head));
    expect(line, text).toBeDefined();
    expect(line!.endsWith(end) && !line!.endsWith(`${end}.`), line).toBe(true);
  });
});

describe('GIVEN a brand with more products than a list shows', () => {
  it('WHEN the brand alone is asked THEN its complete products follow the list, SET_IN_LIST named and the rest counted', () => {
    expect(SET_IN_LIST).toBeLessThan(PRODUCTS);
    const a = core.answer('Acme?');
    expect(a.verdict).toBe('list');
    const line = a.text.split('\n').find((l) => l.startsWith(`All products (${PRODUCTS}):`));
    expect(line, a.text).toBeDefined();
    expect(namesIn(line!)).toHaveLength(SET_IN_LIST);
    expect(line).toContain(`… and ${PRODUCTS - SET_IN_LIST} more`);
  });

  it('WHEN a retailer\'s products in a country are asked THEN the set names each once under one head, and counts them all', () => {
    expect(SET_LISTED).toBeGreaterThanOrEqual(PRODUCTS);
    const a = core.answer('what does Shopwise sell in Norway?');
    const [head, names] = a.text.split('\n');
    expect(head).toBe(`Products at Shopwise in Norway (${PRODUCTS}):`);
    expect(namesIn(`x: ${names}`)).toHaveLength(PRODUCTS);
  });

  it('WHEN names differ by a number THEN they are in the numbers\' order, as a person counts (K2 before K10)', () => {
    const a = core.answer('what does Shopwise sell in Norway?');
    const names = namesIn(`x: ${a.text.split('\n')[1]}`);
    expect(names.slice(0, 3), a.text).toEqual(['Acme Kettle K1', 'Acme Kettle K2', 'Acme Kettle K3']);
    expect(names.at(-1), a.text).toBe(`Acme Kettle K${PRODUCTS}`);
  });

  it('WHEN a retailer in a country has an ended product THEN it is named as no longer sold, not among those sold', () => {
    const a = core.answer('what does Marketly sell in Chile?');
    const lines = a.text.split('\n');
    expect(lines[0]).toBe('Products at Marketly in Chile (2):');
    expect(lines[1]).toBe('Acme Kettle K1, Acme Kettle K2');
    expect(lines.find((l) => l.startsWith('No longer sold:'))).toBe('No longer sold: Acme Kettle K3.');
  });

  it('WHEN a retailer\'s products in a country are counted THEN the number follows what names them, said once', () => {
    const a = core.answer('how many products does Marketly sell in Chile?');
    const lines = a.text.split('\n');
    expect(lines[0]).toBe('Products at Marketly in Chile: 2.');
    expect(lines[1]).toBe('Acme Kettle K1, Acme Kettle K2');
  });
});
