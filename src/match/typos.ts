// Typo correction at the cost of a few hash lookups: every catalog word is
// stored under itself and each of its one-letter deletions, and a question word
// is looked up the same way. Two words meet when one deletion from each side
// makes them equal, which covers a dropped, an inserted, a substituted and a
// swapped letter. The candidates found are then checked with the OSA distance.
// Scanning every alias with a fuzzy scorer costs milliseconds per word on a
// large catalog; this costs microseconds whatever the catalog's size.
import { osaDistance } from '../text/distance.js';

/** Names shorter than this are never corrected: "3", "Mi", "UK" would match half the language. */
export const MIN_FUZZY_LENGTH = 4;

/**
 * The shortest word stored at all: a three-letter word of a longer name ("Hot" of "Hot 22s") is
 * corrected into only inside that name, next to an exact word of it (find.ts), never standing alone.
 */
export const MIN_INNER_LENGTH = 3;

/** Edits allowed by word length: one up to 7 letters, two from 8. */
export function maxEdits(length: number): number {
  return length >= 8 ? 2 : 1;
}

export function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

export interface Correction { word: string; distance: number }

/** What the name path asks of a typo index: the in-memory one below, or the one stored with the catalog. */
export interface Typos {
  /** `anyLetter`: a short word may have its first letter wrong too, and a word of the catalog gets the others a slip from it. */
  correct(token: string, minLength?: number, anyLetter?: boolean): Correction[];
  has(word: string): boolean;
  /** Builds what a first typo would otherwise build. */
  warm(): void;
}

/**
 * The candidates at the smallest distance from `token`, in the order they come (the token's own
 * variants, then each deletion's): shared by the index in memory and the stored one, so both correct alike.
 */
export function closest(token: string, candidates: Iterable<string>, minLength = MIN_FUZZY_LENGTH, anyLetter = false): Correction[] {
  const limit = maxEdits(token.length);
  const seen = new Set<string>();
  let best: Correction[] = [];
  let bestDistance = limit + 1;
  // Words under MIN_FUZZY_LENGTH are reached only by a correction read inside a longer name.
  const shortest = Math.min(minLength, MIN_FUZZY_LENGTH);
  for (const w of candidates) {
    // `anyLetter` asks for the other words a slip away, the token itself aside (it may be a word too).
    if (seen.has(w) || w.length < shortest || (anyLetter && w === token)) continue;
    seen.add(w);
    const allowed = Math.min(limit, maxEdits(w.length));
    const d = osaDistance(token, w, allowed);
    if (d > allowed) continue;
    // A short word keeps its first letter: "roma" is no typo of "oman". (`anyLetter`: a correction
    // that must bridge two words of one name, see find.ts, which is evidence enough.)
    if (!anyLetter && token.length <= 4 && d > 0 && token[0] !== w[0]) continue;
    if (d < bestDistance) { bestDistance = d; best = [{ word: w, distance: d }]; }
    else if (d === bestDistance) best.push({ word: w, distance: d });
  }
  return best;
}

export class TypoIndex implements Typos {
  // Most variants belong to one word: keep that word itself and make a list only on a collision.
  // Built on the first word that needs correcting: a process that answers one clean question
  // (`ask`) never pays for it.
  private variants: Map<string, string | string[]> | null = null;
  private readonly vocabulary = new Set<string>();
  private longest = 0;

  constructor(words: Iterable<string>) {
    for (const w of words) {
      if (w.length < MIN_INNER_LENGTH) continue;
      this.vocabulary.add(w);
      if (w.length > this.longest) this.longest = w.length;
    }
  }

  private variantsMap(): Map<string, string | string[]> {
    if (this.variants) return this.variants;
    this.variants = new Map();
    for (const w of this.vocabulary) {
      this.addVariant(w, w);
      for (const d of deletions(w)) this.addVariant(d, w);
    }
    return this.variants;
  }

  /** Builds the variants now rather than on the first typo (servers warm up at start). */
  warm(): void {
    this.variantsMap();
  }

  private addVariant(key: string, word: string): void {
    const variants = this.variants!;
    const found = variants.get(key);
    if (found === undefined) variants.set(key, word);
    else if (typeof found === 'string') { if (found !== word) variants.set(key, [found, word]); }
    else if (found[found.length - 1] !== word) found.push(word);
  }

  has(word: string): boolean {
    return this.vocabulary.has(word);
  }

  /**
   * The catalog words closest to `token`, all at the same smallest distance; none for an exact word.
   * `minLength` lowers the shortest word corrected, for a word read inside a longer name only.
   */
  correct(token: string, minLength = MIN_FUZZY_LENGTH, anyLetter = false): Correction[] {
    // A word longer than any name by more than the edits allowed cannot be a typo of one.
    if (token.length < minLength || token.length > this.longest + 2 || (!anyLetter && this.vocabulary.has(token))) return [];
    const variants = this.variantsMap();
    const candidates: string[] = [];
    for (const key of [token, ...deletions(token)]) {
      const found = variants.get(key);
      if (found === undefined) continue;
      if (typeof found === 'string') candidates.push(found); else candidates.push(...found);
    }
    return closest(token, candidates, minLength, anyLetter);
  }
}
