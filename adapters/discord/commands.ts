// The slash command, as sent to Discord's bulk-overwrite endpoint. Option names
// here are what interactions carry; Italian users see the localized names.
import { ApplicationCommandOptionType, ApplicationCommandType, ApplicationIntegrationType, InteractionContextType } from 'discord.js';
import type { RESTPutAPIApplicationCommandsJSONBody } from 'discord.js';
import { MAX_QUESTION_LENGTH } from '../../src/index.js';

export const COMMAND_NAME = 'availability';
/** The structured options, each answered from `core.suggest` while the user types. */
export const PICKERS = { product: 'product', retailer: 'retailer', country: 'country' } as const;

export const COMMANDS: RESTPutAPIApplicationCommandsJSONBody = [
  {
    type: ApplicationCommandType.ChatInput,
    name: COMMAND_NAME,
    name_localizations: { it: 'disponibilità' },
    description: 'Where is a product sold? Ask a question, or pick a product, retailer and country.',
    description_localizations: { it: 'Dove si vende un prodotto? Fai una domanda o scegli prodotto, negozio e paese.' },
    integration_types: [ApplicationIntegrationType.GuildInstall],
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    options: [
      {
        type: ApplicationCommandOptionType.String, name: 'question', name_localizations: { it: 'domanda' },
        description: 'Your question, e.g. "Can I buy Redmi at 3 Store in Sweden?"',
        description_localizations: { it: 'La tua domanda, ad es. "Posso comprare Redmi da 3 Store in Svezia?"' },
        max_length: MAX_QUESTION_LENGTH,
      },
      {
        type: ApplicationCommandOptionType.String, name: PICKERS.product, name_localizations: { it: 'prodotto' },
        description: 'A product line', description_localizations: { it: 'Una linea di prodotti' },
        autocomplete: true, max_length: 100,
      },
      {
        type: ApplicationCommandOptionType.String, name: PICKERS.retailer, name_localizations: { it: 'negozio' },
        description: 'A retailer or chain', description_localizations: { it: 'Un rivenditore o una catena' },
        autocomplete: true, max_length: 100,
      },
      {
        type: ApplicationCommandOptionType.String, name: PICKERS.country, name_localizations: { it: 'paese' },
        description: 'A country', description_localizations: { it: 'Un paese' },
        autocomplete: true, max_length: 100,
      },
      {
        type: ApplicationCommandOptionType.Boolean, name: 'private', name_localizations: { it: 'privato' },
        description: 'Only you see the answer', description_localizations: { it: 'Solo tu vedi la risposta' },
      },
    ],
  },
];
