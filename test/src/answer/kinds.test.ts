// Each kind of question over a small catalog of everyday-word names: the verdict
// from status, pairing and today's date; sets complete whatever their size.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/index.js';
import { coreFor, writeCatalogDir } from '../../helpers/catalog.js';
import { GLOBE_COUNTRIES, TODAY, WORD_CATALOG } from '../../helpers/wordCatalog.js';

let core: Core;
beforeAll(async () => { core = await coreFor(writeCatalogDir(WORD_CATALOG), { clock: () => TODAY }); });
afterAll(() => core.close());

describe('GIVEN a yes/no question', () => {
  it('WHEN the only fact has ended THEN the answer is no, with the date it ended', () => {
    for (const q of ['Is Pure at Coop in Norway?', 'is Pure still sold at Coop in Norway?']) {
      const a = core.answer(q);
      expect(a.verdict).toBe('no');
      expect(a.text).toContain('no longer sold since June 2025');
    }
  });
  it('WHEN the fact is announced THEN it is a yes that says so in the headline', () => {
    expect(core.answer('Can I buy Flow at Next in the UK?').parts.headline).toBe('Yes, announced on 1 February 2026: Flow at Next in the United Kingdom.');
  });
  it('WHEN an opening is still to come THEN it is worded as upcoming', () => {
    expect(core.answer('Flow at Very in Brazil?').parts.headline).toMatch(/^Yes, opening on 15 March 2027/);
  });
  it('WHEN an opening date has passed THEN it is worded as what the source announced, never as upcoming', () => {
    const a = core.answer('Is the Key at Coop in Italy?');
    expect(a.text).toContain('announced to open on 26 May 2018');
    expect(a.text).not.toContain('opening on');
  });
  it('WHEN the only facts are unpaired THEN it is not confirmed, never yes', () => {
    const a = core.answer('Key at Very in Germany?');
    expect(a.verdict).toBe('unknown');
    expect(a.reason).toBe('unpaired');
  });
  it('WHEN a country of the world has no row THEN the answer is no and says so', () => {
    const a = core.answer('Is Flow sold in Peru?');
    expect(a.verdict).toBe('no');
    expect(a.text).toContain('No retailer in Peru in the data.');
  });
});

describe('GIVEN a no because every fact asked has ended', () => {
  it('WHEN a retailer and a country are asked THEN the no also names the retailer\'s countries and the country\'s retailers', () => {
    const a = core.answer('is Pure still sold at Coop in Norway?');
    expect(a.verdict).toBe('no');
    const lines = a.text.split('\n');
    expect(lines.find((l) => l.startsWith('Coop is in the data in:'))).toBe('Coop is in the data in: Italy, Japan, Norway.');
    expect(lines.find((l) => l.startsWith('In Norway the data has:'))).toMatch(/^In Norway the data has: .*\bCoop\b.*\.$/);
  });
  it('WHEN it is asked in Italian THEN the nearby lines are Italian', () => {
    const a = core.answer('posso ancora comprare Pure da Coop?');
    expect(a.verdict).toBe('no');
    expect(a.text).toContain('Coop nei dati è presente in: Giappone, Italia, Norvegia.');
  });
});

