// Regions people ask about ("in Europe", "in South America", "nei paesi nordici"),
// stored in every catalog at import like the country names, so "Xiaomi in Asia?"
// asks about each member country. Continents and sub-regions come from the
// world-countries package; the groupings people use that it lacks (the EU,
// Scandinavia, Benelux, DACH, Latin America …) are a short fact table of codes.
// The Italian names of regions are facts of the same kind.
import { aliasLanguage } from '../language/vote.js';
import { PACKS, isLanguage } from '../language/index.js';
import type { AliasRow } from './types.js';
import type { TextRow } from './types.js';
import { REGION_NAMES } from './regionNames.js';
import { worldCountries } from './world.js';

/** The aliases of the tables here are English or Italian: a plain word neither dictionary settles ("Sudamerica") is Italian. */
const languageOf = (alias: string): string | null => aliasLanguage(alias, ['en', 'it']) ?? (/^\p{Lu}?\p{Ll}+$/u.test(alias) ? 'it' : null);

export interface Region { id: string; en: string; it: string; aliases: string[]; countries: string[] }

const EU = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT',
  'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'];

/** Italian names and extra aliases of world-countries' regions and sub-regions, by their English name. */
const NAMED: Record<string, { it: string; aliases: string[] }> = {
  Africa: { it: 'Africa', aliases: ['African countries', 'paesi africani'] },
  Americas: { it: 'le Americhe', aliases: ['the Americas', 'Americhe'] },
  Asia: { it: 'Asia', aliases: ['Asian countries', 'paesi asiatici', 'APAC', 'Asia Pacific', 'Asia-Pacific'] },
  Europe: { it: 'Europa', aliases: ['European countries', 'paesi europei'] },
  Oceania: { it: 'Oceania', aliases: [] },
  'North America': { it: 'America del Nord', aliases: ['Nord America', 'Nordamerica', 'America settentrionale'] },
  'South America': { it: 'America del Sud', aliases: ['Sud America', 'Sudamerica', 'America meridionale', 'LatAm South America'] },
  'Central America': { it: 'America centrale', aliases: ['Centro America', 'Centroamerica'] },
  Caribbean: { it: 'Caraibi', aliases: ['the Caribbean'] },
  'Northern Europe': { it: 'Europa settentrionale', aliases: ['Nord Europa', 'Europa del Nord'] },
  'Southern Europe': { it: 'Europa meridionale', aliases: ['Sud Europa', 'Europa del Sud'] },
  'Western Europe': { it: 'Europa occidentale', aliases: [] },
  'Eastern Europe': { it: "Europa orientale", aliases: ["Europa dell'Est", 'Est Europa'] },
  'Central Europe': { it: 'Europa centrale', aliases: [] },
  'Southeast Europe': { it: 'Europa sudorientale', aliases: ['Balkans', 'Balcani'] },
  'Eastern Asia': { it: 'Asia orientale', aliases: ['East Asia', 'Estremo Oriente', 'Far East'] },
  'South-Eastern Asia': { it: 'Sud-est asiatico', aliases: ['Southeast Asia', 'South East Asia', 'Sudest asiatico'] },
  'Southern Asia': { it: 'Asia meridionale', aliases: ['South Asia'] },
  'Western Asia': { it: 'Asia occidentale', aliases: ['West Asia'] },
  'Central Asia': { it: 'Asia centrale', aliases: [] },
  'Northern Africa': { it: 'Africa settentrionale', aliases: ['North Africa', 'Nord Africa', 'Nordafrica'] },
  'Southern Africa': { it: 'Africa meridionale', aliases: [] },
  'Eastern Africa': { it: 'Africa orientale', aliases: ['East Africa'] },
  'Western Africa': { it: 'Africa occidentale', aliases: ['West Africa'] },
  'Middle Africa': { it: 'Africa centrale', aliases: ['Central Africa'] },
  'Australia and New Zealand': { it: 'Australia e Nuova Zelanda', aliases: ['ANZ', 'Australasia'] },
  Melanesia: { it: 'Melanesia', aliases: [] },
  Micronesia: { it: 'Micronesia', aliases: [] },
  Polynesia: { it: 'Polinesia', aliases: [] },
};

const GROUPINGS: Region[] = [
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

/** Latin America: the Spanish- and Portuguese-speaking Americas (sub-regions South and Central America, plus Mexico and the Caribbean's). */
const LATIN = ['MX', 'GT', 'HN', 'SV', 'NI', 'CR', 'PA', 'CU', 'DO', 'PR', 'AR', 'BO', 'BR', 'CL', 'CO', 'EC', 'PY', 'PE', 'UY', 'VE'];
const MIDDLE_EAST = ['AE', 'BH', 'CY', 'EG', 'IL', 'IQ', 'IR', 'JO', 'KW', 'LB', 'OM', 'PS', 'QA', 'SA', 'SY', 'TR', 'YE'];

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z]+/g, '-');
}

let built: Region[] | null = null;

export function regions(): Region[] {
  if (built) return built;
  const members = new Map<string, string[]>();
  for (const c of worldCountries()) {
    for (const name of [c.region, c.subregion]) {
      if (!name || !NAMED[name]) continue;
      const list = members.get(name) ?? [];
      list.push(c.cca2);
      members.set(name, list);
    }
  }
  const world: Region[] = [...members].map(([name, countries]) => {
    const n = NAMED[name]!;
    return { id: slug(name), en: name === 'Americas' ? 'the Americas' : name, it: n.it, aliases: n.aliases, countries };
  });
  built = [
    ...world, ...GROUPINGS,
    { id: 'latin-america', en: 'Latin America', it: 'America Latina', aliases: ['LatAm', 'Latinoamerica', 'Sudamerica e Messico'], countries: LATIN },
    { id: 'middle-east', en: 'the Middle East', it: 'il Medio Oriente', aliases: ['Middle East', 'Medio Oriente', 'MENA'], countries: MIDDLE_EAST },
  ];
  return built;
}

export function regionAliases(): AliasRow[] {
  return regions().flatMap((r) => [
    { alias: r.en, lang: 'en' }, { alias: r.en.replace(/^the /, ''), lang: 'en' }, { alias: r.it, lang: 'it' },
    { alias: r.it.replace(/^(l'|il |i |le |la )/, ''), lang: 'it' }, ...r.aliases.map((alias) => ({ alias, lang: languageOf(alias) })),
    ...Object.entries(REGION_NAMES[r.id] ?? {}).flatMap(([lang, names]) => names.flatMap((n) => {
      const bare = n.replace(/^(el |la |los |las |der |die |das )/, '');
      return [n, bare, ...(isLanguage(lang) ? PACKS[lang].placeForms(bare) : [])].map((alias) => ({ alias, lang }));
    })),
  ].map(({ alias, lang }) => ({ kind: 'region' as const, ref: r.id, alias, lang, custom: 0 })));
}

/** Region names in the languages their rows lack, as answers show them: the first of REGION_NAMES. */
export function regionTexts(): TextRow[] {
  return regions().flatMap((r) => Object.entries(REGION_NAMES[r.id] ?? {})
    .map(([lang, names]) => ({ kind: 'region' as const, ref: r.id, lang, text: names[0]! })));
}
