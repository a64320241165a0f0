// Four languages in one bot: Spanish and German are read and answered as wholly as
// English and Italian, on the shipped catalog, and a word of one language is not
// mistaken for a cue or an everyday word of another.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/index.js';
import { questionLanguage } from '../../../src/index.js';
import { PACKS, WORDSETS } from '../../../src/language/index.js';
import { dictionary } from '../../../src/language/dictionary.js';
import { coreFor, SHIPPED_CATALOG } from '../../helpers/catalog.js';

let core: Core;
beforeAll(async () => { core = await coreFor(SHIPPED_CATALOG, { clock: () => Date.UTC(2026, 11, 1, 12) }); });
afterAll(() => core.close());

describe('GIVEN a Spanish or German question on the shipped catalog', () => {
  it.each([
    ['¿Puedo comprar un Redmi en 3 Store en Suecia?', 'es', 'yes', ['Sí', 'Suecia', '3 de mayo de 2018', 'Fuente: Los socios minoristas de Xiaomi']],
    ['Kann ich das Redmi bei 3 Store in Schweden kaufen?', 'de', 'yes', ['Ja', 'Schweden', '3. Mai 2018', 'Quelle: Die Handelspartner von Xiaomi']],
    ['¿Venden el Redmi en Alemania?', 'es', 'no', ['No', 'Alemania']],
    ['Gibt es Redmi in Deutschland?', 'de', 'no', ['Nein', 'Deutschland']],
    ['¿cuándo abre el Mi Store en Milán?', 'es', 'when', ['26 de mayo de 2018', 'Milán']],
    ['wann eröffnet der Mi Store in Mailand?', 'de', 'when', ['26. Mai 2018', 'Mailand']],
    ['¿En cuántos países hay Redmi?', 'es', 'list', ['7']],
    ['In wie vielen Ländern gibt es Redmi?', 'de', 'list', ['7']],
  ])('WHEN asked "%s" THEN it answers in %s, verdict %s, worded with its names, dates and source', (q, lang, verdict, words) => {
    const a = core.answer(q);
    expect(a.language).toBe(lang);
    expect(a.verdict).toBe(verdict);
    for (const w of words) expect(a.text).toContain(w);
  });
  it('THEN a note the catalog gives in that language is shown in it, not marked as another language', () => {
    const es = core.answer('¿Redmi en Amazon en España?');
    expect(es.text).toContain('se vende online en Amazon.es');
    expect(es.text).not.toContain('(en inglés)');
    const de = core.answer('Redmi bei Amazon in Spanien?');
    expect(de.text).toContain('online bei Amazon.es erhältlich');
  });
  it('THEN a German country name after a preposition is read in its inflected form', () => {
    const a = core.answer('Gibt es Redmi im Vereinigten Königreich?');
    expect(a.entities.countries.map((c) => c.code)).toEqual(['GB']);
    expect(a.verdict).toBe('yes');
    expect(core.answer('Redmi in den Niederlanden?').entities.countries.map((c) => c.code)).toEqual(['NL']);
  });
  it('THEN umlauts typed without the key are read ("fuer", "Oesterreich")', () => {
    const a = core.answer('Gibt es Redmi in Oesterreich fuer mich?');
    expect(a.language).toBe('de');
    expect(a.entities.countries.map((c) => c.code)).toEqual(['AT']);
    expect(a.unread ?? []).toEqual([]);
  });
  it('THEN help is in the asker\'s language, with examples from the catalog', () => {
    const es = core.answer('hola, ¿qué puedes hacer?');
    expect([es.language, es.verdict]).toEqual(['es', 'help']);
    expect(es.text).toContain('¿Puedo comprar');
    const de = core.answer('Hallo, was kannst du?');
    expect([de.language, de.verdict]).toEqual(['de', 'help']);
    expect(de.text).toContain('Kann ich');
  });
  it('THEN a follow-up keeps the conversation\'s language and question', () => {
    const conversation = 'c-es';
    core.answer('¿Hay Redmi en Suecia?', { conversation });
    const next = core.answer('¿y en Italia?', { conversation });
    expect(next.language).toBe('es');
    expect(next.verdict).toBe('yes');
    expect(next.text).toContain('Italia');
  });
});

describe('GIVEN the language of a question with few words', () => {
  it('THEN Spanish ¿ and ¡ are Spanish, and a shared word votes for each language that has it', () => {
    expect(questionLanguage('¿Redmi?')).toBe('es');
    expect(core.answer('la Redmi in Svezia?').language).toBe('it');
  });
  it('THEN a tie falls back to the conversation, then the platform hint, then the catalog\'s language', () => {
    // Names alone say nothing; the shipped catalog's source is Italian.
    expect(core.answer('Redmi, SE?').language).toBe('it');
    expect(core.answer('Redmi, SE?', { language: 'de' }).language).toBe('de');
    const conversation = 'c-tie';
    core.answer('Is Redmi sold in Italy?', { conversation });
    expect(core.answer('Redmi, SE?', { conversation, language: 'de' }).language).toBe('en');
  });
  it('THEN a country\'s name only its own language has is no vote ("Deutschland"), another country\'s is ("Svezia")', () => {
    expect(core.answer('Redmi headsets in Deutschland?', { language: 'en' }).language).toBe('en');
    expect(core.answer('Redmi in Schweden?').language).toBe('de');
  });
});

describe('GIVEN a word of one language in a question of another', () => {
  it('THEN another language\'s everyday word where a retailer stands is a name, never a yes ("and at currys?")', () => {
    const conversation = 'c-currys';
    core.answer('is redmi at 3 store in denmark?', { conversation });
    const a = core.answer('and at currys?', { conversation });
    expect(a.verdict).not.toBe('yes');
    expect(a.unread).toContain('currys');
  });
  it('THEN a cue of another language is no cue: Spanish "si" in Italian, Italian "x" in English', () => {
    const a = core.answer('quali smartphone si trovano in Italia?');
    expect([a.language, a.verdict]).toEqual(['it', 'list']);
  });
  it('THEN the dictionaries hold each language\'s inflected forms, German also without umlauts', () => {
    expect(dictionary('es').has('venden')).toBe(true);
    expect(dictionary('de').has('handler')).toBe(true);
    expect(dictionary('de').has('haendler')).toBe(true);
    expect(dictionary('de').has('verkaufen')).toBe(true);
    expect(WORDSETS.de.all_words.has('fuer')).toBe(true);
    expect(WORDSETS.es.all_words.has('cuando')).toBe(true);
  });
  it('THEN each pack words dates its own way', () => {
    expect(PACKS.es.phrases.date(3, 'mayo', '2018')).toBe('3 de mayo de 2018');
    expect(PACKS.de.phrases.date(3, 'Mai', '2018')).toBe('3. Mai 2018');
    expect(PACKS.de.phrases.statusAt('available', '3. Mai 2018', true)).toBe('erhältlich seit dem 3. Mai 2018');
    expect(PACKS.es.phrases.statusAt('opening', '26 de mayo de 2027', false)).toBe('abre el 26 de mayo de 2027');
  });
});
