// Plain text for a terminal: the answer's own text, with numbered choices when
// the bot asks back, so the user can answer with a number.
import type { Answer } from '../../src/index.js';

export function renderText(answer: Answer): string {
  if (answer.verdict !== 'clarify' || answer.candidates.length === 0) return answer.text;
  const choices = answer.candidates.map((c, i) => `  ${i + 1}) ${c.name}`);
  const hint = answer.language === 'it' ? '(rispondi con il numero)' : '(answer with the number)';
  return [answer.text, ...choices, hint].join('\n');
}
