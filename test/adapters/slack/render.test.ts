// The Block Kit renderer alone: Slack's limits hold for any Answer, and nothing
// from data or the question can become a link, a mention or a broadcast.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Answer, Candidate, Fact } from '../../../src/index.js';
import { decodeQuery } from '../../../adapters/shared/queryCodec.js';
import { syntheticAnswer } from '../../helpers/views.js';
import { viewOf } from '../../../src/answer/view.js';
import { sourceLineOf, sourcesOf } from '../../../src/answer/facts.js';
import { escapeMrkdwn, fitEscaped, LIMITS, packLines, readShareValue, renderAnswer, renderNotice, type SlackMessage } from '../../../adapters/slack/render.js';

function fact(i: number, over: Partial<Fact> = {}): Fact {
  return {
    product: 'redmi-phones', productName: 'Redmi smartphones', retailer: `r${i}`, retailerName: `Retailer ${i}`, country: 'IT',
    countryName: 'Italy', status: 'available', since: null, paired: true, note: null, source: 'seed', sourceTitle: 'Seed article',
    sourceDate: '2018-05-03', ...over,
  };
}

function answer(over: Partial<Answer>): Answer {
  return syntheticAnswer(over);
}

interface AnyBlock { type: string; text?: { type: string; text: string }; elements?: { type: string; text?: unknown; value?: string; action_id?: string }[] }

const blocksOf = (m: SlackMessage): AnyBlock[] => m.blocks as AnyBlock[];
const sections = (m: SlackMessage): string[] => blocksOf(m).filter((b) => b.type === 'section').map((b) => b.text?.text ?? '');
const contexts = (m: SlackMessage): string[] => blocksOf(m).filter((b) => b.type === 'context').flatMap((b) => (b.elements ?? []).map((e) => String(e.text)));
const actions = (m: SlackMessage) => blocksOf(m).filter((b) => b.type === 'actions').flatMap((b) => b.elements ?? []);
/** Every mrkdwn string Slack would parse: section and context texts, and the notification fallback. */
const mrkdwnTexts = (m: SlackMessage): string[] => [m.text, ...sections(m), ...contexts(m)];

/** Escaped text: no `<` or `>`, and every `&` starts one of the three entities. */
const SAFE = /^(?:[^&<>]|&amp;|&lt;|&gt;)*$/u;
const unescape = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe('GIVEN an answer resting on facts', () => {
  const a = answer({
    facts: [fact(1), fact(2)], total: 2,
    text: 'Yes.\n• Redmi smartphones — Retailer 1 (Italy): available\n• Redmi smartphones — Retailer 2 (Italy): available\nSource: Seed article (3 May 2018).',
  });

  test('THEN the headline is bold, the lines follow, and the source moves to a context block with its as-of date', () => {
    const m = renderAnswer(a);
    expect(sections(m)).toEqual(['*Yes.*', '• Redmi smartphones — Retailer 1 (Italy): available\n• Redmi smartphones — Retailer 2 (Italy): available']);
    expect(contexts(m)).toEqual(['Source: Seed article (3 May 2018).']);
    expect(contexts(m)).toEqual(a.view.sources.map((s) => s.text));
    expect(m.text).toBe(a.text);
    expect(blocksOf(m).every((b) => b.type !== 'section' || (b.text?.type === 'mrkdwn' && (b.text as { verbatim?: boolean }).verbatim === true))).toBe(true);
  });

  test('WHEN the answer is Italian THEN the source and the button are in Italian', () => {
    const it = answer({ facts: a.facts, total: a.total, language: 'it', text: 'Sì.\n• Redmi smartphones — Retailer 1 (Italia): disponibile\nFonte: Seed article (3 maggio 2018).' });
    const m = renderAnswer(it, { share: true, asker: 'U1' });
    expect(contexts(m)).toEqual(['Fonte: Seed article (3 maggio 2018).']);
    expect(sections(m).join('\n')).not.toContain('Fonte:');
    expect(actions(m).map((e) => (e.text as { text: string }).text)).toEqual(['Condividi nel canale']);
  });

  test('THEN only answers about availability offer to be shared, not help or "I did not understand"', () => {
    const share = (over: Partial<Answer>) => actions(renderAnswer(answer(over), { share: true, asker: 'U1' })).map((e) => e.action_id);
    expect(share({ verdict: 'no', text: 'No.' })).toEqual(['share']);
    expect(share({ verdict: 'unknown', reason: 'unpaired', text: 'Not confirmed.' })).toEqual(['share']);
    expect(share({ verdict: 'help', text: 'I answer…' })).toEqual([]);
    expect(share({ verdict: 'unknown', reason: 'not_understood', text: "I couldn't…" })).toEqual([]);
  });

  test('WHEN a body line starts like a source line THEN it stays in the body: only parts.source is the source', () => {
    const m = renderAnswer(answer({
      facts: [fact(1)], total: 1,
      text: 'Yes.\nSource: of this claim is the shop itself\nSource: Seed article (3 May 2018).',
    }));
    expect(sections(m)).toEqual(['*Yes.*', '• Redmi smartphones — Retailer 1 (Italy): available\nSource: of this claim is the shop itself']);
    expect(contexts(m)).toEqual(['Source: Seed article (3 May 2018).']);
  });

  test('WHEN there is a source line but no fact to name THEN the source line is the context, escaped', () => {
    const view = viewOf({ tone: 'when', headline: 'Dates:', lines: ['26 May 2018: opening'], sources: [], sourceLine: 'Fonte: <!here> & co' });
    const m = renderAnswer(answer({ verdict: 'when', view }));
    expect(contexts(m)).toEqual(['Fonte: &lt;!here&gt; &amp; co']);
  });

  test('WHEN a question is given THEN it is shown above the answer', () => {
    expect(contexts(renderAnswer(a, { question: '  redmi in italy?  ' }))[0]).toBe('“redmi in italy?”');
  });
});

