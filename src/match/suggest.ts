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
import type { StoredSuggest } from '../catalog/types.js';
import type { Typos } from './typos.js';

/** Entities read for one of a typo's variants. */
const MAX_VARIANT_HITS = 250;

/** Words whose entities are kept for the next keystrokes (each at most MAX_WORD_HITS of them). */
const KEPT_WORDS = 48;

/** Names a word may start in one list: beyond this a prefix is too short to narrow anything. */
const MAX_WORD_HITS = 5000;

/**
 * A word of several typed that holds at most this many entities is read whole, beside the rarest word;
 * a commoner one ("gb", "midnight", a last "b") is only checked on what those leave, one index probe
 * per entity, instead of reading 5,000 entities of it at every keystroke.
 */
const READ_HITS = 400;

/**
 * One kind's names as autocomplete reads them: held in memory (built from the aliases, below) or
 * stored with the catalog at import (the SQLite reader's), read a range at a time.
 */
export type SuggestSource = StoredSuggest;

/** The in-memory source: every alias, folded, sorted, and every word of them with its entities. */
class KindIndex implements SuggestSource {
  readonly letters: string[];
  private readonly names_: string[];
  private readonly nameIds: string[];
  private readonly words_: string[];
  private readonly byWord = new Map<string, string[]>();
  private readonly rank: Map<string, number>;

  constructor(private readonly ids: string[], pairs: [string, string][]) {
    sortPairs(pairs);
    const sets = new Map<string, Set<string>>();
    for (const [name, id] of pairs) {
      for (const w of wordsOf(name)) {
        const set = sets.get(w);
        if (set) set.add(id); else sets.set(w, new Set([id]));
      }
    }
    for (const [w, set] of sets) this.byWord.set(w, [...set]);
    this.words_ = [...this.byWord.keys()].sort();
    this.letters = typoLetters(this.words_);
    this.names_ = pairs.map((p) => p[0]);
    this.nameIds = pairs.map((p) => p[1]);
    this.rank = new Map(ids.map((id, i) => [id, i]));
  }

  names(prefix: string, visit: (id: string) => boolean): void {
    eachWithPrefix(this.names_, prefix, (_n, at) => visit(this.nameIds[at]!));
  }

  words(prefix: string, whole: boolean, visit: (word: string, id: string, rank: number) => boolean): void {
    const each = (w: string): boolean => {
      for (const id of this.byWord.get(w) ?? []) if (!visit(w, id, this.rank.get(id) ?? 0)) return false;
      return true;
    };
    if (whole) each(prefix); else eachWithPrefix(this.words_, prefix, each);
  }

  count(prefix: string, whole: boolean, cap: number): number {
    let n = 0;
    const each = (w: string): boolean => { n += this.byWord.get(w)?.length ?? 0; return n < cap; };
    if (whole) each(prefix); else eachWithPrefix(this.words_, prefix, each);
    return Math.min(n, cap);
  }

  holding(ids: readonly string[], word: string, whole: boolean): string[] {
    const wanted = new Set(ids);
    const out = new Set<string>();
    const each = (w: string): boolean => {
      for (const id of this.byWord.get(w) ?? []) if (wanted.has(id)) out.add(id);
      return out.size < wanted.size;
    };
    if (whole) each(word); else eachWithPrefix(this.words_, word, each);
    return ids.filter((id) => out.has(id));
  }

  first(limit: number): string[] {
    return this.ids.slice(0, limit);
  }

  begun(prefixes: string[]): string[] {
    return prefixes.filter((p) => this.words_[lowerBound(this.words_, p)]?.startsWith(p) ?? false);
  }
}

/** An entity's name and aliases as autocomplete folds them: shared with the import, which stores them. */
export function suggestPairs(ids: readonly string[], nameOf: (id: string) => string, aliases: Iterable<{ ref: string; alias: string }>): [string, string][] {
  const pairs: [string, string][] = ids.map((id) => [foldText(nameOf(id)), id]);
  for (const a of aliases) if (!a.alias.startsWith('flag_')) pairs.push([foldText(a.alias), a.ref]);
  return pairs;
}

/** How many letters a typo's substitute or missing letter is drawn from. */
const TYPO_LETTERS = 40;

/**
 * The letters a typo's substitute or missing letter is drawn from: the commonest of a kind's words.
 * Country names in every language hold hundreds of letters (Cyrillic, Greek, CJK …), and each letter
 * is one more search per position typed: all of them made a country keystroke cost 60 ms.
 */
