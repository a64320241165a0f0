// Country names come from i18n-iso-countries: English and Italian names of every
// country, plus each country's native name in its own official language(s), so
// "Sverige" or "Österreich" is understood. Native names are taken only for the
// countries that speak that language: every name in every language would triple
// the vocabulary (and the start-up time) for names nobody types.
// world-countries (ODbL) adds what people also type: common short forms
// ("Czechia", "Cechia", "Corea del Sud", "UAE"), alpha-3 codes and each country's
// internet domain, so "amazon.de" implies Germany.
// Only the catalog build loads these packages; the answer path reads SQLite.
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import type { AliasRow, CountryRow } from './types.js';
import type { TextRow } from './types.js';
import { CODE } from './codes.js';
import { isOrdinaryWord } from '../language/words.js';
import { PACKS, isLanguage } from '../language/index.js';
import { foldText } from '../text/normalize.js';
import { worldCountries } from './world.js';

const require = createRequire(import.meta.url);

/** Every country's name is known in these. */
const ALL_COUNTRIES = ['en', 'it', 'es', 'de'] as const;
/** Languages whose country names the rows do not carry (name_en, name_it): stored as texts. */
const TEXT_LANGUAGES = { es: 'spa', de: 'deu' } as const;

/** Official languages → the countries that speak them (a fact table, kept to Europe and its neighbours). */
const NATIVE: Record<string, string[]> = {
  de: ['DE', 'AT', 'CH', 'LI', 'LU', 'BE'], fr: ['FR', 'BE', 'CH', 'LU', 'MC'], es: ['ES', 'MX', 'AR'], nl: ['NL', 'BE'],
  sv: ['SE', 'FI'], da: ['DK'], nb: ['NO'], fi: ['FI'], pt: ['PT', 'BR'], pl: ['PL'], ga: ['IE'], cs: ['CZ'],
  sk: ['SK'], hu: ['HU'], ro: ['RO', 'MD'], el: ['GR', 'CY'], hr: ['HR'], sl: ['SI'], bg: ['BG'], et: ['EE'],
  lv: ['LV'], lt: ['LT'], mt: ['MT'], tr: ['TR'], it: ['SM', 'VA', 'CH'],
};
const LOCALES = [...new Set([...ALL_COUNTRIES, ...Object.keys(NATIVE)])];

/** Where the languages of the packs are spoken officially (a fact table, like NATIVE). */
const OFFICIAL: Record<string, readonly string[]> = {
  en: ['GB', 'US', 'IE', 'AU', 'NZ', 'CA', 'MT'], it: ['IT', 'SM', 'VA'], de: ['DE', 'AT', 'CH', 'LI'],
  es: ['ES', 'MX', 'AR', 'CO', 'CL', 'PE', 'VE', 'EC', 'GT', 'CU', 'BO', 'DO', 'HN', 'PY', 'SV', 'NI', 'CR', 'PA', 'UY', 'GQ', 'PR'],
};

/**
 * A country's name only its own language has ("Deutschland", "Österreich", "España") is how anyone
 * there or abroad may write it: no vote for that language. A name other languages share ("Italia",
 * Italian and Spanish) or one for another country ("Svezia") still votes.
 */
function withoutEndonymVotes(aliases: AliasRow[]): AliasRow[] {
  const langs = new Map<string, Set<string>>();
  for (const a of aliases) {
    if (a.lang === null || a.lang === CODE) continue;
    const key = `${a.ref}\u0000${foldText(a.alias)}`;
    const set = langs.get(key) ?? new Set<string>();
    set.add(a.lang);
    langs.set(key, set);
  }
  return aliases.map((a) => {
    if (a.lang === null || a.lang === CODE || !OFFICIAL[a.lang]?.includes(a.ref)) return a;
    return langs.get(`${a.ref}\u0000${foldText(a.alias)}`)?.size === 1 ? Object.assign({}, a, { lang: null }) : a;
  });
}

let registered = false;
function register(): void {
  if (registered) return;
  for (const l of LOCALES) countries.registerLocale(require(`i18n-iso-countries/langs/${l}.json`));
  registered = true;
}

export function isCountryCode(code: string): boolean {
  return countries.isValid(code) && /^[A-Z]{2}$/.test(code);
}

export function countryRows(): CountryRow[] {
  register();
  const en = countries.getNames('en', { select: 'official' });
  const it = countries.getNames('it', { select: 'official' });
  return Object.keys(countries.getAlpha2Codes()).map((code) => ({
    code, name_en: en[code] ?? code, name_it: it[code] ?? en[code] ?? code,
  }));
}

/**
 * Country names in the languages the rows do not carry, as answers show them: the package's common
 * name ("Tschechien", "Corea del Sur"), else i18n-iso-countries' official one.
 */
export function countryTexts(): TextRow[] {
  register();
  const out: TextRow[] = [];
  const world = new Map(worldCountries().map((c) => [c.cca2, c]));
  for (const [lang, key] of Object.entries(TEXT_LANGUAGES)) {
    const official = countries.getNames(lang, { select: 'official' });
    for (const code of Object.keys(countries.getAlpha2Codes())) {
      const text = world.get(code)?.translations[key]?.common ?? official[code];
      if (text) out.push({ kind: 'country', ref: code, lang, text });
    }
  }
  return out;
}

