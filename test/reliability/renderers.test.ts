// Whatever anyone types, and whatever a sales team puts in the catalog, the
// answer reaches Discord and Slack inert: no mention that pings or even shows
// as one, no link markup, and a message each platform's API accepts. Questions
// go through the real core over the shipped catalog (and over one with hostile
// rows), then through both renderers exactly as the adapters call them.
import fc from 'fast-check';
import { Client, MessagePayload } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, openCatalog, type Answer, type Core } from '../../src/index.js';
import { ChoiceIds } from '../../adapters/discord/choices.js';
import { renderAnswer as renderDiscord } from '../../adapters/discord/render.js';
import { renderAnswer as renderSlack, shareable } from '../../adapters/slack/render.js';
import { SHIPPED_CATALOG, buildCatalog, removeDir } from '../helpers/catalog.js';
import { HOSTILE_QUESTIONS, hostileCatalogDir } from './hostileCatalog.js';
import {
  discordLiveMarkup, discordMarkdownTexts, discordProblems, illFormedStrings, slackLiveMarkup, slackMrkdwnTexts, slackProblems,
} from './platformChecks.js';

const ASKER = '123456789012345678';

const pieces = fc.constantFrom(
  '<!channel>', '<!here>', '<!everyone>', '<!here|here>', '<@U123>', '<@W0123ABCD>', '<#C1|x>', '<https://x|y>', '<https://evil.example>',
  '<mailto:a@b.c|mail>', '@everyone', '@here', '@EVERYONE', '<@&123>', '<@123>', '<@!123>', '<#123456789012345678>', '</availability:1>',
  '<t:1:R>', '[click](https://evil.example)', '**bold**', '__u__', '~~s~~', '||spoiler||', '`code`', '```js\nx\n```', '# heading',
  '> quote', '-# small', '&amp;', '&lt;!channel&gt;', '&', '<', '>', '\\', "'; DROP TABLE availability; --", '" OR 1=1 --',
  'UNION SELECT * FROM sources', '\u200f', '\u202e', '\u200d', '👨‍👩‍👧', '🇸🇪', 'e\u0301', '\uD800', '\uDC00', '\u0000', '\n', '\t',
  'redmi', 'mi', 'at 3', 'three', 'sweden', 'italy', 'in svezia', 'mediaworld', 'amazon', 'mi store', 'where', 'when', 'can I buy',
  'e in Germania?', 'and in denmark?', 'ping phone', 'ping shop', 'cats and dogs', 'finland', 'estonia',
);

/** Anything at all, markup-heavy mixes, and mixes long enough to be cut. */
const questions = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 10_000 }),
  fc.array(pieces, { maxLength: 40 }).map((p) => p.join(' ')),
  fc.array(fc.oneof(pieces, fc.string({ unit: 'grapheme', maxLength: 20 })), { maxLength: 80 }).map((p) => p.join('')),
  fc.tuple(fc.constantFrom(...HOSTILE_QUESTIONS), fc.array(pieces, { maxLength: 10 })).map(([q, p]) => `${p.join(' ')} ${q}`),
  fc.array(pieces, { minLength: 1500, maxLength: 3000 }).map((p) => p.join(' ').slice(0, 10_000)),
);

const client = new Client({ intents: [] });
afterAll(async () => { await client.destroy(); });

/** The body discord.js sends, from a client with no default of its own: only the renderer keeps pings off. */
function wireMentions(message: ReturnType<typeof renderDiscord>): unknown {
  const payload = MessagePayload.create({ client } as never, message as never).resolveBody();
  return (payload.body as { allowed_mentions?: unknown }).allowed_mentions;
}

export interface Figures { inputs: number; longest: number; worstMs: number; worstQuestion: string }

function expectSafe(answer: Answer, question: string, choices: ChoiceIds): void {
  const discord = renderDiscord(answer, (c, language) => choices.idFor(ASKER, c.query, language));
  for (const t of discordMarkdownTexts(discord)) expect(discordLiveMarkup(t), t.slice(0, 200)).toBeNull();
  expect(discordProblems(discord)).toEqual([]);
  expect(discord.allowedMentions).toEqual({ parse: [], repliedUser: false });
  expect(wireMentions(discord)).toEqual({ parse: [], replied_user: false });
  expect(illFormedStrings(discord)).toEqual([]);

  // As a slash command's answer (the question echoed, a share button) and as a reply to a mention.
  for (const slack of [renderSlack(answer, { question, share: shareable(answer), asker: 'U0ASKER' }), renderSlack(answer)]) {
    for (const t of slackMrkdwnTexts(slack)) expect(slackLiveMarkup(t), t.slice(0, 200)).toBeNull();
    expect(slackProblems(slack)).toEqual([]);
    expect(illFormedStrings(slack)).toEqual([]);
  }
}

function run(core: Core, runs: number, seed?: number): Figures {
  const figures: Figures = { inputs: 0, longest: 0, worstMs: 0, worstQuestion: '' };
  const choices = new ChoiceIds();
  let n = 0;
  fc.assert(fc.property(questions, (q) => {
    const conversation = `fuzz:${n++ % 7}`;
    const t = performance.now();
    const answer = core.answer(q, { conversation });
    const ms = performance.now() - t;
    figures.inputs++;
    figures.longest = Math.max(figures.longest, q.length);
    if (ms > figures.worstMs) Object.assign(figures, { worstMs: ms, worstQuestion: q.slice(0, 60) });
    expectSafe(answer, q, choices);
    // A reading picked from a question back is answered and rendered the same way.
    const picked = answer.candidates[0];
    if (picked) expectSafe(core.answer(picked.query, { conversation, language: answer.language }), q, choices);
  }), { numRuns: runs, ...(seed === undefined ? {} : { seed }) });
  if (process.env.RELIABILITY_FIGURES) process.stdout.write(`renderers: ${JSON.stringify(figures)}\n`);
  return figures;
}

describe('GIVEN any question over the shipped catalog', () => {
  let core: Core;
  beforeAll(async () => { core = createCore({ catalog: openCatalog(await buildCatalog(SHIPPED_CATALOG)) }); });
  afterAll(() => core.close());

  it('THEN both renderers post nothing live and stay within every limit (property)', () => {
    const figures = run(core, Number(process.env.RELIABILITY_RUNS ?? 1000));
    expect(figures.worstMs).toBeLessThan(250);
  });
});

describe('GIVEN a catalog whose names, notes and titles hold chat markup of both platforms', () => {
  let core: Core;
  let dir: string;
  beforeAll(async () => {
    dir = hostileCatalogDir();
    core = createCore({ catalog: openCatalog(await buildCatalog(dir)) });
  });
  afterAll(() => { core.close(); removeDir(dir); });

  it('THEN questions that reach those rows come out inert on both platforms', () => {
    const choices = new ChoiceIds();
    for (const q of HOSTILE_QUESTIONS) {
      const answer = core.answer(q);
      // The rows must really be in the answer, or this proves nothing.
      expect(answer.text, q).toMatch(/<[!@#]|@everyone|@here/);
      expectSafe(answer, q, choices);
    }
  });

  it('THEN any question over them does too (property)', () => {
    run(core, Number(process.env.RELIABILITY_RUNS ?? 500));
  });
});
