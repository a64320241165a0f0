// How people ask a chat bot whether a product is sold somewhere, in English and Italian:
// full questions, half-sentences, with and without a question mark.
//
// Slots: {P} a product, {aP} a product maybe after an article, {R} a retailer, {atR} / {daR} a
// retailer after its preposition ("at", "da"; "at a", "at the", "dal" for short names),
// {aR} a retailer after an indefinite article, {C} a country alone ("..., DE?"), {inC} a country
// after its preposition ("in Germany", "in the UK", "nel Regno Unito", "in DE"), {B} a brand.

export type Lang = 'en' | 'it';
export type Shape = 'PRC' | 'PR' | 'PC' | 'RC' | 'BC';

export interface Template { lang: Lang; shape: Shape; text: string }

const EN: Record<Shape, string[]> = {
  PRC: [
    'is {P} sold {atR} {inC}?',
    'can I buy {aP} {atR} {inC}?',
    'can i get {aP} {atR} {inC}',
    '{P} {atR} {inC}?',
    '{P} {atR} {inC}',
    'does {R} sell {P} {inC}?',
    'does {R} have {aP} {inC}?',
    'any {P} {atR} {inC}?',
    'is {P} available {atR} {inC}?',
    '{P} available {atR} {inC}?',
    '{P}, {R}, {C}?',
    'looking for {aP} {atR} {inC}',
    'is there {aP} {atR} {inC}?',
  ],
  PR: [
    'can I buy {aP} {atR}?',
    'is {P} sold {atR}?',
    '{P} {atR}?',
    'does {R} sell {P}',
    'does {R} carry {P}?',
    '{P} {atR}',
  ],
  PC: [
    'where can I get {aP} {inC}?',
    'where can i buy {P} {inC}',
    '{P} {inC}?',
    'is {P} available {inC}?',
    'is {P} sold {inC}',
    'who sells {P} {inC}?',
    '{P}, {C}?',
  ],
  RC: [
    'is there {aR} {inC}?',
    'what does {R} sell {inC}?',
    '{R} {inC}?',
    'anything {atR} {inC}?',
  ],
  BC: [
    '{B} {inC}?',
    '{B} {inC}',
    'anything from {B} {inC}?',
    'is {B} sold {inC}?',
    'can I get {B} {inC}?',
    'where can I buy {B} {inC}?',
    '{B}, {C}?',
  ],
};

const IT: Record<Shape, string[]> = {
  PRC: [
    'posso comprare {P} {daR} {inC}?',
    '{P} {daR} {inC}?',
    '{P} {daR} {inC}',
    '{R} vende {P} {inC}?',
    'si trova {P} {daR} {inC}?',
    "c'è {P} {daR} {inC}?",
    'è disponibile {P} {daR} {inC}?',
    'cerco {P} {daR} {inC}',
    '{P}, {R}, {C}?',
    '{R} ha {P} {inC}?',
  ],
  PR: [
    'posso comprare {P} {daR}?',
    '{P} {daR}?',
    '{R} ha {P}?',
    'si trova {P} {daR}?',
    '{R} vende {P}',
  ],
  PC: [
    'dove trovo {P} {inC}?',
    'dove posso comprare {P} {inC}',
    '{P} {inC}?',
    'si trova {P} {inC}?',
    'chi vende {P} {inC}?',
    'dove compro {P} {inC}',
    '{P}, {C}?',
  ],
  RC: [
    "c'è {aR} {inC}?",
    'cosa vende {R} {inC}?',
    '{R} {inC}?',
  ],
  BC: [
    '{B} {inC}?',
    'qualcosa di {B} {inC}?',
    'si trova {B} {inC}?',
    'dove compro {B} {inC}?',
    "c'è {B} {inC}?",
    '{B}, {C}?',
  ],
};

export const TEMPLATES: readonly Template[] = [
  ...(Object.entries(EN) as [Shape, string[]][]).flatMap(([shape, list]) => list.map((text) => ({ lang: 'en' as const, shape, text }))),
  ...(Object.entries(IT) as [Shape, string[]][]).flatMap(([shape, list]) => list.map((text) => ({ lang: 'it' as const, shape, text }))),
];

/** The words slots expand to besides the names themselves. */
export const SLOT_WORDS = {
  en: { article: ['a', 'an', 'the'], at: ['at'], in: ['in', 'the'] },
  it: { article: ['un'], at: ['da', 'dal', 'presso', 'al'], in: ['in', 'nel', 'negli', 'nei', 'nelle'] },
} as const;

/** The fixed words of a template, folded and split as names are. */
export function templateWords(t: Template): string[] {
  return t.text.replace(/\{[A-Za-z]+\}/g, ' ').toLowerCase().normalize('NFKD').replace(/\p{M}+/gu, '')
    .split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * Words a typo must never turn a name's word into: the templates' words and the words that
 * turn a question's meaning ("Note" → "not").
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  ...TEMPLATES.flatMap(templateWords),
  ...Object.values(SLOT_WORDS).flatMap((w) => [...w.article, ...w.at, ...w.in]),
  'not', 'no', 'non', 'and', 'or', 'but', 'is', 'it', 'to', 'of', 'for', 'from', 'on', 'with', 'yes', 'si', 'sì',
  'e', 'o', 'ma', 'di', 'a', 'il', 'lo', 'la', 'le', 'gli', 'i', 'per', 'con', 'su', 'tra', 'fra', 'anche', 'piu', 'meno',
  'all', 'any', 'some', 'what', 'when', 'where', 'which', 'who', 'how', 'why', 'quando', 'dove', 'quale', 'quali', 'come',
  'sold', 'sell', 'buy', 'get', 'have', 'has', 'there', 'here', 'now', 'yet', 'still', 'ever', 'never', 'mai', 'ancora',
]);
