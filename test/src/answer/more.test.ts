// What "… and N more" promises: the count and the way to see the rest must be
// true. A list reads a bounded number of facts and counts the rest up to a cap
// (the bound on every question's cost), so past the cap the count is a lower
// bound and says so; and "ask “all” to see them" is offered only where asking
// "all" does show them; past what "all" reads, the line says to narrow the question.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/index.js';
import { coreFor, writeCatalogDir } from '../../helpers/catalog.js';

// Brand Lumo: 30 lamps at Shopwise in Norway (more than a list shows, fewer than "all" reads).
// Brand Vela: 300 lamps at Shopwise in 40 countries each (12,000 facts: past the count's cap).
// Brand Nox: 150 lamps at Marketly in Chile (past what "all" reads, under the cap).
const lumo = Array.from({ length: 30 }, (_, i) => `l${i + 1}`);
const vela = Array.from({ length: 300 }, (_, i) => `v${i + 1}`);
const nox = Array.from({ length: 150 }, (_, i) => `n${i + 1}`);
// Brand Sol: 9 lamps at Shopwise in Norway and Sweden, each on sale since its own month: 9 lines of 2 facts.
const sol = Array.from({ length: 9 }, (_, i) => `s${i + 1}`);
const COUNTRIES = ['AR', 'AU', 'AT', 'BE', 'BR', 'CA', 'CL', 'CN', 'CO', 'CZ', 'DK', 'EG', 'FI', 'FR', 'DE', 'GR', 'HU', 'IN', 'ID', 'IE',
  'IL', 'IT', 'JP', 'KE', 'MX', 'MA', 'NL', 'NZ', 'NG', 'NO', 'PE', 'PH', 'PL', 'PT', 'RO', 'ZA', 'ES', 'SE', 'CH', 'TH'];

const FILES: Record<string, string> = {
  'sources.csv': 'id,title,publisher,published,language,ref\nsrc,Test source,Test,2024-01-02,en,\n',
  'groups.csv': 'id,name,aliases\n',
  'retailers.csv': 'id,name,kind,group,aliases\nshopwise,Shopwise,store,,\nmarketly,Marketly,store,,\n',
  'categories.csv': 'id,name_en,name_it,aliases\nlamp,lamps,lampade,\n',
  'products.csv': ['id,name,brand,category,aliases',
    ...lumo.map((id, i) => `${id},Lumo Lamp L${i + 1},Lumo,lamp,`),
    ...vela.map((id, i) => `${id},Vela Lamp V${i + 1},Vela,lamp,`),
    ...nox.map((id, i) => `${id},Nox Lamp N${i + 1},Nox,lamp,`),
    ...sol.map((id, i) => `${id},Sol Lamp S${i + 1},Sol,lamp,`)].join('\n') + '\n',
  'cities.csv': 'id,name,country,aliases\n',
  'country_aliases.csv': 'code,alias\n',
  'availability.csv': [
    'product,retailer,country,status,since,paired,note,source',
    ...lumo.map((id) => `${id},shopwise,NO,available,,yes,,src`),
    ...vela.flatMap((id) => COUNTRIES.map((c) => `${id},shopwise,${c},available,,yes,,src`)),
    ...nox.map((id) => `${id},marketly,CL,available,,yes,,src`),
    ...sol.flatMap((id, i) => ['NO', 'SE'].map((c) => `${id},shopwise,${c},available,2020-0${i + 1},yes,,src`)),
  ].join('\n') + '\n',
  'events.csv': 'id,kind,date,country,city,retailer,note,source\n',
};

let core: Core;
beforeAll(async () => { core = await coreFor(writeCatalogDir(FILES), { clock: () => Date.parse('2025-01-01') }); }, 60_000);
afterAll(() => core.close());

const moreLine = (text: string): string | undefined => text.split('\n').find((l) => /^… (and|e|y|und) /.test(l));
const bullets = (text: string): number => text.split('\n').filter((l) => l.startsWith('• ')).length;

describe('GIVEN a brand with more facts than a list shows but fewer than "all" reads', () => {
  it('WHEN asked where THEN the rest are counted and "all" is offered', () => {
    const a = core.answer('where can I buy Lumo?');
    expect(moreLine(a.text), a.text).toMatch(/ask “all” to see them/);
  });

  it('WHEN asked for all of them THEN every fact is shown and none is left counted', () => {
    const a = core.answer('where can I buy all Lumo lamps?');
    // One line per retailer, status and product set: 30 products at one retailer in one country, each its own product set.
    expect(a.facts, a.text).toHaveLength(30);
    expect(moreLine(a.text), a.text).toBeUndefined();
  });
});

