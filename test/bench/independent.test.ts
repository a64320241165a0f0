import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCatalog } from '../../bench/catalog/generate.js';
import { SIZES } from '../../bench/catalog/sizes.js';
import { CLASSES, generateIndependent, summary, type IndependentQuestion } from '../../bench/independent/generate.js';
import { nameKey, unitVariants, withinOne } from '../../bench/independent/text.js';

const root = mkdtempSync(join(tmpdir(), 'bench-independent-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// A catalog with one of each hard case: a joined unit ("128GB"), a spaced one after a decimal
// ("10.1in"), a mAh size, a name of twelve words, a two-character retailer ("O2"), an alias two
// products share ("Shared Alias" / "shared-alias") and one two retailers share ("Shared Shop").
const SMALL: Record<string, string> = {
  'products.csv': `id,name,brand,category,aliases,name_it
acme-s23-128,Acme S23 128GB,Acme,smartphone,Acme Phone S23 128GB;AS23-128,
acme-s23-256,Acme S23 256GB,Acme,smartphone,Acme Phone S23 256GB,
acme-bank,Acme Power Bank 10000mAh,Acme,accessory,Acme Powerbank,Batteria Acme 10000mAh
nova-buds,Nova Buds Pro,Nova,audio,Nova Earbuds;Shared Alias,
nova-band,Nova Band 7,Nova,wearable,Nova Fitness Band;shared-alias,
nova-speaker,Nova Home Speaker Max with Voice Control and Wireless Charging Stand,Nova,audio,Nova Speaker Max,
zeta-pad,Zeta Pad 10.1in,Zeta,tablet,Zeta Tablet 10.1in,
`,
  'retailers.csv': `id,name,kind,group,aliases
o2,O2,operator,,O2 Shop
mediamarkt,MediaMarkt,chain,,Media Markt
fnac,Fnac,chain,,Fnac.com
kiosk,Kiosk Corner,store,,Shared Shop
market,Market Hall,store,,Shared  Shop
`,
  'categories.csv': `id,name_en,name_it,aliases
smartphone,smartphones,smartphone,phone;phones
accessory,accessories,accessori,accessory
audio,audio,audio,headphones
wearable,wearables,indossabili,smartwatch
tablet,tablets,tablet,tablet
`,
  'country_aliases.csv': `code,alias
GB,UK
NL,Holland
`,
  'availability.csv': `product,retailer,country,status,since,paired,note,source
acme-s23-128,o2,GB;DE,available,2024-01,yes,,src
acme-s23-128,mediamarkt,DE;AT;NL,available,,yes,"launch offer ""double storage""",src
acme-s23-256,fnac,FR,announced,2024-05-01,yes,,src
acme-bank,mediamarkt,DE,available,,yes,"a note, with a comma",src
nova-buds,kiosk,IT,available,,yes,,src
nova-band,market,IT,ended,2023,yes,,src
nova-speaker,fnac,FR;IT,available,,no,,src
zeta-pad,o2,GB,opening,2027-02,yes,,src
zeta-pad,market,NL,available,,yes,,src
`,
  'sources.csv': `id,title,publisher,published,language,ref
src,Test source,test,2024-06-01,en,
`,
};

const TARGET = new Map(CLASSES);

type Row = Record<string, string>;
const csv = (dir: string, file: string): Row[] => {
  try {
    return parse(readFileSync(join(dir, file), 'utf8'), { columns: true, bom: true, relax_column_count: true }) as Row[];
  } catch { return []; }
};

/** The ids a question may name, read from the CSV files on their own. */
function ids(dir: string): { products: Set<string>; retailers: Set<string>; countries: Set<string> } {
  const countries = new Set<string>();
  for (const r of csv(dir, 'availability.csv')) for (const c of (r.country ?? '').split(';')) if (c.trim()) countries.add(c.trim());
  for (const r of csv(dir, 'country_aliases.csv')) if (r.code) countries.add(r.code);
  return {
    products: new Set(csv(dir, 'products.csv').map((r) => r.id ?? '')),
    retailers: new Set(csv(dir, 'retailers.csv').map((r) => r.id ?? '')),
    countries,
  };
}

function expectIdsExist(dir: string, questions: IndependentQuestion[]): void {
  const known = ids(dir);
  for (const q of questions) {
    for (const p of q.expected.products) expect(known.products.has(p), `${q.text}: product ${p}`).toBe(true);
    for (const r of q.expected.retailers) expect(known.retailers.has(r), `${q.text}: retailer ${r}`).toBe(true);
    for (const c of q.expected.countries) expect(known.countries.has(c), `${q.text}: country ${c}`).toBe(true);
    expect(q.expected.products.length + q.expected.retailers.length, q.text).toBeGreaterThan(0);
  }
}

/** Each class within a point of its share among the classes the catalog can ask. */
function expectShares(questions: IndependentQuestion[], skipped: string[] = []): void {
  const counts = summary(questions);
  const total = CLASSES.filter(([c]) => !skipped.includes(c)).reduce((s, [, w]) => s + w, 0);
  for (const [cls, n] of Object.entries(counts)) {
    if (skipped.includes(cls)) { expect(n, cls).toBe(0); continue; }
    const want = (TARGET.get(cls as never) ?? 0) / total;
    expect(Math.abs(n / questions.length - want), `${cls}: ${n} of ${questions.length}`).toBeLessThan(0.01);
  }
  const italian = questions.filter((q) => q.lang === 'it').length / questions.length;
  expect(Math.abs(italian - 1 / 3)).toBeLessThan(0.01);
}

describe('GIVEN the independent question generator on a small hand-written catalog', () => {
  const dir = join(root, 'small');
  let questions: IndependentQuestion[];
  beforeAll(() => {
    mkdirSync(dir, { recursive: true });
    for (const [file, text] of Object.entries(SMALL)) writeFileSync(join(dir, file), text);
    questions = generateIndependent(dir, 2000, 7);
  });

  it('THEN the same seed gives the same questions and another seed others', () => {
    expect(generateIndependent(dir, 2000, 7)).toEqual(questions);
    const other = generateIndependent(dir, 2000, 8);
    expect(other.map((q) => q.text)).not.toEqual(questions.map((q) => q.text));
  });

  it('THEN every class is asked in about its share, a third in Italian', () => {
    expect(questions).toHaveLength(2000);
    expectShares(questions);
  });

  it('THEN every expected id is one the CSV files hold', () => {
    expectIdsExist(dir, questions);
  });

  it('THEN a name two things share is never used, in any spelling', () => {
    for (const q of questions) {
      const key = nameKey(q.text);
      expect(key, q.text).not.toContain('sharedalias');
      expect(key, q.text).not.toContain('sharedshop');
    }
  });

  it('THEN each class asks what it says', () => {
    const known = Object.fromEntries(csv(dir, 'products.csv').map((r) => [r.id, [r.name, ...(r.aliases ?? '').split(';'), r.name_it]
      .filter((n): n is string => Boolean(n))]));
    const retailers = Object.fromEntries(csv(dir, 'retailers.csv').map((r) => [r.id, [r.name, ...(r.aliases ?? '').split(';')]
      .filter((n): n is string => Boolean(n))]));
    const has = (text: string, names: string[]): boolean => names.some((n) => text.toLowerCase().includes(n.toLowerCase()));
    for (const q of questions) {
      const [p] = q.expected.products;
      const [r] = q.expected.retailers;
      switch (q.cls) {
        case 'plain':
        case 'iso':
        case 'long-name':
        case 'short-retailer-article':
          // names as the catalog writes them (maybe lowercased)
          if (p) expect(has(q.text, known[p] ?? []), q.text).toBe(true);
          if (r) expect(has(q.text, retailers[r] ?? []), q.text).toBe(true);
          break;
        case 'spaced-unit':
          expect(p, q.text).toBeDefined();
          expect(has(q.text, known[p!] ?? []), q.text).toBe(false);
          expect(has(q.text, (known[p!] ?? []).flatMap(unitVariants)), q.text).toBe(true);
          break;
        case 'short-typo':
        case 'typo': {
          // one word of one name is one edit off
          const words = q.text.split(/[\s,?]+/).filter(Boolean);
          const all = [...(p ? known[p] ?? [] : []), ...(r ? retailers[r] ?? [] : [])].flatMap((n) => n.split(/\s+/));
          const off = words.filter((w) => !all.some((n) => n.toLowerCase() === w.toLowerCase())
            && all.some((n) => withinOne(n.toLowerCase(), w.toLowerCase())));
          expect(off.length, q.text).toBeGreaterThanOrEqual(1);
          const lengths = off.map((w) => [...w].length);
          if (q.cls === 'short-typo') expect(Math.min(...lengths), q.text).toBeLessThanOrEqual(5);
          break;
        }
        case 'brand-only':
          expect(q.expected.retailers, q.text).toEqual([]);
          expect(q.expected.countries, q.text).toHaveLength(1);
          break;
      }
      if (q.cls === 'iso') expect(q.text, q.text).toMatch(new RegExp(`\\b${q.expected.countries[0]}\\b`));
      if (q.cls === 'long-name') expect(q.expected.products, q.text).toEqual(['nova-speaker']);
      if (q.cls === 'short-retailer-article') {
        expect(q.expected.retailers, q.text).toEqual(['o2']);
        expect(q.text, q.text).toMatch(/\b(at (a|an|the)|un|da|dal|presso|al|an?) O2\b/i);
      }
    }
  });

  it('THEN a brand alone expects every product of the brand, and nothing else', () => {
    const brand = questions.filter((q) => q.cls === 'brand-only');
    expect(brand.length).toBeGreaterThan(0);
    for (const q of brand) {
      const names = nameKey(q.text);
      if (names.includes('acme')) expect(q.expected.products).toEqual(['acme-bank', 'acme-s23-128', 'acme-s23-256']);
      else if (names.includes('nova')) expect(q.expected.products).toEqual(['nova-band', 'nova-buds', 'nova-speaker']);
      else expect(q.expected.products).toEqual(['zeta-pad']);
    }
  });

  it('THEN questions checked by hand carry what they name', () => {
    // seed 7, 60 questions: read and checked one by one
    const few = generateIndependent(dir, 60, 7);
    const find = (text: string): IndependentQuestion | undefined => few.find((q) => q.text === text);
    expect(find('zeta in the United Kingdom?')).toEqual({ text: 'zeta in the United Kingdom?', cls: 'brand-only', lang: 'en',
      expected: { products: ['zeta-pad'], retailers: [], countries: ['GB'] } });
    expect(find('acme in germany?')?.expected).toEqual({ products: ['acme-bank', 'acme-s23-128', 'acme-s23-256'], retailers: [], countries: ['DE'] });
    expect(find('Acme Phone S23 128GB at a O2 in Great Britain?')).toMatchObject({ cls: 'short-retailer-article',
      expected: { products: ['acme-s23-128'], retailers: ['o2'], countries: ['GB'] } });
    expect(find('dove trovo Acme S23 256 gb nel Regno Unito?')).toMatchObject({ cls: 'spaced-unit', lang: 'it',
      expected: { products: ['acme-s23-256'], retailers: [], countries: ['GB'] } });
    expect(find('Can I buy Zeta Pad 10.1in at Market Halll in the Netherlands?')).toMatchObject({ cls: 'short-typo',
      expected: { products: ['zeta-pad'], retailers: ['market'], countries: ['NL'] } });
    expect(find('where can I get a Nova Band 7 in IT?')).toMatchObject({ cls: 'iso',
      expected: { products: ['nova-band'], retailers: [], countries: ['IT'] } });
    expect(find('dove compro Nova Home Speaker Max with Voice Control and Wireless Charging Stand in Francia')).toMatchObject({
      cls: 'long-name', expected: { products: ['nova-speaker'], retailers: [], countries: ['FR'] } });
    expect(find('Kiosk Corner ha Nova Buds Pro?')).toMatchObject({ cls: 'plain', lang: 'it',
      expected: { products: ['nova-buds'], retailers: ['kiosk'], countries: [] } });
  });
});

describe('GIVEN the shipped catalog', () => {
  it('THEN it asks every class but long names and spaced units (it has none), with ids it holds', () => {
    const questions = generateIndependent('data/catalog', 2000, 20240605);
    const counts = summary(questions);
    expect(counts['long-name']).toBe(0);
    expect(counts['spaced-unit']).toBe(0);
    expectShares(questions, ['long-name', 'spaced-unit']);
    expectIdsExist('data/catalog', questions);
    // "3" and "Tre" are the 3 Store's short names
    for (const q of questions.filter((x) => x.cls === 'short-retailer-article')) expect(q.expected.retailers).toEqual(['three']);
    for (const q of questions.filter((x) => x.cls === 'brand-only')) {
      expect(q.expected.products).toEqual(['lifestyle-accessories', 'mi-phones', 'other-products', 'redmi-phones']);
    }
  });
});

describe("GIVEN a catalog of the benchmark's own generator", () => {
  it('THEN every class it can ask is asked, with ids it holds', () => {
    const dir = join(root, 'tiny');
    mkdirSync(dir, { recursive: true });
    generateCatalog(dir, SIZES.tiny, 20240605);
    const questions = generateIndependent(dir, 1000, 3);
    expect(questions).toHaveLength(1000);
    expectShares(questions, ['long-name']);
    expectIdsExist(dir, questions);
    expect(generateIndependent(dir, 1000, 3)).toEqual(questions);
  });
});
