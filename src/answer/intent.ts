// What is asked, read from the words that are not names.
import {
  FOLLOW_UP_CUES, HELP_CUES, LIST_CUES, OUT_OF_SCOPE_CUES, WHEN_CUES, YESNO_CUES,
} from '../text/lexicon.js';
import type { Intent } from '../types.js';

export interface Reading {
  intent: Intent | null;
  /** Opens like a follow-up: "and …", "e …", "what about …". */
  followUp: boolean;
  outOfScope: boolean;
  greeting: boolean;
}

const FOLLOW_UP_PAIRS = new Set(['what about', 'how about', 'and what', 'e per', 'e invece', 'and also', 'e anche']);

/**
 * `words` are the question's tokens outside any recognised name, in order;
 * `opensWithWord` is false when the question starts with a name ("Xiaomi è…"),
 * so a cue after it is no opening "and".
 */
export function readIntent(words: readonly string[], opensWithWord: boolean): Reading {
  let from = 0;
  const pair = `${words[0] ?? ''} ${words[1] ?? ''}`;
  if (opensWithWord && FOLLOW_UP_PAIRS.has(pair)) from = 2;
  else if (opensWithWord && words[0] !== undefined && FOLLOW_UP_CUES.has(words[0])) from = 1;
  const rest = words.slice(from);
  const has = (set: ReadonlySet<string>): boolean => rest.some((w) => set.has(w));
  let intent: Intent | null = null;
  if (has(WHEN_CUES)) intent = 'when';
  else if (has(LIST_CUES)) intent = 'list';
  else if (has(YESNO_CUES)) intent = 'yesno';
  return {
    intent,
    followUp: from > 0,
    outOfScope: words.some((w) => OUT_OF_SCOPE_CUES.has(w)),
    greeting: words.some((w) => HELP_CUES.has(w)),
  };
}
