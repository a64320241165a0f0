// An Answer as a Discord message: one embed (colour by verdict, the headline as
// title, one field per retailer and country, sources in the footer) and, when
// the bot asks back, one button per reading. Pure: the same Answer always gives
// the same message, within every Discord limit, whatever the data holds.
import { ButtonStyle, ComponentType } from 'discord.js';
import type { APIActionRowComponent, APIButtonComponentWithCustomId, APIEmbed, APIEmbedField } from 'discord.js';
import { lineText, type Answer, type Language, type Suggestion, type Verdict, type ViewChoice, type ViewGroup } from '../../src/index.js';
import { neutralise, wellFormed } from './escape.js';
import { LIMITS, clip, countFitting, joinLines } from './fit.js';
import { DISCORD_WORDS } from './words.js';

export type ButtonRow = APIActionRowComponent<APIButtonComponentWithCustomId>;

/** Every message the bot sends pings nobody, the asker included. */
export const NO_PINGS = { parse: [] as [], repliedUser: false as const };

export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  components: ButtonRow[];
  allowedMentions: typeof NO_PINGS;
}

/** The custom_id a clarify button carries for a reading, answered in `language`. */
export type ChoiceId = (choice: ViewChoice, language: Language) => string;

const COLOURS: Record<Verdict, number> = {
  yes: 0x2e9e5b, no: 0xd64541, list: 0x3b82c4, when: 0x8e5cc4, clarify: 0xe0a526, unknown: 0x8a8f98, help: 0x5865f2,
};
/** A footer is one line under the answer; the rest of the 6000 characters go to the facts. */
const FOOTER_BUDGET = 512;
/** Beside fields the description holds only side notes; the facts keep at least 4200 characters. */
const NOTES_BUDGET = 1024;
const OVERFLOW_NAME = '\u200b';

export function renderAnswer(answer: Answer, choiceId: ChoiceId): DiscordMessage {
  const more = DISCORD_WORDS[answer.language].more;
  const view = answer.view;
  const groups = view.groups;
  // With fields, the items of a place are its field; the sentences (and items that stand alone) are the description.
  const body = (groups.length > 0 ? view.lines.filter((l) => l.type !== 'item' || l.place === '') : view.lines)
    .map(lineText).filter((l) => l.trim() !== '');

  const embed: APIEmbed = { color: COLOURS[view.tone], title: clip(neutralise(view.headline), LIMITS.title) || '…' };
  const description = joinLines(body.map(neutralise), groups.length > 0 ? NOTES_BUDGET : LIMITS.description, more);
  if (description) embed.description = description;
  // Footers are not markdown and never linked: the core's source line as it is.
  if (view.sourceLine) embed.footer = { text: clip(wellFormed(view.sourceLine), Math.min(FOOTER_BUDGET, LIMITS.footer)) };

  const used = (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0);
  const fields = fieldsOf(groups, LIMITS.embedsTotal - used, more);
  if (fields.length > 0) embed.fields = fields;

  return { embeds: [embed], components: buttonsOf(answer, choiceId), allowedMentions: NO_PINGS };
}

/** A short sentence of the bot's own (apology, rate limit), as plain content. */
export function renderNotice(text: string): DiscordMessage {
  return { content: clip(text, LIMITS.content), embeds: [], components: [], allowedMentions: NO_PINGS };
}

/** Autocomplete choices: at most 25, names and values at most 100 characters. Not markdown. */
export function renderChoices(suggestions: readonly Suggestion[]): { name: string; value: string }[] {
  const seen = new Set<string>();
  const out: { name: string; value: string }[] = [];
  for (const s of suggestions) {
    const name = clip(s.name.trim() || s.id, LIMITS.choiceText);
    // The core reads a name as well as an id, so a name stands in for an id too long to carry.
    const value = s.id.length <= LIMITS.choiceText ? s.id : name;
    if (name === '' || seen.has(value)) continue;
    seen.add(value);
    out.push({ name, value });
    if (out.length === LIMITS.choices) break;
  }
  return out;
}

function fieldsOf(groups: readonly ViewGroup[], budget: number, more: (n: number) => string): APIEmbedField[] {
  const all = groups.map((g) => ({
    name: clip(neutralise(g.place), LIMITS.fieldName) || OVERFLOW_NAME,
    value: joinLines(g.items.map((i) => neutralise(i.detail)), LIMITS.fieldValue, more) || '…',
  }));
  const reserve = (n: number): number => OVERFLOW_NAME.length + more(n).length;
  const shown = countFitting(all.map((f) => f.name.length + f.value.length), LIMITS.fields, budget, reserve);
  const fields = all.slice(0, shown);
  if (shown < all.length) fields.push({ name: OVERFLOW_NAME, value: more(all.length - shown) });
  return fields;
}

function buttonsOf(answer: Answer, choiceId: ChoiceId): ButtonRow[] {
  if (answer.view.tone !== 'clarify') return [];
  const buttons: APIButtonComponentWithCustomId[] = [];
  const ids = new Set<string>();
  for (const c of answer.view.choices) {
    const id = choiceId(c, answer.language);
    // A button Discord would refuse costs the whole message: leave it out instead.
    if (id.length === 0 || id.length > LIMITS.customId || ids.has(id)) continue;
    ids.add(id);
    buttons.push({
      type: ComponentType.Button, style: ButtonStyle.Primary, custom_id: id,
      // Labels are plain text: not escaped, but well formed and cut in UTF-16 units.
      label: clip(wellFormed(c.label.trim() || c.id), LIMITS.buttonLabel),
    });
    if (buttons.length === LIMITS.buttonsPerRow * LIMITS.rows) break;
  }
  const rows: ButtonRow[] = [];
  for (let i = 0; i < buttons.length; i += LIMITS.buttonsPerRow) {
    rows.push({ type: ComponentType.ActionRow, components: buttons.slice(i, i + LIMITS.buttonsPerRow) });
  }
  return rows;
}
