// Discord in, one turn of the shared pipeline, a rendered message out. Each
// event is translated into a Turn (who, where, what was asked, the locale as a
// language hint); none of them reads the question: that is the core's job.
// Whatever the bot does not know (a command or button of another version, a
// component of another app) is answered at once with a short ephemeral note,
// so the user never waits on a spinner that ends in "interaction failed".
import { Events, MessageFlags } from 'discord.js';
import type { AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction, Client, Interaction, Message, RepliableInteraction } from 'discord.js';
import type { Core, Language, Query, SuggestKind } from '../../src/index.js';
import type { InFlight } from '../shared/inflight.js';
import type { Notice, Turns } from '../shared/turn.js';
import type { ChoiceIds } from './choices.js';
import { COMMAND_NAME, PICKERS } from './commands.js';
import { renderAnswer, renderChoices, renderNotice, type DiscordMessage } from './render.js';
import { DISCORD_WORDS, hintOfLocale, languageOfLocale } from './words.js';

export interface HandlerDeps {
  core: Core;
  inflight: InFlight;
  turns: Turns;
  choices: ChoiceIds;
}

/** Follow-ups ("and in Denmark?") continue per user and channel. */
export function conversationKey(channelId: string | null, userId: string): string {
  return `discord:${channelId ?? 'none'}:${userId}`;
}

/** Mentions of the bot itself are not part of the question (the core drops other markup too). */
export function stripMention(content: string, botId: string): string {
  return content.split(`<@${botId}>`).join(' ').split(`<@!${botId}>`).join(' ').trim();
}

/** Ids that say where something happened, without what was said. */
function where(event: Interaction | Message): Record<string, string | null> {
  const user = 'author' in event ? event.author.id : event.user.id;
  return { guild: event.guildId, channel: event.channelId, user, event: event.id };
}

const NOTICE_WORDS = { limited: 'rateLimited', failed: 'apology' } as const satisfies Record<Notice, keyof (typeof DISCORD_WORDS)['en']>;

/** An ephemeral note to whoever acted: a reply, or a follow-up when the interaction was answered already. */
async function tell(interaction: RepliableInteraction, text: string): Promise<void> {
  const note = { ...renderNotice(text), flags: MessageFlags.Ephemeral } as const;
  if (interaction.replied || interaction.deferred) await interaction.followUp(note);
  else await interaction.reply(note);
}

