// Where / which, without a dimension: the facts for what was named, grouped one
// line per retailer and status. When there are more than one answer shows, the
// complete sets of retailers and countries follow, read with their own grouped
// query, so a cut list never hides a retailer or a country that the data holds.
import type { Fact } from '../../types.js';
import { factLines, sourceLine, toFact } from '../facts.js';
import { WORDS } from '../words.js';
import { describe, filterOf, type Composed, type KindContext } from './context.js';
import { noAnswer } from './nothing.js';
import { setLines } from './set.js';
import { CHAT_BODY } from '../reply.js';

/** Facts shown in one list; beyond, the sets of retailers and countries stand for the rest. */
export const LIST_LIMIT = 20;
const COUNT_CAP = 10_000;

export function list(k: KindContext): Composed {
  const { store, index, r, lang, today } = k;
  const w = WORDS[lang];
  const filter = filterOf(r);
  const rows = store.facts(filter, LIST_LIMIT + 1);
  const total = rows.length > LIST_LIMIT ? store.countFacts(filter, COUNT_CAP) : rows.length;
  const what = describe(r, index, lang);
  if (rows.length === 0) return { ...noAnswer(k, w.noFacts(what)), total };
  const facts = rows.slice(0, LIST_LIMIT).map((row) => toFact(row, lang, index, today))
    .sort((a, b) => Number(a.status === 'ended') - Number(b.status === 'ended') || Number(b.paired) - Number(a.paired));
  const more = total > facts.length ? [w.more(total - facts.length)] : [];
  const lines = factLines(facts, lang, today);
  // Cut for chat length or by the limit, the list is followed by its complete retailers and countries.
  const sets = total > facts.length || lines.length > CHAT_BODY - 1
    ? [...(r.retailers.length === 1 ? [] : setLines(k, 'retailer')), ...(r.countries.length === 1 ? [] : setLines(k, 'country'))]
    : [];
  const modelNote = r.model && r.products.length === 1 ? [w.model(r.model, r.products[0]!.name)] : [];
  return { verdict: 'list', facts, total, nearby: [] as Fact[], events: [],
    lines: [w.listHead(what), ...lines, ...more, ...sets, ...modelNote], source: sourceLine(facts, lang) };
}
