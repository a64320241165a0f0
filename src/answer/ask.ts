// The decision flow of one question: read it, resolve it (with the previous
// question of the conversation for follow-ups), decide what is asked, answer.
import type { CatalogStore } from '../catalog/store.js';
import { findEntities } from '../match/find.js';
import type { NameIndex } from '../match/names.js';
import type { Entry } from '../match/trie.js';
import { decide, lexiconVotes } from '../text/language.js';
import { MAX_QUESTION_LENGTH, normalize } from '../text/normalize.js';
import type { Answer, AnswerContext, AnswerParts, Candidate, Intent, Language, Query, Reason, Verdict } from '../types.js';
import { compose, type Composed } from './compose.js';
import { readIntent } from './intent.js';
import { unknownPlaces } from './places.js';
import type { ConversationMemory } from './memory.js';
import { emptyResolved, isEmpty, mergeFollowUp, resolveSpans, type Resolved } from './resolve.js';
import { WORDS } from './words.js';

export interface Remembered { resolved: Resolved; intent: Intent; language: Language }

export interface Deps {
  store: CatalogStore;
  index: NameIndex;
  memory: ConversationMemory<Remembered>;
  examples: Record<Language, string[]>;
}

const MAX_CANDIDATES = 5;
/** "when?" or "e quando?" alone asks the previous question again in another way. */
const SHORT_FOLLOW_UP_WORDS = 4;

export function answerText(deps: Deps, question: string, ctx: AnswerContext): Answer {
  const { index, memory } = deps;
  const n = normalize(question);
  const previous = ctx.conversation !== undefined ? memory.get(ctx.conversation) : undefined;
  const fallback = ctx.language ?? previous?.language ?? 'en';
  if (n.empty) return simple(deps, 'help', decide({ en: 0, it: 0 }, fallback).language, n.truncated, 'empty');

  const isName = (t: string): boolean => (index.root.next.get(t)?.entries.length ?? 0) > 0;
  const first = decide(lexiconVotes(n.tokens, isName), fallback);
  const found = findEntities(n.tokens, index, first.shown ? first.language : null);
  const covered = new Set<number>();
  for (const s of found.spans) for (let i = s.start; i < s.end; i++) covered.add(i);
  const words = n.tokens.filter((_, i) => !covered.has(i));
  // Second vote: the words outside names ("store" in "Mi Store" is no English), plus each name's own language.
  const votes = lexiconVotes(words, isName);
  for (const span of found.spans) {
    const langs = new Set(span.entries.map((e) => e.lang));
    if (langs.size === 1 && (langs.has('en') || langs.has('it'))) votes[langs.has('en') ? 'en' : 'it']++;
  }
  const language = decide(votes, fallback).language;

  const reading = readIntent(words, !covered.has(0));
  let resolved = resolveSpans(found, n.tokens, index, language);

  let followUp = false;
  if (previous && resolved.ambiguous.length === 0) {
    const kinds = (resolved.productIds !== null ? 1 : 0) + (resolved.retailers.length > 0 ? 1 : 0) + (resolved.countries.length > 0 ? 1 : 0);
    // "Danimarca?" continues the conversation; "Redmi in Spain?" starts a new one unless it opens with "and".
    const namesOnly = !isEmpty(resolved) && (reading.followUp || (reading.intent === null && kinds === 1));
    const askAgain = isEmpty(resolved) && reading.intent !== null && words.length <= SHORT_FOLLOW_UP_WORDS;
    if (namesOnly || askAgain) {
      resolved = mergeFollowUp(previous.resolved, resolved);
      followUp = true;
    }
  }

  if (resolved.ambiguous.length > 0) {
    return clarify(deps, resolved, resolved.ambiguous.map((a) => a), language, n.truncated, reading.intent);
  }
  if (isEmpty(resolved)) {
    const bare = distinctReadings(found.unresolved);
    if (bare.length > 1) return clarify(deps, resolved, bare, language, n.truncated, reading.intent);
    const only = bare[0];
    // One reading only ("3" alone is the retailer): take it rather than ask back.
    if (only) {
      const span = { start: 0, end: 0, entries: [entryOf(found.unresolved, only)], cost: 0, family: false, model: [] };
      resolved = resolveSpans({ spans: [span], unresolved: [] }, n.tokens, index, language);
    }
  }
  if (reading.outOfScope) return simple(deps, 'unknown', language, n.truncated, 'out_of_scope', resolved);
  if (isEmpty(resolved)) {
    return reading.greeting
      ? simple(deps, 'help', language, n.truncated)
      : simple(deps, 'unknown', language, n.truncated, 'not_understood');
  }

  let intent = reading.intent ?? (followUp && previous ? previous.intent : defaultIntent(resolved));
  if (ctx.conversation !== undefined) memory.set(ctx.conversation, { resolved, intent, language });
  const places = resolved.countries.length === 0 ? unknownPlaces(n.tokens, covered, language) : [];
  // "Is Redmi sold in Dublin?": a yes would be for somewhere else; list what the data holds instead.
  if (places.length > 0 && intent === 'yesno') intent = 'list';
  const notes = places.length > 0 ? [WORDS[language].unknownPlace(places.join(', '))] : [];
  return finish(deps, compose(deps.store, index, resolved, intent, language), resolved, language, n.truncated, followUp, notes);
}

