// Mentions in channels are answered in the message's thread; direct messages
// in the DM (in its thread when the user wrote in one). A thread or a DM is one
// conversation for the core's follow-ups. Messages from bots, this app
// included, are never answered, so two bots cannot talk to each other forever.
import type { App, webApi } from '@slack/bolt';
import type { SlackContext } from './context.js';
import { renderAnswer, renderNotice } from './render.js';
import { conversationKey, slackToPlain, userKey } from './text.js';
import { APOLOGY, SLOW_DOWN } from './words.js';

interface Incoming {
  handler: 'mention' | 'dm';
  team: string;
  channel: string;
  user: string;
  text: string;
  /** Where to reply: a thread's first message, or none for the DM itself. */
  thread: string | undefined;
}

export function registerMessages(app: App, ctx: SlackContext): void {
  app.event('app_mention', async ({ event, body, client, context }) => {
    if (event.bot_id || !event.user || event.user === ctx.botUserId) return;
    await answer(ctx, client, {
      handler: 'mention', team: context.teamId ?? body.team_id, channel: event.channel, user: event.user,
      text: event.text, thread: event.thread_ts ?? event.ts,
    });
  });

  app.event('message', async ({ event, body, client, context }) => {
    // Edits, joins, bot posts and the like come with a subtype; only people's new messages are questions.
    if (event.subtype !== undefined || event.channel_type !== 'im') return;
    if (event.bot_id || !event.user || event.user === ctx.botUserId) return;
    await answer(ctx, client, {
      handler: 'dm', team: context.teamId ?? body.team_id, channel: event.channel, user: event.user,
      text: event.text ?? '', thread: event.thread_ts,
    });
  });
}

async function answer(ctx: SlackContext, client: webApi.WebClient, m: Incoming): Promise<void> {
  const where = { team: m.team, channel: m.channel, user: m.user };
  const place = m.thread === undefined ? { channel: m.channel } : { channel: m.channel, thread_ts: m.thread };
  await ctx.guard.run(m.handler, where, async () => {
    const who = userKey(m.team, m.user);
    if (!ctx.limiter.allow(who)) {
      if (ctx.notices.allow(who)) await client.chat.postEphemeral({ ...place, user: m.user, ...renderNotice(SLOW_DOWN) });
      return;
    }
    const answer = ctx.core.answer(slackToPlain(m.text), { conversation: conversationKey(m.team, m.channel, m.thread) });
    await client.chat.postMessage({ ...place, ...renderAnswer(answer) });
  }, async () => {
    // Only the asker needs to know; a channel thread does not.
    await client.chat.postEphemeral({ ...place, user: m.user, ...renderNotice(APOLOGY) });
  });
}
