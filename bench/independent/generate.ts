// A second question generator for the benchmark, written from the README's description of the
// catalog's CSV files alone (not from the bot's matching code), so that the benchmark stops
// measuring the code against itself.
//
// Every question names only things the catalog holds, each through a name that points at exactly
// one thing (names two things share, compared without case, accents, spaces and punctuation, are
// never used), and carries the ids of what it names. Questions come in classes that users write
// and a generator written beside the code tends to under-ask; see CLASSES.
import { readCatalog, isUnique, type Catalog, type Name, type Product, type Row, type Thing } from './catalog.js';
import { Prng } from './prng.js';
import { STOP_WORDS, TEMPLATES, templateWords, type Lang, type Shape, type Template } from './templates.js';
import {
  fold, hasJoinedUnit, hasSpacedUnit, isLetterWord, nameKey, spacedWords, TYPO_KINDS, typoWord, unitVariants, withinOne,
} from './text.js';

export interface IndependentQuestion {
  text: string;
  cls: string;
  /** The language the question is written in (an addition to the brief's three fields). */
  lang: Lang;
  expected: { products: string[]; retailers: string[]; countries: string[] };
}

export type QuestionClass =
  | 'plain' | 'iso' | 'spaced-unit' | 'short-typo' | 'typo' | 'long-name' | 'short-retailer-article' | 'brand-only';

/** The classes and their target shares. A class the catalog cannot ask is left out and the others scaled up. */
export const CLASSES: readonly (readonly [QuestionClass, number])[] = [
  ['plain', 30], ['iso', 10], ['spaced-unit', 10], ['short-typo', 10], ['typo', 15], ['long-name', 5],
  ['short-retailer-article', 10], ['brand-only', 10],
];

/** Share of the questions written in Italian. */
export const ITALIAN_SHARE = 1 / 3;

interface Candidate { thing: Thing; name: Name }
interface WordCandidate extends Candidate { word: number }

/** What a question is built from: the name written for each slot, and what it stands for. */
interface Parts {
  product?: { id: string; text: string };
  brand?: { text: string; products: string[] };
  retailer?: { id: string; text: string; short: boolean };
  country?: { code: string; text: string; iso: boolean };
}

const LONG_NAME_WORDS = 8;

/** A SKU or model code: one token of capitals, digits and dashes with a digit in it. */
function isCode(text: string): boolean {
  return /^[A-Z0-9][A-Z0-9-]*$/.test(text) && /\d/.test(text) && /[A-Z]/.test(text) && text.length >= 5;
}

/** Names a speaker of `lang` would write: the catalog's own, or the ones given for that language. */
function speaks(name: Name, lang: Lang): boolean {
  return name.lang === '' || name.lang === lang;
}

class Generator {
  private readonly templates: Template[];
  private readonly products: Product[];
  private readonly retailers: Thing[];
  private readonly countries: Thing[];
  private readonly isoCodes: Set<string>;
  private readonly brands: { key: string; name: string; products: string[] }[];
  private readonly spaced: Candidate[];
  private readonly longNames: Candidate[];
  private readonly shortRetailers: Candidate[];
  private readonly shortWords: { product: WordCandidate[]; retailer: WordCandidate[] };
  private readonly longWords: { product: WordCandidate[]; retailer: WordCandidate[] };
  private readonly lowerNames: Set<string>;
  private readonly productById: Map<string, Product>;
  private readonly retailerById: Map<string, Thing>;
  private readonly countryByCode: Map<string, Thing>;
  private readonly nameableProducts: Set<string>;
  private readonly nameableRetailers: Set<string>;

