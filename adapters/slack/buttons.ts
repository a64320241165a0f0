// Button presses. A "pick" button (one per reading of an ambiguous question)
// answers that reading in place of the question it answers. "Share in channel"
// posts an ephemeral answer for everyone, through the response URL (no channel
// membership needed). Both carry what they stand for in their value (the
// query, the language, who asked), so any copy of the bot can answer a press,
// and only the asker may press: Slack shows a channel's buttons to everyone.
import type { App, BlockAction, ButtonAction, RespondArguments } from '@slack/bolt';
import { decodeQuery, type Picked } from '../shared/queryCodec.js';
import type { SlackContext } from './context.js';
import { ACTION, readShareValue, renderAnswer, renderNotice, type SlackMessage } from './render.js';
import { commandKey, conversationKey, userKey } from './text.js';
import { noticeText, slackWords } from './words.js';

type Press = BlockAction<ButtonAction>;

/** Slack's response URLs work for 30 minutes: a Share press is not answered after that. */
const SHARE_TTL_MS = 30 * 60 * 1000;
type Respond = (m: RespondArguments) => Promise<unknown>;

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

const aside = (respond: Respond) => async (text: string): Promise<void> => {
  await respond({ response_type: 'ephemeral', replace_original: false, ...renderNotice(text) });
};

/** The press is the asker's own, with a reading we can still read; else the presser is told why not, and null. */
async function pressed(picked: Picked | null, user: string, tell: (text: string) => Promise<void>): Promise<Picked | null> {
  // A value without an asker comes from before buttons carried one: it cannot say whose it is.
  // The press says nothing of the presser's language: the reading's own, the asker's.
  if (!picked || picked.asker === undefined) { await tell(slackWords(picked?.language ?? 'en').expired); return null; }
  if (picked.asker !== user) { await tell(slackWords(picked.language).notYours); return null; }
  return picked;
}

export function registerButtons(app: App, ctx: SlackContext): void {
  app.action<Press>(new RegExp(`^${ACTION.pick}:\\d+$`), async ({ ack, body, action, respond, context }) => {
    await ack();
    const at = placeOf(body, context.teamId);
    const tell = aside(respond);
    const picked = await pressed(decodeQuery(action.value ?? ''), at.user, tell);
    if (!picked) return;
    const question = action.text.text;
    await ctx.turns.run<SlackMessage>({
      handler: 'pick', where: { team: at.team, channel: at.channel, user: at.user }, user: userKey(at.team, at.user),
      conversation: at.ephemeral ? commandKey(at.team, at.channel, at.user) : conversationKey(at.team, at.channel, at.thread),
      ask: picked.query, language: picked.language,
    }, {
      // The answer replaces the question it settles; a private one keeps its Share button.
      render: (a) => renderAnswer(a, at.ephemeral ? { question, share: true, asker: at.user } : { asker: at.user }),
      reply: async (message) => { await respond({ ...(at.ephemeral ? { response_type: 'ephemeral' as const } : {}), replace_original: true, ...message }); },
      limited: 'every',
      notice: (kind) => tell(noticeText(kind, { language: picked.language })),
    });
  });

  app.action<Press>(ACTION.share, async ({ ack, body, action, respond, context }) => {
    await ack();
    const at = placeOf(body, context.teamId);
    const tell = aside(respond);
    const shared = readShareValue(action.value ?? '');
    const picked = await pressed(shared?.picked ?? null, at.user, tell);
    if (!picked || !shared) return;
    // The private copy is deleted once shared; a press delivered again (or replayed) is told so, not posted twice.
    if (!await ctx.state.setIfAbsent(`share:${shared.id}`, SHARE_TTL_MS)) { await tell(slackWords(picked.language).expired); return; }
    // Asked again from its query: the channel sees the answer as of now, on whichever copy got the press.
    await ctx.turns.run<SlackMessage>({
      handler: 'share', where: { team: at.team, channel: at.channel, user: at.user }, user: userKey(at.team, at.user),
      ask: picked.query, language: picked.language,
    }, {
      render: (a) => renderAnswer(a, { question: shared.question, buttons: false }),
      reply: async (message) => {
        await respond({ response_type: 'in_channel', replace_original: false, ...message });
        // The private copy has done its job.
        await respond({ delete_original: true });
      },
      limited: 'every',
      notice: (kind) => tell(noticeText(kind, { language: picked.language })),
    });
  });
}
