// German: the words that carry a question's shape, and every phrase the bot says.
// Umlauts and ß are written as German writes them; the registry also reads them
// as typed without ("fuer", "Haendler", "weiss") and folded ("fur").
import type { Status } from '../types.js';
import type { Dimension, Phrases } from './en.js';
import { languageName } from './names.js';
import { cap, closed, joinWith, type LanguagePack } from './pack.js';

const DIMENSION: Record<Dimension, [string, string]> = {
  country: ['Land', 'Länder'], retailer: ['Händler', 'Händler'], product: ['Produkt', 'Produkte'],
};

const STATUS: Record<Status, string> = {
  available: 'erhältlich', announced: 'angekündigt', opening: 'vor der Eröffnung', ended: 'nicht mehr erhältlich',
};

/** Country names that are plural ("die Niederlande", "die Vereinigten Staaten"). */
const PLURAL = /^(Niederlande|Vereinigte |Philippinen|Malediven|Seychellen|Komoren|Bahamas|Salomonen|Marshallinseln)/;

/** The dative of a country's name after "in": its adjectives take -en ("Vereinigten"), a plural noun -n ("Niederlanden"). */
function dative(name: string): string {
  const words = name.split(' ');
  return words.map((w, i) => (i < words.length - 1 ? w.replace(/(e|es)$/, 'en') : PLURAL.test(name) ? w.replace(/e$/, 'en') : w)).join(' ');
}

/**
 * "in Spanien", "in der Schweiz", "im Vereinigten Königreich", "in den Niederlanden": most
 * country names take no article; feminine ones (-ei, Schweiz, Ukraine, a Republik) take "der",
 * plural ones "den", a name of neuter adjective and noun "dem" (→ "im").
 */
export function inPlace(name: string): string {
  const words = name.split(' ');
  const last = words[words.length - 1] ?? '';
  if (/(ei|Schweiz|Ukraine|Republik|Mongolei)$/.test(last) || /^(Elfenbeinküste|Zentralafrikanische)/.test(name)) return `in der ${dative(name)}`;
  if (PLURAL.test(name)) return `in den ${dative(name)}`;
  if (/^Vereinigtes /.test(name)) return `im ${dative(name)}`;
  return `in ${name}`;
}

const isDay = (date: string): boolean => /^\d+\./.test(date);
/** "am 3. Mai 2018", "im Mai 2018", "2018": a day takes "am", a month "im". */
const on = (date: string): string => (isDay(date) ? `am ${date}` : /^\d/.test(date) ? date : `im ${date}`);
/** "für den 3. Mai 2018", "seit dem 3. Mai 2018", "seit Mai 2018": a day takes the article. */
const the = (date: string, article: string): string => (isDay(date) ? `${article} ${date}` : date);

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const countMore = (n: number, atLeast: boolean): string => (atLeast ? `… und mindestens ${n} weitere` : `… und ${n} weitere`);

