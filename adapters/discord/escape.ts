// Discord quirk: every string in a message or an embed is read as markdown, and
// mention syntax (<@id>, <@&role>, @everyone) renders as a mention even when
// allowed_mentions stops the ping. Text from the catalog or from a question is
// passed through here so it shows exactly as written.
//
// Discord drops a backslash before any punctuation character, so escaping costs
// a character but never shows. Footers, button labels and autocomplete choices
// are not markdown and must not be escaped.
//
// Discord also turns a bare URL into a live link in any markdown text, and no
// escape stops it: a zero-width space after the scheme's colon keeps the URL
// readable and makes it text, as Slack's `verbatim` does there.

/** Characters that start formatting anywhere in a line. */
const INLINE = /[\\*_~`|<[\]]/g;
/** Block syntax only counts at the start of a line: headings, quotes, lists, subtext. */
const LINE_START = /^([ \t]*)(#|>|-|\+|\d+\.)/gm;
/** A zero-width space after the @ keeps the word but breaks the mass mention. */
const MASS_MENTION = /@(everyone|here)/gi;

export function escapeMarkdown(text: string): string {
  return text
    .replace(INLINE, (c) => `\\${c}`)
    .replace(LINE_START, (_m, indent: string, mark: string) =>
      /^\d/.test(mark) ? `${indent}${mark.slice(0, -1)}\\.` : `${indent}\\${mark}`)
    .replace(MASS_MENTION, '@\u200b$1');
}

/** "http://", "https://" and the like: what Discord links on sight. */
const LINK_SCHEME = /\b([a-z][a-z0-9+.-]{1,20}):(?=\/\/)/gi;

/** Text from the catalog or a question, made safe for an embed: no formatting, no mention, no live link. */
export function neutralise(text: string): string {
  return escapeMarkdown(wellFormed(text)).replace(LINK_SCHEME, '$1:\u200b');
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Half a surrogate pair (from a question cut anywhere) is not text: it becomes U+FFFD. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}
