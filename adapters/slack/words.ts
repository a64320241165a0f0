// The few things the Slack front end says itself, in the asker's language.
// Everything about availability is worded by the core in `answer.text`.
import type { Language } from '../../src/index.js';

export const SLACK_WORDS = {
  en: {
    share: 'Share in channel',
    more: (n: number) => `… and ${n} more`,
    answerTitle: 'Availability',
    close: 'Close',
    pickOne: 'Pick at least a product, a retailer or a country.',
  },
  it: {
    share: 'Condividi nel canale',
    more: (n: number) => `… e altri ${n}`,
    answerTitle: 'Disponibilità',
    close: 'Chiudi',
    pickOne: 'Scegli almeno un prodotto, un rivenditore o un paese.',
  },
} as const;

export function slackWords(lang: Language): (typeof SLACK_WORDS)['en'] | (typeof SLACK_WORDS)['it'] {
  return SLACK_WORDS[lang];
}

// The shortcut's form: a global shortcut's payload says nothing of the user's
// language, so the form is in English and has a menu for the answer's language.
export const FORM_LABELS = {
  title: 'Check availability',
  submit: 'Ask',
  close: 'Close',
  product: 'Product',
  retailer: 'Retailer',
  country: 'Country',
  language: 'Answer in',
  typeToSearch: 'Type to search',
} as const;

// Said before the question is read, so its language is not known yet: both.
export const APOLOGY = 'Sorry, something went wrong with that one. Please try again. · Scusa, qualcosa è andato storto: riprova.';
export const SLOW_DOWN = 'Too many questions at once: try again in a few seconds. · Troppe domande insieme: riprova tra qualche secondo.';
export const EXPIRED = 'That button has expired: ask again. · Questo pulsante è scaduto: chiedi di nuovo.';
export const NOT_YOURS = 'Only the person who asked can press these buttons: ask your own with /availability. · Solo chi ha chiesto può premere questi pulsanti: fai la tua domanda con /availability.';

/** The pipeline's notices (adapters/shared/turn.ts), by kind. */
export const NOTICES = { limited: SLOW_DOWN, failed: APOLOGY } as const;