describe('GIVEN a brand with more facts than "all" reads', () => {
  it('WHEN asked where THEN the count is exact and the line says to narrow the question, not to ask "all"', () => {
    const a = core.answer('where can I buy Nox?');
    const line = moreLine(a.text) ?? '';
    expect(line, a.text).not.toMatch(/all/);
    expect(line, a.text).toMatch(/narrow/);
    expect(line, a.text).not.toMatch(/at least/);
  });

  it('WHEN asked for all of them THEN the rest are counted exactly and the line says to narrow', () => {
    const a = core.answer('where can I buy all Nox lamps?');
    const line = moreLine(a.text) ?? '';
    expect(line, a.text).toMatch(new RegExp(`\\b${150 - a.facts.length}\\b`));
    expect(line, a.text).toMatch(/narrow/);
  });

  it('WHEN asked in Italian THEN the same line is in Italian', () => {
    const a = core.answer('dove posso comprare Nox?');
    const line = moreLine(a.text) ?? '';
    expect(line, a.text).toMatch(/^… e altri \d+/);
    expect(line, a.text).not.toMatch(/tutti/);
  });
});

describe('GIVEN a brand with more facts than a count reads (12,000)', () => {
  it('WHEN asked where THEN the count is said as a lower bound, never as the exact number', () => {
    const a = core.answer('where can I buy Vela?');
    const line = moreLine(a.text) ?? '';
    expect(line, a.text).toMatch(/at least \d+/);
    expect(bullets(a.text)).toBeGreaterThan(0);
  });

  it('WHEN asked whether it is sold THEN the yes counts the rest as a lower bound too', () => {
    const a = core.answer('is Vela sold at Shopwise?');
    expect(a.verdict, a.text).toBe('yes');
    expect(moreLine(a.text) ?? '', a.text).toMatch(/at least \d+/);
  });

  it('WHEN asked in Italian THEN the bound is in Italian', () => {
    const a = core.answer('dove posso comprare Vela?');
    expect(moreLine(a.text) ?? '', a.text).toMatch(/almeno altri \d+/);
  });
});

describe('GIVEN a brand whose facts make more lines than a chat answer shows', () => {
  it('WHEN asked where THEN the count is of facts left out, so what is shown and what is counted add up to the data', () => {
    const a = core.answer('where can I buy Sol?');
    // "Sol Lamp S1 — Shopwise (Norway, Sweden): …" stands for its products times its countries.
    const shown = a.text.split('\n').filter((l) => l.startsWith('• ')).reduce((n, l) => {
      const [products = '', rest = ''] = l.slice(2).split(' — ');
      const countries = /\(([^)]*)\)/.exec(rest)?.[1] ?? '';
      return n + products.split(', ').length * countries.split(', ').length;
    }, 0);
    const counted = Number(/… and (\d+) more/.exec(moreLine(a.text) ?? '')?.[1]);
    expect(shown + counted, a.text).toBe(18);
    expect(moreLine(a.text), a.text).toMatch(/ask “all” to see them/);
  });
});

describe('GIVEN a cut list that says to ask "all"', () => {
  it.each([['en', 'where can I buy Lumo?', 'all'], ['it', 'dove posso comprare Lumo?', 'tutti'], ['es', '¿dónde puedo comprar Lumo?', 'todos']])(
    'WHEN the asker (%s) then sends only the word it offered THEN every fact of the question before is shown', (_, first, word) => {
      const conversation = `all-${word}`;
      core.answer(first, { conversation });
      const a = core.answer(word, { conversation });
      expect(a.verdict, a.text).toBe('list');
      expect(a.facts, a.text).toHaveLength(30);
      expect(moreLine(a.text), a.text).toBeUndefined();
    });
});

describe('GIVEN a where question that names its products with a word for products', () => {
  it.each(['dove posso comprare i prodotti Lumo?', 'where can I buy all the products of Lumo?', '¿dónde puedo comprar los productos Lumo?'])(
    'WHEN asked "%s" THEN it lists where they are sold, not the set of products', (q) => {
      const a = core.answer(q);
      expect(a.verdict, a.text).toBe('list');
      expect(a.facts.length, a.text).toBeGreaterThan(0);
      expect(a.facts.every((f) => f.retailerName === 'Shopwise' && f.country === 'NO'), a.text).toBe(true);
    });
});
