// Blind conversations through the real discord.js Client against a fake Discord:
// each is one user mentioning the bot in one channel turn after turn (a clarify
// answered "2" or "mi store" as a typed mention, not a button), and one is held
// in a DM. Every reply's title is the headline the core gives that turn.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../../adapters/discord/escape.js';
import { LIMITS } from '../../../adapters/discord/fit.js';
import type { Recorded } from '../../fakes/discord/fakeDiscord.js';
import { dmMessage, guildMessage, user } from '../../fixtures/discord/payloads.js';
import { expectedHeadlines, frontEndConversations } from '../shared/conversations.js';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
let people = 0;
const someone = () => user(`14000000000000${String(++people).padStart(5, '0')}`, `talker${people}`);

beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.stop(); });

async function say(payload: { id: string; channel_id: string }): Promise<Recorded> {
  const from = h.fake.requests.length;
  h.fake.dispatch('MESSAGE_CREATE', payload);
  return h.fake.waitForRequest((q) => q.path === `/channels/${payload.channel_id}/messages` && q.body?.message_reference?.message_id === payload.id, 4000, from);
}

const title = (headline: string) => escapeMarkdown(headline).slice(0, LIMITS.title);

describe('GIVEN blind conversations with the Discord bot', () => {
  it.each(frontEndConversations().map((c) => [c.id, c] as const))('WHEN %s is typed as mentions in a channel THEN each reply follows the conversation', async (id, c) => {
    // The harness catalog adds a retailer to the shipped one: the expected headlines come from its own core.
    const expected = expectedHeadlines(h.core, c, `direct:${id}`, false);
    const author = someone();
    for (const [i, t] of c.turns.entries()) {
      const reply = await say(guildMessage({ author, content: t.q }));
      expect(reply.body.embeds[0].title, `${id}.${i + 1} ${t.q}`).toBe(title(expected[i]!));
    }
  });

  it('WHEN a conversation is held in a DM THEN the DM carries it the same way', async () => {
    const c = frontEndConversations().find((x) => x.id === 's14')!;
    const expected = expectedHeadlines(h.core, c, 'direct:dm', false);
    const author = someone();
    for (const [i, t] of c.turns.entries()) {
      const reply = await say(dmMessage({ author, content: t.q }));
      expect(reply.body.embeds[0].title, t.q).toBe(title(expected[i]!));
    }
  });
});
