// Asides: a clause that asks nothing, beside one that asks, says something of its
// own; an everyday word in it that could be read as a catalog name is that word.
import { isOrdinaryIn } from '../language/words.js';
import type { Language } from '../language/index.js';
import type { Found } from '../match/find.js';
import { LIST_CUES, WHEN_CUES, YESNO_CUES, isFunctionWord } from '../text/lexicon.js';
import { clausesOf, type Normalized } from '../text/normalize.js';

/**
 * "gracias, eres un tesoro 🙏 ¿tienen el puzle Selva…?", "voy de vacaciones al mar en Portugal, ¿dónde…?":
 * a name that is an everyday word, written in lower case, in a clause that asks nothing beside one that
 * asks, is that everyday word: its clause is an aside.
 */
export function dropAsides(found: Found, n: Normalized, language: Language | null): void {
  const clauses = clausesOf(n);
  if (clauses.length < 2) return;
  const named = new Set<number>();
  for (const s of found.spans) for (let i = s.start; i < s.end; i++) named.add(i);
  const asks = (c: number[]): boolean => c.some((i) => !named.has(i) && (LIST_CUES.has(n.tokens[i]!) || WHEN_CUES.has(n.tokens[i]!) || YESNO_CUES.has(n.tokens[i]!)));
  if (!clauses.some(asks)) return;
  // An aside says something of its own: an everyday word outside the names ("voy de vacaciones al mar");
  // "and the scout, do they have it?" opens with its topic, no aside.
  const says = (c: number[]): boolean => c.some((i) => !named.has(i) && !isFunctionWord(n.tokens[i]!) && isOrdinaryIn(n.tokens[i]!, language));
  const aside = new Set(clauses.filter((c) => !asks(c) && says(c)).flat());
  found.spans = found.spans.filter((s) => !(aside.has(s.start) && s.end - s.start === 1 && s.entries.every((e) => e.contextual === 'word')
    && !n.shapes[s.start]?.capital && isOrdinaryIn(n.tokens[s.start]!, language)));
}
