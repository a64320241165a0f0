// The decision flow of one question: read it, resolve it (with the previous
// question of the conversation for follow-ups), decide what is asked, answer.
import { findEntities } from '../match/find.js';
import type { Entry } from '../match/trie.js';
import { decide, lexiconVotes } from '../text/language.js';
import { normalize } from '../text/normalize.js';
import type { Answer, AnswerContext } from '../types.js';
import { compose } from './compose.js';
import type { Deps } from './deps.js';
import { readIntent } from './intent.js';
import { unknownPlaces } from './places.js';
import { clarify, finish, simple } from './reply.js';
import { defaultIntent, isEmpty, mergeFollowUp, resolveSpans } from './resolve.js';
import { WORDS } from './words.js';

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
