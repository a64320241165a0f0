// Italian: the words that carry a question's shape, and every phrase the bot says.
import type { Status } from '../types.js';
import type { Dimension, Phrases } from './en.js';
import { languageName } from './names.js';
import { cap, closed, joinWith, type LanguagePack } from './pack.js';

const DIMENSION: Record<Dimension, [string, string]> = {
  country: ['paese', 'paesi'], retailer: ['rivenditore', 'rivenditori'], product: ['prodotto', 'prodotti'],
};

const STATUS: Record<Status, string> = {
  available: 'disponibile', announced: 'annunciato', opening: 'in apertura', ended: 'non più in vendita',
};

/**
 * "in Spagna", "nel Regno Unito", "nei Paesi Bassi", "negli Stati Uniti": Italian joins "in" to the
 * article that a place of several words takes; a plural first word ("Paesi", "Stati") is plural,
 * a masculine one ("Regno") singular. One-word names take "in" alone ("in Italia", "in Giappone").
 */
export function inPlace(name: string): string {
  const words = name.split(' ');
  const first = words[0] ?? '';
  if (words.length < 2) return `in ${name}`;
  if (/i$/.test(first)) return /^([aeiou]|s[^aeiou]|z|gn|ps)/i.test(first) ? `negli ${name}` : `nei ${name}`;
  if (/o$/.test(first)) return /^([aeiou])/i.test(first) ? `nell'${name}` : `nel ${name}`;
  return `in ${name}`;
}

const countMore = (n: number, atLeast: boolean): string => (atLeast ? `… e almeno altri ${n}` : `… e altri ${n}`);

