// Every phrase the bot says, in English and Italian. Catalog data (names,
// notes) is shown as the catalog holds it.
import type { Language, Status } from '../types.js';

const MONTHS: Record<Language, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
};

// A catalog has few distinct dates and every fact line formats one: keep them.
const DATES: Record<Language, Map<string, string>> = { en: new Map(), it: new Map() };
const MAX_CACHED_DATES = 10_000;

/** "2018-05-03" → "3 May 2018"; "2017-11" → "November 2017"; "2018" → "2018". */
export function formatDate(date: string, lang: Language): string {
  const cached = DATES[lang].get(date);
  if (cached !== undefined) return cached;
  const [y, m, d] = date.split('-');
  const month = m ? MONTHS[lang][Number(m) - 1] : undefined;
  const text = !month ? (y ?? date) : d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
  if (DATES[lang].size < MAX_CACHED_DATES) DATES[lang].set(date, text);
  return text;
}

const STATUS: Record<Language, Record<Status, string>> = {
  en: { available: 'available', announced: 'announced', opening: 'opening', ended: 'no longer sold' },
  it: { available: 'disponibile', announced: 'annunciato', opening: 'in apertura', ended: 'non più in vendita' },
};

export function statusLabel(status: Status, lang: Language): string {
  return STATUS[lang][status];
}

function joinOr(items: string[], lang: Language): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${lang === 'it' ? 'o' : 'or'} ${items[items.length - 1]}`;
}

export const WORDS = {
  en: {
    yes: 'Yes.',
    no: 'No.',
    since: (status: Status, date: string) => (status === 'opening' ? ` on ${date}` : ` since ${date}`),
    unpaired: 'the source does not say which chain is in which country',
    notConfirmed: 'Not confirmed: the source names these chains and countries together without pairing them.',
    listHead: (what: string) => `What the data holds for ${what}:`,
    whenHead: (what: string) => `Dates for ${what}:`,
    noDate: (what: string) => `No. The data has no date for ${what}.`,
    noFacts: (what: string) => `No. The data has no ${what}.`,
    noneInCountry: (country: string) => `No retailer in ${country} in the data.`,
    nothingFor: (names: string) => `Nothing in the data for: ${names}.`,
    unknownPlace: (words: string) => `I don't know the place “${words}”: this is what the data holds in every country.`,
    inCountry: (country: string) => `In ${country} the data has:`,
    atRetailer: (retailer: string) => `${retailer} in the data:`,
    elsewhere: (product: string, countries: string) => `The data has ${product} in: ${countries}.`,
    statement: (country: string, note: string) => `The source says of ${country}: ${note}.`,
    model: (model: string, line: string) => `(The data is per product line: ${model} is answered as ${line}.)`,
    more: (n: number) => `… and ${n} more`,
    andMore: '… and more',
    source: (list: string) => `Source: ${list}.`,
    productsOf: (brand: string, category: string) => (category ? `${brand} ${category}`.trim() : `${brand} products`),
    describe: (products: string[], retailers: string[], countries: string[]) =>
      [products.length > 0 ? joinOr(products, 'en') : 'products',
        retailers.length > 0 ? `at ${joinOr(retailers, 'en')}` : '',
        countries.length > 0 ? `in ${joinOr(countries, 'en')}` : ''].filter(Boolean).join(' '),
    clarify: (options: string[]) => `Did you mean ${joinOr(options, 'en')}?`,
    help: 'I answer questions about where products are sold: which retailer, in which country, since when, and from which source.',
    tryThese: 'Try:',
    notUnderstood: "I couldn't find a product, retailer or country I know in that.",
    outOfScope: 'I only know where products are sold (retailer, country, status, dates), not prices, specs or repairs.',
    truncated: (n: number) => `(Only the first ${n} characters of the question were read.)`,
    event: {
      store_opening: 'store opening', market_entry: 'market entry', agreement: 'agreement', statement: 'statement', launch: 'launch',
    } as Record<string, string>,
  },
  it: {
    yes: 'Sì.',
    no: 'No:',
    since: (status: Status, date: string) => (status === 'opening' ? ` il ${date}` : ` dal ${date}`),
    unpaired: 'la fonte non dice quale catena è in quale paese',
    notConfirmed: 'Non confermato: la fonte cita queste catene e questi paesi insieme senza abbinarli.',
    listHead: (what: string) => `Cosa dicono i dati su ${what}:`,
    whenHead: (what: string) => `Date per ${what}:`,
    noDate: (what: string) => `No: nei dati non c'è una data per ${what}.`,
    noFacts: (what: string) => `No: nei dati non ci sono ${what}.`,
    noneInCountry: (country: string) => `Nessun rivenditore in ${country} nei dati.`,
    nothingFor: (names: string) => `Niente nei dati per: ${names}.`,
    unknownPlace: (words: string) => `Non conosco il luogo «${words}»: ecco cosa dicono i dati in tutti i paesi.`,
    inCountry: (country: string) => `In ${country} i dati hanno:`,
    atRetailer: (retailer: string) => `${retailer} nei dati:`,
    elsewhere: (product: string, countries: string) => `Nei dati ${product} si trova in: ${countries}.`,
    statement: (country: string, note: string) => `La fonte dice di ${country}: ${note}.`,
    model: (model: string, line: string) => `(I dati sono per linea di prodotto: ${model} vale come ${line}.)`,
    more: (n: number) => `… e altri ${n}`,
    andMore: '… e altro',
    source: (list: string) => `Fonte: ${list}.`,
    productsOf: (brand: string, category: string) => (category ? `${category} ${brand}`.trim() : `prodotti ${brand}`),
    describe: (products: string[], retailers: string[], countries: string[]) =>
      [products.length > 0 ? joinOr(products, 'it') : 'prodotti',
        retailers.length > 0 ? `da ${joinOr(retailers, 'it')}` : '',
        countries.length > 0 ? `in ${joinOr(countries, 'it')}` : ''].filter(Boolean).join(' '),
    clarify: (options: string[]) => `Intendevi ${joinOr(options, 'it')}?`,
    help: 'Rispondo a domande su dove si vendono i prodotti: quale rivenditore, in quale paese, da quando e secondo quale fonte.',
    tryThese: 'Prova:',
    notUnderstood: 'Non ho trovato un prodotto, un rivenditore o un paese che conosco.',
    outOfScope: 'So solo dove si vendono i prodotti (rivenditore, paese, stato, date), non prezzi, caratteristiche o riparazioni.',
    truncated: (n: number) => `(Ho letto solo i primi ${n} caratteri della domanda.)`,
    event: {
      store_opening: 'apertura negozio', market_entry: 'ingresso nel mercato', agreement: 'accordo', statement: 'dichiarazione', launch: 'lancio',
    } as Record<string, string>,
  },
} as const;

export type Words = (typeof WORDS)['en'];
