// The decision flow of one question: read it, account for every word, resolve
// it (with the previous question of the conversation for follow-ups), decide
// what is asked, answer it with the kind of question that fits.
import { findEntities } from '../match/find.js';
import { clausesOf, foldText, normalize, type Normalized } from '../text/normalize.js';
import { SHORTHAND, isLanguage } from '../language/index.js';
import { cueWordFor } from '../language/words.js';
import type { NameIndex } from '../match/names.js';
import type { Answer, AnswerContext, Dimension, Intent, ViewLine } from '../types.js';
import { availabilityAsked, contentAt, wordsAt } from './asked.js';
import { distinctReadings, entryOf, withBareNames } from './bare.js';
import { unreadNames } from './account.js';
import { dropAsides } from './asides.js';
import { firstLanguage, nounsAsWords, answerLanguage } from './language.js';
import type { Deps, Remembered, Turn } from './deps.js';
import { choiceOf, inherit, stillKnown } from './followUp.js';
import { CORRECTION_WORDS, signalsOf } from './signals.js';
import { answerQuery } from './query.js';
import { isCountryWord, isDimensionWord, readIntent, type Reading } from './intent.js';
import { LIST_CUES } from '../text/lexicon.js';
import { outOfScope } from './scope.js';
import { compose } from './kinds/index.js';
import { asksSaying, isSayingVerb, sayingsFor, sayingsMet } from './kinds/statement.js';
import { clarify, courtesy, finish, simple, withView } from './reply.js';
import { lineText, rewordView, type Line } from './view.js';
import { defaultIntent, emptyResolved, isEmpty, mergeFollowUp, queryOf, resolveSpans, type Resolved } from './resolve.js';
import { WORDS } from './words.js';

/**
 * One turn of a conversation: `previous` is what the conversation kept of its last
 * question; the turn says what to keep of this one. Turns that ask nothing of the
 * catalog (help, thanks, out of scope) keep the conversation's names for the next.
 */