const phrases: Phrases = {
  yes: (what: string) => `Sì: ${what}.`,
  yesWith: (status: string, what: string) => `Sì, ${status}: ${what}.`,
  no: 'No.',
  notYet: (what: string, status: string) => `Non ancora: ${what}, ${status}.`,
  notAll: (what: string) => `Non tutti: per ${what} i dati hanno anche fatti non confermati o finiti.`,
  asOf: (date: string) => `(secondo la fonte del ${date})`,
  statusAt: (status: Status, date: string | null, past: boolean): string => {
    if (!date) return STATUS[status];
    if (status === 'opening') return past ? `apertura annunciata per il ${date}` : `apre il ${date}`;
    if (status === 'announced') return past ? `annunciato il ${date}` : `annunciato per il ${date}`;
    return `${STATUS[status]} dal ${date}`;
  },
  date: (day: number | null, month: string, year: string) => (day === null ? `${month} ${year}` : `${day} ${month} ${year}`),
  unpaired: 'la fonte non dice quale catena è in quale paese',
  notConfirmed: (what: string) => `Non confermato per ${what}: la fonte cita queste catene e questi paesi insieme senza abbinarli.`,
  ended: (what: string) => `No: ${what}, non più in vendita.`,
  listHead: (what: string) => `Cosa dicono i dati su ${what}:`,
  whenHead: (what: string) => `Date per ${what}:`,
  sayingHead: (what: string) => `Cosa dice la fonte su ${what} (non un punto vendita):`,
  noDate: (what: string) => `No: nei dati non c'è una data per ${what}.`,
  noFacts: (what: string) => `No: nei dati non ci sono ${what}.`,
  noneInCountry: (country: string) => `Nessun rivenditore ${inPlace(country)} nei dati.`,
  nothingFor: (names: string) => `Niente nei dati per: ${names}.`,
  unknownPlace: (words: string) => `Non conosco il luogo «${words}»: non è nei dati. Dove lo hanno i dati:`,
  unread: (names: string[], rest: boolean) =>
    `Non conosco ${joinWith(names.map((n) => `«${n}»`), 'o')}: ${rest ? 'non è nei dati. Per il resto della domanda:' : 'non è nei dati.'}`,
  inCountry: (country: string, retailers: string) => `${cap(inPlace(country))} i dati hanno: ${retailers}.`,
  atRetailer: (retailer: string, countries: string) => `${retailer} nei dati è presente in: ${countries}.`,
  elsewhere: (product: string, countries: string) => `Dove i dati hanno ${product}: ${countries}.`,
  statement: (country: string, note: string) => `${cap(inPlace(country))}, la fonte dice: ${note}.`,
  model: (model: string, line: string) => `(I dati sono per linea di prodotto: ${model} vale come ${line}.)`,
  more: (n: number) => countMore(n, false),
  dates: 'Date',
  moreAsk: (n: number, atLeast = false) => `${countMore(n, atLeast)} (chiedi «tutti» per vederli).`,
  moreNarrow: (n: number, atLeast = false) =>
    `${countMore(n, atLeast)} (chiedi di un solo prodotto, negozio o paese per vederli).`,
  andMore: '… e altro',
  source: (list: string) => `Fonte: ${list}.`,
  sourceDated: (title: string, date: string) => `${title} (${date})`,
  productsOf: (brand: string, category: string) => (category ? `${category} ${brand}`.trim() : `prodotti ${brand}`),
  describe: (products: string[], retailers: string[], countries: string[]) =>
    [products.length > 0 ? joinWith(products, 'o') : 'prodotti',
      retailers.length > 0 ? `da ${joinWith(retailers, 'o')}` : '',
      countries.length > 0 ? joinWith(countries.map(inPlace), 'o') : ''].filter(Boolean).join(' '),
  countryInSentence: (name: string) => name,
  clarify: (options: string[]) => `Intendevi ${joinWith(options, 'o')}?`,
  help: 'Rispondo a domande su dove si vendono i prodotti: quale rivenditore, in quale paese, da quando e secondo quale fonte.',
  examples: (product: string, retailer: string, country: string) => [`Posso comprare ${product} da ${retailer} ${inPlace(country)}?`, `Dove posso comprare ${product}?`, `Quali negozi vendono ${product} ${inPlace(country)}?`],
  helpExample: 'aiuto',
  quote: (s: string) => `«${s}»`,
  tryThese: 'Prova:',
  untranslated: (note: string, lang: string) => `(in ${languageName(lang, 'it')}) ${note}`,
  coverage: (products: number, retailers: number, countries: number, sources: number, latest: string | null) =>
    `Conosco ${products} ${products === 1 ? 'prodotto' : 'prodotti'} di ${retailers} ${retailers === 1 ? 'rivenditore' : 'rivenditori'} in ${countries} ${countries === 1 ? 'paese' : 'paesi'}, da ${sources} ${sources === 1 ? 'fonte' : 'fonti'}${latest ? ` (la più recente: ${latest})` : ''}.`,
  courtesy: 'Prego. Chiedi pure quando vuoi.',
  courtesyAlone: 'Prego. Chiedimi dove si vende un prodotto: un prodotto, un rivenditore o un paese.',
  notUnderstood: 'Non ho trovato un prodotto, un rivenditore o un paese che conosco.',
  tooBroad: 'La domanda è troppo ampia per rispondere subito. Indica un prodotto, un rivenditore o un paese per restringerla.',
  outOfScope: 'So solo dove si vendono i prodotti (rivenditore, paese, stato, date), non prezzi, caratteristiche, scorte o confronti.',
  truncated: (n: number) => `(Ho letto solo i primi ${n} caratteri della domanda.)`,
  dimension: (d: Dimension, n: number) => DIMENSION[d][n === 1 ? 0 : 1],
  setHead: (d: Dimension, what: string, n: number) => `${cap(DIMENSION[d][1])}${what ? ` per ${what}` : ' nei dati'} (${n}):`,
  countHead: (d: Dimension, what: string, n: number) =>
    `${n} ${DIMENSION[d][n === 1 ? 0 : 1]}${what ? ` per ${what}` : ' nei dati'}${n > 0 ? ':' : '.'}`,
  setAll: (d: Dimension, n: number) => `Tutti i ${DIMENSION[d][1]} (${n}):`,
  setNone: (d: Dimension, what: string) => `No: nei dati non ci sono ${DIMENSION[d][1]} per ${what}.`,
  setNoneProducts: (what: string) => `No: nei dati non ci sono ${what}.`,
  /** The head of a product set: what it describes names the products already ("products at bol.com in Cyprus (3):"). */
  setHeadProducts: (what: string, n: number) => `${cap(what)} (${n}):`,
  /** The head of a product count: the number after what names the products ("Products at Mi Store: 3."), so it never says them twice. */
  countHeadProducts: (what: string, n: number) => `${cap(what)}: ${n}.`,
  setEnded: (names: string) => closed(`Non più in vendita: ${names}`),
  setUnpaired: (names: string) => closed(`Citati dalla fonte senza abbinare rivenditori e paesi (non confermato): ${names}`),
  setAnnounced: (names: string) => `Annunciati o in apertura, vendita non ancora confermata: ${names}.`,
  setMore: (n: number) => `… e altri ${n}.`,
  event: {
    store_opening: 'apertura negozio', market_entry: 'ingresso nel mercato', agreement: 'accordo', statement: 'dichiarazione', launch: 'lancio',
  } as Record<string, string>,
};

