// How a country is named after "in": English puts "the" before some names
// ("in the Netherlands"), Italian joins the preposition to the article
// ("nel Regno Unito", "negli Stati Uniti", "nei Paesi Bassi").
import type { Lang } from './templates.js';

const EN_THE = /^(United |Netherlands|Czech Republic|Philippines|Republic |UK$|USA$|US$|U\.S\.|UAE$)/;

const IT_ARTICLE: [RegExp, string][] = [
  [/^Regno /, 'nel'], [/^Stati /, 'negli'], [/^Emirati /, 'negli'], [/^Paesi /, 'nei'], [/^Filippine/, 'nelle'],
  [/^Repubblica /, 'nella'],
];

/** "in Sweden", "in the United Kingdom", "in Svezia", "nel Regno Unito". */
export function inCountry(name: string, lang: Lang, native: boolean): string {
  if (native) return `in ${name}`;
  if (lang === 'en') return EN_THE.test(name) ? `in the ${name}` : `in ${name}`;
  const article = IT_ARTICLE.find(([re]) => re.test(name));
  return `${article ? article[1] : 'in'} ${name}`;
}

/**
 * Everyday words a mistyped name must not turn into (the vocabulary of the catalog
 * and the templates is checked too): "Three" → "there", "Orange" → "range".
 */
export const COMMON_WORDS = `
  about above after again against also always another anyone anything around because before being below
  between both buying cheap could does doing down during each either every everyone first from have having
  here house into just know last later like little long make many maybe more most much must near never
  next none nothing number often once only other over place please price rather really right same says
  should show since some something still such sure take than thank that their them then there these they
  thing think this those three through today together tree trees under until very want were what when
  where which while will with within without would year years your range sale sales store stores shop
  shops world point power order orders online phone phones model models brand brands money there
  anche ancora avere basta bene buono cosa cose come comprare dove dopo dovrei essere fare grazie invece
  loro molto negozio negozi niente ogni oggi ordine perche perché poco posso potrei prezzo prima quale quali
  quando quanto quello questa questo sempre senza sono stato stesso sulla tanto tutti tutto vendere vende
`.trim().split(/\s+/);
