// Text helpers of the independent generator: how two names are compared, units
// written joined or spaced, and the four typos people make.
import type { Prng } from './prng.js';

/** Lowercase without accents; letters no decomposition reaches folded by hand ("Elkjøp" = "elkjop"). */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase()
    .replace(/ø/g, 'o').replace(/ł/g, 'l').replace(/đ/g, 'd').replace(/ß/g, 'ss').replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe').replace(/ı/g, 'i').replace(/þ/g, 'th');
}

/**
 * The key two names are compared by: case, accents, spaces and punctuation ignored. A "+" is
 * read as "plus" (it tells "Galaxy S23+" from "Galaxy S23"), which only ever merges more names.
 */
export function nameKey(text: string): string {
  return fold(text).replace(/\+/g, 'plus').replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The words of a name, folded ("Galaxy S23+" → galaxy, s23, plus). */
export function nameWords(text: string): string[] {
  return fold(text).replace(/\+/g, ' plus ').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** True when a and b are at most one edit apart (drop, add, change, or swap of two neighbours). */
export function withinOne(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // one change
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // one swap
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

// ---- units --------------------------------------------------------------------------------

const UNITS = 'GB|TB|MB|mAh|Ah|mm|cm|inch|in|ml|W|kW|Hz|MP|kg';
/** A number and a unit written together: "128GB", "6.5in", "500ml", "4GB/64GB" (twice). */
const JOINED = new RegExp(`(?<![\\p{L}\\p{N}.,])(\\d+(?:[.,]\\d+)?)(${UNITS})(?![\\p{L}\\p{N}])`, 'giu');
/** The same with a space: "128 GB" ("10 in" is left alone: it reads as a preposition). */
const SPACED = new RegExp(`(?<![\\p{L}\\p{N}.,])(\\d+(?:[.,]\\d+)?) +(${UNITS.replace('|inch|in', '|inch')})(?![\\p{L}\\p{N}])`, 'giu');

export function hasJoinedUnit(name: string): boolean {
  JOINED.lastIndex = 0;
  return JOINED.test(name);
}

export function hasSpacedUnit(name: string): boolean {
  SPACED.lastIndex = 0;
  return SPACED.test(name);
}

/**
 * Every other way of writing the units of a name: joined ones spaced ("128 GB"), spaced and
 * lowercased ("128 gb"), lowercased ("128gb"); spaced ones joined ("128GB", "128gb").
 */
export function unitVariants(name: string): string[] {
  const out = new Set<string>();
  if (hasJoinedUnit(name)) {
    out.add(name.replace(JOINED, (_m, n: string, u: string) => `${n} ${u}`));
    out.add(name.replace(JOINED, (_m, n: string, u: string) => `${n} ${u.toLowerCase()}`));
    out.add(name.replace(JOINED, (_m, n: string, u: string) => `${n}${u.toLowerCase()}`));
  }
  if (hasSpacedUnit(name)) {
    out.add(name.replace(SPACED, (_m, n: string, u: string) => `${n}${u}`));
    out.add(name.replace(SPACED, (_m, n: string, u: string) => `${n}${u.toLowerCase()}`));
  }
  out.delete(name);
  return [...out];
}

// ---- typos --------------------------------------------------------------------------------

export type TypoKind = 'swap' | 'drop' | 'double' | 'replace';
export const TYPO_KINDS: readonly TypoKind[] = ['swap', 'drop', 'double', 'replace'];

const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
/** Letters next to each other on a QWERTY keyboard, the usual slip of a finger. */
const NEIGHBOURS: Record<string, string> = (() => {
  const at = new Map<string, [number, number]>();
  ROWS.forEach((row, r) => [...row].forEach((ch, c) => at.set(ch, [r, c])));
  const out: Record<string, string> = {};
  for (const [ch, [r, c]] of at) {
    let n = '';
    for (const [other, [r2, c2]] of at) {
      if (other === ch) continue;
      // rows are offset by about half a key
      if ((r2 === r && Math.abs(c2 - c) === 1) || (Math.abs(r2 - r) === 1 && (c2 === c || c2 === c + (r2 > r ? -1 : 1)))) n += other;
    }
    out[ch] = n;
  }
  return out;
})();

/** Letters only ("Moto", "Elkjøp"); "G73", "Hi-Fi" and "bol.com" take no typo here. */
export function isLetterWord(word: string): boolean {
  return /^\p{L}+$/u.test(word);
}

/**
 * One typo of the given kind in a word, or null when the kind does not apply. The first letter
 * is touched only now and then, as in real slips.
 */
export function typoWord(word: string, kind: TypoKind, random: Prng): string | null {
  const chars = [...word];
  const n = chars.length;
  const position = (last: number): number => (last >= 1 && !random.chance(0.1) ? random.int(1, last) : random.int(0, last));
  const same = (a: string | undefined, b: string | undefined): boolean => (a ?? '').toLowerCase() === (b ?? '').toLowerCase();
  switch (kind) {
    case 'swap': {
      if (n < 2) return null;
      const i = position(n - 2);
      if (same(chars[i], chars[i + 1])) return null;
      const a = chars[i] as string;
      const b = chars[i + 1] as string;
      // keep the case pattern of the word (Moto → Mtoo, not MtOo)
      chars[i] = a === a.toUpperCase() ? b.toUpperCase() : b.toLowerCase();
      chars[i + 1] = b === b.toUpperCase() ? a.toUpperCase() : a.toLowerCase();
      break;
    }
    case 'drop': {
      if (n < 4) return null;
      chars.splice(position(n - 1), 1);
      break;
    }
    case 'double': {
      const i = position(n - 1);
      chars.splice(i, 0, chars[i] as string);
      break;
    }
    case 'replace': {
      const i = position(n - 1);
      const ch = chars[i] as string;
      const options = NEIGHBOURS[fold(ch)];
      if (!options) return null;
      const r = options[random.int(0, options.length - 1)] as string;
      chars[i] = ch === ch.toUpperCase() ? r.toUpperCase() : r;
      break;
    }
  }
  const out = chars.join('');
  return same(out, word) ? null : out;
}

/** The words of a name with where each stands, split on spaces. */
export function spacedWords(name: string): { word: string; start: number }[] {
  const out: { word: string; start: number }[] = [];
  for (const m of name.matchAll(/\S+/g)) out.push({ word: m[0], start: m.index });
  return out;
}
