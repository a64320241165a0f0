// The answer as every front end receives it: worded here, in the asker's
// language, once. The kinds compose lines (sentences, items, a "more" count);
// this module turns them into a View, and the View into the plain text the
// terminal and the notifications show. Renderers only lay a View out.
import type { AnswerParts, Candidate, Verdict, View, ViewChoice, ViewGroup, ViewItem, ViewLine, ViewMore, ViewSource } from '../types.js';

/** What a kind composes: a sentence, an item, or a count of items left out. */
export type Line = string | ViewItem | ViewMore;

export function isItem(l: Line | ViewLine): l is ViewItem {
  return typeof l !== 'string' && l.type === 'item';
}

export function isMore(l: Line | ViewLine): l is ViewMore {
  return typeof l !== 'string' && l.type === 'more';
}

/** One line of a View as text: items are bulleted, as chat lists are. */
export function lineText(l: Line | ViewLine): string {
  if (typeof l === 'string') return l;
  if (l.type === 'item') return `• ${l.text}`;
  return l.text;
}

function groupsOf(lines: readonly ViewLine[]): ViewGroup[] {
  const groups = new Map<string, ViewGroup>();
  for (const l of lines) {
    if (l.type !== 'item' || l.place === '') continue;
    const g = groups.get(l.place);
    if (g) g.items.push(l); else groups.set(l.place, { place: l.place, items: [l] });
  }
  return [...groups.values()];
}

export interface ViewParts {
  tone: Verdict;
  headline: string;
  lines: readonly Line[];
  sources: readonly ViewSource[];
  sourceLine: string | null;
  choices?: readonly ViewChoice[];
}

/** The readings of a "which did you mean?" as choices: label, and the query that answers each. */
export function choicesOf(candidates: readonly Candidate[]): ViewChoice[] {
  return candidates.map((c) => ({ label: c.name, kind: c.kind, id: c.id, query: c.query }));
}

export function viewOf(p: ViewParts): View {
  const lines: ViewLine[] = p.lines.map((l) => (typeof l === 'string' ? { type: 'note', text: l } : l));
  const counts = lines.filter(isMore);
  const more: ViewMore | null = counts.length === 0 ? null
    : { type: 'more', of: 'items', count: counts.reduce((n, m) => n + m.count, 0), text: counts[counts.length - 1]!.text };
  return {
    tone: p.tone, headline: p.headline, lines,
    notes: lines.filter((l): l is { type: 'note'; text: string } => l.type === 'note').map((l) => l.text),
    groups: groupsOf(lines), more, sources: [...p.sources], sourceLine: p.sourceLine, choices: [...(p.choices ?? [])],
  };
}

/** The answer as one text: headline, lines, sources. What the terminal prints. */
export function viewToText(v: View): string {
  return [v.headline, ...v.lines.map(lineText), ...(v.sourceLine ? [v.sourceLine] : [])].join('\n');
}

/** The text in its three parts, for renderers that place a title, a body and a footer apart. */
export function partsOfView(v: View): AnswerParts {
  return { headline: v.headline, body: v.lines.map(lineText), source: v.sourceLine };
}

/** The same View with another headline and lines (an unread name said first, the help cut short), sources kept. */
export function rewordView(v: View, headline: string, lines: readonly Line[]): View {
  return viewOf({ tone: v.tone, headline, lines, sources: v.sources, sourceLine: v.sourceLine, choices: v.choices });
}
