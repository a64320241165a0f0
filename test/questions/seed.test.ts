// The question set over the shipped dataset, as users see it: English and
// Italian (a user whose platform says English), typos, aliases, mentions and markup, every verdict. Each case says
// the verdict, the language and names the text must contain (or must not).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core, Language, Verdict } from '../../src/index.js';
import { SHIPPED_CATALOG, coreFor } from '../helpers/catalog.js';

let core: Core;
beforeAll(async () => { core = await coreFor(SHIPPED_CATALOG); });
afterAll(() => core.close());

interface Case { q: string; verdict: Verdict; lang: Language; has?: string[]; not?: string[] }

const c = (q: string, verdict: Verdict, lang: Language, has: string[] = [], not: string[] = []): Case => ({ q, verdict, lang, has, not });

const CASES: Case[] = [
  // Yes/no in English, with typos and aliases.
  c('can i buy a redmy at thre in sweeden?', 'yes', 'en', ['Redmi smartphones', '3 Store', 'Sweden', 'announced', 'Source:']),
  c('Can I buy a Redmi at a 3 Store in Sweden?', 'yes', 'en', ['3 Store', 'Sweden']),
  c('Are Redmi phones sold at Three in Ireland?', 'yes', 'en', ['Ireland', '3 Store']),
  c('Can I get a Mi 8 at Drei in Austria?', 'yes', 'en', ['Mi smartphones', 'Austria', 'per product line']),
  c('Is the Redmi Note 5 available in Denmark?', 'yes', 'en', ['Denmark', 'Redmi Note 5', 'per product line']),
  c('Does Amazon sell Redmi in Spain?', 'yes', 'en', ['Amazon', 'Spain', 'November 2017']),
  c('Can I order a Redmi from Amazon Italy?', 'yes', 'en', ['Amazon', 'Italy']),
  c('Is Xiaomi available at Amazon Spain?', 'yes', 'en', ['Amazon (Spain)'], ['Amazon (Italy)']),
  c('Is Xiaomi sold in Italy at MediaWorld, Amazon or Mi Store?', 'yes', 'en', ['MediaWorld', 'Amazon', 'Mi Store']),
  c('Is MediaWorld selling Mi phones?', 'yes', 'en', ['MediaWorld', 'Italy']),
  c('Does Mi Store in Spain sell power banks?', 'yes', 'en', ['Lifestyle accessories', 'Spain']),
  c('Is Xiaomi in Spain?', 'yes', 'en', ['Amazon', 'Mi Store']),
  c('Redmi 🇬🇧 at Three?', 'yes', 'en', ['United Kingdom', '3 Store']),
  c('xiaomi at three uk', 'yes', 'en', ['United Kingdom']),
  c('Can I buy Xiaomi at CK Hutchison stores in Italy?', 'yes', 'en', ['3 Store', 'Italy']),
  c('Is there a Mi Store in Milan?', 'yes', 'en', ['Mi Store', 'announced to open on 26 May 2018'], ['opening on']),
  c('mediawrold italy', 'yes', 'en', ['MediaWorld']),
  c('Will 3 Sweden sell the Mi Mix 2S?', 'yes', 'en', ['3 Store', 'Sweden', 'Mi Mix 2S']),
  c('Does Three UK stock Redmi?', 'yes', 'en', ['3 Store', 'United Kingdom']),
  c('When will Three start selling Xiaomi in Sweden?', 'when', 'en', ['3 Store', '3 May 2018']),
  c('Can I buy Xiaomi phones at Superdrug?', 'no', 'en', ['Superdrug is in the data in', 'United Kingdom']),
  c('is redmi available in sweden, denmark or norway?', 'yes', 'en', ['Sweden', 'Denmark', 'Nothing in the data for: Norway']),
  c('Is Xiaomi sold at MediaWorld in Italy and Spain?', 'yes', 'en', ['Italy', 'Nothing in the data for: Spain']),
  c('Are Redmi phones sold at Tree in Irelnd?', 'yes', 'en', ['Ireland', '3 Store']),
  c('can I buy mi phones at mediawordl?', 'yes', 'en', ['MediaWorld']),
  // No, with what the data holds nearby.
  c('Does Amazon sell Redmi in Germany?', 'no', 'en', ['Germany', 'No retailer in Germany', 'Amazon is in the data in: Italy, Spain.']),
  c('Is Xiaomi available in Germany?', 'no', 'en', ['No retailer in Germany', 'many customers', 'Spain']),
  c('Is Xiaomi sold in France?', 'no', 'en', ['France', 'No retailer in France']),
  c('Is Redmi available at Mediaworld in Spain?', 'no', 'en', ['MediaWorld', 'In Spain the data has', 'Amazon']),
  c('Are Xiaomi lifestyle accessories sold in Italy?', 'no', 'en', ['Lifestyle accessories', 'In Italy the data has']),
  c('Is Redmi sold at Superdrug in Spain?', 'no', 'en', ['Superdrug']),
  c('Can I buy power banks at 3 in Sweden?', 'no', 'en', ['3 Store', 'Sweden']),
  c('Is Xiaomi available in the USA?', 'no', 'en', ['United States']),
  // Unpaired chains: never a yes.
  c('Does Superdrug carry Xiaomi products in the UK?', 'unknown', 'en', ['Not confirmed', 'Superdrug', 'which chain is in which country']),
  c('Fortress Ireland xiaomi?', 'unknown', 'en', ['Not confirmed', 'Fortress', 'Ireland']),
  c('Is Watsons selling Xiaomi in Ireland?', 'unknown', 'en', ['Fortress', 'Superdrug', 'Kruidvat']),
  c('Can I buy Xiaomi at Kruidvat in the Netherlands?', 'unknown', 'en', ['Kruidvat', 'Netherlands']),
  // Lists.
  c('which of our retail partners carry Xiaomi in the UK?', 'list', 'en', ['3 Store', 'Superdrug', 'United Kingdom', 'not confirmed']),
  c('Where can I buy Xiaomi phones in Italy?', 'list', 'en', ['MediaWorld', 'Amazon', 'Mi Store', '3 Store'], ['Superdrug']),
  c('Where is Kruidvat selling Xiaomi?', 'list', 'en', ['Kruidvat', 'Ireland', 'Netherlands']),
  c('Where can I buy power banks?', 'list', 'en', ['Mi Store', 'Spain']),
  c('power bank in Spain?', 'yes', 'en', ['Mi Store']),
  c('Which countries have 3 Stores selling Xiaomi?', 'list', 'en', ['Austria', 'Denmark', 'Ireland', 'Italy', 'Sweden', 'United Kingdom']),
  c('In which countries is Redmi available?', 'list', 'en', ['Spain', 'Italy', 'Sweden']),
  c('What retailers sell Xiaomi in the Netherlands?', 'list', 'en', ['Fortress', 'Kruidvat', 'Superdrug']),
  c('Xiaomi in Holland?', 'unknown', 'en', ['Netherlands', 'Not confirmed']),
  c('redmi in England', 'yes', 'en', ['3 Store', 'United Kingdom']),
  c('amazn spain redmi', 'yes', 'en', ['Amazon (Spain)']),
  c('Redmi or Mi in Sweden or Denmark?', 'yes', 'en', ['Sweden', 'Denmark']),
  c('Mi and Redmi at MediaWorld', 'yes', 'en', ['MediaWorld']),
  c('Xiaomi smartphones Amazon.es', 'yes', 'en', ['Amazon', 'Spain']),
  c('What does Tre sell in Italy?', 'list', 'en', ['3 Store', 'Italy']),
  c('Which A.S. Watson chains sell Xiaomi?', 'list', 'en', ['Fortress', 'Superdrug', 'Kruidvat']),
  c('xiaomi spian', 'yes', 'en', ['Spain']),
  c('redmi swden', 'yes', 'en', ['Sweden']),
  // "Irland" is German's name for Ireland: with four languages it is no typo but a German word.
  c('xiaomi irland', 'yes', 'de', ['Irland']),
  c('Redmi Österreich', 'yes', 'en', ['Austria']),
  c('Xiaomi Danmark', 'yes', 'en', ['Denmark']),
  c('xiaomi Sverige', 'yes', 'en', ['Sweden']),
  c('Xiaomi 🇮🇪', 'yes', 'en', ['Ireland']),
  c('Kruidvat', 'list', 'en', ['Kruidvat']),
  c('Xiaomi', 'list', 'en', ['Xiaomi products']),
  c('Which stores in Denmark?', 'list', 'en', ['3 Store']),
  c('Where can I buy Xiaomi in Scandinavia?', 'list', 'en', ['Scandinavia', 'Denmark', 'Sweden'], ['Italy']),
  c('Is Redmi sold in the Benelux?', 'no', 'en', ['Benelux', 'Spain'], ['No retailer in Belgium']),
  c('Is Xiaomi available in the EU?', 'yes', 'en', ['Spain', 'Italy'], ['Nothing in the data for']),
  // When.
  c('When does the first Mi Store in Italy open?', 'when', 'en', ['26 May 2018', 'Milan']),
  c('When did Xiaomi enter Spain?', 'when', 'en', ['November 2017', 'market entry']),
  c('When will Redmi arrive at 3 in the UK?', 'when', 'en', ['3 May 2018']),
  c('when is the mi store milano opening', 'when', 'en', ['26 May 2018']),
  // Markup, mentions and pings.
  c('<@U12345> can i buy redmi at 3 in denmark?', 'yes', 'en', ['Denmark'], ['<@U12345>']),
  c('<@123456789012345678> is redmi sold at three in sweden?', 'yes', 'en', ['Sweden'], ['123456789012345678']),
  c('@everyone where is Mi sold?', 'list', 'en', ['Mi smartphones'], ['@everyone']),
  c('**Redmi** at _MediaWorld_?', 'yes', 'en', ['MediaWorld']),
  c('<b>Redmi</b> in <i>Italy</i>', 'yes', 'en', ['Italy'], ['<b>']),
  c('<!channel> redmi in sweden', 'yes', 'en', ['Sweden'], ['<!channel>']),
  // Help, out of scope, not understood, ambiguous.
  c('help', 'help', 'en', ['Try:']),
  c('hello', 'help', 'en', ['where products are sold']),
  c('', 'help', 'en', ['Try:']),
  c('?', 'help', 'en', ['Try:']),
  c("what's the weather in Milan?", 'unknown', 'en', ['not prices']),
  c('how much does a Redmi cost?', 'unknown', 'en', ['not prices']),
  c('zzzzqqq', 'unknown', 'en', ['I don\'t know “zzzzqqq”'], ['Yes']),
  c('mi', 'clarify', 'en', ['Mi smartphones', 'Mi Store']),
  c('Mi?', 'clarify', 'en', ['Mi smartphones', 'Mi Store']),
  // Italian.
  c('Posso comprare un Redmi da Tre in Svezia?', 'yes', 'it', ['Sì', 'Svezia', '3 Store', 'annunciato']),
  c('Amazon vende Redmi in Spagna?', 'yes', 'it', ['Sì', 'Spagna', 'novembre 2017']),
  c('La Tre vende Xiaomi in Italia?', 'yes', 'it', ['3 Store', 'Italia']),
  c('Kruidvat vende prodotti Xiaomi in Olanda?', 'unknown', 'it', ['Non confermato', 'Kruidvat']),
  c('Mediaworld vende smartphone Xiaomi?', 'yes', 'it', ['MediaWorld', 'Italia']),
  c('si possono comprare i Redmi da Drei in Austria?', 'yes', 'it', ['Austria']),
  c('xiaomi italia amazon', 'yes', 'it', ['Amazon', 'Italia']),
  c('xiaomi è disponibile in austria?', 'yes', 'it', ['Austria', '3 Store']),
  c('è possibile acquistare redmi in danimarca?', 'yes', 'it', ['Danimarca']),
  c('Tre Italia Xiaomi', 'yes', 'it', ['3 Store', 'Italia']),
  c('quali tre paesi vendono redmi?', 'list', 'it', ['Spagna'], ['da 3 Store in']),
  c('Mi in Spagna?', 'yes', 'it', ['Smartphone Mi', 'Spagna'], ['Accessori', 'Mi smartphones']),
  c('ci sono negozi Tre in Austria?', 'yes', 'it', ['3 Store', 'Austria']),
  c("C'è Xiaomi in Germania?", 'no', 'it', ['Nessun rivenditore in Germania', 'Spagna']),
  c('Posso comprare Redmi da MediaWorld in Svezia?', 'no', 'it', ['MediaWorld', 'Svezia', 'In Svezia i dati hanno']),
  c('Superdrug vende Xiaomi in Irlanda?', 'unknown', 'it', ['Non confermato', 'Superdrug']),
  c('Dove posso comprare uno Xiaomi in Italia?', 'list', 'it', ['MediaWorld', 'Amazon', 'Italia']),
  c('Quali negozi vendono Xiaomi nel Regno Unito?', 'list', 'it', ['3 Store', 'Regno Unito']),
  c('mi dici dove trovare un redmi?', 'list', 'it', ['Smartphone Redmi', 'Mi Store', 'Spagna'], ['Redmi smartphones']),
  c('dove si trovano i power bank?', 'list', 'it', ['Spagna']),
  c('in quali paesi vende Tre?', 'list', 'it', ['Danimarca', 'Irlanda']),
  c('Xiaomi nei Paesi Bassi', 'unknown', 'it', ['Paesi Bassi', 'Non confermato']),
  c('dove si vende Xiaomi in Europa?', 'list', 'it', ['Europa', 'Spagna', 'Italia']),
  c('Xiaomi in Europa?', 'yes', 'it', ['Europa']),
  c('Quando apre il Mi Store a Milano?', 'when', 'it', ['26 maggio 2018']),
  c('Mi Store Milano quando?', 'when', 'it', ['26 maggio 2018']),
  c('quando arriva Redmi da Tre in Irlanda?', 'when', 'it', ['3 maggio 2018']),
  c('quando è arrivata xiaomi in spagna?', 'when', 'it', ['novembre 2017']),
  c('ciao', 'help', 'it', ['Prova:']),
  c('aiuto', 'help', 'it', ['Prova:']),
  c('grazie', 'help', 'it', ['Prego'], ['Prova:']),
  c('what can you do?', 'help', 'en', ['Try:']),
  c('ma xiaomi si trova in austria?', 'yes', 'it', ['Austria', '3 Store']),
  c("c'e il mi store a roma?", 'list', 'it', ['Mi Store', 'Non conosco il luogo «roma»'], ['Oman', 'Sì']),
  c('Is there a Mi Store in Rome?', 'list', 'en', ["I don't know the place “Rome”"], ['Yes.']),
  c('Can I buy a Redmi in Dublin?', 'list', 'en', ["I don't know the place “Dublin”", 'Redmi smartphones'], ['Yes.']),
  c('is redmi in stock at mediaworld?', 'yes', 'en', ['MediaWorld'], ["don't know the place"]),
  c('quanto costa un Redmi Note 5?', 'unknown', 'it', ['non prezzi']),
];