export function createHandlers({ core, inflight, turns, choices }: HandlerDeps) {
  // A button answers its reading in the language the question was answered in.
  const render = (asker: string) => (answer: Parameters<typeof renderAnswer>[0]): DiscordMessage =>
    renderAnswer(answer, (c, language) => choices.idFor(asker, c.query, language));
  const noticeOf = (interaction: RepliableInteraction, language: Language) => (kind: Notice): Promise<void> =>
    tell(interaction, DISCORD_WORDS[language][NOTICE_WORDS[kind]]);

  async function onCommand(interaction: ChatInputCommandInteraction): Promise<void> {
    const language = languageOfLocale(interaction.locale);
    // A command of another version of the bot (or of no version any more) still gets an answer.
    if (interaction.commandName !== COMMAND_NAME) { await tell(interaction, DISCORD_WORDS[language].outdated); return; }
    const user = interaction.user.id;
    const options = interaction.options;
    const question = options.getString('question')?.trim() ?? '';
    const query: Query = {};
    const product = options.getString(PICKERS.product)?.trim();
    const retailer = options.getString(PICKERS.retailer)?.trim();
    const country = options.getString(PICKERS.country)?.trim();
    if (product) query.products = [product];
    if (retailer) query.retailers = [retailer];
    if (country) query.countries = [country];
    // A free-text question wins; with neither, the core's help answer tells what to ask.
    const ask = question === '' && Object.keys(query).length > 0 ? query : question;
    const ephemeral = options.getBoolean('private') === true;
    await turns.run({
      handler: 'command', where: where(interaction), user, conversation: conversationKey(interaction.channelId, user), ask, language,
    }, {
      render: render(user),
      reply: async (message) => { await interaction.reply(ephemeral ? { ...message, flags: MessageFlags.Ephemeral } : message); },
      limited: 'every',
      notice: noticeOf(interaction, language),
    });
  }

  async function onAutocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const focused = interaction.options.getFocused(true);
    const kinds: Record<string, SuggestKind> = { [PICKERS.product]: 'product', [PICKERS.retailer]: 'retailer', [PICKERS.country]: 'country' };
    const kind = kinds[focused.name];
    if (interaction.commandName !== COMMAND_NAME || !kind) {
      await interaction.respond([]);
      return;
    }
    const typed = String(focused.value).slice(0, 100);
    await interaction.respond(renderChoices(core.suggest(kind, typed, languageOfLocale(interaction.locale))));
  }

  async function onButton(interaction: ButtonInteraction): Promise<void> {
    const choice = choices.read(interaction.customId);
    const user = interaction.user.id;
    const language = choice?.picked?.language ?? languageOfLocale(interaction.locale);
    const w = DISCORD_WORDS[language];
    // Not one of ours (another version's, or forged), or a reading no longer kept: ask again.
    if (!choice) { await tell(interaction, w.outdated); return; }
    if (choice.asker !== user) { await tell(interaction, w.notYours); return; }
    if (!choice.picked) { await tell(interaction, w.expired); return; }
    await turns.run({
      handler: 'button', where: where(interaction), user, conversation: conversationKey(interaction.channelId, user),
      ask: choice.picked.query, language,
    }, {
      render: render(user),
      // The answer replaces the question it settles, buttons and all.
      reply: async (message) => { await interaction.update(message); },
      limited: 'every',
      notice: noticeOf(interaction, language),
    });
  }

  async function onMessage(message: Message, botId: string): Promise<void> {
    if (message.author.bot || message.system) return;
    const direct = !message.inGuild();
    if (!direct && !message.mentions.users.has(botId)) return;
    const user = message.author.id;
    const language = languageOfLocale(message.guild?.preferredLocale);
    // A message carries no user locale; the server's preferred one is the hint, where it has a pack.
    const hint = hintOfLocale(message.guild?.preferredLocale);
    await turns.run({
      handler: 'message', where: where(message), user, conversation: conversationKey(message.channelId, user),
      ask: stripMention(message.content, botId), ...(hint ? { language: hint } : {}),
    }, {
      render: render(user),
      reply: async (m) => { await message.reply(m); },
      notice: async (kind) => { await message.reply(renderNotice(DISCORD_WORDS[language][NOTICE_WORDS[kind]])); },
    });
  }

  /** What else arrives (a select menu, a modal of another version): acknowledged at once, never left to time out. */
  async function onOther(interaction: Interaction): Promise<void> {
    if (interaction.isRepliable()) await tell(interaction, DISCORD_WORDS[languageOfLocale(interaction.locale)].outdated);
  }

  /** Routes the client's events; each runs tracked, so a failure is logged and a stop waits for it. */
  function listen(client: Client): void {
    const track = (name: string, event: Interaction | Message, work: () => Promise<void>): void => {
      // Autocomplete has nothing to apologise with but an empty list; turns apologise themselves.
      const apologize = async (): Promise<void> => {
        if ('isAutocomplete' in event && event.isAutocomplete() && !event.responded) await event.respond([]);
      };
      void inflight.track(name, where(event), work, apologize);
    };
    client.on(Events.InteractionCreate, (interaction) => {
      if (interaction.isChatInputCommand()) track('command', interaction, () => onCommand(interaction));
      else if (interaction.isAutocomplete()) track('autocomplete', interaction, () => onAutocomplete(interaction));
      else if (interaction.isButton()) track('button', interaction, () => onButton(interaction));
      else track('other', interaction, () => onOther(interaction));
    });
    client.on(Events.MessageCreate, (message) => {
      track('message', message, () => onMessage(message, client.user?.id ?? ''));
    });
  }

  return { onCommand, onAutocomplete, onButton, onMessage, listen };
}
