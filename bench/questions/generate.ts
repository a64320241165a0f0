// Questions with known answers. Every other question carries one typo in a
// word of five or more letters of a product, retailer or country name; a third
// are in Italian. A typo is kept only when a careful human could still tell
// the name (see Vocabulary.fair), otherwise the question is drawn again.
import { isTypoable, nameKey } from '../fold.js';
import { Random } from '../random.js';
import { randomTypo, Vocabulary, type TypoOp } from '../typos.js';
import type { CountryChoice, Named, QuestionModel } from './model.js';
import { COMMON_WORDS, inCountry } from './phrases.js';
import { TEMPLATES, TEMPLATE_WORDS, slotsOf, weightOf, type Lang, type Template } from './templates.js';

export type EntityKind = 'product' | 'retailer' | 'country';

export interface Expected { products: string[]; retailers: string[]; countries: string[] }

export interface Question {
  id: number;
  text: string;
  lang: Lang;
  template: string;
  expected: Expected;
  /** The typo put in the question, or null for a clean one. */
  typo: { kind: EntityKind; op: TypoOp; word: string; typed: string } | null;
  /** True when the product, retailer and country asked about are an availability row. */
  fact: boolean;
  /** An invented name the catalog does not hold: the answer must name it and must not be a yes. */
  unread?: string;
}

const SYLLABLES = [['zor', 'kex', 'quv', 'xal', 'vok', 'jux', 'zib', 'kwa', 'yth'], ['vex', 'drox', 'mik', 'zul', 'tav', 'ryx', 'bok', 'quin']] as const;

/** "Zorvex", "Kwaryx": a brand-like name that is no word and no typo of any name or word the catalog knows. */
function inventedName(random: Random, vocabulary: Vocabulary): string | null {
  for (let i = 0; i < 10; i++) {
    const name = random.pick(SYLLABLES[0]) + random.pick(SYLLABLES[1]);
    if (vocabulary.farFrom(name)) return name.charAt(0).toUpperCase() + name.slice(1);
  }
  return null;
}

/** Names a reader needs a preposition to take as a retailer: "3", "EE", "Very", "Power". */
const WORDLIKE = new Set([...COMMON_WORDS, 'very', 'free', 'base', 'play', 'plus', 'salt', 'game', 'coop', 'otto',
  'boots', 'sunrise', 'expert', 'orange', 'power', 'three', 'tre', 'drei', 'wind', 'magenta', 'bol']);

export function isShortName(alias: string): boolean {
  const key = nameKey(alias);
  return key.length <= 3 || /^\d+$/.test(key) || (!key.includes(' ') && WORDLIKE.has(key));
}

interface Part { text: string; kind: EntityKind | null }

export function generateQuestions(model: QuestionModel, count: number, seed: number): Question[] {
  const random = new Random(seed).fork('questions');
  const vocabulary = new Vocabulary([...model.vocabulary, ...TEMPLATE_WORDS, ...COMMON_WORDS]);
  const byLang = (lang: Lang): (readonly [Template, number])[] => TEMPLATES.filter((x) => x.lang === lang)
    .filter((x) => (!slotsOf(x.text).R2 || model.retailers.length > 1) && (!slotsOf(x.text).C2 || model.countries.length > 1))
    .map((x) => [x, weightOf(x.text)] as const);
  const templates = { en: byLang('en'), it: byLang('it') };
  // Every name of a retailer or product, as a key: a code asked with must be none of them.
  const nameKeys = new Set([...model.retailers, ...model.products].flatMap((n) => n.aliases.map(nameKey)));
  const out: Question[] = [];
  for (let id = 0; id < count; id++) {
    const lang: Lang = id % 3 === 2 ? 'it' : 'en';
    const wantTypo = id % 2 === 1;
    for (let attempt = 0; ; attempt++) {
      if (attempt > 200) throw new Error(`no ${lang} question${wantTypo ? ' with a fair typo' : ''} could be drawn for this catalog`);
      const q = draw(model, random, random.weighted(templates[lang]), id, vocabulary, nameKeys);
      if (!q) continue;
      if (wantTypo && !addTypo(q, random, vocabulary)) continue;
      out.push(q.question);
      break;
    }
  }
  return out;
}

interface Draft { question: Question; parts: Part[] }

/** A SKU code ("SM-A546B-128"): typed by sales people now and then, not by most. */
const SKU = /^(?=.*\d)[A-Z0-9]+(-[A-Z0-9]+)*$/;

function aliasFor(item: Named, random: Random, shortOk: boolean): string | null {
  const choices = item.aliases.filter((a) => shortOk || !isShortName(a));
  if (choices.length === 0) return null;
  return random.weighted(choices.map((a) => [a, a === item.name ? 4 : SKU.test(a) ? 0.25 : 1] as const));
}

function countryFor(c: CountryChoice, lang: Lang, random: Random): string {
  const native = c.native.length > 0 && random.chance(0.2);
  const list = native ? c.native : c[lang];
  // The everyday name first: "Nederland" rather than "Koninkrijk der Nederlanden".
  const main = native ? list.reduce((a, b) => (b.length < a.length ? b : a)) : list[0]!;
  const name = random.chance(0.75) ? main : random.pick(list);
  return inCountry(name, lang, native);
}

