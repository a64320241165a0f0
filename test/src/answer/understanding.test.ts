// Understanding on a catalog whose names are everyday words: every word is
// accounted for, a name the catalog lacks is never answered "yes", names that
// are words count only on evidence, codes only where a code fits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/index.js';
import { coreFor, writeCatalogDir } from '../../helpers/catalog.js';
import { ids } from '../../helpers/entities.js';
import { TODAY, WORD_CATALOG } from '../../helpers/wordCatalog.js';

let core: Core;
beforeAll(async () => { core = await coreFor(writeCatalogDir(WORD_CATALOG), { clock: () => TODAY }); });
afterAll(() => core.close());

describe('GIVEN a name the catalog does not hold', () => {
  it.each([
    ['Does Elkjøp sell the Flow?', 'Elkjøp'],
    ['Is the Pixel sold at Coop?', 'Pixel'],
    ['Can I get Huawei in Japan?', 'Huawei'],
    ['ps5 at coop italy', 'ps5'],
    ['Steam sells Flow?', 'Steam'],
    ['do you have Nike at Coop', 'Nike'],
    ['is Flow on amazon.de', 'amazon'],
    ['red bull at Coop in Italy', 'red bull'],
    // A store's name of several words where a store stands, none read: no yes for any store.
    ['is Flow at electro zzz in Italy?', 'electro zzz'],
    ['is Flow available at mega qrx store in Italy?', 'qrx'],
    // A pack word with a capital where the seller stands ("cool" is a courtesy word): a store the data lacks.
    ['does Cool carry Flow?', 'Cool'],
  ])('WHEN asked "%s" THEN the answer is no yes and names "%s"', (q, name) => {
    const a = core.answer(q);
    expect(a.verdict).not.toBe('yes');
    expect(a.text).toContain(name);
    expect(a.unread).toContain(name);
  });
  it('WHEN a pronoun stands where the seller does THEN it names no store', () => {
    for (const q of ['does It carry Flow?', 'do they carry Flow?']) expect(core.answer(q).unread ?? [], q).toEqual([]);
  });
  it('WHEN only the unknown name is asked THEN it says so and nothing else is claimed', () => {
    const a = core.answer('Elkjøp?');
    expect(a.verdict).toBe('unknown');
    expect(a.text).toMatch(/I don't know “Elkjøp”/);
  });
  it('WHEN a city the data lacks is the place THEN the answer names it and lists instead of saying yes', () => {
    const a = core.answer('Is Flow at Coop in Lisbon?');
    expect(a.verdict).toBe('list');
    expect(a.text).toContain('“Lisbon”');
  });
  it('WHEN chat filler surrounds a real question THEN the filler is no name', () => {
    const a = core.answer('yo pls is Flow at Coop in Japan thx lol 🙏');
    expect(a.verdict).toBe('yes');
    expect(a.unread ?? []).toEqual([]);
  });
  it('WHEN a word of the question is a typo of a cue word THEN it is no name, and it is read as the cue', () => {
    expect(core.answer('wich retialers have Flow?').unread ?? []).toEqual([]);
    expect(core.answer('wich countries is Globe sold in?').set?.dimension).toBe('country');
    expect(core.answer('wen does Flow open at Very in Brazil').verdict).toBe('when');
  });
  it('WHEN a dimension word follows a brand THEN it is the brand\'s products, not a set question', () => {
    expect(core.answer('any Velora products in Japan?').verdict).toBe('yes');
  });
});

describe('GIVEN names that are everyday words', () => {
  it('WHEN used as words THEN they are not names', () => {
    expect(ids(core.answer('is it pure in Italy?')).products).toEqual([]);
    expect(ids(core.answer('what about the next one for Italy?')).retailers).toEqual([]);
    expect(ids(core.answer('very quick question: Flow in Japan?')).retailers).toEqual([]);
  });
  it('WHEN a determiner or preposition of their kind stands before them THEN they are names', () => {
    expect(ids(core.answer('is the Key at Next?'))).toMatchObject({ products: ['key'], retailers: ['next'] });
    expect(ids(core.answer("la Flow c'è da Coop?"))).toMatchObject({ products: ['flow'], retailers: ['coop'] });
  });
  it('WHEN the question is made of names only THEN they are names', () => {
    expect(ids(core.answer('flow + key @ next?'))).toMatchObject({ products: ['flow', 'key'], retailers: ['next'] });
    expect(ids(core.answer('pure, GB?'))).toMatchObject({ products: ['pure'], countries: ['GB'] });
  });
  it('WHEN a verb of selling stands before them, or after them behind an adverb THEN they are names', () => {
    expect(ids(core.answer('is flow still sold at coop?')).products).toEqual(['flow']);
    expect(ids(core.answer('quali negozi hanno flow?')).products).toEqual(['flow']);
  });
  it('WHEN a determiner is followed by an everyday noun THEN the word is that noun\'s adjective', () => {
    expect(ids(core.answer('the key question: is Flow at Coop?')).products).toEqual(['flow']);
  });
});

describe('GIVEN countries written as codes, short forms, domains and regions', () => {
  it('WHEN a code is in capitals or where a code fits THEN it is the country', () => {
    expect(ids(core.answer('Flow, JP?')).countries).toEqual(['JP']);
    expect(ids(core.answer('Flow availability BR')).countries).toEqual(['BR']);
    expect(ids(core.answer('flow in jp')).countries).toEqual(['JP']);
  });
  it('WHEN "us", "it", "be", "no" are words THEN no country is read', () => {
    expect(ids(core.answer('tell us about Flow')).countries).toEqual([]);
    expect(ids(core.answer('will it be at Coop?')).countries).toEqual([]);
    expect(ids(core.answer('no, is Flow at Coop?')).countries).toEqual([]);
  });
  it('WHEN a store domain is named THEN it implies its country', () => {
    expect(ids(core.answer('pure on next.co.uk?'))).toMatchObject({ retailers: ['next'], countries: ['GB'] });
  });
  it('WHEN a common short form or an Italian name is used THEN it is read', () => {
    expect(ids(core.answer('Globe in Czechia?')).countries).toEqual(['CZ']);
    expect(ids(core.answer('Globe in Corea del Sud?')).countries).toEqual(['KR']);
  });
  it('WHEN a world region is named THEN its countries are asked', () => {
    const a = core.answer('is Flow sold anywhere in South America?');
    expect(a.verdict).toBe('yes');
    expect(a.text).toContain('Brazil');
    expect(core.answer('Flow in Asia?').text).toContain('Japan');
  });
});

describe('GIVEN questions that are not about availability', () => {
  it.each(['how much is Flow at Coop?', 'quanto costa la Flow?', 'is the Key waterproof?', 'Flow vs Key, which is better?', 'is Flow good for kids?',
    'my Key broke, where can I get it repaired', 'does Flow contain gluten?'])('WHEN asked "%s" THEN it is out of scope', (q) => {
    const a = core.answer(q);
    expect(a.verdict).toBe('unknown');
    expect(a.reason).toBe('out_of_scope');
  });
  it('WHEN a comparison word stands in a clause that asks nothing THEN the question is still answered', () => {
    expect(core.answer('best game ever lol, is Flow in Japan?').verdict).toBe('yes');
  });
});

describe('GIVEN the language of a short question', () => {
  it.each([["la Flow c'è da Coop?", 'it'], ['la Key a Torino?', 'it'], ['is the Key at Coop', 'en'], ['dove trovo la Globe?', 'it']])(
    'WHEN asked "%s" THEN the answer is in %s', (q, lang) => {
      expect(core.answer(q).language).toBe(lang);
    });
});

describe('GIVEN a country said by the head of its long name', () => {
  it.each([
    ['Flow negli Stati Uniti?', ['US']],
    ['is Flow sold in the United States?', ['US']],
    ['Flow in the Republic of Korea?', ['KR']],
  ])('WHEN asked "%s" THEN the country read is %j and no other', (q, codes) => {
    expect(core.answer(q).entities.countries.map((c) => c.code)).toEqual(codes);
  });
});

describe('GIVEN a question to the bot in a verb no pack lists', () => {
  it('WHEN asked "mi capisci?" THEN it is help, in Italian, with what the catalog covers', () => {
    const a = core.answer('mi capisci?');
    expect(a.verdict).toBe('help');
    expect(a.language).toBe('it');
    expect(a.text).toContain('Conosco 4 prodotti');
  });
});
