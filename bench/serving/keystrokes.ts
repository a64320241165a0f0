// What a picker's autocomplete is sent as someone types a name: every prefix,
// one letter more each time ("g", "ga", "gal", …), and the same with a slip
// of the fingers in it (a swapped, dropped or doubled letter: "galxy s2").
// A typo's prefixes are only those from the slip on: the ones before it are
// the clean prefixes again.
import type { SuggestKind } from '../../src/types.js';
import type { Random } from '../random.js';

export type Slip = 'swap' | 'drop' | 'double';
export const SLIPS: readonly Slip[] = ['swap', 'drop', 'double'];

export interface Keystroke { kind: SuggestKind; prefix: string; typo: boolean }

/** Every prefix of `name`, letter by letter; one ending in a space is what the picker sends too. */
export function prefixes(name: string): string[] {
  const chars = [...name];
  return chars.map((_, i) => chars.slice(0, i + 1).join(''));
}

/** Where a slip can go: inside a word of four letters or more, not on its first letter (people seldom miss that one). */
export function slipPlaces(name: string, slip: Slip): number[] {
  const chars = [...name];
  const out: number[] = [];
  for (const m of name.matchAll(/\p{L}{4,}/gu)) {
    const from = [...name.slice(0, m.index)].length;
    const len = [...m[0]].length;
    for (let i = from + 1; i < from + len; i++) {
      // A swap needs a next letter that differs, or it changes nothing.
      if (slip === 'swap' && (i + 1 >= from + len || chars[i] === chars[i + 1])) continue;
      // The name's last letter dropped leaves one of its clean prefixes: nothing typed would differ.
      if (slip === 'drop' && i === chars.length - 1) continue;
      out.push(i);
    }
  }
  return out;
}

/** `name` with `slip` at character `at`. */
export function applySlip(name: string, slip: Slip, at: number): string {
  const chars = [...name];
  if (slip === 'drop') chars.splice(at, 1);
  else if (slip === 'double') chars.splice(at, 0, chars[at]!);
  else [chars[at], chars[at + 1]] = [chars[at + 1]!, chars[at]!];
  return chars.join('');
}

/** The prefixes of `name` with one slip drawn at random, from the slip on; none when no word can take it. */
export function typoPrefixes(name: string, random: Random): string[] {
  const slip = random.pick(SLIPS);
  const places = slipPlaces(name, slip);
  if (places.length === 0) return [];
  const typed = [...applySlip(name, slip, random.pick(places))];
  const clean = [...name];
  // The first prefix that differs from the clean one: a doubled letter shows one keystroke after it.
  let from = 0;
  while (from < typed.length && typed[from] === clean[from]) from++;
  return prefixes(typed.join('')).slice(from);
}

/** The keystrokes of typing each name, clean and with a slip, in typing order. */
export function keystrokesOf(kind: SuggestKind, names: readonly string[], random: Random): Keystroke[] {
  return names.flatMap((name) => [
    ...prefixes(name).map((prefix) => ({ kind, prefix, typo: false })),
    ...typoPrefixes(name, random).map((prefix) => ({ kind, prefix, typo: true })),
  ]);
}