/** Every name of every country in LOCALES, plus a flag token per country (see normalize.ts). */
export function countryAliases(): AliasRow[] {
  register();
  const out: AliasRow[] = [];
  for (const lang of LOCALES) {
    const names = countries.getNames(lang, { select: 'all' });
    const only = (ALL_COUNTRIES as readonly string[]).includes(lang) ? null : new Set(NATIVE[lang]);
    for (const [code, list] of Object.entries(names)) {
      if (only && !only.has(code)) continue;
      for (const alias of list) {
        out.push({ kind: 'country', ref: code, alias, lang: only ? null : lang, custom: 0 });
      }
    }
  }
  const known = new Set(Object.keys(countries.getAlpha2Codes()));
  for (const code of known) {
    out.push({ kind: 'country', ref: code, alias: `flag_${code.toLowerCase()}`, lang: null, custom: 0 });
    // Codes are read only where a code fits (see match/context.ts): "DE?", "in PL", never the word "de".
    out.push({ kind: 'country', ref: code, alias: code, lang: CODE, custom: 0 });
  }
  const tldUse = new Map<string, number>();
  for (const c of worldCountries()) for (const t of c.tld) tldUse.set(t, (tldUse.get(t) ?? 0) + 1);
  for (const c of worldCountries()) {
    if (!known.has(c.cca2)) continue;
    out.push({ kind: 'country', ref: c.cca2, alias: c.cca3, lang: CODE, custom: 0 });
    out.push({ kind: 'country', ref: c.cca2, alias: c.name.common, lang: 'en', custom: 0 });
    for (const [lang, key] of [['it', 'ita'], ...Object.entries(TEXT_LANGUAGES)] as const) {
      const t = c.translations[key];
      if (t) for (const n of [t.common, t.official]) out.push({ kind: 'country', ref: c.cca2, alias: n, lang, custom: 0 });
    }
    // Alternative spellings hold codes and native names; the short ones are codes, read as such.
    for (const a of c.altSpellings) {
      const letters = a.replace(/[^\p{L}]/gu, '');
      // A native spelling that is an everyday word elsewhere ("Island" for Iceland, "Holland") would fire on
      // every question as a name: it is read as a code is, only where a place stands ("in holland?").
      const everyday = !/\s/.test(a) && letters.length > 3 && isOrdinaryWord(foldText(a));
      out.push({ kind: 'country', ref: c.cca2, alias: a, lang: letters.length <= 3 || everyday ? CODE : null, custom: 0 });
    }
    // A domain shared by several territories (".nl" is also Bonaire's) names only the country it is the code of.
    for (const tld of c.tld) {
      if (!/^\.[a-z]{2}$/.test(tld) || ((tldUse.get(tld) ?? 0) > 1 && tld.slice(1).toUpperCase() !== c.cca2)) continue;
      out.push({ kind: 'country', ref: c.cca2, alias: `tld_${tld.slice(1)}`, lang: null, custom: 0 });
    }
  }
  // "Stati Uniti d'America" is said "Stati Uniti", "United States of America" "United States": a name of three
  // words or more whose tail is "of …" is also its head alone, when the head is at least two words.
  // How many names of each country each run of leading words begins: a head shared by two countries ("Stati
  // Uniti d'America", "Stati Uniti del Messico") goes to the one most of whose names begin with it, or to none.
  const begun = new Map<string, Map<string, number>>();
  for (const x of out) {
    const words = x.alias.split(/\s+/);
    for (let k = 1; k <= words.length; k++) {
      const p = words.slice(0, k).join(' ');
      let refs = begun.get(p);
      if (!refs) { refs = new Map(); begun.set(p, refs); }
      refs.set(x.ref, (refs.get(x.ref) ?? 0) + 1);
    }
  }
  for (const a of [...out]) {
    if (a.kind !== 'country' || a.lang === CODE) continue;
    const head = /^(?:the\s+|la\s+|il\s+)?(.+?\s.+?)\s+(?:of|d'|di|del|della|dei|degli|delle|de|do|da)\s?\S.*$/iu.exec(a.alias)?.[1];
    // "The Republic of North Macedonia" is no "The Republic": the head is two words besides an article.
    if (!head || /^(the|la|il)\s/iu.test(head)) continue;
    const refs = begun.get(head);
    const mine = refs?.get(a.ref) ?? 0;
    if (refs && [...refs].some(([r, n]) => r !== a.ref && n >= mine)) continue;
    if (!out.some((x) => x.alias === head && x.ref === a.ref)) out.push(Object.assign({}, a, { alias: head }));
  }
  // A name in a language that inflects it after a preposition ("Vereinigten Königreich") is read in those forms too.
  for (const a of [...out]) {
    if (!isLanguage(a.lang) || a.kind !== 'country') continue;
    for (const form of PACKS[a.lang].placeForms(a.alias)) out.push(Object.assign({}, a, { alias: form }));
  }
  // i18n-iso-countries lists "US" and "UK" among the names: as codes they need a code's context.
  return withoutEndonymVotes(out).map((a) => (a.lang !== CODE && a.alias.replace(/[^\p{L}]/gu, '').length <= 3 && !a.alias.startsWith('flag_')
    ? Object.assign({}, a, { lang: CODE }) : a));
}
