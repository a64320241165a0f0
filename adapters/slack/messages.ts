// Mentions in channels are answered in the message's thread; direct messages
// in the DM (in its thread when the user wrote in one). A thread or a DM is one
// conversation for the core's follow-ups. Messages from bots, this app
// included, are never answered, so two bots cannot talk to each other forever.
import type { App, webApi } from '@slack/bolt';
import type { SlackContext } from './context.js';
import { renderAnswer, renderNotice, type SlackMessage } from './render.js';
import { conversationKey, slackToPlain, userKey } from './text.js';
import { noticeText } from './words.js';

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
  const since = Date.now();
  const place = m.thread === undefined ? { channel: m.channel } : { channel: m.channel, thread_ts: m.thread };
  await ctx.turns.run<SlackMessage>({
    handler: m.handler, where: { team: m.team, channel: m.channel, user: m.user }, user: userKey(m.team, m.user),
    conversation: conversationKey(m.team, m.channel, m.thread), ask: slackToPlain(m.text),
  }, {
    render: (a) => renderAnswer(a, { asker: m.user }),
    reply: async (message) => { await ctx.post('chat.postMessage', since, () => client.chat.postMessage({ ...place, ...message })); },
    // Only the asker needs to know; a channel thread does not.
    notice: async (kind) => {
      await ctx.post('chat.postEphemeral', since, () => client.chat.postEphemeral({ ...place, user: m.user, ...renderNotice(noticeText(kind, { question: m.text })) }));
    },
  });
}
