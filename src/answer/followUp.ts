// The inheritance rules of a conversation: whether a turn continues the previous
// question, and which of its names it takes. They are written so they cannot lie:
// a slot the new turn fills with a name the catalog lacks ("in Lisbon?", "and at
// Elkjøp?") is never filled from the previous turn, and the slot a set question
// asks for ("which retailers sell it?") is never inherited either.
import type { Candidate, Dimension, Intent, Language, Verdict } from '../types.js';
import type { Unread } from './account.js';
import type { Reading } from './intent.js';
import type { Signals } from './signals.js';
import { emptyResolved, isEmpty, mergeFollowUp, type Resolved } from './resolve.js';
import type { NameIndex } from '../match/names.js';

/** What a conversation keeps of its last turn that asked something. */
export interface Remembered {
  resolved: Resolved;
  intent: Intent;
  language: Language;
  dimension?: Dimension | undefined;
  /** After a "which did you mean?": the readings offered, so "2" or "Mi Store" picks one. */
  candidates?: Candidate[] | undefined;
  /** What the answer said: after a "no", "where can I get it then?" asks about other places. */
  verdict?: Verdict | undefined;
  /** The last turn named a place the data lacks ("a Torino?"): the next place named swaps it. */
  placeTried?: boolean | undefined;
}

/**
 * The conversation's memory when everything it names is still in the catalog, else undefined.
 * A reload may have removed a product or a retailer since; a memory holding it would answer
 * "and in Denmark?" about what is gone, or, with the product dropped, about any product.
 */
export function stillKnown(previous: Remembered | undefined, index: NameIndex): Remembered | undefined {
  if (!previous) return undefined;
  const r = previous.resolved;
  const known = r.products.every((p) => index.products.has(p.id))
    && (r.productIds ?? []).every((id) => index.products.has(id))
    && r.retailers.every((x) => index.retailers.has(x.id))
    && r.countries.every((c) => index.countries.has(c.code))
    && r.categories.every((c) => index.categories.has(c))
    && r.regions.every((g) => index.regions.has(g))
    && (previous.candidates ?? []).every((c) => (c.kind === 'product' ? index.products : c.kind === 'retailer' ? index.retailers : index.countries).has(c.id));
  return known ? previous : undefined;
}

/** "when?", "dove di preciso?": a cue alone asks the previous question again in another way. */
const ASK_AGAIN = 4;
/** A turn this short (words outside names) that says "what else" continues. */
const SHORT_TURN = 8;

export interface Inherited {
  resolved: Resolved;
  followUp: boolean;
  /** "and in Mexico instead?", "what else?": the previous question's kind goes on unless a cue names another. */
  keepsQuestion: boolean;
  /** "could you get one there?" when no place was named before: "there" points at nothing, so no yes. */
  placeless: boolean;
  /** "do they have the Pulse?" when the conversation holds nothing the pronoun could stand for: no yes. */
  dangling: boolean;
  /** The kinds of name the turn itself names. */
  namedNow: ReadonlySet<Dimension>;
}

/**
 * Whether `current` continues `previous`, and what it then asks about. A full new question
 * (a cue word and its own names, nothing pointing back) starts fresh.
 */
