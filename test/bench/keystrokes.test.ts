import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Random } from '../../bench/random.js';
import { SLIPS, applySlip, keystrokesOf, prefixes, slipPlaces, typoPrefixes } from '../../bench/serving/keystrokes.js';

describe('GIVEN a name typed into autocomplete', () => {
  it('THEN every prefix is sent, one letter more each time, spaces included', () => {
    expect(prefixes('Mi S')).toEqual(['M', 'Mi', 'Mi ', 'Mi S']);
  });

  it('WHEN a letter is swapped, dropped or doubled THEN the name shows that slip', () => {
    expect(applySlip('Galaxy S23', 'drop', 3)).toBe('Galxy S23');
    expect(applySlip('Galaxy S23', 'swap', 1)).toBe('Glaaxy S23');
    expect(applySlip('Galaxy S23', 'double', 2)).toBe('Gallaxy S23');
  });

  it('THEN a slip goes only inside a word of four letters or more, never on its first letter', () => {
    // "Mi" is too short; "Store" takes slips at its letters 2–5 (characters 4–7 of the name).
    expect(slipPlaces('Mi Store Milano', 'drop')).toEqual([4, 5, 6, 7, 10, 11, 12, 13]);
    // A swap needs a different next letter: none after the word's last, none in "ll".
    expect(slipPlaces('Mi Store', 'swap')).toEqual([4, 5, 6]);
    expect(slipPlaces('Hall', 'swap')).toEqual([1]);
    expect(slipPlaces('3 EE', 'double')).toEqual([]);
    // Dropping the name's last letter leaves a clean prefix, so it is no slip.
    expect(slipPlaces('Mi Store', 'double')).toEqual([4, 5, 6, 7]);
    expect(slipPlaces('Mi Stores', 'drop')).toEqual([4, 5, 6, 7]);
  });

  it('THEN the prefixes with a slip start where the typed text first differs from the name, and end with it whole', () => {
    fc.assert(fc.property(fc.constantFrom('Galaxy S23 256GB', 'MediaWorld', 'United Kingdom', 'Redmi Note 9 Pro'), fc.integer(), (name, seed) => {
      const typed = typoPrefixes(name, new Random(seed >>> 0));
      const clean = new Set(prefixes(name));
      expect(typed.length).toBeGreaterThan(0);
      for (const p of typed) expect(clean.has(p)).toBe(false);
      // The one before the first is a clean prefix: nothing before the slip is left out.
      const first = typed[0]!;
      expect(clean.has(first.slice(0, -1)) || first.length === 1).toBe(true);
      const whole = typed[typed.length - 1]!;
      expect(SLIPS.some((slip) => slipPlaces(name, slip).some((at) => applySlip(name, slip, at) === whole))).toBe(true);
    }));
  });

  it('THEN a name no slip fits is typed clean only, and the keystrokes say which carry a slip', () => {
    const keys = keystrokesOf('retailer', ['EE', 'Orange'], new Random(1));
    expect(keys.filter((k) => k.prefix.startsWith('E')).every((k) => !k.typo)).toBe(true);
    expect(keys.filter((k) => !k.typo).map((k) => k.prefix)).toEqual(['E', 'EE', 'O', 'Or', 'Ora', 'Oran', 'Orang', 'Orange']);
    expect(keys.some((k) => k.typo)).toBe(true);
    expect(keys.every((k) => k.kind === 'retailer')).toBe(true);
  });
});
