// What the words of a turn say about the conversation, outside every name: that it
// goes on ("… instead", "invece"), points back ("it", "there", "li", "quelli"),
// corrects ("I meant"), thanks, or speaks to the bot. The word classes are the
// language packs'; followUp.ts decides from these what the turn inherits.
import { LANGUAGES, WORDSETS, hasPhrase, phraseTokens } from '../language/index.js';
import { COPULAS } from '../text/lexicon.js';
import { isAddressedVerb } from '../language/words.js';

/** A turn this short (words outside names) that says "instead", "what about" or "invece" anywhere continues. */
const SHORT_TURN = 8;
type Key = 'continuation' | 'anaphora' | 'deixis' | 'clitics' | 'courtesy' | 'addressee' | 'demonstratives' | 'sellers' | 'existential';
const UNION = Object.fromEntries((['continuation', 'anaphora', 'deixis', 'clitics', 'courtesy', 'addressee', 'demonstratives', 'sellers', 'existential'] as Key[])
  .map((k) => [k, new Set(LANGUAGES.flatMap((l) => [...WORDSETS[l][k]]))])) as unknown as Record<Key, ReadonlySet<string>>;
/** Auxiliaries, copulas and the verbs of the cue classes: what may follow a pronoun "that". */
const VERBS = new Set(LANGUAGES.flatMap((l) => [...WORDSETS[l].yesno, ...WORDSETS[l].copulas, ...WORDSETS[l].when, ...WORDSETS[l].sell,
  ...WORDSETS[l].availability]));
const FOLLOW_UP = Object.values(phraseTokens((p) => p.cues.followUpPhrases)).flat();
const CORRECTION = Object.values(phraseTokens((p) => p.cues.correctionPhrases)).flat();
/** The words of every correction phrase ("intendevo", "meant"): they say nothing about what is asked. */
export const CORRECTION_WORDS: ReadonlySet<string> = new Set(CORRECTION.flat());

export interface Signals {
  /** "… instead", "what about … then", "invece": continues wherever it stands. */
  continues: boolean;
  /** "it", "they", "there", "li", "quelli": points back to the previous turn's names. */
  pointsBack: boolean;
  /** "there", "lì": points back to the previous turn's place. */
  there: boolean;
  /** "they", "their": points back to a retailer. */
  seller: boolean;
  /** "no, I meant …", "intendevo …": replaces the slot it names, keeps the rest and the question. */
  corrects: boolean;
  /** Only thanks, ok, bye and filler. */
  courtesy: boolean;
  /** Speaks to the bot ("you", "your", "copri?"). */
  addressed: boolean;
}

/**
 * `tokens` are the question's words (cue typos read as the cue); `outside` tells which
 * lie outside every catalog name and unread name.
 */
export function signalsOf(tokens: readonly string[], outside: (i: number) => boolean, isName: (i: number) => boolean): Signals {
  const words = tokens.filter((_, i) => outside(i));
  const short = words.length <= SHORT_TURN;
  const copulaNear = (i: number): boolean => COPULAS.has(tokens[i - 1] ?? '') || COPULAS.has(tokens[i + 1] ?? '')
    || tokens[i + 1] === 'e_is' || tokens[i - 1] === 'c';
  let pointsBack = false;
  let there = false;
  for (let i = 0; i < tokens.length; i++) {
    if (!outside(i)) continue;
    const t = tokens[i]!;
    // "li vendono?" points back; "la Redmi" is an article.
    if (UNION.clitics.has(t)) pointsBack ||= i + 1 < tokens.length && !isName(i + 1) && !isNameSlotWord(tokens[i + 1]!);
    // "could you get one there?" points back; "is there a Mi Store…", "ci sono negozi…" only say something exists.
    else if (UNION.deixis.has(t)) { const d = !copulaNear(i); pointsBack ||= d; there ||= d; }
    // "gibt es Redmi…?", "es gibt…": beside a verb of existence the pronoun points at nothing.
    else if (UNION.anaphora.has(t)) pointsBack ||= !UNION.existential.has(tokens[i - 1] ?? '') && !UNION.existential.has(tokens[i + 1] ?? '');
    // "when does that open?", "is that confirmed?": "that" before a verb or at the end points back; "that store" is a noun's.
    else if (UNION.demonstratives.has(t)) pointsBack ||= i + 1 >= tokens.length || VERBS.has(tokens[i + 1]!);
  }
  const meaningful = words.filter((w) => !isPackFiller(w));
  return {
    continues: short && (words.some((w) => UNION.continuation.has(w)) || FOLLOW_UP.some((p) => hasPhrase(words, p))),
    pointsBack,
    there,
    seller: words.some((w) => UNION.sellers.has(w)),
    corrects: CORRECTION.some((p) => hasPhrase(words, p)),
    courtesy: words.length > 0 && words.length === tokens.length && meaningful.every((w) => UNION.courtesy.has(w))
      && words.some((w) => UNION.courtesy.has(w)),
    addressed: words.some((w) => UNION.addressee.has(w) || isAddressedVerb(w)),
  };
}

/** A word that stands before a name, never a verb: an article or preposition after a clitic means it was an article. */
function isNameSlotWord(t: string): boolean {
  return LANGUAGES.some((l) => WORDSETS[l].articles.has(t) || WORDSETS[l].prepositions.has(t));
}

function isPackFiller(w: string): boolean {
  return LANGUAGES.some((l) => WORDSETS[l].filler.has(w) || (WORDSETS[l].functionWords.has(w) && !WORDSETS[l].courtesy.has(w)));
}