export const it: LanguagePack<Phrases> = {
  code: 'it',
  name: 'Italiano',
  functionWords: `
    il lo la i gli le l un uno una un' di a da in con su per tra fra del dello della dei degli delle dell
    al allo alla ai agli alle all dal dallo dalla dai dagli dalle dall nel nello nella nei negli nelle nell
    sul sullo sulla sui sugli sulle sull col coi presso verso sotto sopra dentro fuori dopo prima senza
    e ed o od oppure ma pero però anche pure neanche nemmeno neppure se che chi cui cosa cos come dove quando
    perche perché quale quali quanto quanta quanti quante
    io tu lui lei noi voi loro me te mi ti ci vi si ne lo li gliela glielo mio mia miei mie tuo tua tuoi tue
    suo sua suoi sue nostro nostra nostri nostre vostro vostra vostri vostre questo questa questi queste
    quello quella quelli quelle quel quei qualcosa qualcuno niente nulla tutto tutti tutte tutta ogni ognuno
    altro altra altri altre
    e_is è sono sei siamo siete era erano sara sarà saranno stato stata stati state essere
    ho hai ha abbiamo avete hanno avere c ce c'è ci
    non no si sì gia già ancora adesso ora oggi domani ieri sempre mai piu più meno molto poco tanto troppo
    solo soltanto proprio qui qua li là lì ecco via poi allora dunque quindi invece inoltre comunque
    per_favore grazie ciao salve buongiorno buonasera prego scusa scusate
  `,
  filler: 'boh beh mah ehm uhm eh ah oh dai tipo cmq xke xk nn x pls grz ok okay raga ragazzi ahah ahaha lol',
  numbers: 'zero uno due tre quattro cinque sei sette otto nove dieci undici dodici primo secondo terzo',
  domain: 'disponibilita disponibilità rivenditore rivenditori smartphone online negozio negozi ecommerce',
  cues: {
    when: `quando data date dal apre aprira aprirà apertura aperto inaugura inaugurazione lancio lanciato arriva
      arrivera arriverà arrivano uscita esce uscito`,
    whenAsked: 'quando date dal',
    where: 'dove',
    who: 'chi',
    other: 'altro altri altre altra oltre',
    list: 'dove quali quale chi elenca elenco dimmi mostra mostrami cosa che',
    yesno: `e_is posso puoi puo può possiamo potete si c ce ci vende vendono hanno ha trovo trovare sara sarà saranno
      esiste esistono sono`,
    help: `aiuto ciao salve buongiorno buonasera comandi istruzioni info esempi`,
    helpPhrases: ['cosa sai fare', 'cosa puoi fare', 'come funziona', 'come funzioni', 'chi sei', 'cosa fai'],
    outOfScope: `prezzo prezzi costa costano costo costi economico economica economici conveniente sconto sconti
      offerta offerte euro dollari caratteristiche specifiche scheda batteria fotocamera schermo display taglia
      taglie peso impermeabile colore colori materiale ingredienti calorie recensione recensioni riparazione
      riparare riparazioni rotto assistenza garanzia rimborso meteo confronto confrontare migliore meglio peggio
      peggiore consigli consigliate consiglio qualita qualità pezzi scorte quantita quantità differenza differenze
      spedire spedisce spediscono spedizione spedizioni consegna consegne corriere`,
    outOfScopePhrases: ['quanto costa', 'quanto costano', 'quanto viene', 'e meglio', 'e_is meglio', 'vale la pena', 'quanti pezzi',
      'adatto per', 'adatta per', 'buono per', 'buona per', 'fatto di', 'fatta di'],
    followUp: 'e ed anche invece allora poi',
    followUpPhrases: ['e per', 'e invece', 'e anche', 'e con', 'e da', 'e in', 'e a'],
    countPhrases: ['quanti', 'quante', 'numero di'],
    count: 'quanti quante',
    all: 'tutti tutte tutto ogni intero completo completa',
    latest: 'ancora adesso ora oggi attualmente tuttora gia già',
    yet: 'gia già ormai adesso ora',
    courtesy: 'grazie mille ok okay va perfetto ottimo bene benissimo capito chiaro arrivederci buonanotte gentilissimo top',
    continuation: 'invece anche pure allora',
    anaphora: 'quelli quelle quello quella questi queste li loro ne',
    deixis: 'ci ce',
    demonstratives: 'quello questo ciò',
    existential: '',
    sellers: 'loro',
    clitics: 'lo la le gli',
    addressee: 'tu ti te tuo tua tuoi tue voi vi vostro vostra vostri',
    sayings: {
      statement: 'dice detto dichiara dichiarazione afferma progetta progetti piani',
      agreement: 'accordo accordi intesa contratto partnership firmato',
      market_entry: 'ingresso entra entrata entrato espansione progetta progetti piani',
    },
    correctionPhrases: ['intendevo', 'volevo dire', 'anzi', 'cioe', 'no intendevo', 'mi correggo'],
    dimension: {
      country: 'paese paesi nazione nazioni mercato mercati',
      retailer: `rivenditore rivenditori negozio negozi catena catene partner venditore venditori punto punti
        vendita store shop`,
      product: 'prodotto prodotti articolo articoli modello modelli linea linee marca marche cosa cose',
    },
    sell: 'vende vendono vendete vendi venduto venduti venduta vendute ha hanno avete offre offrono tratta trattano porta portano',
  },
  before: {
    product: `il lo la i gli le l un uno una questo questa quel quella comprare compro prendere prendo ordinare
      acquistare trovare mio mia vende vendono`,
    retailer: 'da dal dalla dai dagli dalle dall presso con su sul sulla @ negozio negozi punto punti',
    place: 'in a nel nella negli nei nelle al alla ai agli alle',
    maker: 'di da dal della',
  },
  retailerAfter: 'negozio negozi store shop vende vendono ha hanno tratta',
  productAfter: 'venduto venduta venduti vendute disponibile disponibili',
  shorthand: { x: 'per', xke: 'perche', xk: 'perche', cmq: 'comunque', nn: 'non', dv: 'dove', qnd: 'quando', qlc: 'qualche' },
  whether: 'se',
  copulas: 'e_is sono era erano essere sembra molto troppo cosi così proprio davvero',
  genitive: 'di del dello della dei degli delle dell',
  goods: 'qualcosa qualcos niente nulla tutto',
  conjunctions: 'e ed o oppure',
  articles: 'il lo la i gli le l',
  indefinite: 'un uno una',
  storeOnly: 'da dal dalla dai dagli dalle dall presso',
  prepositions: 'in a da di per con su presso nel nei negli nella al ai allo alla dal dai dalla',
  stock: 'pezzi scorte',
  availability: `disponibile disponibili disponibilita disponibilità comprare compro comprarlo comprarla acquistare acquisto
    trovare trovo trova trovano trovarlo trovarla ordinare vendita venduto venduta venduti vendute c ce esiste esistono arriva
    arrivato arrivata uscito uscita programma programmato programmata previsto prevista previsti previste atteso attesa
    arrivo confermato confermata confermati confermate`,
  elisions: 'l un dell all dall nell sull c quest quell',
  placeForms: () => [],
  marks: [],
  capitalisedNouns: false,
  months: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  status: STATUS,
  phrases,
};
