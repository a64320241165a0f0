// Whether a yes/no asks about availability as it was read: the everyday words
// left outside every name decide between a yes, a question about the product
// itself (out of scope) and a product the data does not hold.
import { isOrdinaryWord } from '../language/words.js';
import { AVAILABILITY, isFunctionWord } from '../text/lexicon.js';
import type { Normalized } from '../text/normalize.js';
import type { Resolved } from './resolve.js';

/** Everyday words outside every name: what a yes/no would leave unread. */
export function contentAt(cued: string[], covered: ReadonlySet<number>, unread: ReadonlySet<number>): number[] {
  return cued.map((_, i) => i).filter((i) => !covered.has(i) && !unread.has(i) && /^\p{L}{3,}$/u.test(cued[i]!)
    && !isFunctionWord(cued[i]!) && isOrdinaryWord(cued[i]!));
}

/** Those words as written, neighbours joined ("Coca Cola", "red bull"). */
export function wordsAt(n: Normalized, cued: string[], positions: readonly number[]): string[] {
  const out: string[] = [];
  let last = -2;
  for (const i of positions) {
    const w = n.written[i] ?? cued[i]!;
    if (i === last + 1 && out.length > 0) out[out.length - 1] += ` ${w}`; else out.push(w);
    last = i;
  }
  return out;
}

/**
 * Whether a yes/no asks about availability as read. With a product alone, an everyday word beside it
 * asks about the product itself ("does Dolce contain gluten?"); with another single name, the question
 * must use a word of availability; with no product named, an everyday word stands where the product
 * would ("red bull at Daily in Korea"): a product it cannot read.
 */
export function availabilityAsked(cued: string[], covered: ReadonlySet<number>, unread: ReadonlySet<number>, r: Resolved):
  { verdict: 'yes' | 'property' | 'unreadProduct' | 'unclear'; content: number[] } {
  const open = cued.filter((_, i) => !covered.has(i) && !unread.has(i));
  const content = contentAt(cued, covered, unread);
  const kinds = (r.productIds !== null ? 1 : 0) + (r.retailers.length > 0 ? 1 : 0) + (r.countries.length > 0 ? 1 : 0);
  const verdict = kinds === 1 && r.productIds !== null && content.length > 0 ? 'property'
    : r.productIds === null && content.length > 0 ? 'unreadProduct'
      : kinds === 1 && !open.some((t) => AVAILABILITY.has(t)) ? 'unclear' : 'yes';
  return { verdict, content };
}
