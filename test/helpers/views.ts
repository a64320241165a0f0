// Synthetic Answers for renderer tests, shaped like the core's and sized at
// will: the View is built by the core's own wording (fact and event items,
// sources) from the facts given, so renderers are tested on what they receive.
import type { Answer, Candidate, Language } from '../../src/index.js';
import { eventLines, factLines, sourceLineOf, sourcesOf } from '../../src/answer/facts.js';
import { choicesOf, viewOf, viewToText, partsOfView } from '../../src/answer/view.js';

const TODAY = '2026-12-01';

/** An Answer from its first line and notes (`text`), its facts, events and candidates; `view` and `parts` follow. */
export function syntheticAnswer(over: Partial<Answer> = {}): Answer {
  const base = {
    verdict: 'yes' as const, language: 'en' as Language, entities: { products: [], retailers: [], countries: [] }, facts: [], total: 0,
    nearby: [], events: [], candidates: [] as Candidate[], suggestions: [], followUp: false, truncated: false, text: 'Yes.',
    query: { products: ['redmi-phones'], intent: 'yesno' as const }, ...over,
  };
  const [headline = '', ...rest] = base.text.split('\n');
  // The last line is the source line when it reads like one; the core builds that from the facts' sources.
  const last = rest.length > 0 && /^(Source|Fonte): /.test(rest[rest.length - 1]!) ? rest.length - 1 : rest.length;
  // With facts, the bullet lines of the text are the facts' items, worded by the core; without, they are sentences.
  const notes = rest.slice(0, last).filter((l) => !(base.facts.length > 0 && l.startsWith('• ')));
  const lang = base.language;
  const items = [...factLines(base.facts, lang, TODAY), ...(base.verdict === 'when' ? eventLines(base.events, lang) : [])];
  const sources = sourcesOf([...base.facts, ...base.nearby], lang);
  const view = over.view ?? viewOf({
    tone: base.verdict, headline, lines: [...items, ...notes], sources, sourceLine: sourceLineOf(sources, lang), choices: choicesOf(base.candidates),
  });
  return { ...base, view, text: viewToText(view), parts: partsOfView(view) };
}
