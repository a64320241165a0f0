// What the Discord front end says itself, in English and Italian: its short
// notices and the count of what a limit left out. Everything an answer says,
// facts, statuses, dates and sources included, is worded by the core.
import type { Language } from '../../src/index.js';

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
} as const;

/** Discord locales are "it", "en-US", "en-GB"…; everything not Italian is answered in English. */
export function languageOfLocale(locale: string | null | undefined): Language {
  return locale?.toLowerCase().startsWith('it') ? 'it' : 'en';
}
