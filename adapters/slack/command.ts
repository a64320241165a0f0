// `/availability <question>`: answered in the acknowledgement itself, which
// Slack must get within 3 seconds (the core answers in well under a
// millisecond). The answer is ephemeral, with a button to share it.
import type { App, RespondArguments } from '@slack/bolt';
import { keepForSharing, type SlackContext } from './context.js';
import { renderAnswer, renderNotice, shareable } from './render.js';
import { commandKey, slackToPlain, userKey } from './text.js';
import { APOLOGY, SLOW_DOWN } from './words.js';

export const COMMAND = '/availability';

export function registerCommand(app: App, ctx: SlackContext): void {
  app.command(COMMAND, async ({ command, ack, respond }) => {
    let acked = false;
    const reply = async (message: RespondArguments): Promise<void> => {
      acked = true;
      await ack({ response_type: 'ephemeral', ...message });
    };
    const where = { team: command.team_id, channel: command.channel_id, user: command.user_id };
    await ctx.guard.run('command', where, async () => {
      if (!ctx.limiter.allow(userKey(command.team_id, command.user_id))) {
        await reply(renderNotice(SLOW_DOWN));
        return;
      }
      const question = slackToPlain(command.text ?? '');
      const answer = ctx.core.answer(question, { conversation: commandKey(command.team_id, command.channel_id, command.user_id) });
      const shareValue = shareable(answer) ? keepForSharing(ctx, { answer, question }) : undefined;
      await reply(renderAnswer(answer, shareValue === undefined ? { question } : { question, shareValue }));
    }, async () => {
      const notice = renderNotice(APOLOGY);
      if (!acked) await reply(notice);
      else await respond({ response_type: 'ephemeral', ...notice });
    });
  });
}