const phrases: Phrases = {
  yes: (what: string) => `Ja: ${what}.`,
  yesWith: (status: string, what: string) => `Ja, ${status}: ${what}.`,
  no: 'Nein.',
  notYet: (what: string, status: string) => `Noch nicht: ${what}, ${status}.`,
  notAll: (what: string) => `Nicht alle: für ${what} haben die Daten auch unbestätigte oder beendete Einträge.`,
  asOf: (date: string) => `(laut der Quelle vom ${date})`,
  statusAt: (status: Status, date: string | null, past: boolean): string => {
    if (!date) return STATUS[status];
    if (status === 'opening') return past ? `Eröffnung angekündigt für ${the(date, 'den')}` : `eröffnet ${on(date)}`;
    if (status === 'announced') return past ? `angekündigt ${on(date)}` : `angekündigt für ${the(date, 'den')}`;
    return `${STATUS[status]} seit ${the(date, 'dem')}`;
  },
  date: (day: number | null, month: string, year: string) => (day === null ? `${month} ${year}` : `${day}. ${month} ${year}`),
  unpaired: 'die Quelle sagt nicht, welche Kette in welchem Land ist',
  notConfirmed: (what: string) => `Nicht bestätigt für ${what}: die Quelle nennt diese Ketten und Länder zusammen, ohne sie einander zuzuordnen.`,
  ended: (what: string) => `Nein: ${what}, nicht mehr erhältlich.`,
  listHead: (what: string) => `Was die Daten zu ${what} haben:`,
  whenHead: (what: string) => `Termine für ${what}:`,
  sayingHead: (what: string) => `Was die Quelle über ${what} sagt (keine Verkaufsstelle):`,
  noDate: (what: string) => `Nein: die Daten haben kein Datum für ${what}.`,
  noFacts: (what: string) => `Nein: für ${what} haben die Daten nichts.`,
  noneInCountry: (country: string) => `${country}: kein Händler in den Daten.`,
  nothingFor: (names: string) => `Nichts in den Daten für: ${names}.`,
  unknownPlace: (words: string) => `Den Ort „${words}“ kenne ich nicht: er ist nicht in den Daten. Wo die Daten es haben:`,
  unread: (names: string[], rest: boolean) =>
    `${joinWith(names.map((n) => `„${n}“`), 'oder')} kenne ich nicht: ${rest ? 'nicht in den Daten. Zum Rest der Frage:' : 'nicht in den Daten.'}`,
  inCountry: (country: string, retailers: string) => `${country}: die Daten haben ${retailers}.`,
  atRetailer: (retailer: string, countries: string) => `${retailer} ist in den Daten in: ${countries}.`,
  elsewhere: (product: string, countries: string) => `Die Daten haben ${product} in: ${countries}.`,
  statement: (country: string, note: string) => `${country}: die Quelle sagt ${note}.`,
  model: (model: string, line: string) => `(Die Daten sind pro Produktlinie: ${model} wird als ${line} beantwortet.)`,
  more: (n: number) => countMore(n, false),
  dates: 'Termine',
  moreAsk: (n: number, atLeast = false) => `${countMore(n, atLeast)} (frag nach „alle“, um sie zu sehen).`,
  moreNarrow: (n: number, atLeast = false) =>
    `${countMore(n, atLeast)} (frag nach einem einzigen Produkt, Händler oder Land, um sie zu sehen).`,
  andMore: '… und mehr',
  source: (list: string) => `Quelle: ${list}.`,
  sourceDated: (title: string, date: string) => `${title} (${date})`,
  productsOf: (brand: string, category: string) => (category ? `${brand} ${category}`.trim() : `${brand}-Produkte`),
  describe: (products: string[], retailers: string[], countries: string[]) =>
    [products.length > 0 ? joinWith(products, 'oder') : 'Produkte',
      retailers.length > 0 ? `bei ${joinWith(retailers, 'oder')}` : '',
      countries.length > 0 ? joinWith(countries.map(inPlace), 'oder') : ''].filter(Boolean).join(' '),
  countryInSentence: (name: string) => name,
  clarify: (options: string[]) => `Meinst du ${joinWith(options, 'oder')}?`,
  help: 'Ich beantworte Fragen dazu, wo Produkte verkauft werden: bei welchem Händler, in welchem Land, seit wann und laut welcher Quelle.',
  examples: (product: string, retailer: string, country: string) => [`Kann ich ${product} bei ${retailer} ${inPlace(country)} kaufen?`, `Wo kann ich ${product} kaufen?`, `Welche Händler verkaufen ${product} ${inPlace(country)}?`],
  helpExample: 'Hilfe',
  quote: (s: string) => `„${s}“`,
  tryThese: 'Probier zum Beispiel:',
  untranslated: (note: string, lang: string) => `(auf ${languageName(lang, 'de')}) ${note}`,
  coverage: (products: number, retailers: number, countries: number, sources: number, latest: string | null) =>
    `Ich kenne ${plural(products, 'Produkt', 'Produkte')} von ${plural(retailers, 'Händler', 'Händlern')} in ${plural(countries, 'Land', 'Ländern')}, aus ${plural(sources, 'Quelle', 'Quellen')}${latest ? ` (neueste: ${latest})` : ''}.`,
  courtesy: 'Gern geschehen. Frag jederzeit wieder.',
  courtesyAlone: 'Gern geschehen. Frag mich, wo ein Produkt verkauft wird: ein Produkt, ein Händler oder ein Land.',
  notUnderstood: 'Ich habe darin kein Produkt, keinen Händler und kein Land gefunden, das ich kenne.',
  tooBroad: 'Die Frage ist zu allgemein für eine schnelle Antwort. Nenne ein Produkt, einen Händler oder ein Land, um sie einzugrenzen.',
  outOfScope: 'Ich weiß nur, wo Produkte verkauft werden (Händler, Land, Status, Daten), nicht Preise, technische Daten, Lagerbestände oder Vergleiche.',
  truncated: (n: number) => `(Nur die ersten ${n} Zeichen der Frage wurden gelesen.)`,
  dimension: (d: Dimension, n: number) => DIMENSION[d][n === 1 ? 0 : 1],
  setHead: (d: Dimension, what: string, n: number) => `${DIMENSION[d][1]}${what ? ` für ${what}` : ' in den Daten'} (${n}):`,
  countHead: (d: Dimension, what: string, n: number) =>
    `${n} ${DIMENSION[d][n === 1 ? 0 : 1]}${what ? ` für ${what}` : ' in den Daten'}${n > 0 ? ':' : '.'}`,
  setAll: (d: Dimension, n: number) => `Alle ${DIMENSION[d][1]} (${n}):`,
  setNone: (d: Dimension, what: string) => `Nein: die Daten haben keine ${DIMENSION[d][1]} für ${what}.`,
  setNoneProducts: (what: string) => `Nein: die Daten haben keine ${what}.`,
  /** The head of a product set: what it describes names the products already ("products at bol.com in Cyprus (3):"). */
  setHeadProducts: (what: string, n: number) => `${cap(what)} (${n}):`,
  /** The head of a product count: the number after what names the products ("Products at Mi Store: 3."), so it never says them twice. */
  countHeadProducts: (what: string, n: number) => `${cap(what)}: ${n}.`,
  setEnded: (names: string) => closed(`Nicht mehr erhältlich: ${names}`),
  setUnpaired: (names: string) => closed(`Von der Quelle genannt, ohne Händler und Länder zuzuordnen (nicht bestätigt): ${names}`),
  setAnnounced: (names: string) => `Angekündigt oder vor der Eröffnung, Verkauf noch nicht bestätigt: ${names}.`,
  setMore: (n: number) => `… und ${n} weitere.`,
  event: {
    store_opening: 'Ladeneröffnung', market_entry: 'Markteintritt', agreement: 'Vereinbarung', statement: 'Aussage', launch: 'Marktstart',
  } as Record<string, string>,
};

