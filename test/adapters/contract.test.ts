// The renderers' contract, over every verdict and every kind of View: each of
// them (Slack's Block Kit, Discord's embed, the terminal's text) keeps within
// its platform's limits, leaves nothing live, and shows only what the View
// says: no renderer words a fact, a status, a date or a source of its own.
// Views come from the real core over the shipped data and three blind
// conversation sets (every verdict, every kind of line), and from synthetic
// Views far beyond every limit.
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lineText, type Answer, type Core, type View } from '../../src/index.js';
import { viewOf, viewToText } from '../../src/answer/view.js';
import { ChoiceIds } from '../../adapters/discord/choices.js';
import { LIMITS as DISCORD } from '../../adapters/discord/fit.js';
import { renderAnswer as renderDiscord, type DiscordMessage } from '../../adapters/discord/render.js';
import { LIMITS as SLACK, renderAnswer as renderSlack, shareable, type SlackMessage } from '../../adapters/slack/render.js';
import { renderText } from '../../adapters/terminal/render.js';
import { coreFor } from '../helpers/catalog.js';
import { syntheticAnswer } from '../helpers/views.js';
import { discordLiveMarkup, discordMarkdownTexts, discordProblems, illFormedStrings, slackLiveMarkup, slackMrkdwnTexts, slackProblems } from '../reliability/platformChecks.js';

const ROOT = resolve(import.meta.dirname, '../..');
const SETS = ['shipped', 'groceries', 'pets', 'cosmetics'];
const ASKER = '123456789012345678';

function catalogOf(set: string): string {
  const dir = join(ROOT, 'test/conversations', set);
  return existsSync(join(dir, 'catalog')) ? join(dir, 'catalog') : join(ROOT, readFileSync(join(dir, 'catalog.txt'), 'utf8').trim());
}

const answers: Answer[] = [];
const cores: Core[] = [];

beforeAll(async () => {
  for (const set of SETS) {
    const core = await coreFor(catalogOf(set));
    cores.push(core);
    readFileSync(join(ROOT, 'test/conversations', set, 'conversations.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).forEach((line, i) => {
      for (const t of (JSON.parse(line) as { turns: { q: string }[] }).turns) answers.push(core.answer(t.q, { conversation: `${set}:${i}` }));
    });
    // "all" lifts the chat length: the longest lists each catalog gives.
    for (const q of ['list all retailers', 'show all', 'tutti i paesi', 'everything in every country, all of it']) answers.push(core.answer(q));
  }
  answers.push(...extremes());
}, 60_000);
afterAll(() => { for (const c of cores) c.close(); });

/** Views no catalog gives, past every limit at once: hostile text, huge lines, many groups, sources and choices. */
function extremes(): Answer[] {
  const hostile = '<!channel> @everyone <@123> [x](https://evil.example) https://bare.example **b** ||s|| & < > \uD800';
  const long = (s: string, n: number): string => s.repeat(Math.ceil(n / s.length)).slice(0, n);
  const items = Array.from({ length: 400 }, (_, i) => ({
    type: 'item' as const, kind: 'fact' as const, text: `${long(`Product ${i} ${hostile} `, 900)}`, place: `${long(`Place ${i % 60} ${hostile}`, 400)}`,
    detail: long(`detail ${i} ${hostile} `, 1500), products: [], retailers: [], countries: [], status: 'available' as const,
    statusLabel: 'available', dateLabel: null, note: null, unpaired: i % 2 === 0,
  }));
  const sources = Array.from({ length: 40 }, (_, i) => ({ id: `s${i}`, title: long(`Title ${i} ${hostile}`, 3000), dateLabel: '3 May 2018', text: long(`Source: ${i} ${hostile}`, 4000) }));
  const choices = Array.from({ length: 40 }, (_, i) => ({ label: long(`🇸🇪 ${i} ${hostile}`, 300), kind: 'product' as const, id: `c${i}`, query: { products: [`c${i}`] } }));
  const views: View[] = (['yes', 'no', 'list', 'when', 'clarify', 'unknown', 'help'] as const).map((tone) => viewOf({
    tone, headline: long(`Headline ${hostile} `, 5000),
    lines: [long(`Note ${hostile} `, 10_000), ...items, { type: 'more', of: 'items', count: 12_345, text: '… and 12345 more (ask “all” to see them).' }, hostile],
    sources, sourceLine: long(`Source: ${hostile}`, 9000), choices: tone === 'clarify' ? choices : [],
  }));
  views.push(viewOf({ tone: 'help', headline: '', lines: [], sources: [], sourceLine: null }));
  return views.map((view) => syntheticAnswer({ verdict: view.tone, view }));
}

/** What a renderer may show besides the View: its cut markers and counts, the question, its own button label. */
const OWN = /^(… and \d+ more|… e altri \d+|Share in channel|Condividi nel canale|…|\u200b)$/;