// Asked as a user whose platform says English (a Discord locale en-US, a terminal's LANG): a question
// whose words show no language ("Xiaomi", "Redmi Österreich") is answered in it. Without any hint the
// catalog's own language answers them (below).
const ENGLISH_USER = { language: 'en' as const };

describe('the question set over the shipped dataset', () => {
  it('has at least 80 questions', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(80);
  });

  it.each(CASES)('GIVEN "$q" THEN $verdict in $lang', ({ q, verdict, lang, has = [], not = [] }) => {
    const a = core.answer(q, ENGLISH_USER);
    expect({ verdict: a.verdict, language: a.language }).toEqual({ verdict, language: lang });
    for (const h of has) expect(a.text).toContain(h);
    for (const n of not) expect(a.text).not.toContain(n);
  });
});

describe('GIVEN a question that shows no language and no platform hint', () => {
  it.each(['Xiaomi', 'mi', 'Redmi, SE?', ''])('WHEN "%s" is asked THEN it is answered in the catalog\'s language, that of its source (Italian)', (q) => {
    expect(core.answer(q).language).toBe('it');
  });
  it('THEN words that show a language still decide', () => {
    expect(core.answer('where is Xiaomi sold?').language).toBe('en');
    expect(core.answer('¿dónde venden Xiaomi?').language).toBe('es');
  });
});

