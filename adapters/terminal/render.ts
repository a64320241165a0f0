// Plain text for a terminal: the View as text, with numbered choices when the
// bot asks back, so the user can answer with a number.
import { viewToText, type Answer, type Language } from '../../src/index.js';

const HINT = { en: '(answer with the number)', it: '(rispondi con il numero)', es: '(responde con el número)', de: '(antworte mit der Nummer)' } as const satisfies Record<Language, string>;

export function renderText(answer: Answer): string {
  const { view } = answer;
  const text = viewToText(view);
  if (view.choices.length === 0) return text;
  const choices = view.choices.map((c, i) => `  ${i + 1}) ${c.label}`);
  return [text, ...choices, HINT[answer.language]].join('\n');
}