  constructor(private readonly catalog: Catalog) {
    const blocked = (w: string): boolean => catalog.owners.has(nameKey(w));
    this.templates = TEMPLATES.filter((t) => !templateWords(t).some(blocked));
    const ref = (t: Thing): string => `${t.kind}:${t.id}`;
    const uniqueNames = (t: Thing): Name[] => t.names.filter((n) => isUnique(catalog, ref(t), n.text));
    const nameable = (t: Thing): boolean => uniqueNames(t).length > 0;
    this.products = catalog.products.filter(nameable);
    this.retailers = catalog.retailers.filter(nameable);
    this.nameableProducts = new Set(this.products.map((p) => p.id));
    this.nameableRetailers = new Set(this.retailers.map((r) => r.id));
    this.countries = catalog.countries.filter((c) => this.countryNames(c, 'en').length > 0 && this.countryNames(c, 'it').length > 0);
    this.isoCodes = new Set(catalog.countries.map((c) => c.id).filter((code) => {
      const owners = catalog.owners.get(nameKey(code));
      return !owners || [...owners].every((o) => o === `country:${code}`);
    }));
    this.brands = [...catalog.brands].filter(([key]) => isUnique(catalog, `brand:${key}`, catalog.brands.get(key)!.name))
      .map(([key, b]) => ({ key, name: b.name, products: [...b.products].sort() }));
    this.productById = new Map(catalog.products.map((p) => [p.id, p]));
    this.retailerById = new Map(catalog.retailers.map((r) => [r.id, r]));
    this.countryByCode = new Map(this.countries.map((c) => [c.id, c]));

    this.spaced = [];
    this.longNames = [];
    this.shortRetailers = [];
    this.shortWords = { product: [], retailer: [] };
    this.longWords = { product: [], retailer: [] };
    this.lowerNames = new Set();
    for (const p of catalog.products) for (const n of p.names) this.lowerNames.add(n.text.toLowerCase().replace(/\s+/g, ' '));
    const words = (thing: Thing, name: Name, into: { product: WordCandidate[]; retailer: WordCandidate[] }, fits: (n: number) => boolean): void => {
      spacedWords(name.text).forEach(({ word }, i) => {
        if (!isLetterWord(word) || !fits([...word].length) || STOP_WORDS.has(fold(word))) return;
        (thing.kind === 'product' ? into.product : into.retailer).push({ thing, name, word: i });
      });
    };
    for (const p of this.products) {
      for (const name of uniqueNames(p)) {
        if (hasJoinedUnit(name.text) || hasSpacedUnit(name.text)) this.spaced.push({ thing: p, name });
        if (spacedWords(name.text).length > LONG_NAME_WORDS) this.longNames.push({ thing: p, name });
        words(p, name, this.shortWords, (n) => n >= 3 && n <= 4);
        words(p, name, this.longWords, (n) => n >= 5);
      }
    }
    for (const r of this.retailers) {
      for (const name of uniqueNames(r)) {
        if ([...name.text].length <= 3 && !/\s/.test(name.text)) this.shortRetailers.push({ thing: r, name });
        words(r, name, this.shortWords, (n) => n >= 3 && n <= 4);
        words(r, name, this.longWords, (n) => n >= 5);
      }
    }
  }

  /** Which classes this catalog can ask at all. */
  canAsk(cls: QuestionClass): boolean {
    if (this.countries.length === 0) return false;
    if (cls === 'brand-only') return this.brands.length > 0;
    if (this.products.length === 0) return false;
    switch (cls) {
      case 'plain': return true;
      case 'iso': return this.countries.some((c) => this.isoCodes.has(c.id));
      case 'spaced-unit': return this.spaced.length > 0;
      case 'short-typo': return this.shortWords.product.length + this.shortWords.retailer.length > 0;
      case 'typo': return this.longWords.product.length + this.longWords.retailer.length > 0;
      case 'long-name': return this.longNames.length > 0;
      case 'short-retailer-article': return this.shortRetailers.length > 0;
    }
  }

  // ---- names ----------------------------------------------------------------------------

  private uniqueNames(t: Thing, lang: Lang): Name[] {
    return t.names.filter((n) => speaks(n, lang) && isUnique(this.catalog, `${t.kind}:${t.id}`, n.text));
  }

