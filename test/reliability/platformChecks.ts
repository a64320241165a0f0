// What "safe to post" means on each platform, as checks over a rendered
// message: no live mention or link markup where the platform parses markup,
// and every size and count limit of its API. Shared by the reliability tests.
import type { APIEmbed } from 'discord.js';
import type { DiscordMessage } from '../../adapters/discord/render.js';
import type { SlackMessage } from '../../adapters/slack/render.js';

/** Discord: markup that starts at an unescaped `<` (mentions, channels, links, timestamps) or `[` (masked links). */
export function discordLiveMarkup(text: string): string | null {
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    // A backslash makes the next character literal, whatever it is.
    if (c === '\\') { i++; continue; }
    if (c === '<' || c === '[') return `unescaped ${c} at ${i}: ${JSON.stringify(text.slice(i, i + 30))}`;
  }
  const mass = /@(everyone|here)/i.exec(text);
  if (mass) return `mass mention ${mass[0]}`;
  // A bare URL is a live link in any markdown text, escaped or not.
  const link = /\b[a-z][a-z0-9+.-]*:\/\//i.exec(text);
  return link ? `live link ${JSON.stringify(text.slice(link.index, link.index + 30))}` : null;
}

/** Discord renders markdown and mentions in content, titles, descriptions and fields; footers and labels are plain. */
export function discordMarkdownTexts(m: DiscordMessage): string[] {
  return [
    ...(m.content === undefined ? [] : [m.content]),
    ...m.embeds.flatMap((e) => [e.title ?? '', e.description ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value])]),
  ];
}

function embedChars(e: APIEmbed): number {
  return (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.author?.name.length ?? 0)
    + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
}

/** Every Discord limit the message must respect, as a list of what is broken (empty when none). */
export function discordProblems(m: DiscordMessage): string[] {
  const out: string[] = [];
  const check = (ok: boolean, what: string): void => { if (!ok) out.push(what); };
  check((m.content?.length ?? 0) <= 2000, 'content over 2000');
  check(m.embeds.length <= 10, 'more than 10 embeds');
  check(m.content !== undefined || m.embeds.length > 0, 'empty message');
  check(m.embeds.reduce((n, e) => n + embedChars(e), 0) <= 6000, 'embeds over 6000 characters');
  for (const e of m.embeds) {
    check((e.title?.length ?? 0) <= 256, 'title over 256');
    check((e.description?.length ?? 0) <= 4096, 'description over 4096');
    check((e.footer?.text.length ?? 0) <= 2048, 'footer over 2048');
    check((e.fields?.length ?? 0) <= 25, 'more than 25 fields');
    for (const f of e.fields ?? []) {
      check(f.name.length >= 1 && f.name.length <= 256, `field name of ${f.name.length}`);
      check(f.value.length >= 1 && f.value.length <= 1024, `field value of ${f.value.length}`);
    }
  }
  check(m.components.length <= 5, 'more than 5 rows');
  const ids = new Set<string>();
  for (const row of m.components) {
    check(row.components.length >= 1 && row.components.length <= 5, `row of ${row.components.length} buttons`);
    for (const b of row.components) {
      check(b.custom_id.length >= 1 && b.custom_id.length <= 100, `custom_id of ${b.custom_id.length}`);
      check(!ids.has(b.custom_id), 'repeated custom_id');
      ids.add(b.custom_id);
      check((b.label?.length ?? 0) >= 1 && (b.label?.length ?? 0) <= 80, `button label of ${b.label?.length ?? 0}`);
    }
  }
  return out;
}

interface AnyElement { type: string; text?: unknown; value?: string; action_id?: string }
interface AnyBlock { type: string; text?: { type: string; text: string }; elements?: AnyElement[] }

/** Slack parses `<…>` and `&` in mrkdwn: the fallback text, section texts and mrkdwn context elements. */
export function slackMrkdwnTexts(m: SlackMessage): string[] {
  const blocks = m.blocks as AnyBlock[];
  return [
    m.text,
    ...blocks.filter((b) => b.type === 'section').map((b) => b.text?.text ?? ''),
    ...blocks.filter((b) => b.type === 'context').flatMap((b) => (b.elements ?? []).filter((e) => e.type === 'mrkdwn').map((e) => String(e.text))),
  ];
}

/** Escaped mrkdwn: no `<` or `>` at all, and every `&` starts one of Slack's three entities. */
const ESCAPED = /^(?:[^&<>]|&amp;|&lt;|&gt;)*$/u;
const SLACK_MARKUP = /<[!@#]|<https?:|<mailto:/i;

export function slackLiveMarkup(text: string): string | null {
  const markup = SLACK_MARKUP.exec(text);
  if (markup) return `markup ${JSON.stringify(text.slice(markup.index, markup.index + 30))}`;
  return ESCAPED.test(text) ? null : `unescaped &, < or > in ${JSON.stringify(text.slice(0, 60))}`;
}

/** Every Slack Block Kit limit the message must respect, as a list of what is broken. */
export function slackProblems(m: SlackMessage): string[] {
  const out: string[] = [];
  const check = (ok: boolean, what: string): void => { if (!ok) out.push(what); };
  const blocks = m.blocks as AnyBlock[];
  check(m.text.length >= 1 && m.text.length <= 3000, `fallback text of ${m.text.length}`);
  check(blocks.length <= 50, `${blocks.length} blocks`);
  const actionIds = new Set<string>();
  for (const b of blocks) {
    if (b.type === 'section') check((b.text?.text.length ?? 0) >= 1 && (b.text?.text.length ?? 0) <= 3000, `section of ${b.text?.text.length ?? 0}`);
    else if (b.type === 'context') {
      const n = b.elements?.length ?? 0;
      check(n >= 1 && n <= 10, `context of ${n} elements`);
      for (const e of b.elements ?? []) check(String(e.text).length >= 1 && String(e.text).length <= 2000, 'context text out of 1..2000');
    } else if (b.type === 'actions') {
      const n = b.elements?.length ?? 0;
      check(n >= 1 && n <= 25, `actions of ${n} elements`);
      for (const e of b.elements ?? []) {
        const label = (e.text as { text?: string } | undefined)?.text ?? '';
        check([...label].length >= 1 && [...label].length <= 75, `button label of ${label.length}`);
        check((e.value?.length ?? 0) <= 2000, 'button value over 2000');
        check((e.action_id?.length ?? 0) >= 1 && (e.action_id?.length ?? 0) <= 255 && !actionIds.has(e.action_id ?? ''), 'bad or repeated action_id');
        actionIds.add(e.action_id ?? '');
      }
    } else out.push(`unexpected block ${b.type}`);
  }
  return out;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Lone surrogates make JSON that a platform may refuse or show as garbage. */
export function illFormedStrings(value: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') { if (LONE_SURROGATE.test(v)) out.push(JSON.stringify(v.slice(0, 40))); }
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(value);
  return out;
}
