// Buttons carry the reading they stand for (a Query) in a short string:
// Discord's custom_id holds 100 characters, Slack's action value 2000. Decoding
// treats the string as hostile: anything malformed decodes to null.
import type { Dimension, Intent, Language, Query } from '../../src/index.js';

const INTENTS: readonly Intent[] = ['yesno', 'list', 'when', 'help', 'set', 'count', 'statement'];
const DIMENSIONS: readonly Dimension[] = ['country', 'retailer', 'product'];
const SAFE_ID = /^[A-Za-z0-9._-]{1,64}$/;
const MAX_IDS = 10;

export interface Picked { query: Query; language: Language }

/** "p=redmi-phones,mi-phones;r=three;c=SE;i=yesno;l=it"; a set question adds its dimension: "i=set;d=country". */
export function encodeQuery(query: Query, language: Language): string {
  const parts: string[] = [];
  if (query.products?.length) parts.push(`p=${query.products.join(',')}`);
  if (query.retailers?.length) parts.push(`r=${query.retailers.join(',')}`);
  if (query.countries?.length) parts.push(`c=${query.countries.join(',')}`);
  if (query.intent) parts.push(`i=${query.intent}`);
  if (query.dimension) parts.push(`d=${query.dimension}`);
  parts.push(`l=${language}`);
  return parts.join(';');
}

export function decodeQuery(text: string): Picked | null {
  if (typeof text !== 'string' || text.length > 2000) return null;
  const query: Query = {};
  let language: Language = 'en';
  for (const part of text.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 1) return null;
    const key = part.slice(0, eq);
    const value = part.slice(eq + 1);
    const ids = value.split(',');
    if (['p', 'r', 'c'].includes(key) && (ids.length > MAX_IDS || !ids.every((id) => SAFE_ID.test(id)))) return null;
    if (key === 'p') query.products = ids;
    else if (key === 'r') query.retailers = ids;
    else if (key === 'c') query.countries = ids;
    else if (key === 'i') {
      if (!(INTENTS as readonly string[]).includes(value)) return null;
      query.intent = value as Intent;
    } else if (key === 'd') {
      if (!(DIMENSIONS as readonly string[]).includes(value)) return null;
      query.dimension = value as Dimension;
    } else if (key === 'l') {
      if (value !== 'en' && value !== 'it') return null;
      language = value;
    } else return null;
  }
  return { query, language };
}