describe('GIVEN a no that says what the data holds nearby', () => {
  /** The names a nearby line lists, and what follows them. */
  const listed = (text: string, lead: string): { names: string[]; rest: string } => {
    const line = text.split('\n').find((l) => l.startsWith(lead))!;
    const [names = '', rest = ''] = line.slice(lead.length).replace(/\.$/, '').split(' … ');
    return { names: names.split(', '), rest };
  };
  it('WHEN the retailer is in thirty countries THEN twelve are named, each once and in order, and the rest are counted', () => {
    const en = listed(core.answer('Can I buy Pure at Arena Games?').text, 'Arena Games is in the data in: ');
    expect(en.names).toHaveLength(12);
    expect(new Set(en.names).size).toBe(12);
    expect(en.names).toEqual([...en.names].sort(new Intl.Collator('en').compare));
    expect(en.rest).toBe(`and ${GLOBE_COUNTRIES.length - 12} more`);
    const it = listed(core.answer('Posso comprare Pure da Arena Games?').text, 'Arena Games nei dati è presente in: ');
    expect(it.names).toHaveLength(12);
    expect(it.rest).toBe(`e altri ${GLOBE_COUNTRIES.length - 12}`);
  });
  it('WHEN the retailer or the country has few THEN every one is named, once, with no "more"', () => {
    const a = core.answer('Pure at Coop in Japan?').text;
    expect(a).toContain('In Japan the data has: Arena Games, Coop.');
    expect(a).toContain('Coop is in the data in: Italy, Japan, Norway.');
  });
});

describe('GIVEN a question about a set', () => {
  it('WHEN a product is in more countries than a list shows THEN every country is named', () => {
    const a = core.answer('which countries is Globe sold in?');
    expect(a.verdict).toBe('list');
    expect(a.set?.confirmed).toHaveLength(GLOBE_COUNTRIES.length);
    for (const name of ['Argentina', 'United States', 'Japan', 'Switzerland']) expect(a.text).toContain(name);
  });
  it('WHEN asked how many THEN the count is the distinct confirmed values', () => {
    expect(core.answer('how many countries sell Globe?').parts.headline).toMatch(/^30 countries for Globe/);
    const it = core.answer('quanti negozi vendono la Flow?');
    expect(it.language).toBe('it');
    expect(it.parts.headline).toMatch(/^3 rivenditori per Flow/);
  });
  it('WHEN asked what a retailer sells THEN its products are listed by state', () => {
    const a = core.answer('what does Coop sell?');
    expect(a.set).toMatchObject({ dimension: 'product', confirmed: ['Flow', 'Key'], ended: ['Pure'] });
  });
  it.each([
    ['what does Coop sell in Peru?', 'No. The data has no products at Coop in Peru.'],
    ['cosa vende Coop in Perù?', 'No: nei dati non ci sono prodotti da Coop in Perù.'],
    ['was verkauft Coop in Peru?', 'Nein: die Daten haben keine Produkte bei Coop in Peru.'],
    // A list with no facts: "für" takes the plural as it stands ("zu" wanted "Velora-Produkten").
    ['wo gibt es Velora-Produkte in Peru?', 'Nein: für Velora-Produkte in Peru haben die Daten nichts.'],
  ])('WHEN a retailer sells nothing in a country ("%s") THEN the no says "products" once, in the case its words take', (q, headline) => {
    const a = core.answer(q);
    expect(a.verdict).not.toBe('yes');
    expect(a.parts.headline).toBe(headline);
  });
  it('WHEN a list names nothing THEN it browses the catalog', () => {
    expect(core.answer('list all retailers').set?.confirmed).toEqual(['Arena Games', 'Coop', 'Next', 'Very']);
    expect(core.answer('what products do you have?').set?.confirmed).toEqual(['Flow', 'Globe', 'Key', 'Pure']);
  });
  it('WHEN a where-list is longer than an answer shows THEN the complete sets of retailers and countries follow', () => {
    const a = core.answer('where can I buy Globe?');
    expect(a.verdict).toBe('list');
    expect(a.text).toContain(`All countries (${GLOBE_COUNTRIES.length}):`);
  });
  it('WHEN unpaired rows are the only ones for a value THEN it is listed apart as not confirmed', () => {
    const a = core.answer('which retailers have the Key?');
    expect(a.set).toMatchObject({ confirmed: ['Coop'], unpaired: ['Arena Games', 'Very'] });
  });
});

describe('GIVEN a question about when', () => {
  it('WHEN the date is to come THEN it is given', () => {
    const a = core.answer('when does Flow open at Very in Brazil?');
    expect(a.verdict).toBe('when');
    expect(a.text).toContain('15 March 2027');
  });
});
