// The data the core hands to every front end. Adapters render it; they never
// reach into the catalog themselves.

export type { Language } from './language/index.js';
import type { Language } from './language/index.js';

export type Verdict = 'yes' | 'no' | 'list' | 'when' | 'clarify' | 'unknown' | 'help';

/** Why an `unknown` (or a `help`) came back, so renderers can word it. */
export type Reason =
  | 'out_of_scope' // a question, but not about availability (prices, specs, weather)
  | 'not_understood' // no product, retailer or country recognised
  | 'unpaired' // the source names retailers and countries without pairing them
  | 'empty' // nothing but whitespace, mentions or markup
  | 'statement' // what the source says that is not availability (a statement, an agreement, a market entry)
  | 'courtesy' // thanks, ok, bye, a greeting mid-conversation: a one-line reply
  | 'too_broad'; // the question ran past its time budget: the answer asks to narrow it

/**
 * What is asked: yes or no, a list of facts, a date, help, or the whole set of one
 * dimension (`set`: "which countries…", `count`: "how many retailers…").
 */
export type Intent = 'yesno' | 'list' | 'when' | 'help' | 'set' | 'count' | 'statement';

/** The dimension a set or count question asks for. */
export type Dimension = 'country' | 'retailer' | 'product';

export type Status = 'available' | 'announced' | 'opening' | 'ended';

export interface EntityRef {
  id: string;
  name: string;
  /** The words of the question it was read from. */
  text: string;
  /** 1 for an exact alias, lower for a corrected typo. */
  score: number;
}

export interface CountryRef extends EntityRef {
  /** ISO 3166-1 alpha-2. */
  code: string;
}

export interface Entities {
  products: EntityRef[];
  retailers: EntityRef[];
  countries: CountryRef[];
  /** A model named in the question ("Redmi Note 5"); the data is per product line. */
  model?: string;
}

export interface Fact {
  product: string;
  productName: string;
  retailer: string;
  retailerName: string;
  country: string;
  countryName: string;
  status: Status;
  since: string | null;
  /** False when the source names retailers and countries without saying which goes with which. */
  paired: boolean;
  note: string | null;
  source: string;
  sourceTitle: string;
  /** The title as an answer's footer shows it: up to its first colon or parenthesis, one line at most. */
  sourceShort?: string;
  sourceDate: string | null;
  /**
   * The status worded as of today in the answer's language ("available since March 2026",
   * "announced to open on 26 May 2018"): renderers show this, never a date of their own wording.
   */
  statusText?: string;
}

export interface EventFact {
  kind: string;
  date: string;
  country: string | null;
  countryName: string | null;
  city: string | null;
  retailer: string | null;
  retailerName: string | null;
  note: string | null;
  source: string;
}

/** A structured question: what a button, a slash-command option or a follow-up carries. */
export interface Query {
  products?: string[];
  retailers?: string[];
  countries?: string[];
  intent?: Intent;
  /** With `set` and `count`: what to list or count. */
  dimension?: Dimension;
  /** Products chosen by brand (as the catalog writes it) or category id, instead of a list of products. */
  brands?: string[];
  categories?: string[];
  /** Region ids ("nordics"): their countries, named as the region. */
  regions?: string[];
  /** "is it on sale yet?": answered as of today, so what is still to come is a "not yet". */
  now?: boolean;
  /** "are they all confirmed?", "show all": the whole of it, not a chat-length part. */
  all?: boolean;
}

export interface Candidate {
  kind: 'product' | 'retailer' | 'country';
  id: string;
  name: string;
  /** Answering this query answers the question under this reading. */
  query: Query;
}

export interface Answer {
  verdict: Verdict;
  language: Language;
  reason?: Reason;
  entities: Entities;
  /** The facts the answer rests on (capped; see `total`). */
  facts: Fact[];
  /** How many facts matched before the cap. */
  total: number;
  /** For a "no": what the data holds nearby (same country, same retailer). */
  nearby: Fact[];
  events: EventFact[];
  /** For a "clarify": the readings to choose from. */
  candidates: Candidate[];
  /** Short example questions the user could ask next. */
  suggestions: string[];
  /** True when this question reused the previous one's entities. */
  followUp: boolean;
  /** True when the question was cut to the maximum length before reading. */
  truncated: boolean;
  /** Words of the question read as names the catalog does not hold ("Pixel", "Elkjøp"): never answered "yes". */
  unread?: string[];
  /** For a set or count question: the values of the asked dimension, complete, with the state the data gives each. */
  set?: AnswerSet;
  /** The question this answer answers, as a structured query: asked again, it gives this answer without the conversation. */
  query?: Query;
  /** The answer worded in `language` and laid out in its parts: what every renderer shows. */
  view: View;
  /** The answer as the user reads it: `viewToText(view)`. */
  text: string;
  /** The text in three parts (headline, body lines, source line): `view` as plain lines. */
  parts: AnswerParts;
}

