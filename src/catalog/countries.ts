// Country names come from i18n-iso-countries: English and Italian names of every
// country, plus each country's native name in its own official language(s), so
// "Sverige" or "Österreich" is understood. Native names are taken only for the
// countries that speak that language: every name in every language would triple
// the vocabulary (and the start-up time) for names nobody types.
// Only the catalog build loads this package; the answer path reads SQLite.
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import type { AliasRow, CountryRow } from './store.js';

const require = createRequire(import.meta.url);

/** Every country's name is known in these. */
const ALL_COUNTRIES = ['en', 'it'] as const;

/** Official languages → the countries that speak them (a fact table, kept to Europe and its neighbours). */
const NATIVE: Record<string, string[]> = {
  de: ['DE', 'AT', 'CH', 'LI', 'LU', 'BE'], fr: ['FR', 'BE', 'CH', 'LU', 'MC'], es: ['ES', 'MX', 'AR'], nl: ['NL', 'BE'],
  sv: ['SE', 'FI'], da: ['DK'], nb: ['NO'], fi: ['FI'], pt: ['PT', 'BR'], pl: ['PL'], ga: ['IE'], cs: ['CZ'],
  sk: ['SK'], hu: ['HU'], ro: ['RO', 'MD'], el: ['GR', 'CY'], hr: ['HR'], sl: ['SI'], bg: ['BG'], et: ['EE'],
  lv: ['LV'], lt: ['LT'], mt: ['MT'], tr: ['TR'], it: ['SM', 'VA', 'CH'],
};
const LOCALES = [...new Set([...ALL_COUNTRIES, ...Object.keys(NATIVE)])];

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
  for (const code of Object.keys(countries.getAlpha2Codes())) {
    out.push({ kind: 'country', ref: code, alias: `flag_${code.toLowerCase()}`, lang: null, custom: 0 });
  }
  return out;
}