export function answerText(deps: Deps, question: string, ctx: AnswerContext, remembered: Remembered | undefined): Turn {
  const { index } = deps;
  // After a reload the conversation may name what the catalog no longer has: it is then forgotten
  // (its language aside), so a follow-up asks again instead of widening to any product.
  const previous = stillKnown(remembered, index);
  const asWritten = expandShorthand(normalize(question), index);
  // A question that does not show its language: the conversation's, then the platform's hint (a Discord
  // user's locale), then the catalog's own.
  const fallbacks = [remembered?.language, ctx.language, deps.language].filter(isLanguage);
  const fallback = fallbacks[0]!;
  if (asWritten.empty) return { answer: simple(deps, 'help', fallback, asWritten.truncated, 'empty'), remember: undefined };

  // A word that is a catalog name says nothing of the language ("mi", "tre"); a country code does not count as one ("la", "in").
  const isName = (t: string): boolean => index.root.next.get(t)?.entries.some((e) => e.contextual !== 'code') ?? false;
  const first = firstLanguage(question, asWritten, index, isName, fallbacks);
  const n = asWritten;
  // Where every noun has a capital (German), a capital is no evidence for a catalog name ("genug Kraft").
  const evidence = first.shown ? nounsAsWords(n, first.language) : n;
  const found = findEntities(n.tokens, index, first.shown ? first.language : null, evidence.shapes, evidence.written);
  dropAsides(found, n, first.shown ? first.language : null);
  const covered = new Set<number>();
  for (const s of found.spans) for (let i = s.start; i < s.end; i++) covered.add(i);
  const words = n.tokens.filter((_, i) => !covered.has(i));
  const unread = unreadNames(n, covered, n.written, first.language, isName, first.shown ? first.language : null, (t) => index.placeWords.has(t));
  const language = answerLanguage(question, n, found.spans, (i) => covered.has(i) || unread.positions.has(i), isName, fallbacks);

  // Typos of cue words are read as the cue ("wich countries…", "wen did…"); names are left as typed.
  const cued = n.tokens.map((t, i) => (covered.has(i) || unread.positions.has(i) || /^\p{Lu}/u.test(n.written[i] ?? '')
    ? t : cueWordFor(t, language) ?? t));
  // "any Nidino products in Korea?": a dimension word right after a name is that name's, not the question's, and
  // "nei paesi DACH": a word for countries right before a place is the place's. A question word that is also a
  // dimension word ("svizzera cosa vendono?") still asks.
  const placeAt = (i: number): boolean => found.spans.some((s) => s.start === i && s.entries.some((e) => e.kind === 'region' || e.kind === 'country'));
  const absorbed = (t: string, i: number): boolean => !LIST_CUES.has(t)
    && ((covered.has(i - 1) && isDimensionWord(t)) || (placeAt(i + 1) && isCountryWord(t)));
  const asked = (i: number): boolean => !covered.has(i) && !absorbed(cued[i]!, i);
  const whole = readIntent(cued.filter((_, i) => asked(i)), !covered.has(0), language);
  // "the next one on my list is the Wave, is it at Very?": the last clause that asks decides what is asked.
  const clauses = clausesOf(n);
  const lastAsking = clauses.length > 1 ? readIntent(clauses[clauses.length - 1]!.filter(asked).map((i) => cued[i]!), true, language) : null;
  const reading = lastAsking?.intent ? Object.assign({}, whole, { intent: lastAsking.intent, dimension: lastAsking.dimension }) : whole;
  let resolved = resolveSpans(found, n.tokens, index, language);

  // "2" or "Mi Store" after "which did you mean?": the reading picked, with the rest of that question.
  const choice = choiceOf(previous, cued, resolved);
  if (choice) return answerQuery(deps, choice.query, Object.assign({}, ctx, { language }));

  const outside = (i: number): boolean => !covered.has(i) && !unread.positions.has(i);
  const signals = signalsOf(cued, outside, (i) => covered.has(i) || unread.positions.has(i));
  // In a conversation a short turn's bare catalog word is a name ("is fortress confirmed there?",
  // "intendevo amazon"): the conversation is the evidence a sentence alone lacks.
  if (previous && words.length <= 8 && resolved.ambiguous.length === 0) {
    resolved = withBareNames(resolved, found, n.tokens, index, language, covered);
  }
  const inherited = inherit(previous, resolved, reading, signals, unread, words.length);
  resolved = inherited.resolved;
  const followUp = inherited.followUp;
  // Turns that ask nothing of the catalog keep the conversation, its language and any name they did read.
  // With nothing asked before, the conversation keeps only its language: no kind of question to go on with.
  const base: Remembered = previous ?? { resolved: emptyResolved(), intent: 'help', language };
  const keep = (answer: Answer): Turn => ({ answer, remember: Object.assign({}, base, { language }) });
  const kept = (answer: Answer): Turn => ({ answer,
    remember: Object.assign({}, base, { language, candidates: undefined, placeTried: unread.places.length > 0,
      resolved: isEmpty(resolved) ? base.resolved : mergeFollowUp(base.resolved, resolved) }) });
  const asking = (answer: Answer, intent: Intent | null, dimension: Dimension | null): Turn => ({ answer,
    remember: { resolved: Object.assign({}, resolved, { ambiguous: [] }), intent: intent ?? previous?.intent ?? 'list', language,
      dimension: dimension ?? undefined, candidates: answer.candidates.length > 0 ? answer.candidates : undefined } });

  // "grazie", "ok thanks": one line. "ciao" opening a conversation is a greeting: help.
  if (signals.courtesy && (previous || !reading.greeting) && reading.intent === null && unread.names.length === 0 && isEmpty(resolved)) {
    return keep(courtesy(deps, language, previous !== undefined));
  }
  if (resolved.ambiguous.length > 0) {
    return asking(clarify(deps, resolved, resolved.ambiguous.map((a) => a), language, n.truncated, reading.intent, reading.dimension),
      reading.intent, reading.dimension);
  }
  if (isEmpty(resolved) && unread.names.length === 0) {
    const bare = distinctReadings(found.unresolved);
    if (bare.length > 1) {
      return asking(clarify(deps, resolved, bare, language, n.truncated, reading.intent, reading.dimension), reading.intent, reading.dimension);
    }
    const only = bare[0];
    // One reading only ("3" alone is the retailer): take it rather than ask back.
    if (only) {
      const span = { start: 0, end: 0, entries: [entryOf(found.unresolved, only)], cost: 0, family: false, model: [] };
      resolved = resolveSpans({ spans: [span], unresolved: [], bare: [] }, n.tokens, index, language);
    }
  }
  // "how do I use you?", "cosa sai?", "what's in your data?": about the bot, answered from the catalog.
  const aboutBot = signals.addressed && isEmpty(resolved) && unread.names.length === 0 && !followUp
    && reading.intent !== 'set' && reading.intent !== 'count';
  if ((reading.helpAsked || aboutBot) && unread.names.length === 0) return kept(simple(deps, 'help', language, n.truncated));
  // The words a statement is matched on: everyday words, not those of a correction ("intendevo", "meant").
  const everyday = contentAt(cued, covered, unread.positions).map((i) => cued[i]!).filter((w) => !CORRECTION_WORDS.has(w));
  // A set question ("quali negozi del gruppo…") is a statement's only when it asks what is said ("cosa dice…").
  const saying = reading.intent !== 'when' && reading.intent !== 'count' && (reading.intent !== 'set' || everyday.some(isSayingVerb))
    && asksSaying(index, resolved, everyday);
  const outOfScopeAnswer = (): Answer => {
    const a = simple(deps, 'unknown', language, n.truncated, 'out_of_scope', resolved);
    // In a conversation the asker knows what to ask: the line saying what the bot covers is enough.
    const short = previous ? Object.assign(withView(a, rewordView(a.view, a.view.headline, [])), { suggestions: [] }) : a;
    return unread.names.length > 0
      ? withUnread(short, [WORDS[language].unread(unread.names, false), short.view.headline, ...short.view.lines], unread.names) : short;
  };
  if (!saying && (reading.stock || outOfScope(n, covered, language))) return kept(outOfScopeAnswer());
  // "how many retailers do you know?" then "which ones?": the set the count counted.
  const browseAgain = isEmpty(resolved) && followUp && unread.names.length === 0 && (previous?.intent === 'set' || previous?.intent === 'count')
    && (reading.intent === null || reading.intent === 'list' || reading.intent === 'set');
  const browsing = browseAgain || (isEmpty(resolved) && unread.names.length === 0 && (reading.intent === 'set' || reading.intent === 'count'));
  if (isEmpty(resolved) && !browsing) {
    if (unread.names.length > 0) {
      const a = simple(deps, 'unknown', language, n.truncated, 'not_understood', resolved);
      return kept(withUnread(a, [WORDS[language].unread(unread.names, false), ...a.view.lines.slice(1)], unread.names));
    }
    if (reading.greeting) return keep(previous ? courtesy(deps, language, true) : simple(deps, 'help', language, n.truncated));
    return kept(simple(deps, 'unknown', language, n.truncated, 'not_understood'));
  }

  let intent: Exclude<Intent, 'help'> = browseAgain ? 'set' : kindOf(reading, resolved, followUp ? previous?.intent : undefined, inherited.keepsQuestion,
    previous?.dimension, (_, d) => inherited.namedNow.has(d), inherited.namedNow.size);
  // "does Xiaomi have customers in Germany?", "did Lidora enter Poland?": what the source says, not a sale.
  if (saying) intent = 'statement';
  if (intent === 'statement' && sayingsFor(index, resolved).length === 0) intent = defaultIntent(resolved) === 'yesno' ? 'yesno' : 'list';
  if (intent === 'statement' && resolved.retailers.length > 0) {
    // "e Sorano ha clienti nel Regno Unito?" after a question about Fermata: the statement is the place's;
    // the retailer it does not name is neither in the answer nor kept for the next turn.
    const met = sayingsMet(index, resolved, everyday);
    const shown = met.length > 0 ? met : sayingsFor(index, resolved);
    if (!shown.some((e) => e.retailer_id !== null && resolved.retailers.some((x) => x.id === e.retailer_id))) resolved = Object.assign({}, resolved, { retailers: [] });
  }
  // "e quanti negozi conosci?" then "quanti in Italia?": a count or set with no word for what it counts counts what the last one did.
  const carried = followUp || ((intent === 'set' || intent === 'count') && (previous?.intent === 'set' || previous?.intent === 'count'));
  const dimension = dimensionOf(reading, resolved, intent, carried ? previous?.dimension : undefined);
  if (intent === 'list' && dimension !== null && reading.sells && reading.dimension === null) intent = 'set';
  const remember: Remembered = { resolved, intent, language, dimension: dimension ?? undefined };
  // A name the catalog lacks ("Does Elkjøp sell the Redmi?"), or a "there" that points at no place:
  // never a yes about the rest of the sentence.
  if ((unread.names.length > 0 || inherited.placeless || inherited.dangling) && intent === 'yesno') intent = 'list';
  // A yes is given only to a question about availability whose every word is read: not to
  // "does Dolce contain gluten?" (about the product itself: out of scope) or "Coca-Cola at Pronto
  // in Brazil?" (a product it could not read: named as such).
  if (intent === 'yesno') {
    const asked = availabilityAsked(cued, covered, unread.positions, resolved);
    if (asked.verdict === 'property') return kept(outOfScopeAnswer());
    if (asked.verdict === 'unreadProduct') {
      // Words that are the catalog's own names, read as words here, are not quoted as unknown.
      const words = wordsAt(n, cued, asked.content).filter((w) => !w.split(' ').some((t) => index.root.next.has(foldText(t))));
      for (const w of words) if (!unread.names.includes(w)) unread.names.push(w);
    }
    if (asked.verdict !== 'yes') intent = 'list';
  } else if (intent === 'list' && reading.intent === 'list' && !followUp && !reading.where && !signals.addressed
    && !reading.sells && availabilityAsked(cued, covered, unread.positions, resolved).verdict === 'property') {
    // "who founded Xiaomi?", "what is the Redmi made of?": about the product or the company, not where it is sold.
    return kept(outOfScopeAnswer());
  }
  // "in Lisbon?": the unknown place is named, then where the data has the rest, in one line.
  const unknownPlace = unread.places.length > 0 && resolved.countries.length === 0 && (intent === 'list' || intent === 'yesno');
  const composed = compose({ store: deps.store, index, r: resolved, lang: language, today: deps.today(), now: reading.yet, all: reading.all,
    words: everyday },
    unknownPlace ? 'set' : intent, unknownPlace ? 'country' : dimension ?? 'product');
  const w = WORDS[language];
  const places = resolved.countries.length === 0 ? unread.places : [];
  const others = unread.names.filter((x) => !places.includes(x));
  const notes = [
    ...(others.length > 0 ? [w.unread(others, true)] : []),
    ...(places.length > 0 ? [w.unknownPlace(places.join(', '))] : []),
  ];
  const answer = finish(deps, Object.assign({}, composed, { lines: [...notes, ...composed.lines] }), resolved, language, n.truncated, followUp, [], reading.all);
  answer.query = queryOf(resolved, unknownPlace ? 'set' : intent, unknownPlace ? 'country' : dimension ?? 'product',
    { now: reading.yet, all: reading.all });
  if (unread.names.length > 0) answer.unread = unread.names;
  return { answer, remember: Object.assign({}, remember, { verdict: answer.verdict, placeTried: unread.places.length > 0 }) };
}