function draw(model: QuestionModel, random: Random, template: Template, id: number, vocabulary: Vocabulary, nameKeys: ReadonlySet<string>): Draft | null {
  const slots = slotsOf(template.text);
  const expected: Expected = { products: [], retailers: [], countries: [] };
  let product: Named | undefined;
  let retailer: Named | undefined;
  let country: CountryChoice | undefined;
  let fact = false;
  if (slots.P) product = random.pick(model.products);
  if (product && slots.R && slots.C && random.chance(0.5)) {
    const f = model.factOf(product.id, (n) => random.int(0, n - 1));
    const r = f && model.retailers.find((x) => x.id === f.retailer);
    const c = f && model.countries.find((x) => x.code === f.country);
    if (r && c) { retailer = r; country = c; fact = true; }
  }
  if (slots.R && !retailer) retailer = random.pick(model.retailers);
  if (slots.C && !country) country = random.pick(model.countries);
  const fill: Record<string, Part> = {};
  if (product) {
    const a = aliasFor(product, random, template.shortProduct);
    if (!a) return null;
    fill.P = { text: a, kind: 'product' };
    expected.products.push(product.id);
  }
  if (retailer) {
    const a = aliasFor(retailer, random, template.shortRetailer);
    if (!a) return null;
    fill.R = { text: a, kind: 'retailer' };
    expected.retailers.push(retailer.id);
    // A store's domain names its country ("Power.no", "Amazon.co.uk") when the question names none.
    const tld = /\.(?:co\.)?([a-z]{2})$/i.exec(a)?.[1]?.toUpperCase();
    if (tld && !slots.C) expected.countries.push(tld === 'UK' ? 'GB' : tld);
  }
  if (slots.R2) {
    const other = random.pick(model.retailers.filter((x) => x.id !== retailer?.id));
    const a = aliasFor(other, random, false);
    if (!a) return null;
    fill.R2 = { text: a, kind: 'retailer' };
    expected.retailers.push(other.id);
  }
  if (country) {
    fill.inC = { text: countryFor(country, template.lang, random), kind: 'country' };
    // A code is written in capitals, as Slack shorthand has it: "Redmi, SE?".
    fill.CC = { text: country.code, kind: 'country' };
    expected.countries.push(country.code);
  }
  // A code that is also a name of the catalog ("EE", the operator) is no code to ask with.
  if (country && template.text.includes('{CC}')) {
    if (nameKeys.has(country.code.toLowerCase())) return null;
  }
  let unread: string | undefined;
  if (slots.X) {
    const name = inventedName(random, vocabulary);
    if (!name) return null;
    fill.X = { text: name, kind: null };
    unread = name;
  }
  if (slots.C2) {
    const other = random.pick(model.countries.filter((x) => x.code !== country?.code));
    fill.inC2 = { text: countryFor(other, template.lang, random), kind: 'country' };
    expected.countries.push(other.code);
  }
  // Chat is often typed all in lowercase.
  const lower = random.chance(0.15);
  const parts: Part[] = [];
  for (const piece of template.text.split(/(\{\w+\})/)) {
    const slot = /^\{(\w+)\}$/.exec(piece)?.[1];
    const part = slot ? fill[slot] : { text: piece, kind: null };
    if (!part) return null;
    // Codes stay in capitals: lower-case "it", "no", "be" are words, and read as such.
    parts.push(lower && slot !== 'CC' ? { ...part, text: part.text.toLowerCase() } : part);
  }
  for (const k of ['products', 'retailers', 'countries'] as const) expected[k] = [...new Set(expected[k])].sort();
  const question: Question = { id, text: parts.map((p) => p.text).join(''), lang: template.lang, template: template.text,
    expected, typo: null, fact };
  if (unread) question.unread = lower ? unread.toLowerCase() : unread;
  return { question, parts };
}

/** Puts one fair typo into a word of an entity name; false when none can be. */
function addTypo(draft: Draft, random: Random, vocabulary: Vocabulary): boolean {
  const spots: { part: Part; index: number; word: string }[] = [];
  for (const part of draft.parts) {
    if (!part.kind) continue;
    for (const m of part.text.matchAll(/[\p{L}\p{N}]+/gu)) {
      // "in"/"nel" before a country are the template's words, not the name's.
      if (part.kind === 'country' && m.index === 0) continue;
      if (isTypoable(m[0])) spots.push({ part, index: m.index, word: m[0] });
    }
  }
  for (const spot of random.shuffle(spots)) {
    for (let tries = 0; tries < 4; tries++) {
      const typo = randomTypo(spot.word, random);
      if (!vocabulary.fair(typo.to, spot.word)) continue;
      spot.part.text = spot.part.text.slice(0, spot.index) + typo.to + spot.part.text.slice(spot.index + spot.word.length);
      draft.question.text = draft.parts.map((p) => p.text).join('');
      draft.question.typo = { kind: spot.part.kind!, op: typo.op, word: spot.word, typed: typo.to };
      return true;
    }
  }
  return false;
}
