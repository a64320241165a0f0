// The countries a catalog covers and how people name them: the English and
// Italian names from i18n-iso-countries, the native name where it is written
// in Latin letters, and the everyday short forms a catalog author adds
// ("UK", "Holland"). Europe first, as the sales teams this serves are European.
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';

const require = createRequire(import.meta.url);

export const COUNTRY_ORDER = (
  'IT ES FR DE AT CH BE NL LU GB IE PT SE NO DK FI PL CZ SK HU RO BG GR HR SI EE LV LT MT CY ' +
  'TR IS US CA MX BR AR JP KR IN AU NZ ZA AE SA IL EG MA TH VN ID MY SG CN UA RS BA MK AL ME'
).split(' ');

/** Each country's own language, where its name is written in Latin letters. */
export const NATIVE_LANGUAGE: Record<string, string> = {
  DE: 'de', AT: 'de', CH: 'de', FR: 'fr', BE: 'nl', LU: 'fr', ES: 'es', MX: 'es', AR: 'es', NL: 'nl', SE: 'sv',
  DK: 'da', NO: 'nb', FI: 'fi', PT: 'pt', BR: 'pt', PL: 'pl', IE: 'ga', CZ: 'cs', SK: 'sk', HU: 'hu', RO: 'ro',
  HR: 'hr', SI: 'sl', EE: 'et', LV: 'lv', LT: 'lt', MT: 'mt', TR: 'tr', IT: 'it', IS: 'is',
};

/** Short forms a catalog author writes in country_aliases.csv, with the language they are used in. */
export const CUSTOM_ALIASES: [code: string, alias: string, lang: 'en' | 'it'][] = [
  ['GB', 'UK', 'en'], ['GB', 'Britain', 'en'], ['GB', 'Great Britain', 'en'], ['GB', 'England', 'en'],
  ['GB', 'Gran Bretagna', 'it'], ['GB', 'Inghilterra', 'it'], ['NL', 'Holland', 'en'], ['NL', 'Olanda', 'it'],
  ['US', 'USA', 'en'], ['US', 'America', 'en'], ['CZ', 'Czechia', 'en'], ['AE', 'UAE', 'en'], ['KR', 'Korea', 'en'],
];

let registered = false;
function register(): void {
  if (registered) return;
  for (const l of new Set(['en', 'it', ...Object.values(NATIVE_LANGUAGE)])) {
    countries.registerLocale(require(`i18n-iso-countries/langs/${l}.json`));
  }
  registered = true;
}

/** A name a person would type: no "Korea, Republic of" or "Netherlands (Kingdom of the)". */
const typable = (n: string): boolean => !/[,()]/.test(n);

export interface CountryNames { code: string; en: string[]; it: string[]; native: string[] }

export function countryNames(code: string): CountryNames {
  register();
  const all = (lang: string): string[] => {
    const n = countries.getName(code, lang, { select: 'all' }) as string[] | undefined;
    return (n ?? []).filter(typable);
  };
  const custom = (l: string): string[] => CUSTOM_ALIASES.filter(([c, , cl]) => c === code && cl === l).map(([, alias]) => alias);
  const lang = NATIVE_LANGUAGE[code];
  const unique = (list: string[]): string[] => [...new Set(list)];
  return {
    code,
    en: unique([...all('en'), ...custom('en')]),
    it: unique([...all('it'), ...custom('it')]),
    native: lang && lang !== 'it' ? all(lang) : [],
  };
}

/** Every English, Italian and native name of every country: a generated retailer must not be called one. */
export function everyCountryName(): string[] {
  register();
  const out: string[] = [];
  for (const lang of new Set(['en', 'it', ...Object.values(NATIVE_LANGUAGE)])) {
    for (const names of Object.values(countries.getNames(lang, { select: 'all' }))) out.push(...names);
  }
  return out;
}
