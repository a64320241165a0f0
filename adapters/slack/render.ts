// Answer → Block Kit, a pure function. Slack quirks handled here:
// - mrkdwn turns `<…>` into links and mentions (`<!channel>`, `<@U123>`) and
//   reads `&`, so every piece of data or question text is escaped (&amp; &lt; &gt;)
//   and marked `verbatim` so bare URLs and channel names are not linked either;
// - a section holds 3000 characters, a message 50 blocks, a context block 10
//   elements, an actions block 25, a button label 75 characters and a button
//   value 2000; longer content is cut with "… and N more".
// plain_text objects (button labels) are shown literally and are not escaped.
// Lone surrogates (half an emoji, from a question cut anywhere) become U+FFFD.
import type { types } from '@slack/bolt';
import type { Answer, Fact, Language } from '../../src/index.js';
import { formatDate } from '../../src/index.js';
import { encodeQuery } from '../shared/queryCodec.js';
import { slackWords } from './words.js';

export const LIMITS = {
  sectionText: 3000,
  blocks: 50,
  contextElements: 10,
  contextText: 2000,
  actionsElements: 25,
  buttonLabel: 75,
  buttonValue: 2000,
  /** The notification fallback: only its start is ever shown. */
  fallbackText: 3000,
} as const;

export type Block = types.KnownBlock;

export interface SlackMessage {
  text: string;
  blocks: Block[];
}

export interface RenderOptions {
  /** Shown above the answer, for answers whose question the channel cannot see (slash commands). */
  question?: string;
  /** Adds a "Share in channel" button carrying this value. */
  shareValue?: string;
  /** False where buttons cannot be answered (a modal); default true. */
  buttons?: boolean;
}

export const ACTION = { pick: 'pick', share: 'share' } as const;

/** Answers worth posting for a channel: the ones about availability, not help, a question back or "I didn't understand". */
export function shareable(answer: Answer): boolean {
  return ['yes', 'no', 'list', 'when'].includes(answer.verdict) || answer.reason === 'unpaired';
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Slack's three control characters; everything else in mrkdwn is harmless formatting. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/[&<>]/g, (c) => ESCAPES[c] ?? c);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A question can hold half of a surrogate pair, which is not text: Slack would get malformed JSON strings. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/** `text` escaped and cut so the result is at most `limit` characters, never splitting an entity or a surrogate pair. */
export function fitEscaped(raw: string, limit: number): string {
  const text = wellFormed(raw);
  const full = escapeMrkdwn(text);
  if (full.length <= limit) return full;
  let out = '';
  for (const ch of text) {
    const piece = ESCAPES[ch] ?? ch;
    if (out.length + piece.length > limit - 1) break;
    out += piece;
  }
  return `${out}…`;
}

function mrkdwn(text: string): types.MrkdwnElement {
  return { type: 'mrkdwn', text, verbatim: true };
}

function section(text: string): types.SectionBlock {
  return { type: 'section', text: mrkdwn(text) };
}

function plain(text: string, limit: number): types.PlainTextElement {
  const chars = [...wellFormed(text)];
  const cut = chars.length > limit ? `${chars.slice(0, limit - 1).join('')}…` : text;
  return { type: 'plain_text', text: cut, emoji: false };
}

/**
 * Packs escaped lines into at most `maxSections` section texts. When they do
 * not fit, the last section ends with "… and N more", N counting the lines left out.
 */
export function packLines(lines: string[], maxSections: number, more: (n: number) => string): string[] {
  if (maxSections < 1) return [];
  const out: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = fitEscaped(lines[i]!, LIMITS.sectionText);
    const grown = size + (current.length > 0 ? 1 : 0) + line.length;
    if (grown <= LIMITS.sectionText) { current.push(line); size = grown; continue; }
    if (out.length + 1 >= maxSections) return [...out, withMore(current, lines.length - i, more)].map((l) => l.join('\n'));
    out.push(current);
    current = [line];
    size = line.length;
  }
  if (current.length > 0) out.push(current);
  return out.map((l) => l.join('\n'));
}

