// Regions people ask about ("in Europe", "in Scandinavia", "nei paesi nordici"):
// a fact table of ISO codes, stored in every catalog at import like the country
// names, so "Xiaomi in Europe?" asks about each member country.
import type { AliasRow } from './store.js';

export interface Region { id: string; en: string; it: string; aliases: string[]; countries: string[] }

const EU = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT',
  'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'];

export const REGIONS: Region[] = [
  { id: 'europe', en: 'Europe', it: 'Europa', aliases: ['European countries', 'paesi europei'],
    countries: [...EU, 'AL', 'AD', 'BA', 'BY', 'CH', 'GB', 'IS', 'LI', 'MC', 'MD', 'ME', 'MK', 'NO', 'RS', 'SM', 'UA', 'VA'] },
  { id: 'eu', en: 'the European Union', it: "l'Unione Europea", aliases: ['EU', 'European Union', 'UE', 'Unione Europea'], countries: EU },
  { id: 'scandinavia', en: 'Scandinavia', it: 'Scandinavia', aliases: ['Scandinavian countries', 'paesi scandinavi'], countries: ['DK', 'NO', 'SE'] },
  { id: 'nordics', en: 'the Nordic countries', it: 'i paesi nordici', aliases: ['Nordics', 'Nordic countries', 'paesi nordici'],
    countries: ['DK', 'FI', 'IS', 'NO', 'SE'] },
  { id: 'benelux', en: 'Benelux', it: 'Benelux', aliases: [], countries: ['BE', 'NL', 'LU'] },
  { id: 'dach', en: 'DACH', it: 'DACH', aliases: [], countries: ['DE', 'AT', 'CH'] },
  { id: 'iberia', en: 'Iberia', it: 'la penisola iberica', aliases: ['Iberian Peninsula', 'penisola iberica'], countries: ['ES', 'PT'] },
  { id: 'british-isles', en: 'the British Isles', it: 'le isole britanniche', aliases: ['British Isles', 'isole britanniche'],
    countries: ['GB', 'IE'] },
];

export function regionAliases(): AliasRow[] {
  return REGIONS.flatMap((r) => [
    { alias: r.en, lang: 'en' }, { alias: r.it, lang: 'it' }, ...r.aliases.map((alias) => ({ alias, lang: null })),
  ].map(({ alias, lang }) => ({ kind: 'region' as const, ref: r.id, alias, lang, custom: 0 })));
}
