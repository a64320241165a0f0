// Button presses. A "pick" button (one per reading of an ambiguous question)
// answers that reading in place of the question it answers. "Share in channel"
// posts an ephemeral answer for everyone: Slack does not send the ephemeral
// message back with the press, so the answer is looked up by the id the button
// carries, and posted through the response URL (no channel membership needed).
import type { App, BlockAction, ButtonAction, RespondArguments } from '@slack/bolt';
import { decodeQuery } from '../shared/queryCodec.js';
import { keepForSharing, type SlackContext } from './context.js';
import { ACTION, renderAnswer, renderNotice, shareable } from './render.js';
import { commandKey, conversationKey, userKey } from './text.js';
import { APOLOGY, EXPIRED, SLOW_DOWN } from './words.js';

type Press = BlockAction<ButtonAction>;

function placeOf(body: Press, teamFallback: string | undefined): { team: string; channel: string; user: string; ephemeral: boolean; thread: string | undefined } {
  const container = body.container as { channel_id?: string; is_ephemeral?: boolean; thread_ts?: string };
  return {
    team: body.team?.id ?? teamFallback ?? '',
    channel: body.channel?.id ?? container.channel_id ?? '',
    user: body.user.id,
    ephemeral: container.is_ephemeral === true,
    thread: body.message?.thread_ts ?? container.thread_ts,
  };
}

export function registerButtons(app: App, ctx: SlackContext): void {
  const apologize = (respond: (m: RespondArguments) => Promise<unknown>) => async (): Promise<void> => {
    await respond({ response_type: 'ephemeral', replace_original: false, ...renderNotice(APOLOGY) });
  };

  app.action<Press>(new RegExp(`^${ACTION.pick}:\\d+$`), async ({ ack, body, action, respond, context }) => {
    await ack();
    const at = placeOf(body, context.teamId);
    await ctx.guard.run('pick', { team: at.team, channel: at.channel, user: at.user }, async () => {
      const notice = async (text: string): Promise<void> => {
        await respond({ response_type: 'ephemeral', replace_original: false, ...renderNotice(text) });
      };
      if (!ctx.limiter.allow(userKey(at.team, at.user))) return notice(SLOW_DOWN);
      const picked = decodeQuery(action.value ?? '');
      if (!picked) return notice(EXPIRED);
      const conversation = at.ephemeral ? commandKey(at.team, at.channel, at.user) : conversationKey(at.team, at.channel, at.thread);
      const answer = ctx.core.answer(picked.query, { conversation, language: picked.language });
      if (!at.ephemeral) {
        await respond({ replace_original: true, ...renderAnswer(answer) });
        return;
      }
      const question = action.text.text;
      const options = shareable(answer) ? { question, shareValue: keepForSharing(ctx, { answer, question }) } : { question };
      await respond({ response_type: 'ephemeral', replace_original: true, ...renderAnswer(answer, options) });
    }, apologize(respond));
  });

  app.action<Press>(ACTION.share, async ({ ack, body, action, respond, context }) => {
    await ack();
    const at = placeOf(body, context.teamId);
    await ctx.guard.run('share', { team: at.team, channel: at.channel, user: at.user }, async () => {
      const shared = ctx.shares.take(action.value ?? '');
      if (!shared) {
        await respond({ response_type: 'ephemeral', replace_original: false, ...renderNotice(EXPIRED) });
        return;
      }
      await respond({ response_type: 'in_channel', replace_original: false, ...renderAnswer(shared.answer, { question: shared.question, buttons: false }) });
      // The private copy has done its job.
      await respond({ delete_original: true });
    }, apologize(respond));
  });
}
