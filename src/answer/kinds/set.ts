// The whole set of one dimension: "which countries sell Pure?", "quali negozi
// hanno la Flow?", "what does Coop sell?", "how many retailers in Italy?",
// "list all products". Every value the data holds is counted; each is placed by
// its best state: confirmed (a paired fact that has not ended), named only
// without pairing, or ended. Up to SET_LISTED values of each are named, those
// with most facts first, in name order. A filter on one country, one retailer
// or nothing reads the summaries stored at import; any other groups its facts.
import type { DimensionState } from '../../catalog/types.js';
import type { AnswerSet, Dimension, Status } from '../../types.js';
import { WORDS, statusLabel } from '../words.js';
import { describeOrAll, filterOf, sortedNames, type Composed, type KindContext, type Named } from './context.js';
import { noAnswer } from './nothing.js';

/** Values named in an answer per state; beyond, counted. */
export const SET_LISTED = 50;
/**
 * Values named per state in the complete sets that follow a cut list: the list has named its facts
 * already, and up to three sets of three states follow it, so each names fewer than a set answer.
 * Reading 50 of each was most of a brand's list answer at 1M rows (9 reads of 50 summary rows).
 */
export const SET_IN_LIST = 20;
/** Values grouped at most when no summary serves: more than any dimension of the largest catalog. */
const SET_ROWS = 100_000;

type State = 'confirmed' | 'unpaired' | 'ended';
/** Per state, the count and the values named, sorted by name once for the lines and the set alike. */
interface Summary { counts: Record<State, number>; top: Record<State, Named[]> }

function summaryOf(k: KindContext, d: Dimension, named: number): Summary {
  const filter = filterOf(k.r);
  const s = k.store.dimensionSummary(d, filter, named) ?? k.store.dimensionGrouped(d, filter, named, SET_ROWS);
  const sorted = (values: DimensionState[]): Named[] => sortedNames(values, k, d);
  return { counts: s.counts, top: { confirmed: sorted(s.confirmed), unpaired: sorted(s.unpaired), ended: sorted(s.ended) } };
}

function namesOf(values: readonly Named[], k: KindContext, withStatus: boolean): string[] {
  return values.map(({ name, best }) => (withStatus && best && best !== 'available' ? `${name} (${statusLabel(best as Status, k.lang)})` : name));
}

function listed(s: Summary, state: State, k: KindContext, withStatus: boolean): string {
  const names = namesOf(s.top[state], k, withStatus);
  const more = s.counts[state] - names.length;
  return more > 0 ? `${names.join(', ')} ${WORDS[k.lang].setMore(more)}` : names.join(', ');
}

function lines(k: KindContext, d: Dimension, s: Summary, head: string | null): string[] {
  const w = WORDS[k.lang];
  const out: string[] = [];
  if (s.counts.confirmed > 0) out.push([head, listed(s, 'confirmed', k, true)].filter(Boolean).join(' '));
  if (s.counts.unpaired > 0) out.push(w.setUnpaired(listed(s, 'unpaired', k, false)));
  if (s.counts.ended > 0) out.push(w.setEnded(listed(s, 'ended', k, false)));
  return out;
}

/** The complete set of one dimension as lines, for a list too long to show whole: "All retailers (34): …". */
export function setLines(k: KindContext, d: Dimension): string[] {
  const s = summaryOf(k, d, SET_IN_LIST);
  return lines(k, d, s, WORDS[k.lang].setAll(d, s.counts.confirmed));
}

export function set(k: KindContext, d: Dimension, counting: boolean): Composed {
  const w = WORDS[k.lang];
  const s = summaryOf(k, d, SET_LISTED);
  const what = describeOrAll(k.r, k.index, k.lang);
  const total = s.counts.confirmed + s.counts.unpaired + s.counts.ended;
  // A question naming nothing asks about the catalog: every value it holds counts ("how many products?").
  const n = what === '' ? total : s.counts.confirmed;
  const answerSet: AnswerSet = {
    dimension: d, counts: s.counts,
    confirmed: namesOf(s.top.confirmed, k, false), unpaired: namesOf(s.top.unpaired, k, false), ended: namesOf(s.top.ended, k, false),
  };
  // What a product set describes already says "products" ("products at bol.com in Cyprus", "Xiaomi products"):
  // "no products for products at bol.com" said it twice; so did the heads.
  const products = d === 'product' && what !== '';
  const none = products ? w.setNoneProducts(what) : w.setNone(d, what || w.describe([], [], []));
  if (total === 0 && !counting) return Object.assign(noAnswer(k, none), { set: answerSet });
  const head = counting ? (products ? w.countHeadProducts(what, n) : w.countHead(d, what, n))
    : products ? w.setHeadProducts(what, n) : w.setHead(d, what, n);
  return { verdict: 'list', facts: [], total, nearby: [], events: [], set: answerSet, lines: [head, ...lines(k, d, s, null)], sources: [] };
}
