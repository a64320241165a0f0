// What the Discord front end says itself, in each pack's language: its short
// notices and the count of what a limit left out. Everything an answer says,
// facts, statuses, dates and sources included, is worded by the core.
import { isLanguage, type Language } from '../../src/index.js';

export const DISCORD_WORDS = {
  en: {
    more: (n: number) => `… and ${n} more`,
    apology: 'Sorry, something went wrong on my side. Please try again in a moment.',
    rateLimited: 'You are asking a lot at once. Please wait a few seconds, then ask again.',
    notYours: 'Only the person who asked can pick an answer. Ask your own with /availability.',
    expired: 'This choice has expired. Please ask the question again.',
    outdated: 'I do not know this command or button any more: use /availability.',
  },
  it: {
    more: (n: number) => `… e altri ${n}`,
    apology: 'Scusa, qualcosa è andato storto. Riprova tra un momento.',
    rateLimited: 'Troppe domande in poco tempo. Aspetta qualche secondo e poi chiedi di nuovo.',
    notYours: 'Solo chi ha fatto la domanda può scegliere. Fai la tua domanda con /disponibilità.',
    expired: 'Questa scelta è scaduta. Fai di nuovo la domanda.',
    outdated: 'Non conosco più questo comando o pulsante: usa /disponibilità.',
  },
  es: {
    more: (n: number) => `… y ${n} más`,
    apology: 'Lo siento, algo ha salido mal por mi parte. Vuelve a intentarlo en un momento.',
    rateLimited: 'Estás preguntando mucho a la vez. Espera unos segundos y vuelve a preguntar.',
    notYours: 'Solo quien hizo la pregunta puede elegir una respuesta. Haz la tuya con /disponibilidad.',
    expired: 'Esta opción ha caducado. Vuelve a hacer la pregunta.',
    outdated: 'Ya no conozco este comando o botón: usa /disponibilidad.',
  },
  de: {
    more: (n: number) => `… und ${n} weitere`,
    apology: 'Entschuldige, bei mir ist etwas schiefgegangen. Versuch es bitte gleich noch einmal.',
    rateLimited: 'Du fragst gerade sehr viel auf einmal. Warte ein paar Sekunden und frag dann noch einmal.',
    notYours: 'Nur wer gefragt hat, kann eine Antwort wählen. Stell deine eigene Frage mit /verfügbarkeit.',
    expired: 'Diese Auswahl ist abgelaufen. Stell die Frage bitte noch einmal.',
    outdated: 'Diesen Befehl oder Button kenne ich nicht mehr: nutze /verfügbarkeit.',
  },
} as const satisfies Record<Language, Record<string, unknown>>;

/**
 * Discord locales are "it", "en-US", "es-ES", "es-419", "de"…: a locale whose language has a pack is
 * answered in it, every other one in English.
 */
export function languageOfLocale(locale: string | null | undefined): Language {
  return hintOfLocale(locale) ?? 'en';
}

/** The locale's language as a hint for a question that shows none, or undefined where Discord gives no locale or a language without a pack. */
export function hintOfLocale(locale: string | null | undefined): Language | undefined {
  const base = locale?.toLowerCase().split('-')[0];
  return isLanguage(base) ? base : undefined;
}