export function typoLetters(words: Iterable<string>): string[] {
  const counts = new Map<string, number>();
  for (const w of words) for (const ch of w) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, TYPO_LETTERS).map(([ch]) => ch);
}

/** Sorted by folded name, in place; names alike keep their order. */
export function sortPairs(pairs: [string, string][]): [string, string][] {
  return pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

export { wordsOf as suggestWords };

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
  private readonly kinds = new Map<SuggestKind, SuggestSource>();

  /**
   * `stored`: a kind's names as the import stored them, or null to build them here from `aliasNames`
   * (a catalog or a test reader without them).
   */
  constructor(
    private readonly index: NameIndex,
    private readonly aliasNames: (kind: SuggestKind) => { ref: string; alias: string }[],
    private readonly typos: Typos,
    private readonly stored: (kind: SuggestKind) => SuggestSource | null = () => null,
  ) {}

  /** Builds every kind's index now (a server does it at start, so no keystroke pays for it). */
  warm(): void {
    for (const kind of ['product', 'retailer', 'country'] as const) this.indexOf(kind);
  }

  private indexOf(kind: SuggestKind): SuggestSource {
    let built = this.kinds.get(kind);
    if (built) return built;
    built = this.stored(kind) ?? undefined;
    if (!built) {
      const source = kind === 'product' ? this.index.products : kind === 'retailer' ? this.index.retailers : this.index.countries;
      const ids = [...source.keys()];
      built = new KindIndex(ids, suggestPairs(ids, (id) => this.index.nameOf(kind, id, 'en'), this.aliasNames(kind)));
    }
    this.kinds.set(kind, built);
    return built;
  }

  /**
   * A word's entities, at most `limit`, kept for the next keystrokes: typing "moto e10 p" asks again
   * for "moto" and "e10" at every letter, and the typo pass of a keystroke asks again what its exact
   * pass asked. A list shorter than the limit it was read with is the whole list.
   */
  private rowsOf(k: SuggestSource, prefix: string, whole: boolean, limit: number, keep: boolean): Rows {
    if (limit === 0) return [];
    const key = `${whole ? '=' : '^'}${prefix}`;
    const cache = keptFor(this.rows, k);
    const kept = cache.get(key);
    if (kept && (kept.rows.length < kept.limit || kept.limit >= limit)) return kept.rows.length > limit ? kept.rows.slice(0, limit) : kept.rows;
    const got: [string, string, number][] = [];
    k.words(prefix, whole, (w, id, rank) => got.push([w, id, rank]) < limit, limit);
    if (keep) {
      if (cache.size >= KEPT_WORDS && !kept) cache.delete(cache.keys().next().value!);
      cache.set(key, { rows: got, limit });
    }
    return got;
  }

  private readonly rows = new Map<SuggestSource, Map<string, { rows: Rows; limit: number }>>();

  /**
   * The rows of every word a typed word may stand for: itself (whole, or as a beginning when it is the
   * last word), at most `limit` (none: `limit` 0, the word is to be checked instead), and with `fix`
   * its typo corrections and, for the last word, its one-edit beginnings ("swee" for "Swed…"), each
   * cut at MAX_VARIANT_HITS.
   */
  private readingsOf(k: SuggestSource, w: string, last: boolean, fix: boolean, limit: number): Reading {
    const lists: Rows[] = [this.rowsOf(k, w, !last, limit, true)];
    const reading = { word: w, whole: !last, lists, read: limit > 0 };
    if (!fix) return reading;
    let n = lists[0]!.length;
    const add = (rows: Rows): boolean => { lists.push(rows); n += rows.length; return n < MAX_WORD_HITS; };
    for (const c of this.typos.correct(w)) if (!add(this.rowsOf(k, c.word, true, MAX_VARIANT_HITS, false))) return reading;
    if (last) {
      for (const v of k.begun([...oneEditAway(w, k.letters)])) if (!add(this.rowsOf(k, v, false, MAX_VARIANT_HITS, false))) break;
    }
    return reading;
  }

  /** How many entities a word holds, counted in the index (not read), at most MAX_WORD_HITS; kept like the rows. */
  private countOf(k: SuggestSource, word: string, whole: boolean): number {
    const key = `${whole ? '=' : '^'}${word}`;
    const cache = keptFor(this.counts, k);
    let n = cache.get(key);
    if (n === undefined) {
      n = k.count(word, whole, MAX_WORD_HITS);
      if (cache.size >= KEPT_WORDS * 4) cache.delete(cache.keys().next().value!);
      cache.set(key, n);
    }
    return n;
  }

  private readonly counts = new Map<SuggestSource, Map<string, number>>();

  /**
   * The entities whose words hold every typed word; `fix` also lets a word be typo-corrected. The
   * rarest word, and any word nearly as rare, are read and narrow the choices; each commoner word
   * only filters what is left, through the index: a long name of common words ("Tecno Camon 30 6",
   * "Infinix Note 35 Pro 8GB/256GB Midnight B") read four or five lists of 5,000 entities at every letter.
   */
  private byWords(k: SuggestSource, typed: string[], fix: boolean): Found {
    const lastAt = typed.length - 1;
    const counts = typed.length === 1 ? [0] : typed.map((w, i) => this.countOf(k, w, i !== lastAt));
    const rarest = counts.indexOf(Math.min(...counts));
    const readings = typed.map((w, i) => this.readingsOf(k, w, i === lastAt, fix, i === rarest || counts[i]! <= READ_HITS ? MAX_WORD_HITS : 0));
    const byCount = typed.map((_, i) => i).sort((a, b) => counts[a]! - counts[b]!).map((i) => readings[i]!);
    const narrow = byCount.filter((r) => r.read);
    const rank = new Map<string, number>();
    let ids: Set<string> | null = null;
    for (const r of narrow) {
      const next = new Set<string>();
      for (const rows of r.lists) {
        for (const row of rows) {
          if (ids !== null && !ids.has(row[1])) continue;
          next.add(row[1]);
          rank.set(row[1], row[2]);
        }
      }
      ids = next;
      if (ids.size === 0) return { shared: new Map(), rank };
    }
    // A word not read: an entity holds it when its typo readings say so, or when the index, asked for it, does.
    const checked = new Map<Reading, Set<string>>();
    for (const r of byCount) {
      if (r.read || ids === null) continue;
      const holds = new Set<string>();
      for (const rows of r.lists) for (const row of rows) if (ids.has(row[1])) holds.add(row[1]);
      const rest = [...ids].filter((id) => !holds.has(id));
      const confirmed = new Set(k.holding(rest, r.word, r.whole));
      for (const id of confirmed) holds.add(id);
      checked.set(r, confirmed);
      ids = holds;
      if (ids.size === 0) return { shared: new Map(), rank };
    }
    const found: Found = { shared: new Map(), rank };
    if (ids === null) return found;
    // The last word's closeness orders the choices (a typo late in a word is the likelier); the words before it only narrow them.
    const last = readings[lastAt]!;
    for (const id of checked.get(last) ?? []) if (ids.has(id)) found.shared.set(id, last.word.length);
    for (const rows of last.lists) {
      for (const [w, id] of rows) {
        if (!ids.has(id)) continue;
        const shared = sharedStart(last.word, w);
        if ((found.shared.get(id) ?? -1) < shared) found.shared.set(id, shared);
      }
    }
    return found;
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
      for (const id of k.first(limit)) if (!add(id)) break;
    } else {
      k.names(typed, add);
      const words = wordsOf(typed);
      if (ids.length < limit && words.length > 0) {
        for (const id of ordered(this.byWords(k, words, false))) if (!add(id)) break;
      }
      // Typos only once the exact words are used up, and only for words long enough to correct.
      if (ids.length < limit && typed.length >= 3) {
        for (const id of ordered(this.byWords(k, words, true))) if (!add(id)) break;
      }
    }
    return ids.map((id) => ({ id, name: this.index.nameOf(kind, id, lang) }));
  }
}

/** What a suggester keeps of one kind's source across keystrokes (rows, counts): one map per source. */
function keptFor<V>(bySource: Map<SuggestSource, Map<string, V>>, k: SuggestSource): Map<string, V> {
  let kept = bySource.get(k);
  if (!kept) { kept = new Map(); bySource.set(k, kept); }
  return kept;
}

/** A typed word's rows as read (see readingsOf). */
interface Reading { word: string; whole: boolean; lists: Rows[]; read: boolean }

/** A word's entities as read: the word, the entity, its place in the catalog. */
type Rows = readonly (readonly [string, string, number])[];

/** Entities found, with how many first letters their word shares with what was typed, and their place in the catalog. */
interface Found { shared: Map<string, number>; rank: Map<string, number> }

/** Closest first (most first letters shared), then in the catalog's order, so the same keystrokes list the same choices. */
function ordered(found: Found): string[] {
  if (found.shared.size === 0) return [];
  const { shared, rank } = found;
  return [...shared.keys()].sort((a, b) => shared.get(b)! - shared.get(a)! || (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
}
