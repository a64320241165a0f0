// Autocomplete for the platforms' pickers, in time that does not grow with the
// catalog: every keystroke is a few binary searches and hash lookups, never a
// scan of every alias (a fuzzy scan cost 70 ms a keystroke at 10,000 products,
// and Discord's deadline is 3 s for every user at once). In order:
//   1. names that begin with what was typed ("swe" → Sweden);
//   2. names with a word for every word typed, the last one as a beginning
//      ("galaxy s2" → Galaxy S23, Galaxy S24; "store" → Mi Store);
//   3. the same with a word typo-corrected by the question path's own index
//      ("galxy" → Galaxy, "mediawrld" → MediaWorld).
// The indexes of a kind are built on its first suggestion (a server warms
// them at start).
import { foldText } from '../text/normalize.js';
import type { Language, SuggestKind, Suggestion } from '../types.js';
import type { NameIndex } from './names.js';
import type { TypoIndex } from './typos.js';

/** Names a word may start in one list: beyond this a prefix is too short to narrow anything. */
const MAX_WORD_HITS = 5000;

interface KindIndex {
  /** Every alias, folded, sorted, with the entity it names. */
  names: string[];
  nameIds: string[];
  /** Every word of every alias, sorted once each, with the entities whose aliases hold it. */
  words: string[];
  byWord: Map<string, string[]>;
  /** The entities in their catalog order, for an empty prefix. */
  ids: string[];
  /** The letters the words are made of: what a typo's substitute or missing letter can be. */
  letters: string[];
}

const WORD = /[\p{L}\p{N}]+/gu;

function wordsOf(folded: string): string[] {
  return folded.match(WORD) ?? [];
}

/** The first index in `sorted` whose value is ≥ `key`. */
function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < key) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** Calls `visit` for each value of `sorted` that starts with `prefix`, in order, until it returns false. */
function eachWithPrefix(sorted: readonly string[], prefix: string, visit: (value: string, at: number) => boolean): void {
  for (let i = lowerBound(sorted, prefix); i < sorted.length && sorted[i]!.startsWith(prefix); i++) if (!visit(sorted[i]!, i)) return;
}

/**
 * Every string one edit from `typed` (a letter dropped, added, changed, or two swapped), each then
 * searched as a word's beginning: a few hundred binary searches, whatever the catalog's size. A
 * beginning of four letters or fewer keeps its first letter, as the question path's typos do.
 */
function oneEditAway(typed: string, letters: readonly string[]): Set<string> {
  const out = new Set<string>();
  if (typed.length < 3) return out;
  const from = typed.length <= 4 ? 1 : 0;
  for (let i = from; i < typed.length; i++) {
    out.add(typed.slice(0, i) + typed.slice(i + 1));
    if (i + 1 < typed.length) out.add(typed.slice(0, i) + typed[i + 1] + typed[i] + typed.slice(i + 2));
    for (const c of letters) if (c !== typed[i]) out.add(typed.slice(0, i) + c + typed.slice(i + 1));
  }
  for (let i = Math.max(from, 1); i <= typed.length; i++) for (const c of letters) out.add(typed.slice(0, i) + c + typed.slice(i));
  out.delete(typed);
  // A dropped letter leaves a beginning too short to narrow anything.
  for (const v of out) if (v.length < 3) out.delete(v);
  return out;
}

function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

export class Suggester {
  private readonly kinds = new Map<SuggestKind, KindIndex>();

  constructor(
    private readonly index: NameIndex,
    private readonly aliasNames: (kind: SuggestKind) => { ref: string; alias: string }[],
    private readonly typos: TypoIndex,
  ) {}

  /** Builds every kind's index now (a server does it at start, so no keystroke pays for it). */
  warm(): void {
    for (const kind of ['product', 'retailer', 'country'] as const) this.indexOf(kind);
  }

