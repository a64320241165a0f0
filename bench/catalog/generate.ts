// Generates a catalog directory of the same CSV files as data/catalog/, from a
// seed. Availability is written as it is drawn (each product is carried by a
// few dozen retailers, each in most of the countries it trades in), so the
// million-row catalog costs the generator little memory.
import { join } from 'node:path';
import { Random } from '../random.js';
import { COUNTRY_ORDER, CUSTOM_ALIASES } from './countries.js';
import { CsvFile } from './csvFile.js';
import { makeProducts } from './products.js';
import { GROUPS, makeRetailers, type Retailer } from './retailers.js';
import type { CatalogSize } from './sizes.js';

export interface GeneratedCatalog {
  products: number; retailers: number; countries: string[];
  /** Availability rows as SQLite holds them: one per product, retailer and country. */
  rows: number;
  /** Lines of availability.csv (a line may list several countries). */
  lines: number;
  bytes: number;
}

const CATEGORIES: [id: string, en: string, it: string, aliases: string][] = [
  ['smartphone', 'smartphones', 'smartphone', 'phone;phones;smartphone;smartphones;mobile phone;mobile phones;cellulare;cellulari;telefonino;telefonini'],
  ['tablet', 'tablets', 'tablet', 'tablet;tablets'],
  ['wearable', 'wearables', 'dispositivi indossabili', 'wearable;wearables;smartwatch;smartwatches;fitness tracker;indossabili'],
  ['audio', 'audio', 'audio', 'earbuds;headphones;auricolari;cuffie'],
  ['tv', 'televisions', 'televisori', 'television;televisions;smart tv;smart tvs;televisore;televisori'],
  ['accessory', 'accessories', 'accessori', 'accessory;accessories;accessorio;accessori'],
];

const CITIES: [id: string, name: string, country: string, aliases: string][] = [
  ['milan', 'Milan', 'IT', 'Milano'], ['rome', 'Rome', 'IT', 'Roma'], ['madrid', 'Madrid', 'ES', ''],
  ['barcelona', 'Barcelona', 'ES', 'Barcellona'], ['paris', 'Paris', 'FR', 'Parigi'], ['berlin', 'Berlin', 'DE', 'Berlino'],
  ['vienna', 'Vienna', 'AT', 'Wien'], ['amsterdam', 'Amsterdam', 'NL', ''], ['brussels', 'Brussels', 'BE', 'Bruxelles;Brussel'],
  ['london', 'London', 'GB', 'Londra'], ['dublin', 'Dublin', 'IE', 'Dublino'], ['lisbon', 'Lisbon', 'PT', 'Lisbona;Lisboa'],
  ['stockholm', 'Stockholm', 'SE', 'Stoccolma'], ['oslo', 'Oslo', 'NO', ''], ['copenhagen', 'Copenhagen', 'DK', 'Copenaghen;København'],
  ['helsinki', 'Helsinki', 'FI', ''], ['warsaw', 'Warsaw', 'PL', 'Varsavia;Warszawa'], ['prague', 'Prague', 'CZ', 'Praga;Praha'],
];

const SOURCES: [id: string, title: string, publisher: string, published: string][] = [
  ['distributor-feed', 'Distributor availability feed, weekly export', 'EU distribution', '2024-06-03'],
  ['retailer-survey', 'Retailer survey, spring wave', 'Sales operations', '2024-04'],
  ['press-releases', 'Press releases of retailers and operators', 'various', '2024'],
  ['price-lists', 'Retailer price lists, "Q2" edition', 'Sales operations', '2024-05-15'],
];

const NOTES = ['', '', '', '', '', '', '', '', '', 'online only', 'bundle, with case', 'launch offer "double storage"', 'limited stock'];

function date(random: Random): string {
  const y = random.int(2017, 2024);
  const m = String(random.int(1, 12)).padStart(2, '0');
  if (random.chance(0.4)) return `${y}-${m}`;
  return `${y}-${m}-${String(random.int(1, 28)).padStart(2, '0')}`;
}