  /** The catalog's main name most of the time (its own language's when it gives one), else an alias. */
  private nameOf(t: Thing, lang: Lang, random: Prng): string | null {
    const names = this.uniqueNames(t, lang);
    if (names.length === 0) return null;
    const own = names.find((n) => n.lang === lang);
    if (own && random.chance(0.5)) return own.text;
    const main = t.names[0];
    if (main && names.includes(main) && random.chance(0.6)) return main.text;
    // people seldom type a maker's code ("SM-A546B-128"), though the catalog lists it
    return random.weighted(names.map((n) => [n.text, isCode(n.text) ? 0.1 : 1] as const));
  }

  private countryNames(c: Thing, lang: Lang): Name[] {
    return c.names.filter((n) => speaks(n, lang) && !/^[A-Z]{2}$/.test(n.text) && isUnique(this.catalog, `country:${c.id}`, n.text));
  }

  private countryName(c: Thing, lang: Lang, random: Prng): string {
    const names = this.countryNames(c, lang);
    const first = names.find((n) => n.lang === lang);
    if (first && random.chance(0.6)) return first.text;
    // the catalog's own aliases ("UK", "Holland") now and then, in either language
    const pool = names.filter((n) => n.lang === lang || random.chance(0.4));
    return random.pick(pool.length > 0 ? pool : names).text;
  }

  // ---- rows -----------------------------------------------------------------------------

  private rowOf(map: Map<string, Row[]>, id: string, random: Prng): Row | null {
    const rows = map.get(id);
    return rows && rows.length > 0 && random.chance(0.8) ? random.pick(rows) : null;
  }

  private countryFrom(row: Row | null, random: Prng, iso: boolean): Thing | null {
    const ok = (code: string): boolean => this.countryByCode.has(code) && (!iso || this.isoCodes.has(code));
    const fromRow = row?.countries.filter(ok) ?? [];
    if (fromRow.length > 0 && random.chance(0.85)) return this.countryByCode.get(random.pick(fromRow))!;
    const all = iso ? this.countries.filter((c) => this.isoCodes.has(c.id)) : this.countries;
    return all.length > 0 ? random.pick(all) : null;
  }

  private country(c: Thing, lang: Lang, iso: boolean, random: Prng): NonNullable<Parts['country']> {
    return { code: c.id, text: iso ? c.id : this.countryName(c, lang, random), iso };
  }

  // ---- questions ------------------------------------------------------------------------

