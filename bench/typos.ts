// The four typos people make (a dropped, a swapped, an inserted and a
// substituted letter), and the fairness rule for using one in a question: the
// mistyped word must not be another known word, nor as close to another known
// word as to the intended one — otherwise no careful human could answer it
// either, and a miss would measure the question, not the core.
import { foldWord } from './fold.js';
import type { Random } from './random.js';

export type TypoOp = 'drop' | 'swap' | 'insert' | 'substitute';
export const TYPO_OPS: readonly TypoOp[] = ['drop', 'swap', 'insert', 'substitute'];

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Applies `op` at `at` (a character index); `letter` is the letter inserted or substituted. */
export function applyTypo(word: string, op: TypoOp, at: number, letter = 'x'): string {
  const chars = [...word];
  const upper = (c: string | undefined): boolean => c !== undefined && c !== c.toLowerCase();
  // Keep the case of the letter replaced, as a typing slip does.
  const cased = (l: string, like: string | undefined): string => (upper(like) ? l.toUpperCase() : l);
  switch (op) {
    case 'drop': chars.splice(at, 1); break;
    case 'swap': {
      const a = chars[at]; const b = chars[at + 1];
      if (a === undefined || b === undefined) throw new Error(`swap at ${at} outside "${word}"`);
      chars[at] = upper(a) ? b.toUpperCase() : b.toLowerCase();
      chars[at + 1] = upper(b) ? a.toUpperCase() : a.toLowerCase();
      break;
    }
    case 'insert': chars.splice(at, 0, cased(letter, chars[at])); break;
    case 'substitute': chars[at] = cased(letter, chars[at]); break;
  }
  return chars.join('');
}

export interface Typo { op: TypoOp; at: number; from: string; to: string }

/** A random typo of `word` (at least two letters); the result always differs from the word. */
export function randomTypo(word: string, random: Random, op: TypoOp = random.pick(TYPO_OPS)): Typo {
  const chars = [...word];
  const n = chars.length;
  for (let attempt = 0; attempt < 20; attempt++) {
    // The first letter is the one people get right most; typos land inside the word.
    let at: number;
    let letter = random.pick([...LETTERS]);
    if (op === 'swap') {
      at = random.int(1, n - 2);
      if (foldWord(chars[at]!) === foldWord(chars[at + 1]!)) continue;
    } else if (op === 'insert') {
      at = random.int(1, n);
    } else {
      at = random.int(1, n - 1);
      if (op === 'substitute' && foldWord(chars[at]!) === letter) continue;
    }
    if (op === 'insert' && (chars[at - 1] === letter || chars[at] === letter)) letter = letter === 'e' ? 'r' : 'e';
    const to = applyTypo(word, op, at, letter);
    if (foldWord(to) !== foldWord(word)) return { op, at, from: word, to };
  }
  return randomTypo(word, random, op === 'swap' ? 'substitute' : op);
}

/** Optimal string alignment distance (an adjacent swap is one edit), stopping past `max`. */
export function osa(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const m = a.length; const n = b.length;
  let before = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    let best = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, before[j - 2]! + 1);
      cur[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    [before, prev, cur] = [prev, cur, before];
  }
  return prev[n]!;
}

/** `word` and each string one letter shorter: two words one edit apart always share one of these. */
function deletions(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Every word a reader of the catalog knows, bucketed by length for the fairness check. */
export class Vocabulary {
  private readonly byLength = new Map<number, string[]>();
  private readonly all = new Set<string>();
  /**
   * Words by their deletions, built on the first fairness check: a substitution, an insertion, a
   * dropped letter or a swap leaves the two words a deletion in common, so the check compares a
   * few words instead of every word of a length (a scan cost 2 minutes of questions at 100,000 products).
   */
  private near: Map<string, string[]> | null = null;

  constructor(words: Iterable<string>) {
    for (const raw of words) {
      const w = foldWord(raw);
      if (this.all.has(w)) continue;
      this.all.add(w);
      const list = this.byLength.get(w.length);
      if (list) list.push(w); else this.byLength.set(w.length, [w]);
    }
  }

  has(word: string): boolean {
    return this.all.has(foldWord(word));
  }

  /** No known word is within two edits: an invented name no reader could take for one. */
  farFrom(word: string): boolean {
    const t = foldWord(word);
    for (let len = t.length - 2; len <= t.length + 2; len++) {
      for (const w of this.byLength.get(len) ?? []) if (osa(t, w, 2) <= 2) return false;
    }
    return true;
  }

  /**
   * Whether a reader can tell `typed` is `intended`: `typed` is no known word, is one edit from
   * `intended`, and no other known word is as close (which would make it a coin toss).
   */
  fair(typed: string, intended: string): boolean {
    const t = foldWord(typed);
    const want = foldWord(intended);
    if (this.all.has(t) || osa(t, want, 1) !== 1) return false;
    const near = this.nearIndex();
    for (const key of deletions(t)) {
      for (const w of near.get(key) ?? []) {
        if (w !== want && osa(t, w, 1) <= 1) return false;
      }
    }
    return true;
  }

  private nearIndex(): Map<string, string[]> {
    if (this.near) return this.near;
    const near = new Map<string, string[]>();
    for (const w of this.all) {
      for (const key of new Set(deletions(w))) {
        const list = near.get(key);
        if (list) list.push(w); else near.set(key, [w]);
      }
    }
    this.near = near;
    return near;
  }
}
