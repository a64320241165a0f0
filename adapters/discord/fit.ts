// Discord's size limits, and cutting text to them without breaking it: a cut
// never splits a surrogate pair or leaves half of a markdown escape, and lists
// end with a line that says how many items were left out.

export const LIMITS = {
  content: 2000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  /** Title, description, field names and values, footer and author of all embeds together. */
  embedsTotal: 6000,
  buttonsPerRow: 5,
  rows: 5,
  customId: 100,
  buttonLabel: 80,
  choices: 25,
  choiceText: 100,
} as const;

/** Cuts `text` to at most `max` characters (UTF-16 units, as Discord counts), ending in "…". */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  let cut = text.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  // An odd run of trailing backslashes would escape the ellipsis, or show.
  const slashes = /\\+$/.exec(cut)?.[0].length ?? 0;
  if (slashes % 2 === 1) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/**
 * Joins lines into at most `max` characters. When they do not all fit, as many
 * as fit are kept and a last line says how many were left out.
 */
export function joinLines(lines: readonly string[], max: number, more: (n: number) => string): string {
  const all = lines.join('\n');
  if (all.length <= max) return all;
  const kept: string[] = [];
  let used = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const rest = lines.length - i - 1;
    const tail = rest > 0 ? 1 + more(rest).length : 0;
    const add = (kept.length > 0 ? 1 : 0) + line.length;
    if (used + add + tail <= max) {
      kept.push(line);
      used += add;
      continue;
    }
    if (kept.length === 0) {
      // Even the first line is too long: keep its beginning.
      kept.push(clip(line, max - tail));
      if (rest === 0) return kept.join('\n');
      return [...kept, more(rest)].join('\n');
    }
    return [...kept, more(lines.length - kept.length)].join('\n');
  }
  return kept.join('\n');
}

/**
 * How many of `sizes` fit in `budget` characters and `maxCount` slots, leaving
 * room for one more item of `reserve(left out)` characters when some are left out.
 */
export function countFitting(sizes: readonly number[], maxCount: number, budget: number, reserve: (n: number) => number): number {
  let used = 0;
  for (let i = 0; i < sizes.length; i++) {
    const rest = sizes.length - i - 1;
    const slots = i + 1 + (rest > 0 ? 1 : 0);
    const room = used + sizes[i]! + (rest > 0 ? reserve(rest) : 0);
    if (slots > maxCount || room > budget) return i;
    used += sizes[i]!;
  }
  return sizes.length;
}
