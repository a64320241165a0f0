import { describe, expect, it } from 'vitest';
import type { APIEmbed } from 'discord.js';
import { renderAnswer, renderChoices, renderNotice, type ChoiceId } from '../../../adapters/discord/render.js';
import { LIMITS } from '../../../adapters/discord/fit.js';
import { answer, candidate, event, fact } from './answers.js';

const ids: ChoiceId = (c, language) => `test:${language}:${c.id}`;

function embedChars(e: APIEmbed): number {
  return (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.author?.name.length ?? 0)
    + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
}

function expectWithinLimits(e: APIEmbed): void {
  expect(e.title!.length).toBeLessThanOrEqual(LIMITS.title);
  expect(e.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.description);
  expect(e.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.fields);
  for (const f of e.fields ?? []) {
    expect(f.name.length).toBeGreaterThan(0);
    expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
    expect(f.value.length).toBeGreaterThan(0);
    expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
  }
  expect(e.footer?.text.length ?? 0).toBeLessThanOrEqual(LIMITS.footer);
  expect(embedChars(e)).toBeLessThanOrEqual(LIMITS.embedsTotal);
}

describe('renderAnswer', () => {
  it('GIVEN a fact the core worded as of today THEN the field shows that wording, never a past day as upcoming', () => {
    const a = answer({ facts: [fact({ status: 'opening', since: '2018-05-26', statusText: 'announced to open on 26 May 2018' })] });
    const [e] = renderAnswer(a, ids).embeds;
    expect(e!.fields![0]!.value).toBe('Redmi smartphones: announced to open on 26 May 2018');
    expect(JSON.stringify(e)).not.toContain('opening on');
  });
  it('GIVEN a yes THEN the headline is the title, each retailer and country a field, the source and date the footer', () => {
    const a = answer({
      facts: [fact({ note: 'initially available' }), fact({ productName: 'Mi smartphones', product: 'mi-phones' }), fact({ country: 'DK', countryName: 'Denmark' })],
      text: 'Yes.\n• Redmi… (Sweden)\n• Mi… (Denmark)\nSource: Seed article (3 May 2018).',
    });
    const msg = renderAnswer(a, ids);
    const [e] = msg.embeds;
    expect(e!.title).toBe('Yes.');
    expect(e!.description).toBeUndefined();
    expect(e!.fields).toEqual([
      { name: '3 Store · Sweden', value: 'Redmi smartphones: announced since 3 May 2018 — initially available\nMi smartphones: announced since 3 May 2018' },
      { name: '3 Store · Denmark', value: 'Redmi smartphones: announced since 3 May 2018' },
    ]);
    expect(e!.footer!.text).toBe('Source: Seed article · as of 3 May 2018');
    expect(msg.components).toEqual([]);
    expect(msg.allowedMentions).toEqual({ parse: [], repliedUser: false });
  });

  it('GIVEN different verdicts THEN the colours differ', () => {
    const colours = (['yes', 'no', 'list', 'when', 'clarify', 'unknown', 'help'] as const)
      .map((verdict) => renderAnswer(answer({ verdict, text: verdict }), ids).embeds[0]!.color);
    expect(new Set(colours).size).toBe(7);
  });

  it('GIVEN an opening date THEN it reads "on", other statuses "since"', () => {
    const e = renderAnswer(answer({ facts: [fact({ status: 'opening', since: '2018-05-26' })] }), ids).embeds[0]!;
    expect(e.fields![0]!.value).toBe('Redmi smartphones: opening on 26 May 2018');
  });

  it('GIVEN unpaired facts THEN they share one field that says the source does not pair them', () => {
    const a = answer({
      verdict: 'unknown', text: 'Not confirmed: …',
      facts: ['IE', 'GB', 'NL'].flatMap((c) => ['Fortress', 'Superdrug'].map((r) => fact({ paired: false, country: c, countryName: c, retailer: r, retailerName: r }))),
    });
    const fields = renderAnswer(a, ids).embeds[0]!.fields!;
    expect(fields).toHaveLength(1);
    expect(fields[0]!.name).toBe('Fortress, Superdrug (not paired by the source)');
    expect(fields[0]!.value.split('\n')[0]).toBe('IE, GB, NL');
  });

  it('GIVEN a no with nearby facts THEN the text is the description, without the source line, and the footer names the source', () => {
    const a = answer({
      verdict: 'no', nearby: [fact()],
      text: 'No. The data has no Redmi at MediaWorld in Sweden.\nIn Sweden the data has:\n• Redmi — 3 Store (Sweden): announced\nSource: Seed article (3 May 2018).',
    });
    const e = renderAnswer(a, ids).embeds[0]!;
    expect(e.title).toBe('No. The data has no Redmi at MediaWorld in Sweden.');
    expect(e.description).toBe('In Sweden the data has:\n• Redmi — 3 Store (Sweden): announced');
    expect(e.fields).toBeUndefined();
    expect(e.footer!.text).toBe('Source: Seed article · as of 3 May 2018');
  });

  it('GIVEN a body line that names the source THEN it stays: only parts.source is the source line', () => {
    const a = answer({
      verdict: 'no', nearby: [fact()],
      parts: { headline: 'No.', body: ['Seed article says nothing of MediaWorld:', '• Redmi — 3 Store (Sweden): announced'], source: 'Source: Seed article (3 May 2018).' },
    });
    const e = renderAnswer(a, ids).embeds[0]!;
    expect(e.description).toBe('Seed article says nothing of MediaWorld:\n• Redmi — 3 Store (Sweden): announced');
    expect(e.footer!.text).toBe('Source: Seed article · as of 3 May 2018');
  });

  it('GIVEN a source line but no fact to build the footer from THEN the source line is the footer, unescaped', () => {
    const a = answer({ verdict: 'when', parts: { headline: 'Dates:', body: ['26 May 2018: opening'], source: 'Source: A *blog* (2018).' } });
    const e = renderAnswer(a, ids).embeds[0]!;
    expect(e.footer!.text).toBe('Source: A *blog* (2018).');
    expect(e.description).toBe('26 May 2018: opening');
  });

  it('GIVEN a when answer THEN its events are a Dates field', () => {
    const a = answer({ verdict: 'when', facts: [fact()], events: [event({ note: 'first Mi Store' }), event({ kind: 'statement' })], text: 'Dates for x:' });
    const fields = renderAnswer(a, ids).embeds[0]!.fields!;
    expect(fields[fields.length - 1]).toEqual({ name: 'Dates', value: '26 May 2018: store opening, Mi Store, Milan, Italy — first Mi Store' });
  });

  it('GIVEN Italian THEN the labels and dates are Italian', () => {
    const a = answer({ language: 'it', text: 'Sì.', facts: [fact({ countryName: 'Svezia' })] });
    const e = renderAnswer(a, ids).embeds[0]!;
    expect(e.fields![0]).toEqual({ name: '3 Store · Svezia', value: 'Redmi smartphones: annunciato dal 3 maggio 2018' });
    expect(e.footer!.text).toBe('Fonte: Seed article · aggiornato al 3 maggio 2018');
  });

  it('GIVEN markdown and mentions in the data and the text THEN they are escaped, except in the footer which is not markdown', () => {
    const a = answer({
      text: '**Yes** @everyone\n(The data is per product line: <@&42> is answered as x.)',
      facts: [fact({ retailerName: 'Star_*Shop*', note: '||spoiler|| @here [link](https://x.test)', sourceTitle: 'A *title*' })],
    });
    const e = renderAnswer(a, ids).embeds[0]!;
    expect(e.title).toBe('\\*\\*Yes\\*\\* @\u200beveryone');
    expect(e.description).toBe('(The data is per product line: \\<@&42> is answered as x.)');
    expect(e.fields![0]!.name).toBe('Star\\_\\*Shop\\* · Sweden');
    expect(e.fields![0]!.value).toContain('\\|\\|spoiler\\|\\| @\u200bhere \\[link\\](https://x.test)');
    expect(e.footer!.text).toBe('Source: A *title* · as of 3 May 2018');
  });

  it('GIVEN a huge answer THEN every Discord limit holds and what is cut is counted', () => {
    const long = (s: string, n: number): string => s.repeat(Math.ceil(n / s.length)).slice(0, n);
    const facts = Array.from({ length: 400 }, (_, i) => fact({
      retailer: `r${i}`, retailerName: long(`Retailer_${i}*`, 300), country: `C${i}`, countryName: long('Country ', 200),
      productName: long('Product ', 150), note: long('note *with* markdown ', 1500), sourceTitle: long('Title ', 3000),
    }));
    const a = answer({
      verdict: 'list', facts, total: 400,
      text: [long('Headline ', 1000), ...Array.from({ length: 3000 }, (_, i) => `Extra line ${i} with some words`)].join('\n'),
    });
    const msg = renderAnswer(a, ids);
    const e = msg.embeds[0]!;
    expectWithinLimits(e);
    expect(e.title!.endsWith('…')).toBe(true);
    expect(e.description!).toMatch(/\n… and \d+ more$/);
    const fields = e.fields!;
    const last = fields[fields.length - 1]!;
    expect(last.value).toBe(`… and ${400 - (fields.length - 1)} more`);
    expect(fields[0]!.value).toMatch(/… and \d+ more$|…$/);
    // The facts, not the side notes, get most of the room.
    expect(fields.length - 1).toBeGreaterThanOrEqual(3);
  });

  it('GIVEN a huge answer without fields THEN the description takes up to 4096 characters and the total holds', () => {
    const text = ['No. The data has no x.', ...Array.from({ length: 3000 }, (_, i) => `• nearby line ${i} **bold**`)].join('\n');
    const nearby = [fact({ sourceTitle: 'T'.repeat(5000) })];
    const e = renderAnswer(answer({ verdict: 'no', text, nearby }), ids).embeds[0]!;
    expectWithinLimits(e);
    expect(e.description!.length).toBeGreaterThan(3500);
    expect(e.description!).toMatch(/\n… and \d+ more$/);
  });

  it('GIVEN many short groups THEN 24 are shown and the 25th counts the rest', () => {
    const facts = Array.from({ length: 60 }, (_, i) => fact({ retailer: `r${i}`, retailerName: `R${i}` }));
    const e = renderAnswer(answer({ verdict: 'list', facts }), ids).embeds[0]!;
    expect(e.fields).toHaveLength(25);
    expect(e.fields![24]!.value).toBe('… and 36 more');
    expectWithinLimits(e);
  });

  it('GIVEN a clarify THEN each candidate is a button, five to a row, carrying its custom id and the answer language', () => {
    const candidates = Array.from({ length: 7 }, (_, i) => candidate(`c${i}`, `Candidate ${i}`));
    candidates.push(candidate('long', 'L'.repeat(200)));
    const msg = renderAnswer(answer({ verdict: 'clarify', language: 'it', candidates, text: 'Intendevi…?' }), ids);
    expect(msg.components.map((r) => r.components.length)).toEqual([5, 3]);
    const buttons = msg.components.flatMap((r) => r.components);
    expect(buttons[0]).toMatchObject({ type: 2, style: 1, label: 'Candidate 0', custom_id: 'test:it:c0' });
    expect(buttons[7]!.label!.length).toBe(LIMITS.buttonLabel);
  });

  it('GIVEN a custom id Discord would refuse THEN that button is left out and the rest kept', () => {
    const tooLong: ChoiceId = (c) => (c.id === 'bad' ? 'x'.repeat(101) : c.id);
    const msg = renderAnswer(answer({ verdict: 'clarify', candidates: [candidate('bad'), candidate('good')], text: '?' }), tooLong);
    expect(msg.components.flatMap((r) => r.components.map((b) => b.custom_id))).toEqual(['good']);
  });
});

describe('renderChoices', () => {
  it('GIVEN many suggestions THEN at most 25, names and values at most 100 characters, no repeated value', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ id: `id${i % 30}`, name: `Name ${i} ${'x'.repeat(150)}` }));
    const choices = renderChoices(many);
    expect(choices).toHaveLength(25);
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
    expect(new Set(choices.map((c) => c.value)).size).toBe(25);
  });

  it('GIVEN an id too long for a value THEN the name stands in for it', () => {
    expect(renderChoices([{ id: 'i'.repeat(101), name: 'Sweden' }])).toEqual([{ name: 'Sweden', value: 'Sweden' }]);
  });
});

describe('renderNotice', () => {
  it('GIVEN a sentence THEN it is plain content within 2000 characters that pings nobody', () => {
    const msg = renderNotice('z'.repeat(2500));
    expect(msg.content!.length).toBe(LIMITS.content);
    expect(msg.allowedMentions.parse).toEqual([]);
  });
});
