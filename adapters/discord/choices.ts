// The custom_id of a clarify button: who asked, and the reading it stands for.
// Discord caps custom_id at 100 characters; a reading that does not fit is kept
// in a bounded in-memory map under a random key (lost on restart or when
// pushed out, and then the press is answered with "ask again").
// A custom_id comes back from Discord as the user's client sent it: it is read
// as hostile input.
import { randomBytes } from 'node:crypto';
import type { Language, Query } from '../../src/index.js';
import { decodeQuery, encodeQuery, type Picked } from '../shared/queryCodec.js';
import { LIMITS } from './fit.js';

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
  private readonly stored = new Map<string, Picked>();

  constructor(private readonly capacity = 2000) {}

  idFor(asker: string, query: Query, language: Language): string {
    const inline = `${PREFIX}:q:${asker}:${encodeQuery(query, language)}`;
    if (inline.length <= LIMITS.customId) return inline;
    const key = randomBytes(9).toString('base64url');
    this.stored.set(key, { query, language });
    // Maps iterate in insertion order: the first key is the oldest.
    while (this.stored.size > this.capacity) this.stored.delete(this.stored.keys().next().value!);
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