  /** One question of a class, or null when this draw did not work out (the caller draws again). */
  question(cls: QuestionClass, lang: Lang, random: Prng): IndependentQuestion | null {
    const parts: Parts = {};
    let shape: Shape;
    let lower = cls !== 'plain' && random.chance(0.4);
    // the availability line the question is about, when it is about one
    const at: { row: Row | null } = { row: null };

    const withProduct = (p: Product, text: string): void => {
      parts.product = { id: p.id, text };
      at.row = this.rowOf(this.catalog.rowsByProduct, p.id, random);
    };
    const withRetailer = (r: Thing, text: string, short = false): void => {
      parts.retailer = { id: r.id, text, short };
      at.row = this.rowOf(this.catalog.rowsByRetailer, r.id, random);
    };
    const otherProduct = (): boolean => {
      const p = at.row ? this.productById.get(at.row.product) : undefined;
      const pick = p && this.nameableProducts.has(p.id) ? p : random.pick(this.products);
      const text = this.nameOf(pick, lang, random);
      if (text === null) return false;
      parts.product = { id: pick.id, text };
      return true;
    };
    const otherRetailer = (): boolean => {
      const r = at.row ? this.retailerById.get(at.row.retailer) : undefined;
      const pick = r && this.nameableRetailers.has(r.id) ? r : this.retailers.length > 0 ? random.pick(this.retailers) : null;
      const text = pick ? this.nameOf(pick, lang, random) : null;
      if (pick === null || text === null) return false;
      parts.retailer = { id: pick.id, text, short: false };
      return true;
    };

    switch (cls) {
      case 'plain':
      case 'iso': {
        const p = random.pick(this.products);
        const text = this.nameOf(p, lang, random);
        if (text === null) return null;
        withProduct(p, text);
        shape = cls === 'iso' ? random.weighted<Shape>([['PRC', 60], ['PC', 40]]) : random.weighted<Shape>([['PRC', 50], ['PR', 15], ['PC', 35]]);
        break;
      }
      case 'spaced-unit': {
        const c = random.pick(this.spaced);
        if (!speaks(c.name, lang)) return null;
        const variants = unitVariants(c.name.text);
        const fresh = variants.filter((v) => !this.lowerNames.has(v.toLowerCase().replace(/\s+/g, ' ')));
        // a way of writing it the catalog does not list is worth more; the listed ones now and then
        const pool = fresh.length > 0 ? fresh : random.chance(0.25) ? variants : [];
        if (pool.length === 0) return null;
        withProduct(c.thing as Product, random.pick(pool));
        lower = false; // the case of the unit is the point here
        shape = random.weighted<Shape>([['PRC', 50], ['PR', 15], ['PC', 35]]);
        break;
      }
      case 'short-typo':
      case 'typo': {
        const pools = cls === 'typo' ? this.longWords : this.shortWords;
        const onRetailer = pools.retailer.length > 0 && (pools.product.length === 0 || random.chance(0.4));
        const c = random.pick(onRetailer ? pools.retailer : pools.product);
        if (!speaks(c.name, lang)) return null;
        const typoed = this.typo(c, random);
        if (typoed === null) return null;
        if (onRetailer) {
          withRetailer(c.thing, typoed);
          shape = random.weighted<Shape>([['PRC', 60], ['PR', 25], ['RC', 15]]);
        } else {
          withProduct(c.thing as Product, typoed);
          shape = random.weighted<Shape>([['PRC', 50], ['PR', 15], ['PC', 35]]);
        }
        break;
      }
      case 'long-name': {
        const c = random.pick(this.longNames);
        if (!speaks(c.name, lang)) return null;
        withProduct(c.thing as Product, c.name.text);
        shape = random.weighted<Shape>([['PRC', 50], ['PR', 15], ['PC', 35]]);
        break;
      }
      case 'short-retailer-article': {
        const c = random.pick(this.shortRetailers);
        if (!speaks(c.name, lang)) return null;
        withRetailer(c.thing, c.name.text, true);
        shape = random.weighted<Shape>([['PRC', 55], ['PR', 25], ['RC', 20]]);
        break;
      }
      case 'brand-only': {
        const b = random.pick(this.brands);
        parts.brand = { text: random.chance(0.5) ? b.name.toLowerCase() : b.name, products: b.products };
        const p = this.productById.get(random.pick(b.products));
        at.row = p ? this.rowOf(this.catalog.rowsByProduct, p.id, random) : null;
        shape = 'BC';
        break;
      }
    }

    if (shape.includes('P') && !parts.product && !otherProduct()) return null;
    if (shape.includes('R') && !parts.retailer && !otherRetailer()) return null;
    if (!shape.includes('R')) delete parts.retailer;
    if (!shape.includes('P')) delete parts.product;
    if (shape.includes('C')) {
      const c = this.countryFrom(at.row, random, cls === 'iso');
      if (!c) return null;
      parts.country = this.country(c, lang, cls === 'iso', random);
    }

    // a short retailer's name stands after its article or preposition ("at a O2", "da O2")
    const templates = this.templates.filter((t) => t.lang === lang && t.shape === shape
      && (cls !== 'short-retailer-article' || /\{(atR|daR|aR)\}/.test(t.text)));
    if (templates.length === 0) return null;
    const template = random.pick(templates);
    const text = this.write(template, parts, lower, random);
    if (text === null) return null;
    return {
      text, cls, lang,
      expected: {
        products: parts.brand ? parts.brand.products : parts.product ? [parts.product.id] : [],
        retailers: parts.retailer ? [parts.retailer.id] : [],
        countries: parts.country ? [parts.country.code] : [],
      },
    };
  }