export const de: LanguagePack<Phrases> = {
  code: 'de',
  name: 'Deutsch',
  // Left out on purpose: "da" is Italian's "da" (at, from); "dort" says "there".
  functionWords: `
    der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner
    und oder aber sondern denn doch wenn ob dass als wie wo wohin woher wann was wer wen wem wessen
    welche welcher welches welchen welchem warum weshalb wieso
    ich du er sie es wir ihr mich dich sich uns euch mir dir ihm ihn ihnen mein meine meinen dein deine sein seine ihre unser unsere euer
    in im an am auf aus bei beim mit nach von vom vor zu zum zur über unter durch für gegen ohne um bis seit während wegen ab
    zwischen hinter neben gegenüber innerhalb außerhalb statt trotz laut dank samt entlang per pro je ins ans aufs vors
    ist sind war waren bin bist seid gewesen hat habe hast haben hatte hatten wird werden wurde wurden
    kann kannst können konnte muss müssen soll sollen will wollen darf dürfen möchte möchten mag
    nicht nein ja auch noch schon jetzt nun heute morgen gestern immer nie wieder nur sehr mehr weniger viel viele wenig
    alle alles jede jeder jedes andere anderen anderes etwas nichts jemand niemand man hier dort dann also so mal eigentlich
    irgendwo überall irgendwie vielleicht gerne gern gerade eher fast ganz genau genug etwa ungefähr bisher damals zuerst endlich
    leider hoffentlich natürlich bestimmt wohl sogar trotzdem deshalb darum dafür dazu davon daran darauf dabei damit wieder weiter
    bitte danke hallo tschüss gibt gab geben
  `,
  filler: 'äh ähm hm hmm na naja ne nee jo joa halt eben lol pls plz thx ok okay xd haha hihi leute',
  numbers: 'null eins ein zwei drei vier fünf sechs sieben acht neun zehn elf zwölf erste erster erstes zweite dritte',
  domain: `verfügbarkeit verfügbar erhältlich händler einzelhändler laden läden geschäft geschäfte shop shops smartphone smartphones
    handy handys online onlineshop`,
  cues: {
    when: `wann datum seit ab eröffnet eröffnung öffnet öffnen geöffnet startet start gestartet kommt kommen erscheint erschienen
      erscheinen veröffentlicht marktstart einführung eingeführt`,
    whenAsked: 'wann datum seit',
    where: 'wo wohin',
    who: 'wer',
    other: 'sonst andere anderen anderes weitere weiteren außerdem',
    list: 'wo was welche welcher welches welchen welchem wer liste zeig zeige zeigen nenne nenn sag sage auflisten',
    yesno: `ist sind gibt kann kannst können verkauft verkaufen hat haben hast führt führen bekomme bekommt finde wird werden`,
    help: 'hilfe hallo moin servus befehle anleitung info beispiele',
    helpPhrases: ['was kannst du', 'wie funktioniert das', 'wie funktionierst du', 'wer bist du', 'was machst du', 'was weißt du',
      'wie benutze ich dich'],
    outOfScope: `preis preise kostet kosten teuer billig günstig günstiger rabatt euro dollar franken akku kamera bildschirm display
      größe gewicht wasserdicht farbe farben material zutaten kalorien bewertung bewertungen reparatur reparieren kaputt garantie
      gewährleistung erstattung wetter vergleich vergleichen besser beste schlechter empfehlung empfehlen empfiehlst qualität
      unterschied unterschiede batterie batterien versand versenden versendet lieferzeit lieferkosten versandkosten kurier lagerbestand stückzahl leistung`,
    outOfScopePhrases: ['wie viel', 'wieviel', 'was kostet', 'technische daten', 'lohnt sich', 'ist es gut', 'wie viele stück',
      'gut für', 'geeignet für', 'auf lager'],
    followUp: 'und auch außerdem dann',
    followUpPhrases: ['und in', 'und bei', 'und im', 'und beim', 'und für', 'wie ist es mit', 'wie sieht es mit', 'was ist mit', 'und wann'],
    countPhrases: ['wie viele', 'wie vielen', 'wieviele', 'wievielen', 'anzahl der', 'anzahl an'],
    count: 'wieviele anzahl',
    all: 'alle alles sämtliche komplett vollständig gesamte',
    latest: 'noch immer jetzt aktuell derzeit momentan heute schon mittlerweile inzwischen',
    yet: 'schon bereits jetzt inzwischen mittlerweile',
    courtesy: 'danke dankeschön vielen dank ok okay super gut prima toll perfekt klar verstanden tschüss',
    continuation: 'dann stattdessen auch eher',
    anaphora: 'es sie ihn ihm ihnen diese dieses diesen',
    deixis: 'dort dorthin',
    demonstratives: 'das dies dieses',
    existential: 'gibt gab geben gäbe',
    sellers: 'sie',
    clitics: 'das die den dem',
    addressee: 'du dich dir dein deine deinen deinem bist',
    sayings: {
      statement: 'sagt sagte gesagt erklärt erklärung aussage behauptet plant pläne',
      agreement: 'vereinbarung abkommen vertrag partnerschaft kooperation unterzeichnet',
      market_entry: 'markteintritt eintritt einstieg expansion expandiert plant pläne',
    },
    correctionPhrases: ['ich meinte', 'ich meine', 'nein ich meinte', 'sorry ich meinte', 'korrektur'],
    dimension: {
      country: 'land länder staat staaten markt märkte',
      retailer: `händler einzelhändler laden läden geschäft geschäfte kette ketten partner verkäufer filiale filialen shop shops store
        stores anbieter`,
      product: 'produkt produkte artikel modell modelle linie linien marke marken sachen',
    },
    sell: 'verkauft verkaufen verkaufst führt führen führst hat haben hast bietet bieten vertreibt vertreiben',
  },
  before: {
    product: 'der die das den dem ein eine einen einem kaufen kauf bestellen bekommen holen mein meine verkauft verkaufen',
    retailer: 'bei beim von vom im @ laden händler shop hat haben führt führen verkauft verkaufen bietet bieten',
    place: 'in im nach aus',
    maker: 'von vom',
  },
  retailerAfter: 'laden läden shop shops store filiale verkauft verkaufen hat haben führt',
  productAfter: 'verkauft erhältlich verfügbar lieferbar angeboten',
  shorthand: { gibts: 'gibt', vllt: 'vielleicht', evtl: 'eventuell' },
  whether: 'ob',
  copulas: 'ist sind war waren sein scheint sehr so wirklich echt',
  genitive: 'von vom',
  goods: 'etwas alles nichts',
  conjunctions: 'und oder sowie',
  articles: 'der die das den dem des',
  indefinite: 'ein eine einen einem einer eines',
  storeOnly: 'bei beim',
  prepositions: 'in im an am auf bei beim mit nach von vom zu zum zur für aus',
  stock: 'lager lagerbestand vorrätig stück übrig teile',
  availability: `verfügbar verfügbarkeit erhältlich lieferbar kaufen kauf kaufbar bekommen finden finde bestellen bestellbar gibt
    verkauft angeboten geplant erwartet angekündigt bestätigt sortiment liefert liefern lieferbar`,
  elisions: '',
  // "im Vereinigten Königreich", "in den Niederlanden": a place's name as it stands after a preposition.
  placeForms: (name: string) => { const d = dative(name); return d !== name ? [d] : []; },
  // German writes every noun with a capital: a capital is no sign of a name there.
  marks: [],
  capitalisedNouns: true,
  months: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  status: STATUS,
  phrases,
};
