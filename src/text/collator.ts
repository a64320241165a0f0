// One Intl.Collator per language, made once. A collator holds ICU data
// outside the JS heap: made per answer (the sets of a list, the names of a
// no), thousands of them raised a serving process's RSS by 8-22 MB at 1M
// rows before the GC let them go, and each cost the time of loading that data.
// Numeric: names that differ by a number ("Galaxy S9", "Galaxy S10", "K2",
// "K10") are listed in the numbers' order, as a reader counts, not digit by digit.
const COLLATORS = new Map<string, Intl.Collator>();

export function collator(lang: string): Intl.Collator {
  let c = COLLATORS.get(lang);
  if (!c) { c = new Intl.Collator(lang, { numeric: true }); COLLATORS.set(lang, c); }
  return c;
}