export function generateCatalog(dir: string, size: CatalogSize, seed: number): GeneratedCatalog {
  const random = new Random(seed).fork('catalog');
  const countries = COUNTRY_ORDER.slice(0, size.countries);
  const products = makeProducts(size.products, random.fork('products'));
  const retailers = makeRetailers(size.retailers, countries, random.fork('retailers'));
  const where = new Map<string, string[]>();
  const draw = random.fork('countries');
  for (const r of retailers) {
    const home = r.home.filter((c) => countries.includes(c));
    where.set(r.id, home.length > 0 ? home : draw.sample(countries, draw.int(1, 3)));
  }
  // Every country of the catalog is traded in: a marketplace or two reach the ones no chain does.
  const online = retailers.filter((r) => r.kind === 'online');
  for (const c of countries) {
    if ([...where.values()].some((list) => list.includes(c))) continue;
    for (const r of draw.sample(online.length > 0 ? online : retailers, 2)) where.get(r.id)!.push(c);
  }

  const file = (name: string, header: string[]): CsvFile => new CsvFile(join(dir, name), header);
  const sources = file('sources.csv', ['id', 'title', 'publisher', 'published', 'language', 'ref']);
  for (const [id, title, publisher, published] of SOURCES) sources.row([id, title, publisher, published, 'en', '']);
  sources.close();

  const groupsUsed = new Set(retailers.map((r) => r.group).filter((g) => g));
  const groups = file('groups.csv', ['id', 'name', 'aliases']);
  for (const g of GROUPS) if (groupsUsed.has(g.id)) groups.row([g.id, g.name, g.aliases.join(';')]);
  groups.close();

  const rf = file('retailers.csv', ['id', 'name', 'kind', 'group', 'aliases']);
  for (const r of retailers) rf.row([r.id, r.name, r.kind, r.group, r.aliases.join(';')]);
  rf.close();

  const cf = file('categories.csv', ['id', 'name_en', 'name_it', 'aliases']);
  for (const c of CATEGORIES) cf.row(c);
  cf.close();

  const pf = file('products.csv', ['id', 'name', 'brand', 'category', 'aliases']);
  for (const p of products) pf.row([p.id, p.name, p.brand, p.category, p.aliases.join(';')]);
  pf.close();

  const cities = CITIES.filter(([, , c]) => countries.includes(c));
  const ci = file('cities.csv', ['id', 'name', 'country', 'aliases']);
  for (const c of cities) ci.row(c);
  ci.close();

  const ca = file('country_aliases.csv', ['code', 'alias']);
  for (const [code, alias] of CUSTOM_ALIASES) if (countries.includes(code)) ca.row([code, alias]);
  ca.close();

  const av = file('availability.csv', ['product', 'retailer', 'country', 'status', 'since', 'paired', 'note', 'source']);
  const facts = random.fork('availability');
  const perProduct = size.rows / size.products;
  let rows = 0;
  const status = (): string => facts.weighted([['available', 80], ['announced', 8], ['opening', 4], ['ended', 8]]);
  for (const [i, p] of products.entries()) {
    // Some products reach fewer rows than drawn (few retailers trade widely); later ones make up for it.
    const behind = perProduct * i - rows;
    const want = Math.max(1, Math.round(perProduct * (0.5 + facts.float()) + behind));
    let have = 0;
    for (const r of facts.shuffle(retailers.slice())) {
      if (have >= want) break;
      const all = where.get(r.id)!;
      let here = all.filter(() => facts.chance(0.8));
      if (here.length === 0) here = [facts.pick(all)];
      if (here.length > want - have) here = here.slice(0, Math.max(1, want - have));
      const since = facts.chance(0.7) ? date(facts) : '';
      const paired = facts.chance(0.95) ? 'yes' : 'no';
      const source = facts.pick(SOURCES)[0];
      if (here.length > 1 && facts.chance(0.6)) {
        av.row([p.id, r.id, here.join(';'), status(), since, paired, facts.pick(NOTES), source]);
      } else {
        for (const c of here) av.row([p.id, r.id, c, status(), since, paired, facts.pick(NOTES), source]);
      }
      have += here.length;
    }
    rows += have;
  }
  av.close();

  writeEvents(join(dir, 'events.csv'), retailers, where, cities, random.fork('events'));
  return { products: products.length, retailers: retailers.length, countries, rows, lines: av.lines - 1, bytes: av.bytes };
}

function writeEvents(path: string, retailers: Retailer[], where: Map<string, string[]>,
  cities: typeof CITIES, random: Random): void {
  const ev = new CsvFile(path, ['id', 'kind', 'date', 'country', 'city', 'retailer', 'note', 'source']);
  let n = 0;
  for (const r of retailers) {
    for (let i = random.int(0, 2); i > 0; i--) {
      const country = random.pick(where.get(r.id)!);
      const city = cities.find(([, , c]) => c === country && random.chance(0.5));
      const kind = r.kind === 'operator' ? 'agreement' : 'store_opening';
      ev.row([`ev-${++n}`, kind, date(random), country, city ? city[0] : '', r.id, `${r.name} ${kind === 'agreement' ? 'agreement' : 'opening'}`, 'press-releases']);
    }
  }
  ev.close();
}