export function inherit(previous: Remembered | undefined, current: Resolved, reading: Reading, signals: Signals,
  unread: Unread, wordCount: number): Inherited {
  const namedNow = new Set<Dimension>([
    ...(current.productIds !== null ? ['product' as const] : []), ...(current.retailers.length > 0 ? ['retailer' as const] : []),
    ...(current.countries.length > 0 ? ['country' as const] : [])]);
  const fresh = { resolved: current, followUp: false, keepsQuestion: false, placeless: false, dangling: false, namedNow };
  // "is it sold in Spain?" opening a conversation: "it" stands for nothing said, so no yes.
  if (!previous) return Object.assign(fresh, { dangling: signals.pointsBack && (current.productIds === null || (signals.seller && current.retailers.length === 0)) });
  if (current.ambiguous.length > 0) return fresh;
  const kinds = (current.productIds !== null ? 1 : 0) + (current.retailers.length > 0 ? 1 : 0) + (current.countries.length > 0 ? 1 : 0);
  // "Danimarca?" continues; so does "still at Rapido in Spain?", which names no product: it keeps the product.
  // "Redmi in Spain?" names a product and more: a question of its own.
  const namesOnly = !isEmpty(current) && reading.intent === null && (kinds === 1 || (current.productIds === null && wordCount <= ASK_AGAIN));
  // "in quanti paesi si trovano?": a question with no name continues, unless it asks about the bot ("quali paesi copri?").
  // "launched yet?", "ma è ancora in programma?": a cue of time counts as asking too; so does "all", "tutti"
  // alone, what a cut list's "… and 30 more (ask “all” to see them)" tells the asker to send.
  const cued = reading.intent !== null || reading.latest || reading.yet || reading.all;
  const askAgain = isEmpty(current) && unread.names.length === 0 && cued && !signals.addressed
    && wordCount <= ASK_AGAIN + (reading.intent !== 'yesno' && reading.intent !== 'list' && reading.intent !== 'when' ? 2 : 1);
  const continues = reading.followUp || signals.continues || signals.pointsBack || signals.corrects || namesOnly || askAgain
    || (reading.other && wordCount <= SHORT_TURN)
    // "in Lisbon?", "and at Elkjøp?": an unknown name alone continues, to say what is unknown and keep the rest.
    || (isEmpty(current) && unread.names.length > 0 && wordCount <= ASK_AGAIN);
  // "allora la batteria Tempo si trova in Germania?": a full question of its own (a cue and two kinds of name)
  // is fresh, though it says "then"; only an opening "and", a pronoun or a correction carries it on.
  const weakOnly = signals.continues && !reading.followUp && !signals.pointsBack && !signals.corrects && !reading.other;
  if (!continues || (weakOnly && kinds >= 2 && reading.intent !== null)) return fresh;
  // "what about vancouver": a name the data lacks, whose slot nothing tells: the turn keeps nothing it could replace.
  const others = unread.names.filter((x) => !unread.places.includes(x) && !unread.retailers.includes(x));
  if (others.length > 0 && isEmpty(current) && !signals.pointsBack) return Object.assign(fresh, { followUp: true });
  const base: Resolved = Object.assign({}, previous.resolved, { ambiguous: [] });
  // A slot the turn fills with an unknown name is the unknown's, not the previous turn's.
  if (unread.places.length > 0) { base.countries = []; base.regions = []; }
  if (unread.retailers.length > 0) base.retailers = [];
  if (others.length > 0 && current.productIds === null) clearProducts(base);
  // "which retailers sell it?": the dimension asked for is open, whatever the previous turn named.
  const asked = reading.intent === 'set' || reading.intent === 'count' ? reading.dimension : null;
  if (asked === 'retailer') base.retailers = [];
  if (asked === 'country') { base.countries = []; base.regions = []; }
  if (asked === 'product') clearProducts(base);
  // "what does Healwell sell in the US then?", "what else is there?": the products are what is asked;
  // "where else?": the places and retailers are.
  if (reading.other && reading.where) { if (current.countries.length === 0) { base.countries = []; base.regions = []; } base.retailers = []; }
  // "chi altro lo vende?" (who else sells it): the retailers are asked, the product kept.
  else if (reading.other && reading.who && current.retailers.length === 0) base.retailers = [];
  // "what does Healwell sell?" asks its products; "chi li vende?" (who sells them) asks the retailers.
  else if (current.productIds === null && reading.sells && reading.intent === 'list' && current.retailers.length === 0
    && signals.pointsBack && !signals.seller && !reading.other) base.retailers = [];
  else if (current.productIds === null && (reading.other || (reading.sells && reading.intent === 'list'))) clearProducts(base);
  // "e in Italia dove la trovo?": where asks for the retailers; the place is kept unless named.
  if (reading.where && current.retailers.length === 0) base.retailers = [];
  // "where can I get it then?" after a "no" for that place: the other places are asked.
  if (reading.where && (previous.verdict === 'no' || previous.verdict === 'unknown') && current.countries.length === 0 && !signals.there) {
    base.countries = []; base.regions = [];
  }
  // "e i power bank dove li trovo?", "chi vende lo scout allora?": a question of its own (a list cue) about a product
  // it names asks for that product's retailers and places, unless "there" keeps the place.
  if (reading.intent === 'list' && current.productIds !== null && !signals.there) {
    if (current.countries.length === 0) { base.countries = []; base.regions = []; }
    if (current.retailers.length === 0) base.retailers = [];
  }
  // "and in Austria?" after "where can I buy it in Italy?" replaces the place: the same question goes on. After
  // "where is the Duo sold?", "e in Spagna?" adds a place the list left open: it asks whether, as two names do.
  const replaces = [...namedNow].every((d) => d === 'product' ? previous.resolved.productIds !== null
    : d === 'retailer' ? previous.resolved.retailers.length > 0 : previous.resolved.countries.length > 0 || previous.placeTried === true);
  const keepsQuestion = ((reading.followUp || signals.continues) && replaces) || signals.corrects || reading.other;
  // "there" points at the previous place or store ("is the Tide ink out yet there?" after Marlo).
  const placeless = signals.there && current.countries.length === 0 && base.countries.length === 0 && base.retailers.length === 0;
  const merged = mergeFollowUp(base, current);
  const gained = (merged.productIds !== null && current.productIds === null) || (merged.retailers.length > 0 && current.retailers.length === 0)
    || (merged.countries.length > 0 && current.countries.length === 0);
  // "is it at Very?" may mean the Wave named in the same turn; "do they have the Pulse?" needs a retailer to stand for.
  const dangling = signals.pointsBack && !gained && (current.productIds === null || (signals.seller && current.retailers.length === 0));
  return { resolved: merged, followUp: true, keepsQuestion, placeless, dangling, namedNow };
}

function clearProducts(r: Resolved): void {
  const e = emptyResolved();
  r.products = e.products; r.productIds = e.productIds; r.brands = e.brands; r.categories = e.categories; r.model = e.model;
}

/**
 * A reply to "which did you mean?": its number ("2", "the second") or one of the names
 * offered ("Mi Store"). Anything else is a new turn.
 */
export function choiceOf(previous: Remembered | undefined, tokens: readonly string[], current: Resolved): Candidate | undefined {
  const offered = previous?.candidates;
  if (!offered || offered.length === 0) return undefined;
  const numbers = tokens.filter((t) => /^\d{1,2}$/.test(t));
  if (numbers.length === 1 && tokens.length <= 3) return offered[Number(numbers[0]) - 1];
  const named = offered.filter((c) => (c.kind === 'product' ? current.products : c.kind === 'retailer' ? current.retailers : current.countries)
    .some((x) => x.id === c.id));
  return named.length === 1 ? named[0] : undefined;
}
