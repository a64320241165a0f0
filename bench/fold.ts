// How the benchmark compares names: as a careful reader does, ignoring case,
// accents and punctuation, but not a "+" ("Galaxy S23+" is another phone than
// "Galaxy S23"). Written here rather than taken from src/ so the benchmark's
// idea of "the same name" does not move when the core's does.

const MARKS = /\p{M}+/gu;
const FOLD: Record<string, string> = { ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', đ: 'd', ł: 'l', þ: 'th', ı: 'i' };

export function foldWord(text: string): string {
  return text.normalize('NFKC').toLowerCase().normalize('NFD').replace(MARKS, '')
    .replace(/[ßøæœđłþı]/g, (c) => FOLD[c] ?? c);
}

/** The words of a name or question, folded. */
export function words(text: string): string[] {
  return foldWord(text.replace(/\+/g, ' plus ')).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
}

/** One key per name as a reader sees it. */
export function nameKey(text: string): string {
  return words(text).join(' ');
}

/** A word a typo may be put in: letters only, at least five of them. */
export function isTypoable(word: string): boolean {
  return /^\p{L}{5,}$/u.test(word);
}
