// English: the words that carry a question's shape, and every phrase the bot says.
import type { Dimension, Status } from '../types.js';
import { languageName } from './names.js';
import { cap, closed, joinWith, type LanguagePack } from './pack.js';

export type { Dimension };

const DIMENSION = {
  country: ['country', 'countries'], retailer: ['retailer', 'retailers'], product: ['product', 'products'],
} as const;

/** "… and 7 more"; atLeast: the count stopped at its cap, so it is a floor. */
const countMore = (n: number, atLeast: boolean): string => (atLeast ? `… and at least ${n} more` : `… and ${n} more`);

const phrases = {
  yes: (what: string) => `Yes: ${what}.`,
  /** A yes whose best status is not `available`: the status is in the headline. */
  yesWith: (status: string, what: string) => `Yes, ${status}: ${what}.`,
  no: 'No.',
  /** "Not yet: Nimbus in the United Kingdom is announced for February 2027." */
  notYet: (what: string, status: string) => `Not yet: ${what} is ${status}.`,
  notAll: (what: string) => `Not all: for ${what} the data has facts that are not confirmed or have ended.`,
  asOf: (date: string) => `(as of the source of ${date})`,
  /** "available since 3 May 2018", "opening on 26 May 2027", "announced to open on 26 May 2018". */
  statusAt: (status: Status, date: string | null, past: boolean): string => {
    if (!date) return STATUS[status];
    if (status === 'opening') return past ? `announced to open on ${date}` : `opening on ${date}`;
    if (status === 'announced') return past ? `announced on ${date}` : `announced for ${date}`;
    return `${STATUS[status]} since ${date}`;
  },
  /** "3 May 2018", "November 2017": a catalog date in words. */
  date: (day: number | null, month: string, year: string) => (day === null ? `${month} ${year}` : `${day} ${month} ${year}`),
  unpaired: 'the source does not say which chain is in which country',
  notConfirmed: (what: string) => `Not confirmed for ${what}: the source names these chains and countries together without pairing them.`,
  ended: (what: string) => `No: ${what} is no longer sold.`,
  listHead: (what: string) => `What the data holds for ${what}:`,
  whenHead: (what: string) => `Dates for ${what}:`,
  /** What the source says that is not a sale: statements, agreements, market entries. */
  sayingHead: (what: string) => `What the source says about ${what} (not a point of sale):`,
  noDate: (what: string) => `No. The data has no date for ${what}.`,
  noFacts: (what: string) => `No. The data has no ${what}.`,
  noneInCountry: (country: string) => `No retailer in ${country} in the data.`,
  nothingFor: (names: string) => `Nothing in the data for: ${names}.`,
  unknownPlace: (words: string) => `I don't know the place “${words}”: it is not in the data. Where the data has it:`,
  /** Names the question used that the catalog does not hold; the rest is answered after it. */
  unread: (names: string[], rest: boolean) =>
    `I don't know ${joinWith(names.map((n) => `“${n}”`), 'or')}: ${rest ? 'not in the data. For the rest of the question:' : 'it is not in the data.'}`,
  inCountry: (country: string, retailers: string) => `In ${country} the data has: ${retailers}.`,
  atRetailer: (retailer: string, countries: string) => `${retailer} is in the data in: ${countries}.`,
  elsewhere: (product: string, countries: string) => `The data has ${product} in: ${countries}.`,
  statement: (country: string, note: string) => `The source says of ${country}: ${note}.`,
  model: (model: string, line: string) => `(The data is per product line: ${model} is answered as ${line}.)`,
  more: (n: number) => countMore(n, false),
  /** A chat-length answer counts what it leaves out, and says how to see it. */
  dates: 'Dates',
  moreAsk: (n: number, atLeast = false) => `${countMore(n, atLeast)} (ask “all” to see them).`,
  /** What asking “all” would not show either: the question must name less. */
  moreNarrow: (n: number, atLeast = false) =>
    `${countMore(n, atLeast)} (narrow the question to one product, retailer or country to see them).`,
  andMore: '… and more',
  source: (list: string) => `Source: ${list}.`,
  sourceDated: (title: string, date: string) => `${title} (${date})`,
  productsOf: (brand: string, category: string) => (category ? `${brand} ${category}`.trim() : `${brand} products`),
  describe: (products: string[], retailers: string[], countries: string[]) =>
    [products.length > 0 ? joinWith(products, 'or') : 'products',
      retailers.length > 0 ? `at ${joinWith(retailers, 'or')}` : '',
      countries.length > 0 ? `in ${joinWith(countries, 'or')}` : ''].filter(Boolean).join(' '),
  /** "the Netherlands", "the United Kingdom": country names that take an article in a sentence. */
  countryInSentence: (name: string) => (/^(United|Netherlands|Philippines|Czech|Dominican|Central African|Bahamas|Gambia|Maldives|Marshall|Solomon|Comoros|Seychelles)/.test(name) ? `the ${name}` : name),
  clarify: (options: string[]) => `Did you mean ${joinWith(options, 'or')}?`,
  help: 'I answer questions about where products are sold: which retailer, in which country, since when, and from which source.',
  /** Questions help suggests, about a fact of the catalog. */
  examples: (product: string, retailer: string, country: string) => [`Can I buy ${product} at ${retailer} in ${country}?`, `Where can I buy ${product}?`, `Which retailers sell ${product} in ${country}?`],
  helpExample: 'help',
  /** A quoted phrase, with the language's quotation marks. */
  quote: (s: string) => `“${s}”`,
  tryThese: 'Try:',
  /** A catalog note the catalog has not given in the answer's language, marked as such. */
  untranslated: (note: string, lang: string) => `(in ${languageName(lang, 'en')}) ${note}`,
  coverage: (products: number, retailers: number, countries: number, sources: number, latest: string | null) =>
    `I know ${products} ${products === 1 ? 'product' : 'products'} from ${retailers} ${retailers === 1 ? 'retailer' : 'retailers'} in ${countries} ${countries === 1 ? 'country' : 'countries'}, from ${sources} ${sources === 1 ? 'source' : 'sources'}${latest ? ` (latest: ${latest})` : ''}.`,
  courtesy: "You're welcome. Ask on whenever you like.",
  courtesyAlone: "You're welcome. Ask me where a product is sold: a product, a retailer or a country.",
  notUnderstood: "I couldn't find a product, retailer or country I know in that.",
  tooBroad: 'That question is too broad to answer quickly. Name a product, a retailer or a country to narrow it.',
  outOfScope: 'I only know where products are sold (retailer, country, status, dates), not prices, specs, stock levels or comparisons.',
  truncated: (n: number) => `(Only the first ${n} characters of the question were read.)`,
  dimension: (d: Dimension, n: number): string => DIMENSION[d][n === 1 ? 0 : 1],
  /** "Countries with Pure at Coop (3):" — the whole set of one dimension. */
  setHead: (d: Dimension, what: string, n: number) =>
    `${cap(DIMENSION[d][1])}${what ? ` for ${what}` : ' in the data'} (${n}):`,
  countHead: (d: Dimension, what: string, n: number) =>
    `${n} ${DIMENSION[d][n === 1 ? 0 : 1]}${what ? ` for ${what}` : ' in the data'}${n > 0 ? ':' : '.'}`,
  setAll: (d: Dimension, n: number) => `All ${DIMENSION[d][1]} (${n}):`,
  setNone: (d: Dimension, what: string) => `No. The data has no ${DIMENSION[d][1]} for ${what}.`,
  /** A product set with nothing in it: what it describes names the products already ("products at bol.com in Cyprus"). */
  setNoneProducts: (what: string) => `No. The data has no ${what}.`,
  /** The head of a product set: what it describes names the products already ("products at bol.com in Cyprus (3):"). */
  setHeadProducts: (what: string, n: number) => `${cap(what)} (${n}):`,
  /** The head of a product count: the number after what names the products ("Products at Mi Store: 3."), so it never says them twice. */
  countHeadProducts: (what: string, n: number) => `${cap(what)}: ${n}.`,
  setEnded: (names: string) => closed(`No longer sold: ${names}`),
  setUnpaired: (names: string) => closed(`Named by the source without pairing retailers and countries (not confirmed): ${names}`),
  setAnnounced: (names: string) => `Announced or opening, not yet confirmed on sale: ${names}.`,
  setMore: (n: number) => `… and ${n} more.`,
  event: {
    store_opening: 'store opening', market_entry: 'market entry', agreement: 'agreement', statement: 'statement', launch: 'launch',
  } as Record<string, string>,
};

