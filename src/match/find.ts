// Reads the catalog names out of a question's tokens: exact aliases first, then
// the same trie walk over typo corrections, longest name first.
import { PLACE_BEFORE, isFunctionWord, isModelToken } from '../text/lexicon.js';
import { isOrdinaryWord } from '../language/words.js';
import type { Shape } from '../text/normalize.js';
import type { Language } from '../types.js';
import { contentOf, inContext, namesOnly, type Sentence } from './context.js';
import type { NameIndex } from './names.js';
import type { Entry, NameNode } from './trie.js';
import { checkBudget } from '../answer/budget.js';

/** A partial name ("Redmi Note 9") stands for the products it begins, up to this many. */
const MAX_FAMILY = 50;

export interface Span {
  start: number;
  end: number;
  entries: Entry[];
  /** Letters corrected to reach the name; 0 for an exact alias. */
  cost: number;
  /** A partial name that stands for every product it begins. */
  family: boolean;
  /** Model words after a product line ("note 5 pro"). */
  model: string[];
}

export interface Found {
  spans: Span[];
  /** Readings of short names that lacked context: what a bare "mi" could mean. */
  unresolved: Entry[];
  /** Catalog names written exactly but read as everyday words for lack of evidence ("is fortress confirmed"). */
  bare: Span[];
}

/** `ordinary`: reached by correcting an everyday word ("tree" → "three"), which needs the context a word-like name needs. */
/**
 * `inner`: a correction of a word too short to be corrected alone ("moo" → "moto"), which counts only
 * inside a longer name, next to a word of it written exactly ("moo g73", "nova lte 3").
 */
interface Alt { word: string; cost: number; span: number; ordinary: boolean; inner?: boolean }
interface Reach { end: number; cost: number; node: NameNode; ordinary: boolean }

const NO_SHAPE: Shape = { capital: false, upper: false, breakBefore: false, hardBreak: false };

const KIND_RANK: Record<string, number> = { product: 0, retailer: 0, country: 0, city: 1, region: 1, group: 2, brand: 3, category: 4 };

/** A word this long is corrected only inside a longer name (see Alt.inner); shorter ones never. */
const SHORT_SLIP = 3;

/** From this length on, a typo may also touch a word's first letter. */
const FIRST_LETTER_SLIP = 7;

/** What a correction costs beyond its distance when the typed word is no subsequence of it: a tie-break only. */
const SLIP = 0.01;

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (let j = 0; j < long.length && i < short.length; j++) if (long[j] === short[i]) i++;
  return i === short.length;
}

