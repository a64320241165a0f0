// `/availability <question>`: answered in the acknowledgement itself, which
// Slack must get within 3 seconds (the core answers in well under a
// millisecond). The answer is ephemeral, with a button to share it.
import type { App, RespondArguments } from '@slack/bolt';
import type { SlackContext } from './context.js';
import { renderAnswer, renderNotice } from './render.js';
import { commandKey, slackToPlain, userKey } from './text.js';
import { noticeText } from './words.js';

export const COMMAND = '/availability';

export function registerCommand(app: App, ctx: SlackContext): void {
  app.command(COMMAND, async ({ command, ack, respond }) => {
    let acked = false;
    const reply = async (message: RespondArguments): Promise<void> => {
      acked = true;
      await ack({ response_type: 'ephemeral', ...message });
    };
    const question = slackToPlain(command.text ?? '');
    await ctx.turns.run({
      handler: 'command', where: { team: command.team_id, channel: command.channel_id, user: command.user_id },
      user: userKey(command.team_id, command.user_id), conversation: commandKey(command.team_id, command.channel_id, command.user_id),
      ask: question,
    }, {
      render: (answer) => renderAnswer(answer, { question, share: true, asker: command.user_id }),
      reply,
      // The acknowledgement is the only reply a refused command gets, so every one is told.
      limited: 'every',
      notice: async (kind) => {
        const notice = renderNotice(noticeText(kind, { question }));
        if (!acked) await reply(notice);
        else await respond({ response_type: 'ephemeral', ...notice });
      },
    });
  });
}