  /**
   * One typo in the chosen word of a name, kept only when the typo'd word is no word of the
   * catalog's names (nor one that turns the question, as "not") and the typo'd name is no
   * more than one edit from any name of another thing.
   */
  private typo(c: WordCandidate, random: Prng): string | null {
    const words = spacedWords(c.name.text);
    const at = words[c.word];
    if (!at) return null;
    for (const kind of random.shuffle([...TYPO_KINDS])) {
      const w = typoWord(at.word, kind, random);
      if (w === null) continue;
      const folded = fold(w);
      if ([...w].length < 3 || this.catalog.words.has(folded) || STOP_WORDS.has(folded)) continue;
      const text = c.name.text.slice(0, at.start) + w + c.name.text.slice(at.start + at.word.length);
      if (this.clashes(`${c.thing.kind}:${c.thing.id}`, text)) continue;
      return text;
    }
    return null;
  }

  /** True when a typo'd name is a name as it stands, or one edit from a name of something else. */
  private clashes(ref: string, text: string): boolean {
    const key = nameKey(text);
    if (this.catalog.owners.has(key)) return true;
    for (let len = key.length - 1; len <= key.length + 1; len++) {
      for (const k of this.catalog.keysByLength.get(len) ?? []) {
        if (!withinOne(key, k)) continue;
        for (const owner of this.catalog.owners.get(k) ?? []) if (owner !== ref) return true;
      }
    }
    return false;
  }

  private write(t: Template, parts: Parts, lower: boolean, random: Prng): string | null {
    const en = t.lang === 'en';
    const low = (s: string): string => (lower ? s.toLowerCase() : s);
    const vowel = (s: string): boolean => /^[aeiou8]/i.test(s) || /^(EE|O2|A1|F|H|L|M|N|R|S|X)\b/.test(s);
    const p = parts.product ? low(parts.product.text) : '';
    const r = parts.retailer ? low(parts.retailer.text) : '';
    const short = parts.retailer?.short ?? false;
    const words = new Set(templateWords(t));
    const used = (w: string): string => { words.add(w); return w; };

    const article = (name: string): string => {
      if (!en) return random.chance(0.3) ? `${used('un')} ${name}` : name;
      const a = random.weighted<string>([['', 50], ['a', 30], ['the', 20]]);
      if (a === 'a') return `${used(vowel(name) ? 'an' : 'a')} ${name}`;
      return a ? `${used(a)} ${name}` : name;
    };
    const at = (name: string): string => {
      if (en) {
        if (!short) return `${used('at')} ${name}`;
        // the issue's "at a O2": people write "a" before a vowel sound too
        const a = random.weighted<string>([['a', 35], ['an', 25], ['the', 40]]);
        const art = a === 'an' && !vowel(name) ? 'a' : a;
        return `${used('at')} ${used(art)} ${name}`;
      }
      const prep = short ? random.weighted<string>([['da', 40], ['dal', 25], ['presso', 20], ['al', 15]]) : 'da';
      return `${used(prep)} ${name}`;
    };
    const indefinite = (name: string): string => {
      if (!en) return `${used('un')} ${name}`;
      return `${used(vowel(name) ? 'an' : 'a')} ${name}`;
    };
    const inCountry = (): string => {
      const c = parts.country;
      if (!c) return '';
      if (c.iso) return `${used('in')} ${c.text}`;
      const name = low(c.text);
      if (en) {
        const the = /^the /i.test(c.text) ? '' : /^(United |Czech Republic|Netherlands|Philippines|Bahamas|Maldives|Dominican Republic|Central African|Solomon|Marshall|Comoros|Seychelles|Gambia|UK$|USA$|UAE$)/.test(c.text) ? 'the ' : '';
        return `${used('in')} ${the ? `${low(used('the'))} ` : ''}${name}`;
      }
      const prep = /^Regno /.test(c.text) ? 'nel' : /^(Stati |Emirati )/.test(c.text) ? 'negli'
        : /^Paesi /.test(c.text) ? 'nei' : /^(Filippine|Maldive|Seychelles|Bahamas|Comore)/.test(c.text) ? 'nelle' : 'in';
      return `${used(prep)} ${name}`;
    };

    // in a lowercase question the template's own words are lowercase too ("can i …")
    const template = lower ? t.text.split(/(\{[A-Za-z]+\})/).map((s, i) => (i % 2 === 0 ? s.toLowerCase() : s)).join('') : t.text;
    let text = template
      .replace('{aP}', () => article(p)).replace('{P}', () => p)
      .replace('{atR}', () => at(r)).replace('{daR}', () => at(r))
      .replace('{aR}', () => indefinite(r)).replace('{R}', () => r)
      .replace('{inC}', inCountry).replace('{C}', () => (parts.country ? (parts.country.iso ? parts.country.text : low(parts.country.text)) : ''))
      .replace('{B}', () => low(parts.brand?.text ?? ''));
    // a code that is also a word of the question ("in IN", "is … IS?") is not a fair code question
    if (parts.country?.iso && words.has(parts.country.code.toLowerCase())) return null;
    // neither an article nor a preposition may be a name of the catalog ("at", "da" as retailers)
    for (const w of words) if (this.catalog.owners.has(nameKey(w))) return null;
    if (!lower && random.chance(0.5)) text = text.charAt(0).toUpperCase() + text.slice(1);
    if (text.endsWith('?') && random.chance(0.25)) text = text.slice(0, -1);
    return text;
  }
}