/** "what can u do", "dv si trova": chat shorthand read as the word, unless it belongs to a name ("Nova X"). */
function expandShorthand(n: Normalized, index: NameIndex): Normalized {
  const tokens = n.tokens.map((t, i) => {
    const full = SHORTHAND.get(t);
    const node = index.root.next.get(t);
    // "u" begins "U.K." only when "k" follows.
    if (full === undefined || (node && (node.entries.length > 0 || node.next.has(n.tokens[i + 1] ?? '')))) return t;
    const prev = n.tokens[i - 1];
    return prev !== undefined && index.root.next.get(prev)?.next.has(t) ? t : full;
  });
  return Object.assign({}, n, { tokens });
}

/**
 * The cue words decide; without one, a follow-up asks what the previous question asked
 * ("when?" → "and in Spain?"), except after a list, where two names now ask whether
 * ("where can I buy Echo?" → "DE?").
 */
function kindOf(reading: Reading, r: Resolved, previous: Intent | undefined, keepsQuestion: boolean,
  previousDimension?: Dimension, named: (r: Resolved, d: Dimension) => boolean = () => false, namedKinds = 0): Exclude<Intent, 'help'> {
  // "and what else is there?": the rest, listed.
  if (reading.other && (reading.intent === null || reading.intent === 'yesno')) return 'list';
  // "and in Mexico instead?" goes on listing; "e il Tide in Svezia?" names two kinds, and after a list that asks whether.
  const keep = previous && previous !== 'help' && (keepsQuestion && namedKinds < 2 || !(previous === 'list' && defaultIntent(r) === 'yesno'))
    // "e la Nova in Sud America?" after "what else do they sell there?": the products that set asked for are now named.
    && !((previous === 'set' || previous === 'count') && previousDimension !== undefined && named(r, previousDimension));
  const intent = reading.intent ?? (keep ? previous : defaultIntent(r));
  return intent === 'help' ? 'list' : intent;
}

