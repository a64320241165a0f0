// Turns what was composed (or a verdict with nothing to compose) into the Answer
// adapters receive: text and its parts, recognised entities, candidates.
import type { NameIndex } from '../match/names.js';
import { MAX_QUESTION_LENGTH } from '../text/normalize.js';
import type { Answer, Candidate, Dimension, Intent, Language, Query, Reason, Verdict, View, ViewSource } from '../types.js';
import type { Composed } from './kinds/index.js';
import type { Deps } from './deps.js';
import { emptyResolved, type Resolved } from './resolve.js';
import { WORDS, formatDate } from './words.js';
import { sourceLineOf } from './facts.js';
import { choicesOf, isItem, isMore, lineText, partsOfView, viewOf, viewToText, type Line } from './view.js';

/** Buttons a platform can show in one row. */
const MAX_CANDIDATES = 5;

export function entitiesOf(r: Resolved, index: NameIndex, lang: Language): Answer['entities'] {
  const e: Answer['entities'] = {
    products: r.products,
    retailers: r.retailers,
    countries: r.countries.map((c) => Object.assign({}, c, { name: index.nameOf('country', c.code, lang) })),
  };
  if (r.model) e.model = r.model;
  return e;
}

/** The View of composed lines (headline first), with the note of a question cut short last. */
function viewFrom(tone: Verdict, lines: readonly Line[], sources: readonly ViewSource[], truncated: boolean, lang: Language,
  candidates: readonly Candidate[] = []): View {
  const [head = '', ...rest] = lines;
  const body = truncated ? [...rest, WORDS[lang].truncated(MAX_QUESTION_LENGTH)] : rest;
  return viewOf({ tone, headline: lineText(head), lines: body, sources, sourceLine: sourceLineOf(sources, lang), choices: choicesOf(candidates) });
}

/** The answer with this view, and its text and parts from it. */
export function withView(answer: Omit<Answer, 'view' | 'text' | 'parts'>, view: View): Answer {
  return Object.assign({}, answer, { view, text: viewToText(view), parts: partsOfView(view) });
}

/** Body lines of a chat-length answer: with its headline and source, about eight lines in all. */
export const CHAT_BODY = 6;

/**
 * Keeps an answer chat length: the notes and summary lines stay, the fact lines fill the room left,
 * and one line counts the rest and says how to see it ("… and 7 more (ask “all” to see them)").
 * `whole`: the asker asked for everything.
 */
export function chatLength(body: readonly Line[], lang: Language, whole: boolean): Line[] {
  if (whole || body.length <= CHAT_BODY) return [...body];
  const others = body.filter((l) => !isItem(l) && !isMore(l)).length;
  const room = Math.max(1, CHAT_BODY - others - 1);
  let shown = 0;
  let hidden = 0;
  let atLeast = false;
  let narrow = false;
  const out: Line[] = [];
  let at = -1;
  for (const l of body) {
    // A kind's own "… and N more" counts facts it did not read; they join the facts of the lines left out
    // (one count, of one thing), and so do its floor ("at least") and its hint: what "all" would not
    // show makes the line say to narrow.
    if (isMore(l)) { hidden += l.count; atLeast ||= l.atLeast === true; narrow ||= l.hint === 'narrow'; continue; }
    if (!isItem(l)) { out.push(l); continue; }
    if (shown < room) { out.push(l); shown++; at = out.length; } else hidden += l.facts ?? 1;
  }
  if (hidden > 0) {
    const text = narrow ? WORDS[lang].moreNarrow(hidden, atLeast) : WORDS[lang].moreAsk(hidden, atLeast);
    out.splice(at < 0 ? out.length : at, 0, { type: 'more', of: 'items', count: hidden, atLeast, hint: narrow ? 'narrow' : 'all', text });
  }
  return out;
}

export function finish(deps: Deps, c: Composed, r: Resolved, lang: Language, truncated: boolean, followUp: boolean,
  notes: string[] = [], whole = false): Answer {
  const [head = '', ...rest] = c.lines;
  const view = viewFrom(c.verdict, [head, ...chatLength([...notes, ...rest], lang, whole)], c.sources, truncated, lang);
  const answer = withView({
    verdict: c.verdict, language: lang, entities: entitiesOf(r, deps.index, lang), facts: c.facts, total: c.total,
    nearby: c.nearby, events: c.events, candidates: [], suggestions: [], followUp, truncated,
  }, view);
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
  return withView(answer, viewFrom('clarify', [WORDS[lang].clarify(candidates.map((c) => c.name))], [], truncated, lang, candidates));
}

/** Thanks, ok, bye: one line, and the conversation goes on. */
export function courtesy(deps: Deps, lang: Language, midConversation: boolean): Answer {
  const answer = simple(deps, 'help', lang, false, 'courtesy');
  answer.suggestions = [];
  return withView(answer, viewFrom('help', [midConversation ? WORDS[lang].courtesy : WORDS[lang].courtesyAlone], [], false, lang));
}

export function simple(deps: Deps, verdict: Verdict, lang: Language, truncated: boolean, reason?: Reason, r: Resolved = emptyResolved()): Answer {
  const w = WORDS[lang];
  const examples = deps.examples[lang];
  const head = verdict === 'help' ? w.help : reason === 'out_of_scope' ? w.outOfScope : reason === 'too_broad' ? w.tooBroad : w.notUnderstood;
  const c = deps.coverage();
  // Help teaches the data: what it covers, and examples built from it.
  const covers = verdict === 'help' && reason !== 'empty'
    ? [w.coverage(c.products, c.retailers, c.countries, c.sources, c.latest ? formatDate(c.latest, lang) : null)] : [];
  const view = viewFrom(verdict, [head, ...covers, `${w.tryThese} ${examples.map((e) => w.quote(e)).join(' · ')}`], [], truncated, lang);
  const answer = withView({
    verdict, language: lang, entities: entitiesOf(r, deps.index, lang), facts: [], total: 0, nearby: [], events: [],
    candidates: [], suggestions: examples, followUp: false, truncated,
  }, view);
  if (reason) answer.reason = reason;
  return answer;
}