/** Whole-number quotas for the classes the catalog can ask, in proportion to their shares. */
function quotas(count: number, classes: readonly (readonly [QuestionClass, number])[]): Map<QuestionClass, number> {
  const total = classes.reduce((s, [, w]) => s + w, 0);
  const exact = classes.map(([cls, w]) => ({ cls, q: (count * w) / total }));
  const out = new Map(exact.map(({ cls, q }) => [cls, Math.floor(q)]));
  let left = count - [...out.values()].reduce((s, n) => s + n, 0);
  for (const { cls } of [...exact].sort((a, b) => (b.q - Math.floor(b.q)) - (a.q - Math.floor(a.q)))) {
    if (left <= 0) break;
    out.set(cls, (out.get(cls) ?? 0) + 1);
    left--;
  }
  return out;
}

const ATTEMPTS = 400;

/**
 * `count` questions about the catalog in csvDir, the same for the same files and seed. A class
 * the catalog cannot ask (no product name of more than eight words, say) is skipped and its
 * share spread over the others.
 */
export function generateIndependent(csvDir: string, count: number, seed: number): IndependentQuestion[] {
  const catalog = readCatalog(csvDir, seed);
  const generator = new Generator(catalog);
  const random = new Prng(seed, 'independent');
  let classes = CLASSES.filter(([cls]) => generator.canAsk(cls));
  if (classes.length === 0) throw new Error(`${csvDir}: no question can be asked (no product or no country with a name of its own)`);

  const order: QuestionClass[] = [];
  for (const [cls, n] of quotas(count, classes)) for (let i = 0; i < n; i++) order.push(cls);
  random.fork('order').shuffle(order);
  const italian = Math.round(count * ITALIAN_SHARE);
  const langs: Lang[] = random.fork('languages').shuffle(Array.from({ length: count }, (_, i) => (i < italian ? 'it' : 'en')));

  const draw = random.fork('questions');
  const out: IndependentQuestion[] = [];
  for (let i = 0; i < count; i++) {
    let cls = order[i] as QuestionClass;
    const lang = langs[i] as Lang;
    let q: IndependentQuestion | null = null;
    for (;;) {
      for (let a = 0; a < ATTEMPTS && q === null; a++) q = generator.question(cls, lang, draw);
      if (q !== null) break;
      // this class cannot be asked in this catalog after all: its remaining questions go to the others
      const dead = cls;
      classes = classes.filter(([c]) => c !== dead);
      if (classes.length === 0) throw new Error(`${csvDir}: no question could be written`);
      for (let j = i; j < count; j++) if (order[j] === dead) order[j] = draw.weighted(classes);
      cls = order[i] as QuestionClass;
    }
    out.push(q);
  }
  return out;
}

/** How many questions of each class (every class listed, 0 for the ones the catalog could not ask). */
export function summary(questions: readonly IndependentQuestion[]): Record<string, number> {
  const out: Record<string, number> = Object.fromEntries(CLASSES.map(([cls]) => [cls, 0]));
  for (const q of questions) out[q.cls] = (out[q.cls] ?? 0) + 1;
  return out;
}