/**
 * What a set or count lists: the dimension named ("which countries"), else what the
 * question leaves open ("what does Coop sell?" → products; "how many e-bikes?" → products).
 */
function dimensionOf(reading: Reading, r: Resolved, intent: Intent, previous: Dimension | undefined): Dimension | null {
  if (reading.dimension) return reading.dimension;
  // Products chosen by brand or category ("how many e-bikes?") leave the products themselves open.
  const byGroup = r.products.length === 0 || r.brands.length > 0 || r.categories.length > 0;
  const open: Dimension | null = r.productIds === null || (byGroup && intent === 'count') ? 'product'
    : r.retailers.length === 0 ? 'retailer' : r.countries.length === 0 ? 'country' : null;
  if (intent === 'set' || intent === 'count') return previous ?? open ?? 'retailer';
  // "what does Coop sell?", "cosa vende Fresco?": a retailer alone with a verb of selling asks for its products.
  if (reading.sells && r.productIds === null && r.retailers.length > 0) return 'product';
  return null;
}

/** The answer said again with the names it could not read first: `body` is the new headline and lines. */
function withUnread(a: Answer, body: readonly (Line | ViewLine)[], names: string[]): Answer {
  const [headline = '', ...rest] = body.map((l) => (typeof l !== 'string' && l.type === 'note' ? l.text : l));
  return Object.assign(withView(a, rewordView(a.view, lineText(headline), rest)), { unread: names });
}
