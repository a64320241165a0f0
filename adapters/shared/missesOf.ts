// What a turn tells the data team: each name the catalog lacks (a place when it
// was asked as one), or, when no name explains it, a question not understood or
// out of scope. Nothing of the asker is kept, not even a hash: the to-do list
// needs what was asked and how often, and a salted hash still lets whoever holds
// the salt check whether a given person asked. What people type may carry other
// people's ids and details, so mentions, e-mail addresses, links and long
// numbers are taken out before anything is kept.
import type { TurnReport } from './turn.js';
import type { Miss } from './missesStore.js';

/** Longer than any name; a question past it is kept as its beginning. */
const MAX_TEXT = 200;

/**
 * Slack (`<@U1>`, `<#C1|general>`, `<!here>`, `<mailto:…|…>`, `<https://…|…>`) and Discord (`<@123>`,
 * `<@!123>`, `<@&123>`, `<#123>`) markup, then what is written out in the open.
 */
export function scrub(text: string): string {
  let out = text;
  // Each pattern only where its telltale character is: most questions have none, and pay for none.
  if (out.includes('<')) {
    out = out.replace(/<(?:mailto:|https?:)[^>]*>/gi, '<link>').replace(/<#[^>\s]{1,100}>/g, '#channel').replace(/<[@!][^>\s]{1,100}>/g, '@someone');
  }
  if (out.includes('@')) out = out.replace(/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu, '<email>');
  if (/https?:|www\./i.test(out)) out = out.replace(/\b(?:https?:\/\/|www\.)\S+/gi, '<link>');
  // Phone numbers, account and order numbers, Discord ids: nine digits or more, spaced or not. A date has eight.
  if (/\d{3}/.test(out) || /\d[ ().-]\d/.test(out)) out = out.replace(/\+?\d[\d ().-]{7,}\d/g, (m) => (m.replace(/\D/g, '').length >= 9 ? '<number>' : m));
  return out.replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);
}

/** What makes two misses one: "Elkjøp" and "elkjøp", "in Lisbon?" and "in lisbon". */
export function foldKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').replace(TRAILING, '').trim();
}

const TRAILING = /[\s\p{P}\p{S}]+$/u;

/** The misses of one turn, each counted once, at `at`. */
export function missesOf(report: TurnReport, at: number): Miss[] {
  const a = report.answer;
  if (report.outcome !== 'answered' || !a) return [];
  // Most answers miss nothing, and pay for nothing more than this.
  const unanswered = a.verdict === 'unknown' && (a.reason === 'not_understood' || a.reason === 'out_of_scope');
  if (a.unread.length === 0 && (!unanswered || report.question === null)) return [];
  const question = report.question === null ? null : scrub(report.question);
  const folded = question === null ? null : foldKey(question);
  // Each miss written out whole: a spread of shared fields cost three times the rest of this function in V8.
  const miss = (kind: Miss['kind'], key: string, text: string, reason: Miss['reason'], example: string | null): Miss =>
    ({ kind, key, text, reason, language: a.language, platform: report.platform, example, count: 1, first: at, last: at });
  if (a.unread.length > 0) {
    // The answer says which of its names it asked as a place only through the conversation's memory
    // ("a place was tried"): exact with one name, and with several, each is a name.
    const asPlace = a.placeTried && a.unread.length === 1;
    // The core reads names out of whatever was typed, an e-mail address too ("anna.rossi@…" gives "rossi
    // example"): a name with a word no longer in the cleaned question came from what was taken out.
    const misses: Miss[] = [];
    for (const name of a.unread) {
      const text = scrub(name);
      const key = foldKey(text);
      // The core joins a name's words with spaces.
      if (key === '' || (folded !== null && !key.split(' ').every((w) => folded.includes(w)))) continue;
      misses.push(asPlace ? miss('place', key, text, 'unknown_place', question) : miss('name', key, text, 'unread_name', question));
    }
    return misses;
  }
  if (question === null || folded === null || folded === '' || (a.reason !== 'not_understood' && a.reason !== 'out_of_scope')) return [];
  return [miss('question', folded, question, a.reason, null)];
}
