// The whole set of one dimension: "which countries sell Pure?", "quali negozi
// hanno la Flow?", "what does Coop sell?", "how many retailers in Italy?",
// "list all products". Read with its own grouped query, so every value the
// data holds is in the answer; each value is placed by its best state:
// confirmed (a paired fact that has not ended), named without pairing, or ended.
import type { AnswerSet, Dimension, Status } from '../../types.js';
import { WORDS, statusLabel } from '../words.js';
import { describeOrAll, filterOf, type Composed, type KindContext } from './context.js';
import { noAnswer } from './nothing.js';

/** Values listed by name; beyond, counted with the ones with most facts named. */
export const SET_LISTED = 50;
/** Grouped rows read at most (value × status × paired). */
const SET_ROWS = 20_000;

const RANK: Record<Status, number> = { available: 0, opening: 1, announced: 2, ended: 3 };

interface Value { id: string; name: string; state: 'confirmed' | 'unpaired' | 'ended'; best: Status; n: number }

function nameOf(k: KindContext, d: Dimension, id: string): string {
  return k.index.nameOf(d, id, k.lang);
}

function valuesOf(k: KindContext, d: Dimension): Value[] {
  const byId = new Map<string, Value>();
  for (const s of k.store.dimensionStates(d, filterOf(k.r), SET_ROWS)) {
    const status = s.status as Status;
    const state = status === 'ended' ? 'ended' : s.paired ? 'confirmed' : 'unpaired';
    const v = byId.get(s.value);
    if (!v) { byId.set(s.value, { id: s.value, name: nameOf(k, d, s.value), state, best: status, n: s.n }); continue; }
    v.n += s.n;
    const order = { confirmed: 0, unpaired: 1, ended: 2 } as const;
    if (order[state] < order[v.state]) v.state = state;
    if (state === 'confirmed' && (v.state !== 'confirmed' || RANK[status] < RANK[v.best])) v.best = status;
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, k.lang));
}

/** The catalog's own products or retailers, for a question that names nothing ("list all retailers"). */
function catalogValues(k: KindContext, d: Dimension): Value[] | null {
  const named = k.r.productIds !== null || k.r.retailers.length > 0 || k.r.countries.length > 0;
  if (named || d === 'country') return null;
  const ids = d === 'product' ? [...k.index.products.keys()] : [...k.index.retailers.keys()];
  const fromFacts = new Map(valuesOf(k, d).map((v) => [v.id, v]));
  return ids.map((id) => fromFacts.get(id) ?? { id, name: nameOf(k, d, id), state: 'confirmed' as const, best: 'available' as Status, n: 0 })
    .sort((a, b) => a.name.localeCompare(b.name, k.lang));
}

function names(values: Value[], k: KindContext, withStatus: boolean): string {
  const shown = [...values].sort((a, b) => b.n - a.n).slice(0, SET_LISTED);
  const keep = new Set(shown.map((v) => v.id));
  const listed = values.filter((v) => keep.has(v.id)).map((v) =>
    withStatus && v.best !== 'available' ? `${v.name} (${statusLabel(v.best, k.lang)})` : v.name);
  const more = values.length - listed.length;
  return more > 0 ? `${listed.join(', ')} ${WORDS[k.lang].setMore(more)}` : listed.join(', ');
}

/** The complete set of one dimension as lines, for a list too long to show whole: "Retailers (34): …". */
export function setLines(k: KindContext, d: Dimension): string[] {
  const w = WORDS[k.lang];
  const values = valuesOf(k, d);
  const confirmed = values.filter((v) => v.state === 'confirmed');
  const unpaired = values.filter((v) => v.state === 'unpaired');
  const ended = values.filter((v) => v.state === 'ended');
  const lines: string[] = [];
  if (confirmed.length > 0) lines.push(`${w.setAll(d, confirmed.length)} ${names(confirmed, k, true)}`);
  if (unpaired.length > 0) lines.push(w.setUnpaired(names(unpaired, k, false)));
  if (ended.length > 0) lines.push(w.setEnded(names(ended, k, false)));
  return lines;
}

export function set(k: KindContext, d: Dimension, counting: boolean): Composed {
  const w = WORDS[k.lang];
  const values = catalogValues(k, d) ?? valuesOf(k, d);
  const what = describeOrAll(k.r, k.index, k.lang);
  const confirmed = values.filter((v) => v.state === 'confirmed');
  const unpaired = values.filter((v) => v.state === 'unpaired');
  const ended = values.filter((v) => v.state === 'ended');
  const answerSet: AnswerSet = {
    dimension: d, confirmed: confirmed.map((v) => v.name), unpaired: unpaired.map((v) => v.name), ended: ended.map((v) => v.name),
  };
  if (values.length === 0 && !counting) return { ...noAnswer(k, w.setNone(d, what || w.describe([], [], []))), set: answerSet };
  const head = counting ? w.countHead(d, what, confirmed.length) : w.setHead(d, what, confirmed.length);
  const lines = [head];
  if (confirmed.length > 0) lines.push(names(confirmed, k, true));
  if (unpaired.length > 0) lines.push(w.setUnpaired(names(unpaired, k, false)));
  if (ended.length > 0) lines.push(w.setEnded(names(ended, k, false)));
  return { verdict: 'list', facts: [], total: values.length, nearby: [], events: [], set: answerSet, lines, source: null };
}