describe('GIVEN text from data or the question that Slack would read as markup', () => {
  const hostile = '<!channel> <!here|here> <!everyone> <@U123> <#C1|general> <https://evil.example|click> AT&T &amp; x > y';

  test('THEN every mrkdwn text is escaped and reads back as written', () => {
    const a = answer({
      facts: [fact(1, { sourceTitle: `Blog ${hostile}` })], total: 1,
      text: `${hostile}\n• ${hostile}\nSource: Blog.`,
      candidates: [],
    });
    const m = renderAnswer(a, { question: hostile });
    for (const t of mrkdwnTexts(m)) expect(t).toMatch(SAFE);
    expect(JSON.stringify(m)).not.toMatch(/<[!@#h]/);
    expect(sections(m)[0]).toBe(`*${escapeMrkdwn(hostile)}*`);
    expect(unescape(contexts(m)[0]!)).toBe(`“${hostile}”`);
    // A footer shows the title up to a line's length: what is shown is the title's start, escaped.
    expect(unescape(contexts(m)[1]!)).toContain(`Blog ${hostile.slice(0, 40)}`);
  });

  test('THEN any text at all comes out safe (property)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), fc.string({ maxLength: 200 }), fc.string({ maxLength: 100 }), (text, question, title) => {
      const m = renderAnswer(answer({ text, facts: [fact(1, { sourceTitle: title })], total: 1 }), { question });
      for (const t of mrkdwnTexts(m)) expect(t).toMatch(SAFE);
    }), { numRuns: 300 });
  });

  test('THEN half of a surrogate pair in the question becomes U+FFFD, a whole emoji stays', () => {
    const m = renderAnswer(answer({}), { question: 'redmi \uD800 in 🇸🇪 \uDC00?' });
    expect(contexts(m)[0]).toBe('“redmi \uFFFD in 🇸🇪 \uFFFD?”');
  });

  test('THEN a notice is escaped too', () => {
    expect(renderNotice('a <@U1> & b').text).toBe('a &lt;@U1&gt; &amp; b');
  });
});