function viewStrings(v: View): string[] {
  return [v.headline, ...v.lines.map(lineText), ...v.groups.flatMap((g) => [g.place, ...g.items.map((i) => i.detail)]),
    ...(v.sourceLine ? [v.sourceLine] : []), ...v.sources.map((s) => s.text), ...v.choices.map((c) => c.label)];
}

/** Each shown line, unescaped and without a cut's "…", is a piece of something the View says (or the renderer's own markers). */
function unworded(shown: string[], v: View, unescape: (s: string) => string): string[] {
  const said = viewStrings(v).map((s) => s.replace(/\uFFFD|[\uD800-\uDFFF]/g, ''));
  return shown.flatMap((t) => unescape(t).split('\n')).map((l) => l.replace(/\uFFFD|[\uD800-\uDFFF]/g, '').replace(/…$/, '').trim())
    .filter((l) => l !== '' && !OWN.test(l) && !said.some((s) => s.includes(l)));
}

const slackUnescape = (s: string): string => s.replace(/^\*(.*)\*$/s, '$1').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const discordUnescape = (s: string): string => s.replace(/\\(.)/g, '$1').replace(/@\u200b/g, '@').replace(/:\u200b\/\//g, '://');

function slackShown(m: SlackMessage): string[] {
  const blocks = m.blocks as { type: string; text?: { text: string }; elements?: { text?: unknown }[] }[];
  return blocks.flatMap((b) => (b.type === 'section' ? [b.text!.text] : b.type === 'context' ? (b.elements ?? []).map((e) => String(e.text)) : []));
}

function discordShown(m: DiscordMessage): string[] {
  return m.embeds.flatMap((e) => [e.title ?? '', e.description ?? '', e.footer?.text ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value])]);
}

describe('GIVEN Views of every verdict and kind, from real catalogs and beyond every limit', () => {
  it('THEN there are Views of every verdict, with items of every kind, notes, counts, sources and choices', () => {
    const views = answers.map((a) => a.view);
    expect(new Set(views.map((v) => v.tone))).toEqual(new Set(['yes', 'no', 'list', 'when', 'clarify', 'unknown', 'help']));
    const kinds = new Set(views.flatMap((v) => v.lines.map((l) => (l.type === 'item' ? l.kind : l.type))));
    expect(kinds).toEqual(new Set(['fact', 'event', 'saying', 'note', 'more']));
    expect(views.some((v) => v.sources.length > 10 && v.choices.length > 25)).toBe(true);
  });

  it('THEN Slack\'s Block Kit keeps every limit, nothing is live, and every line is the View\'s', () => {
    for (const a of answers) {
      for (const m of [renderSlack(a, { question: 'q <!here>', share: shareable(a), asker: 'U1' }), renderSlack(a), renderSlack(a, { buttons: false })]) {
        expect(slackProblems(m)).toEqual([]);
        for (const t of slackMrkdwnTexts(m)) expect(slackLiveMarkup(t)).toBeNull();
        expect(illFormedStrings(m)).toEqual([]);
        const shown = slackShown(m).filter((t) => !t.startsWith('“'));
        expect(unworded(shown, a.view, slackUnescape)).toEqual([]);
        for (const b of m.blocks as { type: string; elements?: { text?: { text: string }; value?: string }[] }[]) {
          for (const e of b.type === 'actions' ? b.elements ?? [] : []) {
            expect(e.text!.text.length).toBeLessThanOrEqual(SLACK.buttonLabel);
            expect(e.value!.length).toBeLessThanOrEqual(SLACK.buttonValue);
          }
        }
      }
    }
  });

  it('THEN Discord\'s embed keeps every limit, nothing is live, and every line is the View\'s', () => {
    const choices = new ChoiceIds();
    for (const a of answers) {
      const m = renderDiscord(a, (c, language) => choices.idFor(ASKER, c.query, language));
      expect(discordProblems(m)).toEqual([]);
      for (const t of discordMarkdownTexts(m)) expect(discordLiveMarkup(t)).toBeNull();
      expect(illFormedStrings(m)).toEqual([]);
      expect(m.allowedMentions).toEqual({ parse: [], repliedUser: false });
      expect(unworded(discordShown(m), a.view, discordUnescape)).toEqual([]);
      for (const b of m.components.flatMap((r) => r.components)) {
        expect(b.label!.length).toBeLessThanOrEqual(DISCORD.buttonLabel);
        expect(b.custom_id.length).toBeLessThanOrEqual(DISCORD.customId);
      }
    }
  });

  it('THEN the terminal prints the View as text, and numbers its choices', () => {
    for (const a of answers) {
      const text = renderText(a);
      expect(text.startsWith(viewToText(a.view))).toBe(true);
      a.view.choices.forEach((c, i) => expect(text).toContain(`  ${i + 1}) ${c.label}`));
    }
  });
});
