// Turns raw chat text into lowercase, accent-free word tokens. Chat platforms
// wrap mentions, channels and links in their own markup; none of it names a
// product, so it is dropped before anything is read.

/** Questions are cut here before reading: no real question is longer, and it bounds the work per message. */
export const MAX_QUESTION_LENGTH = 500;

export interface Normalized {
  tokens: string[];
  truncated: boolean;
  /** True when nothing but markup, mentions or whitespace was sent. */
  empty: boolean;
}

// Every pattern below is linear: bounded repetitions over classes that exclude
// the closing delimiter, so no input can make them backtrack.
const SLACK_LINK_WITH_LABEL = /<(?:https?|mailto):[^<>|\s]{0,2000}\|([^<>]{0,200})>/g;
const PLATFORM_MARKUP = /<[@#!:a-z][^<>]{0,200}>/gi;
const HTML_TAG = /<\/?[a-z][^<>]{0,200}>/gi;
const MASS_MENTION = /@(?:everyone|here|channel)\b/gi;
const URL = /\bhttps?:\/\/\S{0,2000}/gi;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const FLAG = /([\u{1F1E6}-\u{1F1FF}])([\u{1F1E6}-\u{1F1FF}])/gu;
const COMBINING = /\p{M}+/gu;
const PLUS_SIGN = /([\p{L}\p{N}])\+/gu;
const STANDALONE_E_GRAVE = /(^|[^\p{L}\p{N}])(?:[èÈ]|e\u0300|E\u0300|e')(?![\p{L}\p{N}])/gu;
const WORD_SPLIT = /[^\p{L}\p{N}_]+/u;

// Letters NFD does not take apart.
const FOLD: Record<string, string> = { ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', đ: 'd', ł: 'l', þ: 'th', ı: 'i' };
const FOLDABLE = /[ßøæœđłþı]/g;

const REGIONAL_A = 0x1f1e6;

function flagToToken(_m: string, a: string, b: string): string {
  const code = String.fromCharCode(
    (a.codePointAt(0) ?? REGIONAL_A) - REGIONAL_A + 97,
    (b.codePointAt(0) ?? REGIONAL_A) - REGIONAL_A + 97,
  );
  return ` flag_${code} `;
}

/** The form every alias and every question word is compared in. */
export function foldText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(FOLDABLE, (c) => FOLD[c] ?? c);
}

export function tokenize(folded: string): string[] {
  return folded.split(WORD_SPLIT).filter((t) => t.length > 0);
}

/** Tokens of a catalog name or alias, read exactly as questions are (markup aside). */
export function aliasTokens(alias: string): string[] {
  return tokenize(foldText(alias.replace(PLUS_SIGN, '$1 plus ')));
}

export function normalize(raw: string): Normalized {
  const text = typeof raw === 'string' ? raw : '';
  const truncated = text.length > MAX_QUESTION_LENGTH;
  const cut = (truncated ? text.slice(0, MAX_QUESTION_LENGTH) : text)
    .replace(LONE_SURROGATE, ' ')
    .replace(SLACK_LINK_WITH_LABEL, ' $1 ')
    .replace(PLATFORM_MARKUP, ' ')
    .replace(HTML_TAG, ' ')
    .replace(URL, ' ')
    .replace(MASS_MENTION, ' ')
    // Underscores are markdown emphasis in chat; the only word that keeps one is a flag token.
    .replace(/_/g, ' ')
    // Italian "è" (is) and "e" (and) fold to the same letter; "è" alone keeps its own token.
    .replace(STANDALONE_E_GRAVE, '$1 e_is ')
    // "S20+" is a model of its own, not "S20": the sign is read as the word it stands for.
    .replace(PLUS_SIGN, '$1 plus ')
    .replace(FLAG, flagToToken);
  const tokens = tokenize(foldText(cut));
  return { tokens, truncated, empty: tokens.length === 0 };
}
