// The values a catalog cell may hold, and how a wrong one is told: each message
// says what would be right ("use "milan"", "codes are upper case: "SE"").

export const RETAILER_KINDS = new Set(['store', 'online', 'operator', 'chain']);
export const STATUSES = new Set(['available', 'announced', 'opening', 'ended']);
export const EVENT_KINDS = new Set(['store_opening', 'market_entry', 'agreement', 'statement', 'launch']);

const ID = /^[a-z0-9][a-z0-9._-]{0,63}$/;
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Days of each month; February's 29th is checked against the year. Arithmetic, not a Date a row: a million rows have dates. */
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function dateOk(d: string): boolean {
  if (!DATE.test(d)) return false;
  if (d.length < 10) return true;
  const y = Number(d.slice(0, 4)); const m = Number(d.slice(5, 7)); const day = Number(d.slice(8, 10));
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return day <= DAYS[m - 1]! && !(m === 2 && day === 29 && !leap);
}

export const badDate = (d: string): string => `bad date "${d}" (use YYYY, YYYY-MM or YYYY-MM-DD)`;

/** What is wrong with an id, or null when it is a good one. */
export function idProblem(id: string): string | null {
  if (ID.test(id)) return null;
  if (ID.test(id.toLowerCase())) return `id "${id}" must be lowercase: use "${id.toLowerCase()}"`;
  return `id "${id}" must be lowercase letters, digits, '.', '_' or '-'`;
}

export const oneOf = (what: string, value: string, allowed: Set<string>): string => `${what} "${value}" must be one of ${[...allowed].join(', ')}`;
