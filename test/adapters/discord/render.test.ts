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
  it('GIVEN a yes THEN the headline is the title, each place a field of its items as the core words them, the source line the footer', () => {
    const a = answer({
      facts: [fact({ note: 'initially available' }), fact({ productName: 'Mi smartphones', product: 'mi-phones' }), fact({ country: 'DK', countryName: 'Denmark' })],
      text: 'Yes.',
    });
    const msg = renderAnswer(a, ids);
    const [e] = msg.embeds;
    expect(e!.title).toBe('Yes.');
    expect(e!.description).toBeUndefined();
    expect(e!.fields).toEqual(a.view.groups.map((g) => ({ name: g.place, value: g.items.map((i) => i.detail).join('\n') })));
    expect(e!.fields!.map((f) => f.name)).toEqual(['3 Store · Sweden', '3 Store · Sweden', '3 Store · Denmark'].filter((n, i, all) => all.indexOf(n) === i));
    expect(e!.fields![0]!.value).toContain('initially available');
    expect(e!.footer!.text).toBe(a.view.sourceLine);
    expect(e!.footer!.text).toBe('Source: Seed article (3 May 2018).');
    expect(msg.components).toEqual([]);
    expect(msg.allowedMentions).toEqual({ parse: [], repliedUser: false });
  });

  it('GIVEN different verdicts THEN the colours differ', () => {
    const colours = (['yes', 'no', 'list', 'when', 'clarify', 'unknown', 'help'] as const)
      .map((verdict) => renderAnswer(answer({ verdict, text: verdict }), ids).embeds[0]!.color);
    expect(new Set(colours).size).toBe(7);
  });

  it('GIVEN an opening date THEN the field says what the core says of it, nothing of its own', () => {
    const a = answer({ facts: [fact({ status: 'opening', since: '2018-05-26' })] });
    const e = renderAnswer(a, ids).embeds[0]!;
    const item = a.view.groups[0]!.items[0]!;
    expect(e.fields![0]!.value).toBe(item.detail);
    expect(e.fields![0]!.value).toContain(item.statusLabel!);
  });

  it('GIVEN unpaired facts THEN their field says, in the core\'s words, that the source does not pair them', () => {
    const a = answer({
      verdict: 'unknown', text: 'Not confirmed: …',
      facts: ['IE', 'GB', 'NL'].flatMap((c) => ['Fortress', 'Superdrug'].map((r) => fact({ paired: false, country: c, countryName: c, retailer: r, retailerName: r }))),
    });
    const fields = renderAnswer(a, ids).embeds[0]!.fields!;
    expect(fields).toHaveLength(1);
    expect(fields[0]!.name).toBe('Fortress, Superdrug · IE, GB, NL');
    expect(fields[0]!.value).toContain('the source does not say which chain is in which country');
  });

  it('GIVEN a no with nearby facts THEN the text is the description, without the source line, and the footer names the source', () => {
    const a = answer({
      verdict: 'no', nearby: [fact()],
      text: 'No. The data has no Redmi at MediaWorld in Sweden.\nIn Sweden the data has: 3 Store.\nSource: Seed article (3 May 2018).',
    });
    const e = renderAnswer(a, ids).embeds[0]!;
    expect(e.title).toBe('No. The data has no Redmi at MediaWorld in Sweden.');
    expect(e.description).toBe('In Sweden the data has: 3 Store.');
    expect(e.fields).toBeUndefined();
    expect(e.footer!.text).toBe('Source: Seed article (3 May 2018).');
  });

  it('GIVEN a body line that names the source THEN it stays: only the View\'s source line is the footer', () => {
    const a = answer({ verdict: 'no', nearby: [fact()], text: 'No.\nSeed article says nothing of MediaWorld:\nSource: Seed article (3 May 2018).' });
    const e = renderAnswer(a, ids).embeds[0]!;
    expect(e.description).toBe('Seed article says nothing of MediaWorld:');
    expect(e.footer!.text).toBe('Source: Seed article (3 May 2018).');
  });

  it('GIVEN a source whose title has markdown THEN the footer shows it unescaped: footers are not markdown', () => {
    const a = answer({ verdict: 'no', nearby: [fact({ sourceTitle: 'A *blog*', sourceDate: '2018' })], text: 'Nothing.' });
    expect(renderAnswer(a, ids).embeds[0]!.footer!.text).toBe('Source: A *blog* (2018).');
  });

  it('GIVEN a when answer THEN its events are a field under the core\'s own heading', () => {
    const a = answer({ verdict: 'when', facts: [fact()], events: [event({ note: 'first Mi Store' }), event({ kind: 'statement' })], text: 'Dates for x:' });
    const fields = renderAnswer(a, ids).embeds[0]!.fields!;
    const dates = a.view.groups[a.view.groups.length - 1]!;
    expect(dates.place).toBe('Dates');
    expect(fields[fields.length - 1]).toEqual({ name: 'Dates', value: dates.items.map((i) => i.detail).join('\n') });
    expect(fields[fields.length - 1]!.value).toContain('26 May 2018');
    expect(fields[fields.length - 1]!.value).toContain('first Mi Store');
  });

  it('GIVEN Italian THEN the places, statuses and dates are the core\'s Italian', () => {
    const a = answer({ language: 'it', text: 'Sì.', facts: [fact({ countryName: 'Svezia' })] });
    const e = renderAnswer(a, ids).embeds[0]!;
    expect(e.fields![0]!.name).toBe('3 Store · Svezia');
    expect(e.fields![0]!.value).toContain('maggio 2018');
    expect(e.footer!.text).toBe('Fonte: Seed article (3 maggio 2018).');
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
    expect(e.fields![0]!.value).toContain('\\|\\|spoiler\\|\\| @\u200bhere \\[link\\](https:\u200b//x.test)');
    expect(e.footer!.text).toBe('Source: A *title* (3 May 2018).');
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

describe('GIVEN links in catalog data', () => {
  it('THEN a bare URL is shown as text, never a live link, in the description and in fields alike', () => {
    const a = answer({ verdict: 'no', text: 'No.\nSee https://evil.example/win and http://x.test', facts: [fact({ note: 'order at https://shop.example' })] });
    const e = renderAnswer(a, ids).embeds[0]!;
    const shown = [e.title, e.description, ...(e.fields ?? []).flatMap((f) => [f.name, f.value])].join('\n');
    expect(shown).not.toMatch(/https?:\/\//);
    expect(shown).toContain('https:\u200b//evil.example/win');
    expect(shown).toContain('https:\u200b//shop.example');
  });

  it('THEN a label with half a surrogate pair is made well formed', () => {
    const msg = renderAnswer(answer({ verdict: 'clarify', text: 'Which?', candidates: [candidate('a', 'Store \uD83C')] }), ids);
    expect(msg.components[0]!.components[0]!.label).toBe('Store \uFFFD');
  });
});