describe('every yes rests on facts', () => {
  it.each(CASES.filter((x) => x.verdict === 'yes'))('GIVEN "$q" THEN each fact names retailer, country, product, status and source', ({ q }) => {
    const a = core.answer(q);
    expect(a.facts.length).toBeGreaterThan(0);
    for (const f of a.facts) {
      expect(f.retailerName && f.countryName && f.productName && f.status && f.sourceTitle).toBeTruthy();
      expect(f.country).toMatch(/^[A-Z]{2}$/);
    }
    expect(a.facts.some((f) => f.paired)).toBe(true);
  });
});

describe('conversations over the shipped dataset', () => {
  it('GIVEN the README example THEN the Italian follow-up answers no for Germany in Italian', () => {
    const first = core.answer('can i buy a redmy at thre in sweeden?', { conversation: 'readme' });
    expect(first.verdict).toBe('yes');
    const second = core.answer('e in Germania?', { conversation: 'readme' });
    expect(second.verdict).toBe('no');
    expect(second.language).toBe('it');
    expect(second.text).toContain('Nessun rivenditore in Germania nei dati');
    // Where 3 Store is, in one line, and the product in Italian though the first turn named it in English.
    expect(second.text).toContain('3 Store nei dati è presente in: Austria, Danimarca, Irlanda, Italia, Regno Unito, Svezia.');
    expect(second.parts.headline).toBe('No: nei dati non ci sono Smartphone Redmi da 3 Store in Germania.');
  });

  it('GIVEN a list question THEN "and in Denmark?" lists again', () => {
    core.answer('which retailers sell Redmi in Sweden?', { conversation: 'list' });
    const a = core.answer('and in Denmark?', { conversation: 'list' });
    expect(a.verdict).toBe('list');
    expect(a.text).toContain('Denmark');
  });

  it('GIVEN a question THEN "what about MediaWorld?" swaps the retailer only', () => {
    core.answer('does amazon sell redmi in italy?', { conversation: 'swap' });
    const a = core.answer('what about MediaWorld?', { conversation: 'swap' });
    expect(a.verdict).toBe('yes');
    expect(a.entities.retailers.map((r) => r.id)).toEqual(['mediaworld']);
    expect(a.entities.countries.map((x) => x.code)).toEqual(['IT']);
  });
});
