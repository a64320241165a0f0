// Answer → Block Kit, a pure function. Slack quirks handled here:
// - mrkdwn turns `<…>` into links and mentions (`<!channel>`, `<@U123>`) and
//   reads `&`, so every piece of data or question text is escaped (&amp; &lt; &gt;)
//   and marked `verbatim` so bare URLs and channel names are not linked either;
// - a section holds 3000 characters, a message 50 blocks, a context block 10
//   elements, an actions block 25, a button label 75 characters and a button
//   value 2000; longer content is cut with "… and N more".
// plain_text objects (button labels) are shown literally and are not escaped,
// but cut in UTF-16 units (Slack's count) and made well formed like the rest.
// Lone surrogates (half an emoji, from a question cut anywhere) become U+FFFD.
import { randomBytes } from 'node:crypto';
import type { types } from '@slack/bolt';
import { lineText, type Answer } from '../../src/index.js';
import { decodeQuery, encodeQuery, type Picked } from '../shared/queryCodec.js';
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
  /** Adds a "Share in channel" button (an ephemeral answer worth showing the channel). */
  share?: boolean;
  /** The Slack user the buttons belong to: only they may press them. */
  asker?: string;
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

/** Cuts to `limit` UTF-16 units (as Slack counts), never inside a surrogate pair, ending in "…". */
export function cutUnits(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let cut = text.slice(0, Math.max(0, limit - 1));
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** A plain_text object (a button label): shown literally, so not escaped, but always well formed and within `limit`. */
export function plain(text: string, limit: number): types.PlainTextElement {
  return { type: 'plain_text', text: cutUnits(wellFormed(text), limit), emoji: false };
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

/** One context element per source, as the core words it ("Source: … (3 May 2018)."). */
function sourceContext(answer: Answer): types.ContextBlock | null {
  const { sources, sourceLine } = answer.view;
  if (sources.length === 0) return sourceLine ? { type: 'context', elements: [mrkdwn(fitEscaped(sourceLine, LIMITS.contextText))] } : null;
  const shown = sources.length > LIMITS.contextElements ? sources.slice(0, LIMITS.contextElements - 1) : sources;
  const elements = shown.map((s) => mrkdwn(fitEscaped(s.text, LIMITS.contextText)));
  if (shown.length < sources.length) elements.push(mrkdwn(escapeMrkdwn(slackWords(answer.language).more(sources.length - shown.length))));
  return { type: 'context', elements };
}

/** The body: the View's lines as the text words them; Slack rejects a section with empty text. */
function bodyLines(answer: Answer): string[] {
  return answer.view.lines.map(lineText).filter((l) => l.trim() !== '');
}

function buttons(answer: Answer, options: RenderOptions): types.ActionsBlock | null {
  if (options.buttons === false) return null;
  const elements: types.Button[] = [];
  answer.view.choices.forEach((c, i) => {
    const value = encodeQuery(c.query, answer.language, options.asker);
    if (value.length > LIMITS.buttonValue) return;
    elements.push({ type: 'button', action_id: `${ACTION.pick}:${i}`, text: plain(c.label, LIMITS.buttonLabel), value });
  });
  const share = options.share === true && shareable(answer) ? shareValue(answer, options) : null;
  if (share !== null) {
    elements.push({ type: 'button', action_id: ACTION.share, text: plain(slackWords(answer.language).share, LIMITS.buttonLabel), value: share });
  }
  return elements.length > 0 ? { type: 'actions', elements: elements.slice(0, LIMITS.actionsElements) } : null;
}

/**
 * What a Share button carries: a one-time id (so a press delivered twice posts once), the answer's
 * query (asked again when pressed, on whichever copy of the bot gets the press), its asker, and the
 * question as typed, URI-encoded and cut to fit, to show above the answer.
 */
function shareValue(answer: Answer, options: RenderOptions): string | null {
  if (!answer.query) return null;
  const head = `${randomBytes(9).toString('base64url')}${SHARE_SEPARATOR}${encodeQuery(answer.query, answer.language, options.asker)}${SHARE_SEPARATOR}`;
  if (head.length > LIMITS.buttonValue) return null;
  const room = LIMITS.buttonValue - head.length;
  let question = wellFormed(options.question?.trim() ?? '');
  let encoded = encodeURIComponent(question);
  // Cut by characters until the encoding fits: an encoded character is never split.
  while (encoded.length > room) {
    question = cutUnits(question, Math.max(1, Math.floor(question.length * room / encoded.length) - 1));
    encoded = encodeURIComponent(question);
  }
  return `${head}${encoded}`;
}

/** The parts never hold "|": the id is base64url, brands in the query and the question are URI-encoded. */
const SHARE_SEPARATOR = '|';
const SHARE_ID = /^[A-Za-z0-9_-]{12}$/;

export interface Shared { id: string; picked: Picked; question: string }

export function readShareValue(value: string): Shared | null {
  if (typeof value !== 'string' || value.length > LIMITS.buttonValue) return null;
  const [id = '', query = '', encoded = '', ...rest] = value.split(SHARE_SEPARATOR);
  if (!SHARE_ID.test(id) || rest.length > 0) return null;
  const picked = decodeQuery(query);
  if (!picked) return null;
  try {
    return { id, picked, question: decodeURIComponent(encoded) };
  } catch {
    return null;
  }
}

export function renderAnswer(answer: Answer, options: RenderOptions = {}): SlackMessage {
  const w = slackWords(answer.language);
  const headline = answer.view.headline.trim();
  const head: Block[] = [];
  if (options.question !== undefined && options.question.trim() !== '') {
    head.push({ type: 'context', elements: [mrkdwn(fitEscaped(`“${options.question.trim()}”`, LIMITS.contextText))] });
  }
  if (headline !== '') head.push(section(`*${fitEscaped(headline, LIMITS.sectionText - 2)}*`));
  const tail: Block[] = [];
  const context = sourceContext(answer);
  if (context) tail.push(context);
  const actions = buttons(answer, options);
  if (actions) tail.push(actions);
  const room = LIMITS.blocks - head.length - tail.length;
  const body = packLines(bodyLines(answer), room, w.more).map(section);
  // Slack refuses a message without text; an answer with nothing to say still says that much.
  return { text: fitEscaped(answer.text, LIMITS.fallbackText) || '…', blocks: [...head, ...body, ...tail] };
}

/** A short message of the adapter's own (an apology, a limit), escaped like any other text. */
export function renderNotice(text: string): SlackMessage {
  const escaped = fitEscaped(text, LIMITS.sectionText);
  return { text: escaped, blocks: [section(escaped)] };
}
