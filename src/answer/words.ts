// Every phrase the bot says comes from the language packs (src/language/);
// this module formats dates and statuses with them. Catalog data (names,
// notes) is shown as the catalog holds it.
import { LANGUAGES, PACKS, type Language, type Phrases } from '../language/index.js';
import type { Status } from '../types.js';

export const WORDS = Object.fromEntries(LANGUAGES.map((l) => [l, PACKS[l].phrases])) as Record<Language, Phrases>;

export type Words = Phrases;

// A catalog has few distinct dates and every fact line formats one: keep them.
const DATES = Object.fromEntries(LANGUAGES.map((l) => [l, new Map<string, string>()])) as Record<Language, Map<string, string>>;
const MAX_CACHED_DATES = 10_000;

/** "2018-05-03" → "3 May 2018", "3 de mayo de 2018", "3. Mai 2018"; "2017-11" → "November 2017"; "2018" → "2018". */
export function formatDate(date: string, lang: Language): string {
  const cached = DATES[lang].get(date);
  if (cached !== undefined) return cached;
  const [y, m, d] = date.split('-');
  const month = m ? PACKS[lang].months[Number(m) - 1] : undefined;
  const text = !month ? (y ?? date) : PACKS[lang].phrases.date(d ? Number(d) : null, month, y ?? '');
  if (DATES[lang].size < MAX_CACHED_DATES) DATES[lang].set(date, text);
  return text;
}

export function statusLabel(status: Status, lang: Language): string {
  return PACKS[lang].status[status];
}

/**
 * A catalog date (YYYY, YYYY-MM or YYYY-MM-DD) is past when its last day is
 * before today: "2018-05" is past from June 2018 on.
 */
export function isPast(date: string, today: string): boolean {
  // "2018-05" ends on "2018-05-31" for this comparison (no month has more days), "2018" on "2018-12-31".
  const end = date.length === 10 ? date : date.length === 7 ? `${date}-31` : `${date.slice(0, 4)}-12-31`;
  return end < today;
}

/** A period has begun when its first day is not after today: "available since 2026" holds all through 2026. */
export function hasBegun(date: string, today: string): boolean {
  const start = date.length === 10 ? date : date.length === 7 ? `${date}-01` : `${date.slice(0, 4)}-01-01`;
  return start <= today;
}

/** "opening on 26 May 2027", "announced to open on 26 May 2018": a status as of `today`. */
export function statusAt(status: Status, since: string | null, lang: Language, today: string): string {
  return PACKS[lang].phrases.statusAt(status, since ? formatDate(since, lang) : null, since ? isPast(since, today) : false);
}
