// Discord in, core.answer, rendered message out. One function per kind of
// event; none of them reads the question: that is the core's job.
import { MessageFlags } from 'discord.js';
import type { AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction, Message } from 'discord.js';
import type { Answer, Core, Query, SuggestKind } from '../../src/index.js';
import type { RateLimiter } from '../shared/rateLimit.js';
import type { ChoiceIds } from './choices.js';
import { COMMAND_NAME, PICKERS } from './commands.js';
import { renderAnswer, renderChoices, renderNotice } from './render.js';
import { DISCORD_WORDS, languageOfLocale } from './words.js';

export interface HandlerDeps {
  core: Core;
  limiter: RateLimiter;
  /** One "please wait" per user and window in a channel: the notices must not become the flood. */
  notices: RateLimiter;
  choices: ChoiceIds;
}

/** Follow-ups ("and in Denmark?") continue per user and channel; other platforms share the core's memory. */
export function conversationKey(channelId: string | null, userId: string): string {
  return `discord:${channelId ?? 'none'}:${userId}`;
}

/** Mentions of the bot itself are not part of the question (the core drops other markup too). */
export function stripMention(content: string, botId: string): string {
  return content.split(`<@${botId}>`).join(' ').split(`<@!${botId}>`).join(' ').trim();
}

export function createHandlers({ core, limiter, notices, choices }: HandlerDeps) {
  // A button answers its reading in the language the question was answered in.
  const render = (answer: Answer, asker: string) => renderAnswer(answer, (c, language) => choices.idFor(asker, c.query, language));

  async function onCommand(interaction: ChatInputCommandInteraction): Promise<void> {
    if (interaction.commandName !== COMMAND_NAME) return;
    const user = interaction.user.id;
    const language = languageOfLocale(interaction.locale);
    if (!limiter.allow(user)) {
      await interaction.reply({ ...renderNotice(DISCORD_WORDS[language].rateLimited), flags: MessageFlags.Ephemeral });
      return;
    }
    const options = interaction.options;
    const question = options.getString('question')?.trim() ?? '';
    const query: Query = {};
    const product = options.getString(PICKERS.product)?.trim();
    const retailer = options.getString(PICKERS.retailer)?.trim();
    const country = options.getString(PICKERS.country)?.trim();
    if (product) query.products = [product];
    if (retailer) query.retailers = [retailer];
    if (country) query.countries = [country];
    const ctx = { conversation: conversationKey(interaction.channelId, user), language };
    // A free-text question wins; with neither, the core's help answer tells what to ask.
    const structured = Object.keys(query).length > 0;
    const answer = question === '' && structured ? core.answer(query, ctx) : core.answer(question, ctx);
    const message = render(answer, user);
    if (options.getBoolean('private')) await interaction.reply({ ...message, flags: MessageFlags.Ephemeral });
    else await interaction.reply(message);
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
    if (!choice) return;
    const user = interaction.user.id;
    const language = choice.picked?.language ?? languageOfLocale(interaction.locale);
    const w = DISCORD_WORDS[language];
    if (choice.asker !== user) {
      await interaction.reply({ ...renderNotice(w.notYours), flags: MessageFlags.Ephemeral });
      return;
    }
    if (!choice.picked) {
      await interaction.reply({ ...renderNotice(w.expired), flags: MessageFlags.Ephemeral });
      return;
    }
    if (!limiter.allow(user)) {
      await interaction.reply({ ...renderNotice(w.rateLimited), flags: MessageFlags.Ephemeral });
      return;
    }
    const answer = core.answer(choice.picked.query, { conversation: conversationKey(interaction.channelId, user), language });
    // The answer replaces the question it settles, buttons and all.
    await interaction.update(render(answer, user));
  }

  async function onMessage(message: Message, botId: string): Promise<void> {
    if (message.author.bot || message.system) return;
    const direct = !message.inGuild();
    if (!direct && !message.mentions.users.has(botId)) return;
    const user = message.author.id;
    if (!limiter.allow(user)) {
      if (!notices.allow(user)) return;
      const language = languageOfLocale(message.guild?.preferredLocale);
      await message.reply(renderNotice(DISCORD_WORDS[language].rateLimited));
      return;
    }
    const answer = core.answer(stripMention(message.content, botId), { conversation: conversationKey(message.channelId, user) });
    await message.reply(render(answer, user));
  }

  return { onCommand, onAutocomplete, onButton, onMessage };
}