export function findEntities(tokens: readonly string[], index: NameIndex, language: Language | null,
  shapes: readonly Shape[] = tokens.map(() => NO_SHAPE), written: readonly string[] = tokens): Found {
  const sentence: Sentence = { tokens, shapes, written, language, namesOnly: namesOnly(tokens, index), content: contentOf(tokens) };
  const altCache: (Alt[] | undefined)[] = [];
  const alternatives = (pos: number): Alt[] => {
    const cached = altCache[pos];
    if (cached) return cached;
    const t = tokens[pos]!;
    const alts: Alt[] = [{ word: t, cost: 0, span: 1, ordinary: false }];
    // A short word written with a capital mid-sentence ("Nike") was typed as written: it is no typo of
    // a country ("Niue"); a retailer after "at" ("at Tree") may still be one of "Three".
    // ("in Itay" is still Italy: a place stands there.)
    const deliberate = t.length <= 4 && shapes[pos]?.capital === true && !PLACE_BEFORE.has(tokens[pos - 1] ?? '');
    const onlyCountry = (word: string): boolean => {
      const entries = index.root.next.get(word)?.entries ?? [];
      return entries.length > 0 && entries.every((e) => e.kind === 'country');
    };
    if (!isFunctionWord(t) && !/\d/.test(t)) {
      // "iphone" is no slip of "miphone": an edit at a short word's first letter makes another word more often than a typo.
      const corrections = index.typos.correct(t).filter((c) => (!deliberate || !onlyCountry(c.word))
        && (t.length >= FIRST_LETTER_SLIP || c.word[0] === t[0]));
      const ordinary = corrections.length > 0 && isOrdinaryWord(t);
      // A dropped letter is the commonest slip: "austrlia" is Australia before Austria, at the same distance.
      for (const c of corrections) alts.push({ word: c.word, cost: c.distance + (isSubsequence(t, c.word) ? 0 : SLIP), span: 1, ordinary });
      // A three-letter word, or a four-letter one whose name has three ("Proo" for Pro), is corrected
      // only inside a longer name, next to an exact word of it.
      if (t.length === SHORT_SLIP || t.length === SHORT_SLIP + 1) {
        for (const c of index.typos.correct(t, SHORT_SLIP)) {
          if (t.length === SHORT_SLIP || c.word.length === SHORT_SLIP) alts.push({ word: c.word, cost: c.distance, span: 1, ordinary: false, inner: true });
        }
      }
    }
    const after = tokens[pos + 1];
    // "128 GB" is the catalog's "128GB" as often as not: a number and the unit after it are tried as one
    // word wherever a name goes on (found in the trie as the walk reaches it, so nothing is stored twice).
    if (after !== undefined && /^\d+$/.test(t) && /^[a-z]{1,4}$/.test(after) && !shapes[pos + 1]?.hardBreak) {
      alts.push({ word: t + after, cost: 0, span: 2, ordinary: false });
    }
    // "media world" is MediaWorld; "chi le" is no "Chile": two function words are never one name.
    if (after !== undefined && !shapes[pos + 1]?.hardBreak && index.root.next.has(t + after) && !(isFunctionWord(t) && isFunctionWord(after))) {
      alts.push({ word: t + after, cost: 0, span: 2, ordinary: false });
    }
    altCache[pos] = alts;
    return alts;
  };

  // A short word one slip from a word of a name, read as it only where it bridges that name: the word
  // before it (or none: it opens the name) and the word after it both written exactly. "Spark 8 Por 4GB/64GB", "Infinix bot 13s", "iPhone 15 por max",
  // "mega" for "emga village": a function word ("por", "via", "pls"), an everyday word ("bot") or a
  // slip at the first letter, none of which a word alone may be corrected from.
  const bridgeCache: (Alt[] | undefined)[] = [];
  const bridges = (pos: number): Alt[] => {
    const cached = bridgeCache[pos];
    if (cached) return cached;
    const t = tokens[pos]!;
    const found = t.length < SHORT_SLIP || t.length > SHORT_SLIP + 1 || /\d/.test(t) || t.startsWith('flag_') || t.startsWith('tld_') ? []
      : index.typos.correct(t, SHORT_SLIP, true).filter((c) => c.distance === 1)
        .map((c) => ({ word: c.word, cost: 1 + (isSubsequence(t, c.word) ? 0 : SLIP), span: 1, ordinary: false }));
    bridgeCache[pos] = found;
    return found;
  };
  /** The words at `pos` that go on from `node` exactly (a number and its unit count as one). */
  const goesOn = (node: NameNode, pos: number): boolean => pos < tokens.length && !shapes[pos]?.hardBreak
    && alternatives(pos).some((a) => a.cost === 0 && node.next.has(a.word));

  const walk = (start: number): Reach[] => {
    const out: Reach[] = [];
    // `exactNext`: the word before was a short word's correction that opened the name; this one must be exact.
    const visit = (node: NameNode, pos: number, cost: number, depth: number, ordinary: boolean, exactNext: boolean): void => {
      // A name never runs across a comma or a question mark: "Amazon, IT?" is a retailer and a country.
      // The walk ends where the trie does; the catalog's longest name ("Santoku Knife Set with … 5pcs") bounds it.
      if (pos >= tokens.length || depth >= index.longestName || (depth > 0 && shapes[pos]?.hardBreak)) return;
      for (const alt of alternatives(pos)) {
        if (exactNext && alt.cost > 0) continue;
        // A short word's correction stands next to an exact word of the name: after exact ones, or before one.
        if (alt.inner && (exactNext || (depth > 0 && cost > 0))) continue;
        const child = node.next.get(alt.word);
        if (!child) continue;
        const reach = { end: pos + alt.span, cost: cost + alt.cost, node: child, ordinary: ordinary || alt.ordinary };
        const opens = alt.inner === true && depth === 0;
        if (!opens) out.push(reach);
        visit(child, reach.end, reach.cost, depth + 1, reach.ordinary, opens);
      }
      // A bridge stands between exact words only, and only where the word as written does not go on
      // into the next ("fin" is Finland's code, but no name goes "fin x7"). Two words bridging there
      // ("Trail 40 Por" for Pro and Pop) are both walked: the names reached alike are asked back, as
      // any two names read alike are, instead of the slip being dropped into a family's yes.
      const own = node.next.get(tokens[pos]!);
      if (exactNext || (depth > 0 && cost > 0) || (own && goesOn(own, pos + 1))) return;
      const across = bridges(pos).flatMap((b) => {
        const child = node.next.get(b.word);
        return child && goesOn(child, pos + b.span) ? [{ b, child }] : [];
      });
      for (const { b, child } of across) visit(child, pos + b.span, cost + b.cost, depth + 1, ordinary, true);
      // The last word of a long name, after two or more written exactly ("POCO C58 128 GB Ipnk", "Armor
      // 18T 64 GB Ogld"): a slip there may touch the first letter too, where the word is no word of any
      // dictionary ("old" stays old, and so does Italian "lue") and one word alone ends the name. Where
      // two words end it alike ("Trail 40 Por at …": Pro and Pop), both are read, a word or not, and
      // asked back: read as neither, the slip fell away and the family's yes stood for a name not asked.
      if (across.length > 0 || depth < 2 || own) return;
      const ends = bridges(pos).flatMap((b) => {
        const child = node.next.get(b.word);
        return child && child.entries.length > 0 ? [{ b, child }] : [];
      });
      const t = tokens[pos]!;
      if (ends.length === 1 && (isFunctionWord(t) || isOrdinaryWord(t))) return;
      for (const { b, child } of ends) out.push({ end: pos + b.span, cost: cost + b.cost, node: child, ordinary });
    };
    visit(index.root, start, 0, 0, false, false);
    return out;
  };

  const spans: Span[] = [];
  const unresolved: Entry[] = [];
  const bare: Span[] = [];
  let i = 0;
  while (i < tokens.length) {
    const span = readAt(i);
    if (span) { spans.push(span); i = span.end; } else i++;
  }
  return { spans, unresolved, bare };

  function readAt(start: number): Span | null {
    checkBudget();
    const reaches = walk(start);
    if (reaches.length === 0) return null;
    const terminals = reaches.filter((r) => r.node.entries.length > 0).sort((a, b) => b.end - a.end || a.cost - b.cost);
    let chosen: Span | null = null;
    for (const r of terminals) {
      if (chosen && (r.end !== chosen.end || r.cost !== chosen.cost)) break;
      const kept = r.node.entries.filter((e) =>
        inContext(r.ordinary && r.end - start === 1 && !e.contextual ? Object.assign({}, e, { contextual: 'word' as const }) : e, sentence, start, r.end, index));
      if (kept.length === 0) {
        // A bare short name ("mi", "3") is asked back; an everyday word or a code out of context is just a word.
        const short = r.node.entries.filter((e) => e.contextual === 'short');
        if (r.end - start === 1 && short.length > 0) unresolved.push(...short, ...r.node.below(6).filter((e) => e.contextual !== 'code'));
        const plain = r.node.entries.filter((e) => e.contextual !== 'code' && e.contextual !== 'short');
        if (r.cost === 0 && plain.length > 0) bare.push({ start, end: r.end, entries: plain, cost: 0, family: false, model: [] });
        continue;
      }
      if (!chosen) chosen = { start, end: r.end, entries: [], cost: r.cost, family: false, model: [] };
      for (const e of kept) if (!chosen.entries.some((x) => x.kind === e.kind && x.ref === e.ref)) chosen.entries.push(e);
    }
    // A partial product name longer than any whole one read here: the products it begins.
    const partial = reaches
      .filter((r) => r.node.entries.length === 0 && r.end - start >= 2 && r.cost === 0 && (!chosen || r.end > chosen.end))
      .sort((a, b) => b.end - a.end)[0];
    if (partial) {
      // "Spark 9 Por at …": a slip right after the partial name stands for the words of it one slip away.
      // One such word narrows the family to its names; two are asked back ("Pro or Pop?"), since a
      // family's yes would stand for the one not asked as much as for the one asked.
      const at = partial.end < tokens.length ? bridges(partial.end).flatMap((b) => {
        const child = partial.node.next.get(b.word);
        return child ? [{ b, child }] : [];
      }) : [];
      const products = (node: NameNode): Entry[] => node.below(MAX_FAMILY).filter((e) => e.kind === 'product');
      if (at.length > 1) {
        chosen = { start, end: partial.end + 1, entries: at.flatMap(({ child }) => products(child).slice(0, 1)), cost: 1, family: false, model: [] };
      } else {
        const [slip] = at;
        const family = products(slip ? slip.child : partial.node);
        if (family.length > 0) chosen = { start, end: slip ? partial.end + slip.b.span : partial.end, entries: family, cost: slip ? slip.b.cost : 0, family: true, model: [] };
      }
    }
    if (!chosen) return null;
    chosen.entries = preferKinds(chosen.entries);
    if (chosen.entries.some((e) => e.kind === 'product')) readModel(chosen);
    return chosen;
  }

  function readModel(span: Span): void {
    let j = span.end;
    const model: string[] = [];
    while (j < tokens.length && isModelToken(tokens[j]!) && !shapes[j]?.breakBefore) {
      // "redmi 3 store": the "3" begins a longer name, not a model number; "flow lite": a name of its own.
      const node = index.root.next.get(tokens[j]!);
      const next = tokens[j + 1];
      if (node && next !== undefined && node.next.has(next)) break;
      if (node && !/\d/.test(tokens[j]!) && node.entries.length > 0) break;
      model.push(tokens[j]!);
      j++;
    }
    // Model words ("pro", "lite") make a model only with a number: "Note 5 Pro", not "Halo Pro?".
    if (!model.some((t) => /\d/.test(t))) return;
    span.model.push(...model);
    span.end = j;
  }
}

/**
 * When one name reads as several kinds, the catalog's own things beat cities, groups, brands and
 * categories, and a catalog's own name beats a country code ("at EE" is the operator, not Estonia).
 */
function preferKinds(entries: Entry[]): Entry[] {
  if (entries.some((e) => e.contextual === 'code') && entries.some((e) => e.contextual !== 'code')) {
    entries = entries.filter((e) => e.contextual !== 'code');
  }
  const best = Math.min(...entries.map((e) => KIND_RANK[e.kind] ?? 5));
  return entries.filter((e) => (KIND_RANK[e.kind] ?? 5) === best);
}
