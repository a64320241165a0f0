// Groups an answer's facts for embed fields: one group per retailer and
// country. Facts whose source names chains and countries together without
// pairing them are never shown as a pair: they share one group that says so.
import { formatDate, statusLabel, type EventFact, type Fact, type Language } from '../../src/index.js';
import { DISCORD_WORDS } from './words.js';

export interface Group {
  name: string;
  lines: string[];
}

function detail(f: Fact, lang: Language): string {
  const w = DISCORD_WORDS[lang];
  // The core words a status as of today ("announced to open on 26 May 2018"); older answers fall back.
  if (f.statusText) return `${f.statusText}${f.note ? ` — ${f.note}` : ''}`;
  const date = f.since ? ` ${f.status === 'opening' ? w.on(formatDate(f.since, lang)) : w.since(formatDate(f.since, lang))}` : '';
  const note = f.note ? ` — ${f.note}` : '';
  return `${statusLabel(f.status, lang)}${date}${note}`;
}

function uniq(items: string[]): string[] {
  return [...new Set(items)];
}

export function factGroups(facts: readonly Fact[], lang: Language): Group[] {
  const groups = new Map<string, { paired: boolean; facts: Fact[] }>();
  for (const f of facts) {
    const key = f.paired ? `p\u0000${f.retailer}\u0000${f.country}` : `u\u0000${f.source}`;
    const g = groups.get(key);
    if (g) g.facts.push(f); else groups.set(key, { paired: f.paired, facts: [f] });
  }
  return [...groups.values()].map(({ paired, facts: list }) => {
    const first = list[0]!;
    if (paired) {
      return { name: `${first.retailerName} · ${first.countryName}`, lines: list.map((f) => `${f.productName}: ${detail(f, lang)}`) };
    }
    const retailers = uniq(list.map((f) => f.retailerName));
    const countries = uniq(list.map((f) => f.countryName));
    const products = uniq(list.map((f) => `${f.productName}: ${detail(f, lang)}`));
    return { name: `${retailers.join(', ')} (${DISCORD_WORDS[lang].notPaired})`, lines: [countries.join(', '), ...products] };
  });
}

export function eventLines(events: readonly EventFact[], lang: Language): string[] {
  const w = DISCORD_WORDS[lang];
  return events.filter((e) => e.kind !== 'statement').map((e) => {
    const where = [e.retailerName, e.city, e.countryName].filter(Boolean).join(', ');
    const note = e.note ? ` — ${e.note}` : '';
    return `${formatDate(e.date, lang)}: ${w.event[e.kind] ?? e.kind}${where ? `, ${where}` : ''}${note}`;
  });
}
