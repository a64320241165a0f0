// Yes or no: "can I buy X at R in C?". The verdict comes from the facts' status
// and pairing, never from the question: only a paired fact that has not ended
// makes a "yes", and the headline says which status it rests on. The catalog is
// asked for confirmed facts first, so a yes costs one short indexed read however
// many ended or unpaired rows lie beside it.
import type { Fact, Status } from '../../types.js';
import { COUNT_CAP, factLines, moreOf, sourcesOf, toFact } from '../facts.js';
import { WORDS, formatDate, hasBegun, isPast, statusAt } from '../words.js';
import { describe, filterOf, type Composed, type KindContext } from './context.js';
import { nearbyOf, noAnswer } from './nothing.js';

/** Facts shown in one answer; the rest are counted. */
export const YESNO_LIMIT = 20;

/** Best first: what is on sale, then what opens, then what was announced. */
const RANK: Record<Status, number> = { available: 0, opening: 1, announced: 2, ended: 3 };

export function yesNo(k: KindContext): Composed {
  const { store, index, r, lang, today } = k;
  const w = WORDS[lang];
  const filter = filterOf(r);
  const what = describe(r, index, lang);
  const modelNote = r.model && r.products.length === 1 ? [w.model(r.model, r.products[0]!.name)] : [];
  const read = (live: boolean): { facts: Fact[]; total: number } => {
    const f = Object.assign({}, filter, { confirmed: live });
    const rows = store.facts(f, YESNO_LIMIT + 1);
    const total = rows.length > YESNO_LIMIT ? store.countFacts(f, COUNT_CAP) : rows.length;
    return { facts: rows.slice(0, YESNO_LIMIT).map((row) => toFact(row, lang, index, today)), total };
  };
  const confirmed = read(true);
  if (confirmed.facts.length === 0) {
    const all = read(false);
    const base = { total: all.total, nearby: [] as Fact[], events: [] };
    if (all.facts.length === 0) return Object.assign(noAnswer(k, w.noFacts(what)), { total: 0 });
    // A yes or no reads no more for "all": the rest are seen by a narrower question.
    const more = all.total > all.facts.length ? [moreOf(all.total - all.facts.length, lang, all.total, 'narrow')] : [];
    if (all.facts.some((f) => f.status !== 'ended')) {
      return Object.assign({}, base, { verdict: 'unknown' as const, reason: 'unpaired' as const, facts: all.facts,
        lines: [w.notConfirmed(what), ...factLines(all.facts, lang, today), ...more], sources: sourcesOf(all.facts, lang) });
    }
    // Every fact has ended: "No: Pure at Next in the United Kingdom is no longer sold.", then, as any
    // "no", what the asked retailer and places hold today.
    const near = nearbyOf(k);
    return Object.assign({}, base, { verdict: 'no' as const, facts: all.facts, nearby: near.nearby, events: near.events,
      lines: [w.ended(what), ...factLines(all.facts, lang, today), ...more, ...near.lines], sources: sourcesOf([...all.facts, ...near.nearby], lang) });
  }
  // "are those all confirmed?": one confirmed fact beside unpaired or ended ones is not all of them.
  if (k.all) {
    const all = read(false);
    if (all.total > confirmed.total) {
      const cut = all.facts.sort((a, b) => Number(b.paired && b.status !== 'ended') - Number(a.paired && a.status !== 'ended'));
      return { verdict: 'unknown', reason: 'unpaired', facts: cut, total: all.total, nearby: [], events: [],
        lines: [w.notAll(what), ...factLines(cut, lang, today)], sources: sourcesOf(cut, lang) };
    }
  }
  const facts = confirmed.facts.sort((a, b) => RANK[a.status] - RANK[b.status]);
  const total = confirmed.total;
  // On sale since a period that has begun is on sale now; an opening or announcement is to come until its day has passed.
  const upcoming = (f: Fact): boolean => f.since !== null && f.status !== 'ended'
    && (f.status === 'available' ? !hasBegun(f.since, today) : !isPast(f.since, today));
  // "is it available yet?" when every fact is still to come: not yet, with the date it is due.
  if (k.now && facts.every(upcoming)) {
    const first = facts[0]!;
    return { verdict: 'no', facts, total, nearby: [], events: [],
      lines: [w.notYet(what, statusAt(first.status, first.since, lang, today)), ...factLines(facts, lang, today)], sources: sourcesOf(facts, lang) };
  }
  const more = total > facts.length ? [moreOf(total - facts.length, lang, total, 'narrow')] : [];
  // "in Sweden, Denmark or Norway?": say which of the places asked have nothing.
  const inRegion = new Set(r.regions.flatMap((id) => index.countriesByRegion.get(id) ?? []));
  const missing = [
    ...r.countries.filter((c) => !inRegion.has(c.code) && !facts.some((f) => f.country === c.code))
      .map((c) => index.nameOf('country', c.code, lang)),
    ...r.retailers.filter((x) => !facts.some((f) => f.retailer === x.id)).map((x) => x.name),
  ];
  const gaps = missing.length > 0 && total <= facts.length ? [w.nothingFor(missing.join(', '))] : [];
  const best = facts[0]!;
  // Asked about today, an announcement is as old as its source: say so.
  const asOf = k.now && best.status !== 'available' && best.sourceDate ? ` ${w.asOf(formatDate(best.sourceDate, lang))}` : '';
  const head = best.status === 'available' ? w.yes(what) : w.yesWith(`${statusAt(best.status, best.since, lang, today)}${asOf}`, what);
  return { verdict: 'yes', facts, total, nearby: [], events: [],
    lines: [head, ...factLines(facts, lang, today), ...more, ...gaps, ...modelNote], sources: sourcesOf(facts, lang) };
}