export function answerQuery(deps: Deps, query: Query, ctx: AnswerContext): Answer {
  const { index, memory } = deps;
  const language = ctx.language ?? 'en';
  const resolved = emptyResolved();
  const pick = (kind: 'product' | 'retailer' | 'country', values: string[] | undefined): void => {
    for (const value of (values ?? []).slice(0, 10)) {
      const id = kind === 'country' ? value.toUpperCase() : value;
      const known = kind === 'product' ? index.products.has(id) : kind === 'retailer' ? index.retailers.has(id) : index.countries.has(id);
      if (known) { addRef(resolved, index, kind, id, value, 1, language); continue; }
      // A name typed without picking a choice: read it as a question would be. The slot
      // says what kind of thing it is, which is all the context a short name ("Three") needs.
      const n = normalize(value);
      const found = findEntities(n.tokens, index, language);
      let hit = false;
      for (const s of found.spans) {
        for (const e of s.entries) {
          if (e.kind === kind) { addRef(resolved, index, kind, e.ref, value, Math.max(0.1, 1 - 0.15 * s.cost), language); hit = true; }
        }
      }
      if (!hit) for (const e of found.unresolved) if (e.kind === kind) addRef(resolved, index, kind, e.ref, value, 1, language);
    }
  };
  pick('product', query.products);
  pick('retailer', query.retailers);
  pick('country', query.countries);
  if (resolved.products.length > 0) resolved.productIds = resolved.products.map((p) => p.id);
  if (isEmpty(resolved)) return simple(deps, 'unknown', language, false, 'not_understood');
  const intent = query.intent ?? defaultIntent(resolved);
  if (intent === 'help') return simple(deps, 'help', language, false);
  if (ctx.conversation !== undefined) memory.set(ctx.conversation, { resolved, intent, language });
  return finish(deps, compose(deps.store, index, resolved, intent, language), resolved, language, false, false);
}

function addRef(r: Resolved, index: NameIndex, kind: 'product' | 'retailer' | 'country', id: string, text: string, score: number, lang: Language): void {
  const name = index.nameOf(kind, id, lang);
  if (kind === 'product' && !r.products.some((p) => p.id === id)) r.products.push({ id, name, text, score });
  if (kind === 'retailer' && !r.retailers.some((p) => p.id === id)) r.retailers.push({ id, name, text, score });
  if (kind === 'country' && !r.countries.some((p) => p.id === id)) r.countries.push({ id, code: id, name, text, score });
}

/** With a retailer and a country named, the question is whether; otherwise it asks where. */
function defaultIntent(r: Resolved): Intent {
  return r.retailers.length > 0 && r.countries.length > 0 ? 'yesno' : 'list';
}

function distinctReadings(entries: Entry[]): { kind: 'product' | 'retailer' | 'country'; id: string }[] {
  const out: { kind: 'product' | 'retailer' | 'country'; id: string }[] = [];
  for (const e of entries) {
    if (e.kind !== 'product' && e.kind !== 'retailer' && e.kind !== 'country') continue;
    if (!out.some((o) => o.kind === e.kind && o.id === e.ref)) out.push({ kind: e.kind, id: e.ref });
  }
  return out;
}

function entryOf(entries: Entry[], reading: { kind: string; id: string }): Entry {
  return entries.find((e) => e.kind === reading.kind && e.ref === reading.id)!;
}

function entitiesOf(r: Resolved, index: NameIndex, lang: Language): Answer['entities'] {
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

function finish(deps: Deps, c: Composed, r: Resolved, lang: Language, truncated: boolean, followUp: boolean,
  notes: string[] = []): Answer {
  const parts = partsOf(c.lines, c.source, truncated, lang, notes);
  const answer: Answer = {
    verdict: c.verdict, language: lang, entities: entitiesOf(r, deps.index, lang), facts: c.facts, total: c.total,
    nearby: c.nearby, events: c.events, candidates: [], suggestions: [], followUp, truncated, text: textOf(parts), parts,
  };
  if (c.reason) answer.reason = c.reason;
  return answer;
}

function clarify(deps: Deps, base: Resolved, readings: { kind: 'product' | 'retailer' | 'country'; id: string }[],
  lang: Language, truncated: boolean, intent: Intent | null): Answer {
  const { index } = deps;
  const candidates: Candidate[] = readings.slice(0, MAX_CANDIDATES).map((c) => {
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
    return { kind: c.kind, id: c.id, name: index.nameOf(c.kind, c.id, lang), query };
  });
  const answer = simple(deps, 'clarify', lang, truncated, undefined, base);
  answer.candidates = candidates;
  answer.parts = partsOf([WORDS[lang].clarify(candidates.map((c) => c.name))], null, truncated, lang);
  answer.text = textOf(answer.parts);
  return answer;
}

function simple(deps: Deps, verdict: Verdict, lang: Language, truncated: boolean, reason?: Reason, r: Resolved = emptyResolved()): Answer {
  const w = WORDS[lang];
  const examples = deps.examples[lang];
  const head = verdict === 'help' ? w.help : reason === 'out_of_scope' ? w.outOfScope : w.notUnderstood;
  const parts = partsOf([head, `${w.tryThese} ${examples.map((e) => `“${e}”`).join(' · ')}`], null, truncated, lang);
  const answer: Answer = {
    verdict, language: lang, entities: entitiesOf(r, deps.index, lang), facts: [], total: 0, nearby: [], events: [],
    candidates: [], suggestions: examples, followUp: false, truncated, text: textOf(parts), parts,
  };
  if (reason) answer.reason = reason;
  return answer;
}
