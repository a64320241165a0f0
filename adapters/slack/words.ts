// The few things the Slack front end says itself, in the asker's language.
// Everything about availability is worded by the core in `answer.text`.
import { questionLanguage, type Language } from '../../src/index.js';
import type { Notice } from '../shared/turn.js';

interface SlackWords {
  share: string;
  more: (n: number) => string;
  answerTitle: string;
  close: string;
  pickOne: string;
  apology: string;
  slowDown: string;
  expired: string;
  notYours: string;
}

export const SLACK_WORDS: Record<Language, SlackWords> = {
  en: {
    share: 'Share in channel',
    more: (n: number) => `… and ${n} more`,
    answerTitle: 'Availability',
    close: 'Close',
    pickOne: 'Pick at least a product, a retailer or a country.',
    apology: 'Sorry, something went wrong with that one. Please try again.',
    slowDown: 'Too many questions at once: try again in a few seconds.',
    expired: 'That button has expired: ask again.',
    notYours: 'Only the person who asked can press these buttons: ask your own with /availability.',
  },
  it: {
    share: 'Condividi nel canale',
    more: (n: number) => `… e altri ${n}`,
    answerTitle: 'Disponibilità',
    close: 'Chiudi',
    pickOne: 'Scegli almeno un prodotto, un rivenditore o un paese.',
    apology: 'Scusa, qualcosa è andato storto: riprova.',
    slowDown: 'Troppe domande insieme: riprova tra qualche secondo.',
    expired: 'Questo pulsante è scaduto: chiedi di nuovo.',
    notYours: 'Solo chi ha chiesto può premere questi pulsanti: fai la tua domanda con /availability.',
  },
  es: {
    share: 'Compartir en el canal',
    more: (n: number) => `… y ${n} más`,
    answerTitle: 'Disponibilidad',
    close: 'Cerrar',
    pickOne: 'Elige al menos un producto, un minorista o un país.',
    apology: 'Lo siento, algo ha salido mal: vuelve a intentarlo.',
    slowDown: 'Demasiadas preguntas a la vez: vuelve a intentarlo en unos segundos.',
    expired: 'Este botón ha caducado: vuelve a preguntar.',
    notYours: 'Solo quien preguntó puede pulsar estos botones: haz tu propia pregunta con /availability.',
  },
  de: {
    share: 'Im Kanal teilen',
    more: (n: number) => `… und ${n} weitere`,
    answerTitle: 'Verfügbarkeit',
    close: 'Schließen',
    pickOne: 'Wähle mindestens ein Produkt, einen Händler oder ein Land.',
    apology: 'Entschuldige, da ist etwas schiefgegangen: versuch es bitte noch einmal.',
    slowDown: 'Zu viele Fragen auf einmal: versuch es in ein paar Sekunden noch einmal.',
    expired: 'Dieser Button ist abgelaufen: frag bitte noch einmal.',
    notYours: 'Nur wer gefragt hat, kann diese Buttons drücken: stell deine eigene Frage mit /availability.',
  },
};

export function slackWords(lang: Language): SlackWords {
  return SLACK_WORDS[lang];
}

/**
 * A notice of the pipeline (adapters/shared/turn.ts), said before or instead of an answer: in the
 * language the question is written in (Slack's payloads carry no locale), or the reading's own.
 */
export function noticeText(kind: Notice, asked: { question?: string; language?: Language }): string {
  const language = asked.language ?? questionLanguage(asked.question ?? '');
  const w = SLACK_WORDS[language];
  return kind === 'limited' ? w.slowDown : w.apology;
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