/**
 * An answer already worded in the asker's language, in neutral parts. Renderers
 * lay it out, cut it to their platform's limits and escape it; none words a
 * fact, a status, a date or a source of its own.
 */
export interface View {
  /** The verdict: renderers colour by it. */
  tone: Verdict;
  headline: string;
  /** Everything between the headline and the sources, in reading order. */
  lines: ViewLine[];
  /** The sentences of `lines` (not items): for renderers that place them apart from the items. */
  notes: string[];
  /** The items of `lines` grouped by `place`, in order of first appearance: for renderers with fields. */
  groups: ViewGroup[];
  /** What was left out, when something was: how many, of what, worded. */
  more: ViewMore | null;
  /** The sources the answer rests on, one each. */
  sources: ViewSource[];
  /** The sources in one sentence ("Source: … (3 May 2018)."), or null when the answer rests on none. */
  sourceLine: string | null;
  /** For a "which did you mean?": the readings to choose from, in the order the text numbers them. */
  choices: ViewChoice[];
}

export type ViewLine = ViewNote | ViewItem | ViewMore;

/** A sentence of the answer that is not an item: a gap ("Nothing for Norway."), a set, a hint. */
export interface ViewNote { type: 'note'; text: string }

/** One worded item: a fact line (products at retailers in countries, one status), an event, a statement. */
export interface ViewItem {
  type: 'item';
  kind: 'fact' | 'event' | 'saying';
  /** The item as one line of text (without a bullet). */
  text: string;
  /** The heading of the group it belongs to: "3 Store · Sweden, Denmark", "Dates"; empty when it stands alone. */
  place: string;
  /** The item under its heading: "Redmi: available since March 2018". */
  detail: string;
  products: string[];
  retailers: string[];
  countries: string[];
  status: Status | null;
  /** The status worded as of today: "announced to open on 26 May 2018". */
  statusLabel: string | null;
  /** An event's date, worded: "3 May 2018". */
  dateLabel: string | null;
  note: string | null;
  /** The source names these retailers and countries together without pairing them. */
  unpaired: boolean;
  /** The facts this line stands for (a line groups a retailer's countries and products); 1 when absent. */
  facts?: number;
}

/** "… and 7 more (ask “all” to see them).": how many items were left out. */
export interface ViewMore {
  type: 'more'; count: number; of: 'items'; text: string;
  /** The count stopped at its cap: there are at least this many. */
  atLeast?: boolean;
  /** How the asker sees them: asking for "all", or, where "all" would not show them either, a narrower question. */
  hint?: 'all' | 'narrow';
}

export interface ViewGroup { place: string; items: ViewItem[] }

export interface ViewSource {
  id: string;
  /** The title as a footer shows it (up to its first colon or parenthesis). */
  title: string;
  /** The source's date, worded; null when it has none. */
  dateLabel: string | null;
  /** This source alone, worded: "Source: Xiaomi's retail partners in Europe (3 May 2018)." */
  text: string;
}

export interface ViewChoice { label: string; kind: Candidate['kind']; id: string; query: Query }

/** The values of a set answer by state: named up to 50 each (most facts first, in name order), counted whole. */
export interface AnswerSet {
  dimension: Dimension;
  /** How many values each state has, however many are named. */
  counts: { confirmed: number; unpaired: number; ended: number };
  /** Values with a paired, current row (available, announced or opening). */
  confirmed: string[];
  /** Values the source names only without pairing retailers and countries. */
  unpaired: string[];
  /** Values whose every row has ended. */
  ended: string[];
}

export interface AnswerParts {
  headline: string;
  body: string[];
  /** "Source: …" / "Fonte: …", or null when the answer rests on no fact. */
  source: string | null;
}

export interface AnswerContext {
  /** A key per conversation (channel+user, thread, DM) for follow-ups. */
  conversation?: string;
  /** The language to use when the question does not show one. */
  language?: Language;
}

export type SuggestKind = 'product' | 'retailer' | 'country';

export interface Suggestion {
  id: string;
  name: string;
}
