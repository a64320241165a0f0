// Turns what was composed (or a verdict with nothing to compose) into the Answer
// adapters receive: text and its parts, recognised entities, candidates.
import type { NameIndex } from '../match/names.js';
import { MAX_QUESTION_LENGTH } from '../text/normalize.js';
import type { Answer, AnswerParts, Candidate, Dimension, Intent, Language, Query, Reason, Verdict } from '../types.js';
import type { Composed } from './kinds/index.js';
import type { Deps } from './deps.js';
import { emptyResolved, type Resolved } from './resolve.js';
import { WORDS, formatDate } from './words.js';

/** Buttons a platform can show in one row. */
const MAX_CANDIDATES = 5;

export function entitiesOf(r: Resolved, index: NameIndex, lang: Language): Answer['entities'] {
  const e: Answer['entities'] = {
    products: r.products,
    retailers: r.retailers,
    countries: r.countries.map((c) => ({ ...c, name: index.nameOf('country', c.code, lang) })),
  };
  if (r.model) e.model = r.model;
  return e;
}

function partsOf(lines: string[], source: string | null, truncated: boolean, lang: Language, notes: string[] = []): AnswerParts {
  const [headline = '', ...rest] = lines;
  const body = [...notes, ...rest];
  if (truncated) body.push(WORDS[lang].truncated(MAX_QUESTION_LENGTH));
  return { headline, body, source };
}

function textOf(p: AnswerParts): string {
  return [p.headline, ...p.body, ...(p.source ? [p.source] : [])].join('\n');
}

/** Body lines of a chat-length answer: with its headline and source, about eight lines in all. */
export const CHAT_BODY = 6;

/**
 * Keeps an answer chat length: the notes and summary lines stay, the fact lines fill the room left,
 * and one line counts the rest and says how to see it ("… and 7 more (ask “all” to see them)").
 * `whole`: the asker asked for everything.
 */
export function chatLength(body: string[], lang: Language, whole: boolean): string[] {
  if (whole || body.length <= CHAT_BODY) return body;
  const isFact = (l: string): boolean => l.startsWith('• ');
  // A kind's own "… and N more" counts facts it did not read; they join the count of lines left out.
  const isMore = (l: string): boolean => l.startsWith('…');
  const others = body.filter((l) => !isFact(l) && !isMore(l)).length;
  const room = Math.max(1, CHAT_BODY - others - 1);
  let shown = 0;
  let hidden = 0;
  const out: string[] = [];
  let at = -1;
  for (const l of body) {
    if (isMore(l)) { hidden += Number(/\d+/.exec(l)?.[0] ?? 0); continue; }
    if (!isFact(l)) { out.push(l); continue; }
    if (shown < room) { out.push(l); shown++; at = out.length; } else hidden++;
  }
  if (hidden > 0) out.splice(at < 0 ? out.length : at, 0, WORDS[lang].moreAsk(hidden));
  return out;
}

export function finish(deps: Deps, c: Composed, r: Resolved, lang: Language, truncated: boolean, followUp: boolean,
  notes: string[] = [], whole = false): Answer {
  const [head = '', ...rest] = c.lines;
  const parts = partsOf([head, ...chatLength([...notes, ...rest], lang, whole)], c.source, truncated, lang);
  const answer: Answer = {
    verdict: c.verdict, language: lang, entities: entitiesOf(r, deps.index, lang), facts: c.facts, total: c.total,
    nearby: c.nearby, events: c.events, candidates: [], suggestions: [], followUp, truncated, text: textOf(parts), parts,
  };
  if (c.reason) answer.reason = c.reason;
  if (c.set) answer.set = c.set;
  return answer;
}

export function clarify(deps: Deps, base: Resolved, readings: { kind: 'product' | 'retailer' | 'country'; id: string }[],
  lang: Language, truncated: boolean, intent: Intent | null, dimension: Dimension | null = null): Answer {
  const { index } = deps;
  // Products first, then retailers, then countries: "2" means the same on every front end and in every answer.
  const order = { product: 0, retailer: 1, country: 2 } as const;
  const sorted = [...readings].sort((a, b) => order[a.kind] - order[b.kind]);
  const candidates: Candidate[] = sorted.slice(0, MAX_CANDIDATES).map((c) => {
    const query: Query = {};
    const products = base.products.map((p) => p.id);
    const retailers = base.retailers.map((p) => p.id);
    const countries = base.countries.map((p) => p.code);
    if (c.kind === 'product') products.push(c.id);
    if (c.kind === 'retailer') retailers.push(c.id);
    if (c.kind === 'country') countries.push(c.id);
    if (products.length > 0) query.products = products;
    if (retailers.length > 0) query.retailers = retailers;
    if (countries.length > 0) query.countries = countries;
    if (intent) query.intent = intent;
    if (dimension && (intent === 'set' || intent === 'count')) query.dimension = dimension;
    return { kind: c.kind, id: c.id, name: index.nameOf(c.kind, c.id, lang), query };
  });
  const answer = simple(deps, 'clarify', lang, truncated, undefined, base);
  answer.candidates = candidates;
  answer.parts = partsOf([WORDS[lang].clarify(candidates.map((c) => c.name))], null, truncated, lang);
  answer.text = textOf(answer.parts);
  return answer;
}

/** Thanks, ok, bye: one line, and the conversation goes on. */
export function courtesy(deps: Deps, lang: Language, midConversation: boolean): Answer {
  const answer = simple(deps, 'help', lang, false, 'courtesy');
  answer.parts = partsOf([midConversation ? WORDS[lang].courtesy : WORDS[lang].courtesyAlone], null, false, lang);
  answer.text = textOf(answer.parts);
  answer.suggestions = [];
  return answer;
}

export function simple(deps: Deps, verdict: Verdict, lang: Language, truncated: boolean, reason?: Reason, r: Resolved = emptyResolved()): Answer {
  const w = WORDS[lang];
  const examples = deps.examples[lang];
  const head = verdict === 'help' ? w.help : reason === 'out_of_scope' ? w.outOfScope : w.notUnderstood;
  const c = deps.coverage();
  // Help teaches the data: what it covers, and examples built from it.
  const covers = verdict === 'help' && reason !== 'empty'
    ? [w.coverage(c.products, c.retailers, c.countries, c.sources, c.latest ? formatDate(c.latest, lang) : null)] : [];
  const parts = partsOf([head, ...covers, `${w.tryThese} ${examples.map((e) => `“${e}”`).join(' · ')}`], null, truncated, lang);
  const answer: Answer = {
    verdict, language: lang, entities: entitiesOf(r, deps.index, lang), facts: [], total: 0, nearby: [], events: [],
    candidates: [], suggestions: examples, followUp: false, truncated, text: textOf(parts), parts,
  };
  if (reason) answer.reason = reason;
  return answer;
}