describe('GIVEN an answer far beyond Slack\'s limits', () => {
  const LINES = 5000;
  const longLine = (i: number): string => `• line ${i} ${'<x>&'.repeat(60)}`;
  const hugeFacts = Array.from({ length: 300 }, (_, i) => fact(i, { source: `s${i}`, sourceTitle: `Source number ${i} ${'t'.repeat(3000)}` }));
  const hugeSources = sourcesOf(hugeFacts, 'en');
  // Lines far beyond what a message holds, as the View's own: a renderer must cut them, whatever they are.
  const huge = answer({
    verdict: 'list', total: LINES, facts: hugeFacts,
    view: viewOf({ tone: 'list', headline: `${'Headline '.repeat(500)}`, lines: [...Array.from({ length: LINES }, (_, i) => longLine(i)), `x${'y'.repeat(10_000)}`],
      sources: hugeSources, sourceLine: sourceLineOf(hugeSources, 'en') }),
  });
  const m = renderAnswer(huge, { question: 'q'.repeat(5000), share: true, asker: 'U1' });

  test('THEN it has at most 50 blocks, sections of at most 3000 characters, and a fallback of at most 3000', () => {
    expect(m.blocks.length).toBeLessThanOrEqual(LIMITS.blocks);
    expect(m.blocks.length).toBe(LIMITS.blocks);
    for (const s of sections(m)) expect(s.length).toBeLessThanOrEqual(LIMITS.sectionText);
    expect(m.text.length).toBeLessThanOrEqual(LIMITS.fallbackText);
    for (const t of mrkdwnTexts(m)) expect(t).toMatch(SAFE);
  });

  test('THEN the body ends with "… and N more", N counting exactly the lines left out', () => {
    const body = sections(m).slice(1);
    const last = body[body.length - 1]!;
    const more = /… and (\d+) more$/.exec(last);
    expect(more).not.toBeNull();
    const shown = body.join('\n').split('\n').filter((l) => l.startsWith('• line')).length;
    expect(shown + Number(more![1])).toBe(LINES + 1);
  });

  test('THEN the context block holds at most 10 elements of at most 2000 characters, the last one counting the rest', () => {
    const sourceBlock = blocksOf(m).filter((b) => b.type === 'context').at(-1)!;
    expect(sourceBlock.elements).toHaveLength(LIMITS.contextElements);
    for (const e of sourceBlock.elements ?? []) expect(String(e.text).length).toBeLessThanOrEqual(LIMITS.contextText);
    expect(String(sourceBlock.elements?.at(-1)?.text)).toBe('… and 291 more');
  });

  test('WHEN Italian THEN the cut says "… e altri N"', () => {
    const it = renderAnswer({ ...huge, language: 'it' });
    expect(sections(it).at(-1)).toMatch(/… e altri \d+$/);
  });
});

describe('GIVEN the pieces that cut text', () => {
  test('THEN fitEscaped never splits an entity or a surrogate pair and marks the cut', () => {
    const cut = fitEscaped('<'.repeat(1000), 100);
    expect(cut.length).toBeLessThanOrEqual(100);
    expect(cut).toMatch(/^(&lt;)+…$/);
    const emoji = fitEscaped('😀'.repeat(100), 11);
    expect(emoji).toBe(`${'😀'.repeat(5)}…`);
    expect(fitEscaped('short & sweet', 100)).toBe('short &amp; sweet');
  });

  test('THEN packLines keeps every line when they fit, in order', () => {
    const lines = Array.from({ length: 30 }, (_, i) => `line ${i}`);
    expect(packLines(lines, 5, (n) => `+${n}`)).toEqual([lines.join('\n')]);
    const big = Array.from({ length: 4 }, (_, i) => `${i}${'x'.repeat(1999)}`);
    expect(packLines(big, 10, (n) => `+${n}`)).toEqual(big);
    expect(packLines(big, 2, (n) => `+${n}`)).toEqual([big[0], `${big[1]}\n+2`]);
  });

  test('THEN empty lines never make an empty section', () => {
    const m = renderAnswer(answer({ text: 'Yes.\n\n  \n• one' }));
    expect(sections(m)).toEqual(['*Yes.*', '• one']);
  });
});