/** Drops lines from the end of a full section until "… and N more" fits after them. */
function withMore(section: string[], left: number, more: (n: number) => string): string[] {
  const kept = [...section];
  let n = left;
  const length = (): number => kept.reduce((s, l) => s + l.length + 1, 0) + escapeMrkdwn(more(n)).length;
  while (kept.length > 0 && length() > LIMITS.sectionText) { kept.pop(); n++; }
  return [...kept, escapeMrkdwn(more(n))];
}

interface SourceRef { title: string; date: string | null }

function sourcesOf(facts: Fact[]): SourceRef[] {
  const seen = new Map<string, SourceRef>();
  for (const f of facts) if (!seen.has(f.source)) seen.set(f.source, { title: f.sourceShort ?? f.sourceTitle, date: f.sourceDate });
  return [...seen.values()];
}

function sourceContext(sources: SourceRef[], lang: Language): types.ContextBlock | null {
  if (sources.length === 0) return null;
  const w = slackWords(lang);
  const shown = sources.length > LIMITS.contextElements ? sources.slice(0, LIMITS.contextElements - 1) : sources;
  const elements = shown.map((s) => {
    const asOf = s.date ? ` · ${w.asOf} ${formatDate(s.date, lang)}` : '';
    return mrkdwn(fitEscaped(`${w.source}: ${s.title}${asOf}`, LIMITS.contextText));
  });
  if (shown.length < sources.length) elements.push(mrkdwn(escapeMrkdwn(w.more(sources.length - shown.length))));
  return { type: 'context', elements };
}

/** The body lines; the core keeps its source line apart (`parts.source`), and it goes to a context block. */
function bodyLines(answer: Answer): string[] {
  // Slack rejects a section with empty text.
  return answer.parts.body.filter((l) => l.trim() !== '');
}

function buttons(answer: Answer, options: RenderOptions): types.ActionsBlock | null {
  if (options.buttons === false) return null;
  const elements: types.Button[] = [];
  answer.candidates.forEach((c, i) => {
    const value = encodeQuery(c.query, answer.language);
    if (value.length > LIMITS.buttonValue) return;
    elements.push({ type: 'button', action_id: `${ACTION.pick}:${i}`, text: plain(c.name, LIMITS.buttonLabel), value });
  });
  if (options.shareValue !== undefined && shareable(answer) && options.shareValue.length <= LIMITS.buttonValue) {
    elements.push({ type: 'button', action_id: ACTION.share, text: plain(slackWords(answer.language).share, LIMITS.buttonLabel), value: options.shareValue });
  }
  return elements.length > 0 ? { type: 'actions', elements: elements.slice(0, LIMITS.actionsElements) } : null;
}

export function renderAnswer(answer: Answer, options: RenderOptions = {}): SlackMessage {
  const w = slackWords(answer.language);
  const headline = answer.parts.headline.trim();
  const sources = sourcesOf([...answer.facts, ...answer.nearby]);
  const head: Block[] = [];
  if (options.question !== undefined && options.question.trim() !== '') {
    head.push({ type: 'context', elements: [mrkdwn(fitEscaped(`“${options.question.trim()}”`, LIMITS.contextText))] });
  }
  if (headline.trim() !== '') head.push(section(`*${fitEscaped(headline, LIMITS.sectionText - 2)}*`));
  const tail: Block[] = [];
  // Built from the facts, one element per source with its date; the core's source line when no fact is shown.
  const context = sourceContext(sources, answer.language)
    ?? (answer.parts.source ? { type: 'context' as const, elements: [mrkdwn(fitEscaped(answer.parts.source, LIMITS.contextText))] } : null);
  if (context) tail.push(context);
  const actions = buttons(answer, options);
  if (actions) tail.push(actions);
  const room = LIMITS.blocks - head.length - tail.length;
  const body = packLines(bodyLines(answer), room, w.more).map(section);
  return { text: fitEscaped(answer.text, LIMITS.fallbackText), blocks: [...head, ...body, ...tail] };
}

/** A short message of the adapter's own (an apology, a limit), escaped like any other text. */
export function renderNotice(text: string): SlackMessage {
  const escaped = fitEscaped(text, LIMITS.sectionText);
  return { text: escaped, blocks: [section(escaped)] };
}
