// The world-countries data package (ODbL 1.0), read once by the catalog build:
// short names, codes, domains and the continent and sub-region of every country.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface WorldCountry {
  cca2: string;
  cca3: string;
  region: string;
  subregion: string;
  name: { common: string; official: string };
  altSpellings: string[];
  tld: string[];
  translations: Record<string, { common: string; official: string } | undefined>;
}

let cached: WorldCountry[] | null = null;

export function worldCountries(): WorldCountry[] {
  cached ??= require('world-countries') as WorldCountry[];
  return cached;
}