  private indexOf(kind: SuggestKind): KindIndex {
    let built = this.kinds.get(kind);
    if (built) return built;
    const source = kind === 'product' ? this.index.products : kind === 'retailer' ? this.index.retailers : this.index.countries;
    const ids = [...source.keys()];
    const pairs: [string, string][] = ids.map((id) => [foldText(this.index.nameOf(kind, id, 'en')), id]);
    for (const a of this.aliasNames(kind)) if (!a.alias.startsWith('flag_')) pairs.push([foldText(a.alias), a.ref]);
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const sets = new Map<string, Set<string>>();
    for (const [name, id] of pairs) {
      for (const w of wordsOf(name)) {
        const set = sets.get(w);
        if (set) set.add(id); else sets.set(w, new Set([id]));
      }
    }
    const byWord = new Map<string, string[]>();
    for (const [w, set] of sets) byWord.set(w, [...set]);
    const words = [...byWord.keys()].sort();
    const letters = [...new Set(words.join(''))];
    built = { names: pairs.map((p) => p[0]), nameIds: pairs.map((p) => p[1]), words, byWord, ids, letters };
    this.kinds.set(kind, built);
    return built;
  }

  /**
   * The entities with a word starting with `prefix` (or equal to it, when `whole`), at most MAX_WORD_HITS,
   * each with how many first letters its word shares with `typed` (a typo late in a word is the likelier).
   */
  private holding(k: KindIndex, prefix: string, whole: boolean, typed = prefix, into = new Map<string, number>()): Map<string, number> {
    const take = (w: string): boolean => {
      const shared = sharedStart(typed, w);
      for (const id of k.byWord.get(w) ?? []) if ((into.get(id) ?? -1) < shared) into.set(id, shared);
      return into.size < MAX_WORD_HITS;
    };
    if (whole) take(prefix); else eachWithPrefix(k.words, prefix, take);
    return into;
  }

  /** The entities whose words hold every typed word; `fix` also lets a word be typo-corrected. */
  private byWords(k: KindIndex, typed: string[], fix: boolean): Map<string, number> {
    let result: Map<string, number> | null = null;
    typed.forEach((w, i) => {
      const last = i === typed.length - 1;
      const found = this.holding(k, w, !last);
      if (fix) {
        for (const c of this.typos.correct(w)) this.holding(k, c.word, true, w, found);
        // The word still being typed is a beginning with a typo in it: "swee" for "Swed…".
        if (last) for (const v of oneEditAway(w, k.letters)) this.holding(k, v, false, w, found);
      }
      // The last word's closeness orders the choices; the words before it only narrow them.
      result = result === null ? found : new Map([...found].filter(([id]) => result!.has(id)));
    });
    return result ?? new Map();
  }

  suggest(kind: SuggestKind, prefix: string, lang: Language, limit = 25): Suggestion[] {
    const typed = foldText(prefix.slice(0, 100)).trim();
    const k = this.indexOf(kind);
    const ids: string[] = [];
    const seen = new Set<string>();
    const add = (id: string): boolean => {
      if (!seen.has(id)) { seen.add(id); ids.push(id); }
      return ids.length < limit;
    };
    if (typed.length === 0) {
      for (const id of k.ids) if (!add(id)) break;
    } else {
      eachWithPrefix(k.names, typed, (_name, at) => add(k.nameIds[at]!));
      const words = wordsOf(typed);
      if (ids.length < limit && words.length > 0) {
        for (const id of this.ordered(k, this.byWords(k, words, false))) if (!add(id)) break;
      }
      // Typos only once the exact words are used up, and only for words long enough to correct.
      if (ids.length < limit && typed.length >= 3) {
        for (const id of this.ordered(k, this.byWords(k, words, true))) if (!add(id)) break;
      }
    }
    return ids.map((id) => ({ id, name: this.index.nameOf(kind, id, lang) }));
  }

  /** Closest first (most first letters shared), then in the catalog's order, so the same keystrokes list the same choices. */
  private ordered(k: KindIndex, found: Map<string, number>): string[] {
    if (found.size === 0) return [];
    const rank = this.ranks(k);
    return [...found.keys()].sort((a, b) => found.get(b)! - found.get(a)! || (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
  }

  private readonly rankOf = new Map<KindIndex, Map<string, number>>();

  private ranks(k: KindIndex): Map<string, number> {
    let r = this.rankOf.get(k);
    if (!r) { r = new Map(k.ids.map((id, i) => [id, i])); this.rankOf.set(k, r); }
    return r;
  }
}
