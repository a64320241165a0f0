// Question shapes as people type them in chat, in English and Italian. Each
// names what it asks about (P product, R retailer, C country; R2/C2 a second
// one) and whether a short or word-like name may fill a slot: "at 3" and
// "da EE" read as retailers to anyone, "Does 3 sell…" does not, so short
// retailer names only go where a preposition marks them, and short product
// names only after a verb of buying or selling.

export type Lang = 'en' | 'it';

export interface Template {
  lang: Lang;
  text: string;
  /** A short retailer name reads as one here ("at {R}", "da {R}"). */
  shortRetailer: boolean;
  /** A short product name reads as one here ("buy {P}", "vende {P}"). */
  shortProduct: boolean;
}

const t = (lang: Lang, text: string, shortRetailer: boolean, shortProduct: boolean): Template =>
  ({ lang, text, shortRetailer, shortProduct });

export const TEMPLATES: Template[] = [
  // product, retailer, country
  t('en', 'Can I buy {P} at {R} {inC}?', true, true),
  t('en', 'Is {P} available at {R} {inC}?', true, false),
  t('en', 'Does {R} sell {P} {inC}?', false, true),
  t('en', '{P} at {R} {inC}?', true, false),
  t('en', 'can i get the {P} from {R} {inC}', true, false),
  t('en', 'Is the {P} sold at {R} {inC}?', true, false),
  t('it', 'Posso comprare {P} da {R} {inC}?', true, true),
  t('it', '{P} è disponibile da {R} {inC}?', true, false),
  t('it', '{R} vende {P} {inC}?', false, true),
  t('it', 'Si trova {P} presso {R} {inC}?', true, false),
  // product, country
  t('en', 'Where can I buy {P} {inC}?', true, true),
  t('en', 'Which retailers sell {P} {inC}?', true, true),
  t('en', 'Is {P} sold {inC}?', true, false),
  t('en', '{P} {inC}?', true, false),
  t('it', 'Dove posso comprare {P} {inC}?', true, true),
  t('it', 'Chi vende {P} {inC}?', true, true),
  t('it', '{P} si vende {inC}?', true, false),
  // product
  t('en', 'Where is {P} sold?', true, false),
  t('en', 'Who sells {P}?', true, true),
  t('it', 'Dove si vende {P}?', true, true),
  t('it', 'dove trovo {P}', true, false),
  // product, retailer
  t('en', 'Does {R} sell {P}?', false, true),
  t('en', 'Can I buy {P} at {R}?', true, true),
  t('it', '{R} vende {P}?', false, true),
  t('it', 'Posso comprare {P} da {R}?', true, true),
  // retailer, country
  t('en', 'What does {R} sell {inC}?', false, true),
  t('en', 'What can I buy at {R} {inC}?', true, true),
  t('it', 'Cosa vende {R} {inC}?', false, true),
  t('it', 'Cosa posso comprare da {R} {inC}?', true, true),
  // retailer
  t('en', 'What does {R} sell?', false, true),
  t('it', 'Cosa si compra da {R}?', true, true),
  // country
  t('en', 'What is sold {inC}?', true, true),
  t('en', 'Which retailers are there {inC}?', true, true),
  t('it', 'Cosa si vende {inC}?', true, true),
  // two of a kind
  t('en', 'Can I buy {P} at {R} {inC} or {inC2}?', true, true),
  t('en', 'Is {P} sold at {R} or at {R2} {inC}?', true, false),
  t('it', 'Posso comprare {P} da {R} {inC} o {inC2}?', true, true),
  t('it', '{P} si trova da {R} o da {R2} {inC}?', true, false),
  // countries as codes, Slack-style
  t('en', '{P}, {CC}?', true, false),
  t('en', '{P} availability {CC}', true, false),
  t('en', '{P} at {R}, {CC}?', true, false),
  t('it', '{P} da {R}, {CC}?', true, false),
  // sets of one dimension
  t('en', 'Which countries sell {P}?', true, true),
  t('en', 'How many retailers sell {P} {inC}?', true, true),
  t('it', 'In quali paesi si vende {P}?', true, true),
  t('it', 'Quanti negozi vendono {P} {inC}?', true, true),
  // a name the catalog does not hold ({X}): never answered yes, and named in the answer
  t('en', 'Does {X} sell {P} {inC}?', true, true),
  t('en', 'Is the {X} sold at {R} {inC}?', true, false),
  t('it', '{X} vende {P} {inC}?', true, true),
  t('it', 'Posso comprare il {X} da {R}?', true, false),
  // when
  t('en', 'When did {R} start selling {P} {inC}?', false, true),
  t('en', 'Since when is {P} available at {R} {inC}?', true, false),
  t('it', 'Da quando {P} è disponibile da {R} {inC}?', true, false),
  t('it', 'Quando arriva {P} da {R} {inC}?', true, false),
];

/** The slots a template fills. */
export function slotsOf(text: string): { P: boolean; R: boolean; R2: boolean; C: boolean; C2: boolean; X: boolean } {
  return { P: text.includes('{P}'), R: text.includes('{R}'), R2: text.includes('{R2}'), C: text.includes('{inC}') || text.includes('{CC}'),
    C2: text.includes('{inC2}'), X: text.includes('{X}') };
}

/** How often each shape is asked: most questions name a product, many a retailer and a country. */
export function weightOf(text: string): number {
  const s = slotsOf(text);
  if (s.R2 || s.C2 || s.X || text.includes('{CC}')) return 1;
  if (/When|Since|quando|Quando/.test(text)) return 1;
  if (s.P && s.R && s.C) return 6;
  if (s.P && s.C) return 4;
  if (s.P && s.R) return 2;
  if (s.R && s.C) return 2;
  return 1.2;
}

/** Words of the templates: a typo must not turn a name into one of them either. */
export const TEMPLATE_WORDS = [...new Set(TEMPLATES.flatMap((x) => x.text.replace(/\{\w+\}/g, ' ').split(/[^\p{L}]+/u)))]
  .filter((w) => w.length > 0).map((w) => w.toLowerCase());
