import type { AnswerParts } from '../../src/index.js';

/** The parts of a synthetic Answer's text, split as the core splits its own. */
export function partsFromText(text: string): AnswerParts {
  const [headline = '', ...rest] = text.split('\n');
  const last = rest[rest.length - 1];
  const source = last !== undefined && /^(Source|Fonte): /.test(last) ? last : null;
  return { headline, body: source ? rest.slice(0, -1) : rest, source };
}
