// Turns raw chat text into lowercase, accent-free word tokens. Chat platforms
// wrap mentions, channels and links in their own markup; none of it names a
// product, so it is dropped before anything is read.

/** Questions are cut here before reading: no real question is longer, and it bounds the work per message. */
export const MAX_QUESTION_LENGTH = 500;

export interface Normalized {
  tokens: string[];
  /** Per token, how it was written: the evidence capitals give for a name ("the Key", "DE?"). */
  shapes: Shape[];
  /** Each token as the user wrote it (case and accents kept), to quote a name the catalog lacks. */
  written: string[];
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
const WORD = /[\p{L}\p{N}_]+/gu;
const WRITTEN = /[\p{L}\p{M}\p{N}_]+/gu;
/** Punctuation that ends a clause: names are not read as neighbours across it ("…France? best, Marco"). */
const CLAUSE_BREAK = /[.,;:!?¿¡()\[\]"“”«»|\n]/;
const HARD_BREAK = /[,;!?¿¡|\n]/;
// A store's web domain names its country: "amazon.de", "next.co.uk". The name part
// stays a word; the country code becomes a token the catalog's domain aliases read.
const INITIALS = /(?<![\p{L}\p{N}.])(?:\p{L}\.){2,}(?![\p{L}\p{N}])/gu;
const DOMAIN = /\b([\p{L}\p{N}][\p{L}\p{N}-]{1,62})\.(?:(?:co|com|org|net)\.)?([a-z]{2})\b(?!\.[a-z])/gu;

export interface Shape {
  /** Written with a capital initial, where no sentence begins. */
  capital: boolean;
  /** Written in capitals ("DE", "JP"), in a question that is not all capitals. */
  upper: boolean;
  /** A clause break (comma, full stop, question mark) comes right before it. */
  breakBefore: boolean;
  /** A break no name runs across: a comma or a question mark ("Amazon, IT?"), not the dots of "A.S. Watson" or the brackets of "Phone (2)". */
  hardBreak: boolean;
  /** Joined to the word before by a hyphen alone ("HK-20", "CT-400"): one model code, not two words. */
  hyphenBefore?: boolean;
}

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

// German umlauts typed without the key: "für" is also written "fuer", "Händler" "Haendler".
const TRANSLITERATED: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss' };
const UMLAUT = /[äöüÄÖÜß]/g;

/** A word as questions may hold it: folded ("qué" → "que", "für" → "fur"), and typed without umlauts ("fuer"). */
export function spellings(word: string): string[] {
  const folded = foldText(word);
  if (!/[äöüÄÖÜ]/.test(word)) return [folded];
  const typed = foldText(word.replace(UMLAUT, (c) => TRANSLITERATED[c] ?? c));
  return typed === folded ? [folded] : [folded, typed];
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
    .replace(FLAG, flagToToken)
    // "U.S.", "U.K.": initials written with dots are the code they spell ("US"), not single letters.
    .replace(INITIALS, (m) => m.replace(/\./g, ''))
    .replace(DOMAIN, (_m, name: string, tld: string) => ` ${name} tld_${tld.toLowerCase()} `);
  const folded = foldText(cut);
  const tokens = tokenize(folded);
  const written = [...cut.normalize('NFC').matchAll(WRITTEN)].map((m) => m[0]);
  return {
    tokens, shapes: shapesOf(cut, tokens.length), written: written.length === tokens.length ? written : tokens,
    truncated, empty: tokens.length === 0,
  };
}

/** The question's clauses, as lists of token positions: split where a clause break stands. */
export function clausesOf(n: Pick<Normalized, 'tokens' | 'shapes'>): number[][] {
  const clauses: number[][] = [];
  n.tokens.forEach((_, i) => {
    if (i === 0 || n.shapes[i]?.breakBefore) clauses.push([]);
    clauses[clauses.length - 1]!.push(i);
  });
  return clauses;
}

/** Folds accents but keeps case, so each token's capitals can be read. */
function foldKeepCase(text: string): string {
  return text.normalize('NFKC').normalize('NFD').replace(COMBINING, '').replace(FOLDABLE, (c) => FOLD[c] ?? c);
}

function shapesOf(text: string, count: number): Shape[] {
  const cased = foldKeepCase(text);
  const found: { word: string; breakBefore: boolean; hardBreak: boolean; hyphen: boolean }[] = [];
  let last = 0;
  for (const m of cased.matchAll(WORD)) {
    const gap = cased.slice(last, m.index);
    found.push({ word: m[0], breakBefore: found.length === 0 || CLAUSE_BREAK.test(gap), hardBreak: found.length === 0 || HARD_BREAK.test(gap),
      hyphen: found.length > 0 && gap === '-' });
    last = m.index + m[0].length;
  }
  // Model codes ("6GB", "A20") are written in capitals whatever the writer's habit: they tell nothing.
  const letters = found.filter((f) => /\p{L}/u.test(f.word) && !/\p{N}/u.test(f.word));
  const capitals = letters.filter((f) => /^\p{Lu}/u.test(f.word)).length;
  // All capitals or Title Case over several words says nothing about which words are names;
  // a lone "DE?" or "Sonos Era in Germany?" does.
  const allUpper = letters.length >= 3 && letters.every((f) => f.word === f.word.toUpperCase());
  const telling = !allUpper && (letters.length < 4 || capitals / letters.length < 0.8);
  // A writer who starts in lower case ("very quick one: Halo…") does not capitalise sentences:
  // a capital after a full stop or a colon is then a name's too.
  const lowerStart = letters.length > 0 && /^\p{Ll}/u.test(letters[0]!.word);
  // Lower-casing can change a token count in rare scripts; then capitals are no evidence at all.
  if (found.length !== count) return Array.from({ length: count }, () => ({ capital: false, upper: false, breakBefore: false, hardBreak: false }));
  return found.map((f) => ({
    capital: telling && (!f.breakBefore || lowerStart) && /^\p{Lu}/u.test(f.word),
    upper: !allUpper && f.word.length >= 2 && /^[\p{Lu}\p{N}]+$/u.test(f.word) && /\p{Lu}/u.test(f.word),
    breakBefore: f.breakBefore,
    hardBreak: f.hardBreak,
    hyphenBefore: f.hyphen,
  }));
}
