// Buttons carry what they stand for in a short string, so that a press can be
// answered by any copy of the bot, after a restart, without memory: the query
// (a reading of "which did you mean?", or the question a Share repeats), the
// answer's language and who asked (only they may press). Discord's custom_id
// holds 100 characters, Slack's action value 2000. Decoding treats the string
// as hostile: anything malformed decodes to null.
import { isLanguage, type Dimension, type Intent, type Language, type Query } from '../../src/index.js';

const INTENTS: readonly Intent[] = ['yesno', 'list', 'when', 'help', 'set', 'count', 'statement'];
const DIMENSIONS: readonly Dimension[] = ['country', 'retailer', 'product'];
const SAFE_ID = /^[A-Za-z0-9._-]{1,64}$/;
/** A region names up to a few dozen countries: all of them travel. */
const MAX_IDS = 60;
const LISTS = { p: 'products', r: 'retailers', c: 'countries', g: 'categories', x: 'regions' } as const;

export interface Picked {
  query: Query;
  language: Language;
  /** The platform's id of the user who asked, when the button is theirs alone. */
  asker?: string;
}

/** "p=redmi-phones,mi-phones;r=three;c=SE;i=yesno;u=U123;l=it"; brands are written as the catalog does, URI-encoded. */
export function encodeQuery(query: Query, language: Language, asker?: string): string {
  const parts: string[] = [];
  for (const [key, field] of Object.entries(LISTS)) {
    const ids = query[field];
    if (ids?.length) parts.push(`${key}=${ids.join(',')}`);
  }
  if (query.brands?.length) parts.push(`b=${query.brands.map(encodeURIComponent).join(',')}`);
  if (query.intent) parts.push(`i=${query.intent}`);
  if (query.dimension) parts.push(`d=${query.dimension}`);
  if (query.now) parts.push('n=1');
  if (query.all) parts.push('w=1');
  if (asker !== undefined) parts.push(`u=${asker}`);
  parts.push(`l=${language}`);
  return parts.join(';');
}

function brandsOf(value: string): string[] | null {
  try {
    const names = value.split(',').map(decodeURIComponent);
    return names.length <= MAX_IDS && names.every((n) => n.length > 0 && n.length <= 100) ? names : null;
  } catch {
    return null;
  }
}

export function decodeQuery(text: string): Picked | null {
  if (typeof text !== 'string' || text.length > 2000) return null;
  const query: Query = {};
  let language: Language = 'en';
  let asker: string | undefined;
  for (const part of text.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 1) return null;
    const key = part.slice(0, eq);
    const value = part.slice(eq + 1);
    if (key in LISTS) {
      const ids = value.split(',');
      if (ids.length > MAX_IDS || !ids.every((id) => SAFE_ID.test(id))) return null;
      query[LISTS[key as keyof typeof LISTS]] = ids;
    } else if (key === 'b') {
      const brands = brandsOf(value);
      if (!brands) return null;
      query.brands = brands;
    } else if (key === 'i') {
      if (!(INTENTS as readonly string[]).includes(value)) return null;
      query.intent = value as Intent;
    } else if (key === 'd') {
      if (!(DIMENSIONS as readonly string[]).includes(value)) return null;
      query.dimension = value as Dimension;
    } else if (key === 'n' || key === 'w') {
      if (value !== '1') return null;
      if (key === 'n') query.now = true; else query.all = true;
    } else if (key === 'u') {
      if (!SAFE_ID.test(value)) return null;
      asker = value;
    } else if (key === 'l') {
      if (!isLanguage(value)) return null;
      language = value;
    } else return null;
  }
  return asker === undefined ? { query, language } : { query, language, asker };
}
