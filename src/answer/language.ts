// The question's language, decided in two votes (see language/vote.ts): the first
// over all its words, before names are read, tells which language's rules read them;
// the second over the words outside the names decides the answer's language. Names
// and then the categories' words break a tie; a tie that stays falls back to the
// conversation's language, the platform's hint, then the catalog's.
import { LANGUAGES, PACKS, WORDSETS, isLanguage, type Language } from '../language/index.js';
import { decide, markVotes, noVotes, wordVotes } from '../language/vote.js';
import { inDictionary } from '../language/words.js';
import type { Span } from '../match/find.js';
import type { NameIndex } from '../match/names.js';
import { isFunctionWord } from '../text/lexicon.js';
import type { Normalized } from '../text/normalize.js';

const LANGUAGE_COUNT = LANGUAGES.length;

/** What all the words say, before names are read. A code written in capitals ("DE?") is a country's, not the Spanish "de". */
export function firstLanguage(question: string, n: Normalized, index: NameIndex, isName: (t: string) => boolean,
  fallbacks: Language[]): { language: Language; shown: boolean } {
  const words = n.tokens.filter((t, i) => !(n.shapes[i]?.upper && index.root.next.has(t)));
  return decide(markVotes(question, wordVotes(words, isName)), ...fallbacks);
}

/**
 * The answer's language: the words outside names ("store" in "Mi Store" is no English); where they do
 * not decide, each name's own languages ("Pure in Sudafrica?": "in" is English, Italian or German), then
 * the words of the categories named, common nouns of a language ("fortress vende moviles?": Spanish).
 */
export function answerLanguage(question: string, n: Normalized, spans: readonly Span[], inName: (i: number) => boolean,
  isName: (t: string) => boolean, fallbacks: Language[]): Language {
  const votes = markVotes(question, wordVotes(n.tokens.filter((_, i) => !inName(i)), isName));
  const byWords = decide(votes, ...fallbacks);
  if (byWords.shown) return byWords.language;
  for (const span of spans) {
    // A name of some languages only ("Svezia"; "Sudamerica", Italian and Spanish) is a vote for each of them;
    // one every language knows by that name ("Australia") is none.
    const langs = new Set(span.entries.flatMap((e) => e.lang?.split('+') ?? []).filter(isLanguage));
    if (langs.size < LANGUAGE_COUNT) for (const l of langs) votes[l]++;
  }
  const byNames = decide(votes, ...fallbacks);
  if (byNames.shown || votes[byNames.language] === 0) return byNames.language;
  // A product's or retailer's name is a name in any language; a category's words are words of one.
  const top = votes[byNames.language];
  const tied = LANGUAGES.filter((l) => votes[l] === top);
  const words = noVotes();
  for (const s of spans) {
    if (!s.entries.some((e) => e.kind === 'category')) continue;
    for (let i = s.start; i < s.end; i++) {
      const t = n.tokens[i]!;
      for (const l of tied) if (WORDSETS[l].all_words.has(t) || (inDictionary(t, l) && !isFunctionWord(t))) words[l]++;
    }
  }
  const byDictionary = decide(words, ...fallbacks);
  return byDictionary.shown ? byDictionary.language : byNames.language;
}

/**
 * German writes every noun with a capital: there a capital is no sign of a catalog name ("genug
 * Kraft" is strength, not the drill Kraft), so a capitalised word of the language's dictionary is
 * read as if written in lower case when names are looked for. Unread names still see the capital:
 * "bei Saturn" is a retailer the data lacks, never dropped.
 */
export function nounsAsWords(n: Normalized, language: Language): Normalized {
  if (!PACKS[language].capitalisedNouns) return n;
  const shapes = n.shapes.map((s, i) => (s.capital && inDictionary(n.tokens[i]!, language) ? Object.assign({}, s, { capital: false }) : s));
  const written = n.written.map((w, i) => (shapes[i] !== n.shapes[i] ? w.charAt(0).toLowerCase() + w.slice(1) : w));
  return Object.assign({}, n, { shapes, written });
}
