// The slash command, as sent to Discord's bulk-overwrite endpoint. Option names
// here are what interactions carry; Italian, Spanish and German users see the localized names.
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
    name_localizations: { it: 'disponibilità', 'es-ES': 'disponibilidad', 'es-419': 'disponibilidad', de: 'verfügbarkeit' },
    description: 'Where is a product sold? Ask a question, or pick a product, retailer and country.',
    description_localizations: {
      it: 'Dove si vende un prodotto? Fai una domanda o scegli prodotto, negozio e paese.',
      'es-ES': '¿Dónde se vende un producto? Haz una pregunta o elige producto, tienda y país.',
      'es-419': '¿Dónde se vende un producto? Haz una pregunta o elige producto, tienda y país.',
      de: 'Wo wird ein Produkt verkauft? Stell eine Frage oder wähle Produkt, Händler und Land.',
    },
    integration_types: [ApplicationIntegrationType.GuildInstall],
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    options: [
      {
        type: ApplicationCommandOptionType.String, name: 'question', name_localizations: { it: 'domanda', 'es-ES': 'pregunta', 'es-419': 'pregunta', de: 'frage' },
        description: 'Your question, e.g. "Can I buy Redmi at 3 Store in Sweden?"',
        description_localizations: {
          it: 'La tua domanda, ad es. "Posso comprare Redmi da 3 Store in Svezia?"',
          'es-ES': 'Tu pregunta, p. ej. "¿Puedo comprar Redmi en 3 Store en Suecia?"',
          'es-419': 'Tu pregunta, p. ej. "¿Puedo comprar Redmi en 3 Store en Suecia?"',
          de: 'Deine Frage, z. B. "Kann ich Redmi bei 3 Store in Schweden kaufen?"',
        },
        max_length: MAX_QUESTION_LENGTH,
      },
      {
        type: ApplicationCommandOptionType.String, name: PICKERS.product, name_localizations: { it: 'prodotto', 'es-ES': 'producto', 'es-419': 'producto', de: 'produkt' },
        description: 'A product line', description_localizations: { it: 'Una linea di prodotti', 'es-ES': 'Una línea de productos', 'es-419': 'Una línea de productos', de: 'Eine Produktlinie' },
        autocomplete: true, max_length: 100,
      },
      {
        type: ApplicationCommandOptionType.String, name: PICKERS.retailer, name_localizations: { it: 'negozio', 'es-ES': 'tienda', 'es-419': 'tienda', de: 'händler' },
        description: 'A retailer or chain', description_localizations: { it: 'Un rivenditore o una catena', 'es-ES': 'Un minorista o una cadena', 'es-419': 'Un minorista o una cadena', de: 'Ein Händler oder eine Kette' },
        autocomplete: true, max_length: 100,
      },
      {
        type: ApplicationCommandOptionType.String, name: PICKERS.country, name_localizations: { it: 'paese', 'es-ES': 'país', 'es-419': 'país', de: 'land' },
        description: 'A country', description_localizations: { it: 'Un paese', 'es-ES': 'Un país', 'es-419': 'Un país', de: 'Ein Land' },
        autocomplete: true, max_length: 100,
      },
      {
        type: ApplicationCommandOptionType.Boolean, name: 'private', name_localizations: { it: 'privato', 'es-ES': 'privado', 'es-419': 'privado', de: 'privat' },
        description: 'Only you see the answer', description_localizations: { it: 'Solo tu vedi la risposta', 'es-ES': 'Solo tú ves la respuesta', 'es-419': 'Solo tú ves la respuesta', de: 'Nur du siehst die Antwort' },
      },
    ],
  },
];
