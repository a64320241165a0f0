// Where / which, without a dimension: the facts for what was named, grouped one
// line per retailer and status. When there are more than one answer shows, the
// complete sets of retailers and countries follow, read with their own grouped
// query, so a cut list never hides a retailer or a country that the data holds.
import type { Dimension, Fact } from '../../types.js';
import { COUNT_CAP, factLines, moreOf, sourcesOf, toFact } from '../facts.js';
import { collator } from '../../text/collator.js';
import { WORDS, statusLabel } from '../words.js';
import { describe, filterOf, type Composed, type KindContext } from './context.js';
import { noAnswer } from './nothing.js';
import { setLines } from './set.js';
import { CHAT_BODY } from '../reply.js';

/** Facts shown in one list; beyond, the sets of retailers and countries stand for the rest. */
export const LIST_LIMIT = 20;
/**
 * Facts read when the asker asks for all of them ("where can I buy all Lumo lamps?"): more than a list
 * shows, so "ask “all”" shows what it promised, and still a bounded read; past it the answer says to narrow.
 */
export const LIST_ALL = 100;

/** The retailers or countries of facts in hand, in the words of a set answer: confirmed (with a status other than available), unpaired, ended. */
function setsOf(facts: Fact[], d: Dimension, lang: KindContext['lang']): string[] {
  const w = WORDS[lang];
  const best = new Map<string, { state: 0 | 1 | 2; status: Fact['status'] }>();
  const rank: Record<Fact['status'], number> = { available: 0, opening: 1, announced: 2, ended: 3 };
  for (const f of facts) {
    const name = d === 'retailer' ? f.retailerName : d === 'country' ? f.countryName : f.productName;
    const state = f.status === 'ended' ? 2 : f.paired ? 0 : 1;
    const had = best.get(name);
    if (!had || state < had.state || (state === had.state && rank[f.status] < rank[had.status])) best.set(name, { state, status: f.status });
  }
  const byState = (s: 0 | 1 | 2): string[] => [...best].filter(([, v]) => v.state === s).map(([n, v]) =>
    (s === 0 && v.status !== 'available' ? `${n} (${statusLabel(v.status, lang)})` : n)).sort(collator(lang).compare);
  const [confirmed, unpaired, ended] = [byState(0), byState(1), byState(2)];
  return [
    ...(confirmed.length > 0 ? [`${w.setAll(d, confirmed.length)} ${confirmed.join(', ')}`] : []),
    ...(unpaired.length > 0 ? [w.setUnpaired(unpaired.join(', '))] : []),
    ...(ended.length > 0 ? [w.setEnded(ended.join(', '))] : []),
  ];
}

export function list(k: KindContext): Composed {
  const { store, index, r, lang, today } = k;
  const w = WORDS[lang];
  const filter = filterOf(r);
  const limit = k.all ? LIST_ALL : LIST_LIMIT;
  const rows = store.facts(filter, limit + 1);
  const total = rows.length > limit ? store.countFacts(filter, COUNT_CAP) : rows.length;
  const what = describe(r, index, lang);
  if (rows.length === 0) return Object.assign(noAnswer(k, w.noFacts(what)), { total });
  const facts = rows.slice(0, limit).map((row) => toFact(row, lang, index, today))
    .sort((a, b) => Number(a.status === 'ended') - Number(b.status === 'ended') || Number(b.paired) - Number(a.paired));
  const hint = !k.all && total <= LIST_ALL ? 'all' : 'narrow';
  const more = total > facts.length ? [moreOf(total - facts.length, lang, total, hint)] : [];
  const lines = factLines(facts, lang, today);
  // Cut by the limit, the list is followed by its complete retailers and countries, read with their own
  // grouped query; cut only for chat length, every fact is in hand and the sets come from them.
  const whole = (d: Dimension): string[] => (total > facts.length ? setLines(k, d) : setsOf(facts, d, lang));
  // "quali chitarre avete?": products chosen by brand or category are named whole too.
  const byGroup = r.products.length !== 1;
  const sets = total > facts.length || lines.length > CHAT_BODY - 1
    ? [...(byGroup ? whole('product') : []), ...(r.retailers.length === 1 ? [] : whole('retailer')), ...(r.countries.length === 1 ? [] : whole('country'))]
    : [];
  const modelNote = r.model && r.products.length === 1 ? [w.model(r.model, r.products[0]!.name)] : [];
  return { verdict: 'list', facts, total, nearby: [] as Fact[], events: [],
    lines: [w.listHead(what), ...lines, ...more, ...sets, ...modelNote], sources: sourcesOf(facts, lang) };
}
