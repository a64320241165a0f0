// Blind conversations through Slack, end to end over HTTP: each is a channel
// thread, opened by a mention and continued by mentions typed in that thread
// (a clarify answered "2" or "mi store" as typed text, not a button), and one is
// a DM. Every reply must open with the headline the core gives that turn.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BOT } from '../../fakes/slack/fakeSlack.js';
import { JSON_TYPE, sendSigned } from '../../fakes/slack/signed.js';
import { appMention, directMessage, eventCallback } from '../../fixtures/slack/payloads.js';
import { createCore, openCatalog, type Core } from '../../../src/index.js';
import { expectedHeadlines, frontEndConversations } from '../shared/conversations.js';
import { blockText, nthPost } from './answers.js';
import { buildCatalog, SECRETS, startHarness, type Catalog, type Harness } from './harness.js';

let catalog: Catalog;
let h: Harness;
let direct: Core;

beforeAll(async () => {
  catalog = await buildCatalog();
  h = await startHarness({ catalogFile: catalog.file, mode: 'http' });
  direct = createCore({ catalog: openCatalog(catalog.file) });
});
afterAll(async () => {
  direct?.close();
  await h?.stop();
  catalog?.remove();
});

const event = (body: object) => sendSigned(h.eventsUrl, JSON.stringify(body), JSON_TYPE, { secret: SECRETS.signingSecret });
const posts = () => h.fake.callsTo('chat.postMessage').length;

/** Slack's mrkdwn as the renderer writes a headline: bold, with &, < and > escaped. */
const asShown = (headline: string) => `*${headline.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}*`;

describe('GIVEN blind conversations in Slack threads', () => {
  test.each(frontEndConversations().map((c) => [c.id, c] as const))('WHEN %s is typed in one thread THEN each reply follows the conversation', async (id, c) => {
    const expected = expectedHeadlines(direct, c, `direct:${id}`);
    let thread: string | undefined;
    for (const [i, t] of c.turns.entries()) {
      const before = posts();
      const mention = appMention(`<@${BOT.userId}> ${t.q}`, thread ? { thread_ts: thread } : {});
      thread ??= String(mention.ts);
      expect((await event(eventCallback(mention))).status).toBe(200);
      const reply = await nthPost(h.fake, before);
      expect(reply.thread_ts, `${id}.${i + 1} stays in its thread`).toBe(thread);
      expect(blockText(reply), `${id}.${i + 1} ${t.q}`).toContain(asShown(expected[i]!));
    }
  });

  test('WHEN a conversation is held in a DM THEN the DM carries it the same way', async () => {
    const c = frontEndConversations().find((x) => x.id === 's13')!;
    const expected = expectedHeadlines(direct, c, 'direct:dm');
    for (const [i, t] of c.turns.entries()) {
      const before = posts();
      await event(eventCallback(directMessage(t.q)));
      expect(blockText(await nthPost(h.fake, before)), t.q).toContain(asShown(expected[i]!));
    }
  });
});
