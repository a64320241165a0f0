// The "Check availability" global shortcut: a modal with a menu each for
// product, retailer and country, filled as the user types by the core's fuzzy
// `suggest` (Slack asks through block_suggestion, `app.options`), and a
// language menu. Submitting asks the core the structured query and shows the
// answer in the modal itself: a global shortcut has no channel to post in.
import type { App, types } from '@slack/bolt';
import { LANGUAGES, isLanguage, ownName, type Language, type Query, type SuggestKind } from '../../src/index.js';
import type { SlackContext } from './context.js';
import { cutUnits, renderAnswer, wellFormed } from './render.js';
import { userKey } from './text.js';
import { FORM_LABELS, noticeText, slackWords } from './words.js';

export const SHORTCUT = 'check_availability';
export const MODAL = 'availability_modal';
const KINDS: readonly SuggestKind[] = ['product', 'retailer', 'country'];
const LANGUAGE = 'language';
/** Slack's caps on an option: label 75 characters, value 150; and 100 options per menu. */
const OPTION = { label: 75, value: 150, count: 100 } as const;

function plain(text: string): types.PlainTextElement {
  return { type: 'plain_text', text, emoji: false };
}

function picker(kind: SuggestKind): types.InputBlock {
  return {
    type: 'input', block_id: kind, optional: true, label: plain(FORM_LABELS[kind]),
    element: { type: 'external_select', action_id: kind, min_query_length: 1, placeholder: plain(FORM_LABELS.typeToSearch) },
  };
}

export function questionView(): types.ModalView {
  const languages = LANGUAGES.map((l) => ({ text: plain(ownName(l)), value: l }));
  return {
    type: 'modal', callback_id: MODAL, title: plain(FORM_LABELS.title), submit: plain(FORM_LABELS.submit),
    close: plain(FORM_LABELS.close),
    blocks: [
      ...KINDS.map(picker),
      { type: 'input', block_id: LANGUAGE, label: plain(FORM_LABELS.language),
        element: { type: 'static_select', action_id: LANGUAGE, options: languages, initial_option: languages[0]! } },
    ],
  };
}

export function answerView(blocks: types.KnownBlock[], lang: Language): types.ModalView {
  const w = slackWords(lang);
  return { type: 'modal', title: plain(w.answerTitle), close: plain(w.close), blocks };
}

type State = Record<string, Record<string, { selected_option?: { value: string } | null }>>;

function chosen(state: State | undefined, block: string): string | undefined {
  return state?.[block]?.[block]?.selected_option?.value ?? undefined;
}

function languageOf(state: State | undefined): Language {
  const picked = chosen(state, LANGUAGE);
  return isLanguage(picked) ? picked : 'en';
}

/** Option labels are plain text, counted in UTF-16 units like button labels. */
function cut(text: string, max: number): string {
  return cutUnits(wellFormed(text), max);
}

export function registerModal(app: App, ctx: SlackContext): void {
  app.shortcut(SHORTCUT, async ({ ack, shortcut, client }) => {
    await ack();
    await ctx.inflight.track('shortcut', { user: shortcut.user.id }, async () => {
      await ctx.post('views.open', Date.now(), () => client.views.open({ trigger_id: shortcut.trigger_id, view: questionView() }));
    }, async () => {
      // Nowhere to apologise: a global shortcut that failed to open a modal has no channel and no modal.
    });
  });

  app.options<'block_suggestion'>({ type: 'block_suggestion', action_id: new RegExp(`^(${KINDS.join('|')})$`) }, async ({ ack, options, body }) => {
    let acked = false;
    await ctx.inflight.track('options', { user: body.user.id }, async () => {
      const kind = options.action_id as SuggestKind;
      const lang = languageOf(body.view?.state.values as State | undefined);
      const found = ctx.core.suggest(kind, options.value ?? '', lang).slice(0, OPTION.count)
        .filter((s) => s.id.length <= OPTION.value)
        .map((s) => ({ text: plain(cut(s.name, OPTION.label)), value: s.id }));
      acked = true;
      await ack({ options: found });
    }, async () => {
      if (!acked) await ack({ options: [] });
    });
  });

  app.view(MODAL, async ({ ack, body, view }) => {
    let acked = false;
    const user = body.user.id;
    const team = body.team?.id ?? view.team_id;
    const state = view.state.values as State;
    const query: Query = {};
    const product = chosen(state, 'product');
    const retailer = chosen(state, 'retailer');
    const country = chosen(state, 'country');
    if (product) query.products = [product];
    if (retailer) query.retailers = [retailer];
    if (country) query.countries = [country];
    const lang = languageOf(state);
    const error = async (text: string): Promise<void> => {
      if (acked) return;
      acked = true;
      await ack({ response_action: 'errors', errors: { product: text } });
    };
    if (!product && !retailer && !country) { await error(slackWords(lang).pickOne); return; }
    await ctx.turns.run<types.ModalView>({
      handler: 'modal', where: { team, user }, user: userKey(team, user), conversation: `slack:${team}:modal:${user}`,
      ask: query, language: lang,
    }, {
      render: (answer) => answerView(renderAnswer(answer, { buttons: false }).blocks, answer.language),
      reply: async (answerView) => { acked = true; await ack({ response_action: 'update', view: answerView }); },
      limited: 'every',
      notice: (kind) => error(noticeText(kind, { language: lang })),
    });
  });
}
