// A "no" that says what was looked for and what the data holds nearby, so an
// empty answer never reads as an absence the data does not state.
import type { FactFilter } from '../../catalog/types.js';
import type { EventFact, Fact } from '../../types.js';
import { sourcesOf, toEvent, toFact } from '../facts.js';
import { WORDS } from '../words.js';
import { filterOf, productWords, sortedNames, type Composed, type KindContext } from './context.js';

const NEARBY_LIMIT = 12;

/** Distinct names in order of first appearance, "… and more" when the facts were cut. */
function namesIn(names: string[], cut: boolean, lang: KindContext['lang']): string {
  const list = [...new Set(names)].join(', ');
  return cut ? `${list} ${WORDS[lang].andMore}` : list;
}

/**
 * The retailers a country has, or the countries a retailer is in, named from the summaries stored at
 * import: every one up to NEARBY_LIMIT, in alphabetical order, then how many more. The first facts of
 * a big retailer are all of one country ("Elgiganten is in the data in: Denmark … and more", for a
 * retailer of four countries); the summary holds each value once. Null where no summary is stored
 * (several retailers at once): the caller names what its facts hold.
 */
function summaryNames(k: KindContext, d: 'retailer' | 'country', filter: FactFilter): string | null {
  const s = k.store.dimensionSummary(d, filter, NEARBY_LIMIT);
  if (!s) return null;
  const values = [...s.confirmed, ...s.unpaired, ...s.ended].slice(0, NEARBY_LIMIT);
  const total = s.counts.confirmed + s.counts.unpaired + s.counts.ended;
  const names = sortedNames(values, k, d).map((v) => v.name).join(', ');
  return total > values.length ? `${names} ${WORDS[k.lang].more(total - values.length)}` : names;
}

/** What a "no" adds after its headline: the asked places' retailers, the asked retailers' places, where else the product is. */
export interface Nearby { lines: string[]; nearby: Fact[]; events: EventFact[] }

export function noAnswer(k: KindContext, head: string): Composed {
  const near = nearbyOf(k);
  return { verdict: 'no', facts: [], total: 0, nearby: near.nearby, events: near.events, lines: [head, ...near.lines], sources: sourcesOf(near.nearby, k.lang) };
}

export function nearbyOf(k: KindContext): Nearby {
  const { store, index, r, lang, today } = k;
  const w = WORDS[lang];
  const lines: string[] = [];
  const nearby: Fact[] = [];
  // A cut list must say it is cut: "Mi smartphones — 3 Store (UK)" alone would read as "not Redmi".
  const near = (filter: FactFilter): { facts: Fact[]; cut: string[] } => {
    const rows = store.facts(filter, NEARBY_LIMIT + 1);
    return { facts: rows.slice(0, NEARBY_LIMIT).map((x) => toFact(x, lang, index, today)), cut: rows.length > NEARBY_LIMIT ? [w.andMore] : [] };
  };
  const countries = r.countries.map((c) => c.code);
  let emptyCountry = r.regions.length > 0;
  // A region is one place here: forty "no retailer in …" lines would bury the answer.
  for (const code of r.regions.length > 0 ? [] : countries.slice(0, 3)) {
    const name = w.countryInSentence(index.nameOf('country', code, lang));
    const filter = { products: null, retailers: null, countries: [code] };
    const here = near(filter);
    if (here.facts.length === 0) { lines.push(w.noneInCountry(name)); emptyCountry = true; } else {
      // One line: the retailers the place has, not every fact of them (the answer is a "no", not a list).
      lines.push(w.inCountry(name, summaryNames(k, 'retailer', filter) ?? namesIn(here.facts.map((f) => f.retailerName), here.cut.length > 0, lang)));
      nearby.push(...here.facts);
    }
  }
  if (r.retailers.length > 0) {
    const ids = r.retailers.map((x) => x.id);
    // What the retailer does carry, whatever the product: "Superdrug has other Xiaomi products".
    const filter = { products: null, retailers: ids, countries: null };
    const there = near(filter);
    if (there.facts.length > 0) {
      lines.push(w.atRetailer(r.retailers.map((x) => x.name).join(', '),
        summaryNames(k, 'country', filter) ?? namesIn(there.facts.map((f) => f.countryName), there.cut.length > 0, lang)));
      nearby.push(...there.facts);
    }
  }
  if ((emptyCountry || countries.length === 0) && r.retailers.length === 0) {
    const names = store.countriesOf(Object.assign(filterOf(r), { retailers: null, countries: null }), 30)
      .map((code) => index.nameOf('country', code, lang));
    if (names.length > 0) {
      const asked = productWords(r, index, lang);
      const product = asked.length > 0 ? asked.join(', ') : w.describe([], [], []);
      lines.push(w.elsewhere(product, names.join(', ')));
    }
  }
  const statements = countries.length > 0 && r.regions.length === 0
    ? index.eventsFor(countries, null).filter((e) => e.kind === 'statement').map((e) => toEvent(e, lang, index)) : [];
  for (const s of statements.slice(0, 1)) if (s.countryName && s.note) lines.push(w.statement(s.countryName, s.note));
  return { lines, nearby, events: statements };
}