describe('GIVEN an answer that asks back', () => {
  const candidates: Candidate[] = [
    { kind: 'product', id: 'mi-phones', name: 'Mi smartphones', query: { products: ['mi-phones'] } },
    { kind: 'retailer', id: 'mi-store', name: `Mi Store ${'long '.repeat(30)}`, query: { retailers: ['mi-store'], intent: 'list' } },
  ];
  const clarify = answer({ verdict: 'clarify', language: 'it', candidates, text: 'Intendevi Mi smartphones o Mi Store?' });

  test('THEN each reading is a button whose value decodes to its query and language, and there is no share button', () => {
    const buttons = actions(renderAnswer(clarify, { share: true, asker: 'U1' }));
    expect(buttons.map((b) => b.action_id)).toEqual(['pick:0', 'pick:1']);
    expect(buttons.map((b) => decodeQuery(b.value ?? ''))).toEqual(candidates.map((c) => ({ query: c.query, language: 'it', asker: 'U1' })));
    for (const b of buttons) expect((b.text as { text: string }).text.length).toBeLessThanOrEqual(LIMITS.buttonLabel);
  });

  test('WHEN buttons cannot be answered (a modal) THEN none are drawn', () => {
    expect(actions(renderAnswer(clarify, { buttons: false }))).toEqual([]);
  });

  test('WHEN there are more readings than an actions block holds THEN 25 are shown', () => {
    const many = Array.from({ length: 40 }, (_, i): Candidate => ({ kind: 'country', id: `C${i}`, name: `Country ${i}`, query: { countries: ['SE'] } }));
    expect(actions(renderAnswer(answer({ verdict: 'clarify', candidates: many, text: '?' })))).toHaveLength(LIMITS.actionsElements);
  });
});

describe('GIVEN button labels and values', () => {
  const flags = '🇸🇪'.repeat(40);
  const withLabel = (name: string): Answer => answer({
    verdict: 'clarify', text: 'Which?', candidates: [{ kind: 'retailer', id: 'r', name, query: { retailers: ['r'] } }],
  });
  const label = (m: SlackMessage): string => (actions(m)[0]!.text as { text: string }).text;

  test('THEN a label is cut in UTF-16 units, as Slack counts, never inside a surrogate pair', () => {
    const text = label(renderAnswer(withLabel(flags), { asker: 'U1' }));
    expect(text.length).toBeLessThanOrEqual(LIMITS.buttonLabel);
    expect(text.endsWith('…')).toBe(true);
    expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  test('THEN a short label is made well formed too: half a surrogate pair becomes U+FFFD', () => {
    expect(label(renderAnswer(withLabel('Store \uD83C'), { asker: 'U1' }))).toBe('Store \uFFFD');
  });

  test('THEN a Share button carries the query, the asker and the question, and nothing is kept in memory for it', () => {
    const a = answer({ facts: [fact(1)], total: 1, query: { brands: ['Xiaomi; Inc|x'], countries: ['IT'], intent: 'yesno', now: true } });
    const value = actions(renderAnswer(a, { question: 'xiaomi | in italy?', share: true, asker: 'U9' })).find((e) => e.action_id === 'share')!.value!;
    expect(readShareValue(value)).toEqual({ id: expect.any(String), picked: { query: a.query, language: 'en', asker: 'U9' }, question: 'xiaomi | in italy?' });
    expect(value).not.toMatch(/[<>]/);
  });

  test('THEN a question too long for the value is cut, and the value stays within 2000 characters', () => {
    const value = actions(renderAnswer(answer({ facts: [fact(1)], total: 1 }), { question: '🇸🇪'.repeat(2000), share: true, asker: 'U9' }))
      .find((e) => e.action_id === 'share')!.value!;
    expect(value.length).toBeLessThanOrEqual(LIMITS.buttonValue);
    expect(readShareValue(value)?.picked.asker).toBe('U9');
  });

  test('THEN a forged or mangled value reads as nothing', () => {
    const id = 'abcdefghijkl';
    for (const v of ['', '|', `${id}|p=;l=en|x`, `${id}|u=<@U1>;l=en|x`, `${id}|b=%E0%A4%A;l=en|q`, `${id}|l=xx|q`, `${id}|l=en|%E0%A4%A`, `short|l=en|q`, `${id}|l=en|q|more`, 'x'.repeat(2001)]) {
      expect(readShareValue(v)).toBeNull();
    }
    expect(readShareValue(`${id}|u=U1;l=it|q`)).toEqual({ id, picked: { query: {}, language: 'it', asker: 'U1' }, question: 'q' });
  });
});
