// What the Discord front end says itself, in English and Italian: the labels of
// its embeds and its short notices. The answers' own sentences come from the core.
import type { Language } from '../../src/index.js';

export const DISCORD_WORDS = {
  en: {
    since: (date: string) => `since ${date}`,
    on: (date: string) => `on ${date}`,
    more: (n: number) => `… and ${n} more`,
    notPaired: 'not paired by the source',
    dates: 'Dates',
    source: 'Source',
    asOf: (date: string) => `as of ${date}`,
    apology: 'Sorry, something went wrong on my side. Please try again in a moment.',
    rateLimited: 'You are asking a lot at once. Please wait a few seconds, then ask again.',
    notYours: 'Only the person who asked can pick an answer. Ask your own with /availability.',
    expired: 'This choice has expired. Please ask the question again.',
    event: {
      store_opening: 'store opening', market_entry: 'market entry', agreement: 'agreement', statement: 'statement', launch: 'launch',
    } as Record<string, string>,
  },
  it: {
    since: (date: string) => `dal ${date}`,
    on: (date: string) => `il ${date}`,
    more: (n: number) => `… e altri ${n}`,
    notPaired: 'non abbinati dalla fonte',
    dates: 'Date',
    source: 'Fonte',
    asOf: (date: string) => `aggiornato al ${date}`,
    apology: 'Scusa, qualcosa è andato storto. Riprova tra un momento.',
    rateLimited: 'Troppe domande in poco tempo. Aspetta qualche secondo e poi chiedi di nuovo.',
    notYours: 'Solo chi ha fatto la domanda può scegliere. Fai la tua domanda con /disponibilità.',
    expired: 'Questa scelta è scaduta. Fai di nuovo la domanda.',
    event: {
      store_opening: 'apertura negozio', market_entry: 'ingresso nel mercato', agreement: 'accordo', statement: 'dichiarazione', launch: 'lancio',
    } as Record<string, string>,
  },
} as const;

/** Discord locales are "it", "en-US", "en-GB"…; everything not Italian is answered in English. */
export function languageOfLocale(locale: string | null | undefined): Language {
  return locale?.toLowerCase().startsWith('it') ? 'it' : 'en';
}
