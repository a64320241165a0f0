// The custom_id of a clarify button: who asked, and the reading it stands for.
// Discord caps custom_id at 100 characters; a reading that does not fit is kept
// in a bounded, expiring map under a random key (lost on restart or when pushed
// out, and then the press is answered with "ask again").
// A custom_id comes back from Discord as the user's client sent it: it is read
// as hostile input.
import { randomBytes } from 'node:crypto';
import type { Language, Query } from '../../src/index.js';
import { decodeQuery, encodeQuery, type Picked } from '../shared/queryCodec.js';
import { Bounded } from '../shared/bounded.js';
import { LIMITS } from './fit.js';

/** Discord's interaction tokens last 15 minutes; a button is answered within them or not at all. */
const STORED_TTL_MS = 15 * 60 * 1000;

const PREFIX = 'avail';
const USER_ID = /^\d{1,20}$/;
const KEY = /^[A-Za-z0-9_-]{1,16}$/;

export interface Choice {
  /** The user who asked: only they may press. */
  asker: string;
  /** The reading, or null when it was stored and is gone. */
  picked: Picked | null;
}

export class ChoiceIds {
  private readonly stored: Bounded<Picked>;

  constructor(capacity = 2000, ttlMs = STORED_TTL_MS, clock: () => number = Date.now) {
    this.stored = new Bounded<Picked>(capacity, ttlMs, clock);
  }

  idFor(asker: string, query: Query, language: Language): string {
    const inline = `${PREFIX}:q:${asker}:${encodeQuery(query, language)}`;
    if (inline.length <= LIMITS.customId) return inline;
    const key = randomBytes(9).toString('base64url');
    this.stored.set(key, { query, language });
    return `${PREFIX}:k:${asker}:${key}`;
  }

  /** null when the custom_id is not one of ours or is malformed. */
  read(customId: string): Choice | null {
    if (typeof customId !== 'string' || customId.length > LIMITS.customId) return null;
    const [prefix, form, asker, ...restParts] = customId.split(':');
    const rest = restParts.join(':');
    if (prefix !== PREFIX || asker === undefined || !USER_ID.test(asker)) return null;
    if (form === 'q') {
      const picked = decodeQuery(rest);
      return picked ? { asker, picked } : null;
    }
    if (form === 'k' && KEY.test(rest)) return { asker, picked: this.stored.get(rest) ?? null };
    return null;
  }

  get size(): number {
    return this.stored.size;
  }
}
