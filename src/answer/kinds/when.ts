// When: the dates of the facts asked about and the events of their places and
// retailers, worded as of today ("announced to open on 26 May 2018").
import { eventLines, factLines, sourcesOf, toEvent, toFact } from '../facts.js';
import { WORDS } from '../words.js';
import { describe, filterOf, type Composed, type KindContext } from './context.js';
import { noAnswer } from './nothing.js';

const WHEN_LIMIT = 50;

export function when(k: KindContext): Composed {
  const { store, index, r, lang, today } = k;
  const w = WORDS[lang];
  const filter = filterOf(r);
  const rows = store.facts(filter, WHEN_LIMIT);
  const dated = rows.map((row) => toFact(row, lang, index, today)).filter((f) => f.since);
  const events = index.eventsFor(filter.countries, filter.retailers).map((e) => toEvent(e, lang, index))
    .filter((e) => e.kind !== 'statement');
  const what = describe(r, index, lang);
  if (dated.length === 0 && events.length === 0) return Object.assign(noAnswer(k, w.noDate(what)), { total: rows.length });
  return { verdict: 'when', facts: dated, total: rows.length, nearby: [], events,
    lines: [w.whenHead(what), ...factLines(dated, lang, today), ...eventLines(events, lang)], sources: sourcesOf(dated, lang) };
}
