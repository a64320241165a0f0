// The words that carry a question's shape rather than its subject, in English
// and Italian. They are never typo-corrected into catalog names, they vote for
// the question's language, and they tell what is asked. Everything here is a
// word class, not a sentence: understanding comes from rules over these.

const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/** Words that only occur in English questions. */
export const ENGLISH = words(`
  the an and or can could would will is are was were does do did where which what when who whom whose
  buy buying bought sell sells selling sold carry carries carrying stock stocks have has get got find
  available availability at from of i me my you your we our they their it its there here this that these those
  shop shops retailer retailers partner partners country countries list show tell about how any some
  with without for to into near please thanks thank hello hi hey help yes not also too else other
  store stores open opens opening launch launched launches since date day
`);

/** Words that only occur in Italian questions. */
export const ITALIAN = words(`
  e ed il lo la gli le di da del dello della dei degli delle dal dallo dalla dai dagli dalle nel nello nella
  nei negli nelle al allo alla ai agli alle sul sulla presso dove posso puoi puo può possiamo si comprare
  compro comprarlo acquistare acquisto trovare trovo trovarlo quali quale quando chi che cosa cos vende vendono
  venduto venduti venduta vendute disponibile disponibili disponibilita negozio negozi rivenditore rivenditori
  anche invece ciao aiuto grazie sono c ci un una uno non come quanto quanti apre aprira apertura paese paesi
  prodotti prodotto telefono telefoni cellulare cellulari hanno ha qui qua elenca elenco dimmi mi sai
  tutti tutte ancora oppure o per con tra fra sara saranno arriva arrivera e_is ma trova trovano vendete
  cerco compro usare funziona esempi
`);

/** Function words of both languages, plus the cue words below: never typo-corrected into a name. */
export const COMMON = words(`
  a in no ok on by via si per i e o
  one two three four five six seven eight nine ten uno due tre quattro cinque sei sette otto nove dieci
  new nuovo nuova nuovi
`);

/** A question about when something happens. */
export const WHEN_CUES = words(`
  when date dates since quando data date open opens opening opened launch launches launching arrive arrives
  apre aprira apertura aperto inaugura inaugurazione lancio arriva arrivera arrivano
`);

/** A question that wants a list (where, which, who). */
export const LIST_CUES = words(`
  where which what who list show dove quali quale chi elenca elenco dimmi mostra quanti
`);

/** A yes/no question. */
export const YESNO_CUES = words(`
  e_is can could is are does do will would may might posso puoi puo può possiamo si e c ce vende vendono hanno ha
  trovo trovare sara saranno
`);

/** A greeting or a request for help, when nothing else is asked. */
export const HELP_CUES = words(`
  help aiuto hi hello hey ciao salve buongiorno buonasera start commands comandi usage istruzioni info
  thanks thank thx grazie you use examples esempi funziona usare
`);

/** Subjects the bot does not cover: prices, specifications, repairs, weather. */
export const OUT_OF_SCOPE_CUES = words(`
  price prices cost costs costa costano prezzo prezzi cheap cheapest expensive euro euros dollars
  spec specs specifications specifiche battery batteria camera fotocamera review reviews recensione recensioni
  repair repairs riparazione riparare assistenza warranty garanzia weather meteo ipo shares azioni stock-price
`);

/** Words that mark a follow-up to the previous question. */
export const FOLLOW_UP_CUES = words(`and also e ed anche invece allora`);

/**
 * Before a short retailer name ("at 3", "da Tre", "does Three", Italian "negozi Tre"):
 * the name is a retailer, not a number or a pronoun.
 */
export const RETAILER_BEFORE = words(`
  at from by via through with da dal dalla dai presso con nei nel negli alle ai does did will
  negozio negozi punto punti
`);

/**
 * After a short retailer name ("3 store", "Three sells", "Three will"). Italian puts the
 * noun first, so "tre negozi" stays a number.
 */
export const RETAILER_AFTER = words(`
  store stores shop shops group sell sells selling sold carry carries stock stocks have has will start starts
  started offer offers vende vendono ha hanno tratta
`);

/** Italian prepositions: "mi" before one of them is no pronoun ("Mi in Spagna?"). */
export const ITALIAN_PREPOSITIONS = words(`
  in a da di per con su presso nel nei negli nella al ai allo alla dal dai dalla
`);

/** Before a short product name ("buy a Mi", "Xiaomi Mi"). */
export const PRODUCT_BEFORE = words(`
  a an the any some buy buying sell sells selling carry carries stock stocks get order un uno una il lo i gli
  comprare compro acquistare vende vendono
`);

/** Words that continue a model name after its product line ("Redmi Note 5 Pro"). */
export const MODEL_WORDS = words(`
  note pro max lite plus ultra mix mini prime play neo turbo fold flip edge
`);

export function isModelToken(token: string): boolean {
  return /\d/.test(token) || MODEL_WORDS.has(token);
}

/** A word that must never be read as a typo of a catalog name. */
export function isFunctionWord(token: string): boolean {
  return (
    COMMON.has(token) ||
    ENGLISH.has(token) ||
    ITALIAN.has(token) ||
    WHEN_CUES.has(token) ||
    LIST_CUES.has(token) ||
    YESNO_CUES.has(token) ||
    HELP_CUES.has(token) ||
    OUT_OF_SCOPE_CUES.has(token)
  );
}