const STATUS: Record<Status, string> = { available: 'available', announced: 'announced', opening: 'opening', ended: 'no longer sold' };

export type Phrases = typeof phrases;

export const en: LanguagePack<Phrases> = {
  code: 'en',
  name: 'English',
  functionWords: `
    the a an and or but nor so if then than as of at by for from in into on onto to with without within via per
    about above after against along among around before behind below beside between beyond down during except
    inside near off out outside over past since through throughout till toward towards under until up upon
    i me my mine myself you your yours yourself we us our ours they them their theirs he him his she her hers
    it its this that these those there here who whom whose which what when where why how whether
    is are was were be been being am do does did doing done have has had having will would shall should can
    could may might must ought not no yes also too very just only even still now yet already ever never again
    any some all every each both either neither other another else such own same more most less least much many
    few lot lots anything something nothing everything anyone someone everyone anybody somebody one ones
    s t d ll m re ve don doesn didn isn aren wasn weren won wouldn can cannot couldn shouldn haven hasn hadn
    please kindly thanks thank hello hi hey ok okay yeah yep nope sure right well like really actually
    currently today tomorrow yesterday soon later anymore anywhere somewhere everywhere
  `,
  filler: `
    yo pls plz plx thx thnx tnx ty tyvm lol lmao rofl asap btw imo imho fyi idk afaik omg wtf hmm hm um uh ah oh
    eh huh haha hehe xd xoxo np nvm ikr tbh ngl rn irl wyd sup hiya cheers mate dude guys folks bro fam
    k kk ya yah yup www http https com html
    whats wheres whos hows thats theres dont doesnt didnt cant isnt arent wasnt wont im ive id youre theyre u r ur y
  `,
  numbers: 'zero one two three four five six seven eight nine ten eleven twelve first second third',
  domain: `
    availability available unavailable retailer retailers reseller resellers stockist stockists webshop webstore
    ecommerce online offline smartphone smartphones handset handsets
  `,
  cues: {
    when: `when date dates since launch launches launching launched open opens opening opened arrive arrives arriving
      release released releases start starts starting started`,
    whenAsked: 'when date dates since',
    where: 'where',
    who: 'who whom',
    other: 'else other others besides',
    list: 'where which what who list show tell name names',
    yesno: `can could is are does do did will would may might shall should has have`,
    help: `help hi hello hey start commands usage instructions info examples`,
    helpPhrases: ['what can you do', 'how does this work', 'how do you work', 'what do you know', 'who are you', 'how to use'],
    outOfScope: `price prices priced pricing cost costs costing cheap cheaper cheapest expensive pricier discount
      discounts deal deals coupon euro euros dollar dollars pound pounds usd eur gbp
      spec specs specification specifications feature features battery camera screen display size sizes weight
      waterproof water resistant colour colors color colours material ingredients calories review reviews rating
      ratings repair repairs fix broken warranty guarantee refund
      weather compare comparison versus vs better best worse worst recommend recommendation quality
      difference differences shipping ship ships shipped delivery deliveries courier
      inventory units quantity`,
    outOfScopePhrases: ['how much', 'how many left', 'stock level', 'stock levels', 'is it good', 'is it worth', 'should i buy', 'good for',
      'suitable for', 'made of', 'made from'],
    followUp: 'and also plus',
    followUpPhrases: ['what about', 'how about', 'and what', 'and also', 'what of'],
    countPhrases: ['how many', 'number of'],
    count: 'count',
    all: 'all every each whole entire full complete',
    latest: 'still now currently anymore today yet already',
    yet: 'yet already now',
    dimension: {
      country: 'country countries nation nations market markets',
      retailer: `retailer retailers store stores shop shops chain chains partner partners seller sellers outlet outlets flagship flagships
        reseller resellers stockist stockists merchant merchants`,
      product: 'product products item items thing things model models line lines brand brands range',
    },
    sell: 'sell sells selling sold carry carries carrying stock stocks stocking offer offers offering have has',
    courtesy: 'thanks thank thx ty tyvm cheers ok okay kk great cool nice perfect awesome got gotcha bye goodbye cya later lovely brilliant noted understood',
    continuation: 'instead then too also either',
    anaphora: 'it its they them their theirs those these one ones',
    deixis: 'there',
    demonstratives: 'that this',
    existential: '',
    sellers: 'they them their theirs',
    clitics: '',
    addressee: 'you your yours yourself',
    sayings: {
      statement: 'says said saying statement claims claim plans plan planning',
      agreement: 'agreement agreements deal deals partnership partner contract signed',
      market_entry: 'entry enter entered entering expand expanded expansion launch plans planning',
    },
    correctionPhrases: ['i meant', 'i mean', 'meant', 'make that', 'make it', 'i said', 'correction', 'not that'],
  },
  before: {
    product: 'the a an any some this that these those buy buying get getting order ordering my your sell sells selling carry carries stock stocks offer offers',
    retailer: 'at from by via through with @ does did will sells',
    place: 'in to into across throughout',
    maker: 'from by of',
  },
  retailerAfter: 'store stores shop shops group sell sells selling sold carry carries stock stocks have has will start starts started offer offers',
  productAfter: 'sold available offered stocked carried listed launched released out',
  shorthand: { u: 'you', r: 'are', ur: 'your', y: 'why', pls: 'please', plz: 'please', thx: 'thanks', ty: 'thanks', wat: 'what', wut: 'what', cn: 'can', whr: 'where', wher: 'where' },
  whether: 'if whether',
  copulas: 'it its this that is are was were be been being am seems looks feels so too very quite really',
  genitive: 'of',
  goods: 'anything something everything nothing',
  conjunctions: 'and or plus',
  articles: 'the',
  indefinite: 'a an',
  storeOnly: 'at',
  prepositions: 'in at from to for with on of by',
  stock: 'stock left',
  availability: `available availability unavailable buy buying bought get getting find order ordering purchase sold stock stocked
    stocking stockist there here launch launched released listed planned scheduled expected due upcoming coming happening confirmed confirm`,
  elisions: '',
  placeForms: () => [],
  marks: [],
  capitalisedNouns: false,
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  status: STATUS,
  phrases,
};
