import { describe, expect, it } from 'vitest';
import { ChoiceIds } from '../../../adapters/discord/choices.js';

const ASKER = '123456789012345678';

describe('ChoiceIds', () => {
  it('GIVEN a short reading THEN it travels in the custom id itself and reads back', () => {
    const ids = new ChoiceIds();
    const id = ids.idFor(ASKER, { products: ['mi-phones'], intent: 'yesno' }, 'it');
    expect(id.length).toBeLessThanOrEqual(100);
    expect(ids.size).toBe(0);
    expect(ids.read(id)).toEqual({ asker: ASKER, picked: { query: { products: ['mi-phones'], intent: 'yesno' }, language: 'it' } });
  });

  it('GIVEN a reading too long for 100 characters THEN it is stored under a short key', () => {
    const ids = new ChoiceIds();
    const query = { products: ['lifestyle-accessories', 'other-products', 'redmi-phones'], retailers: ['mediaworld', 'mi-store'], countries: ['IT', 'ES'] };
    const id = ids.idFor(ASKER, query, 'en');
    expect(id.length).toBeLessThanOrEqual(100);
    expect(ids.size).toBe(1);
    expect(ids.read(id)).toEqual({ asker: ASKER, picked: { query, language: 'en' } });
  });

  it('GIVEN more stored readings than its capacity THEN the oldest are forgotten and read as expired', () => {
    const ids = new ChoiceIds(3);
    const long = { products: ['a'.repeat(60), 'b'.repeat(60)] };
    const made = Array.from({ length: 5 }, () => ids.idFor(ASKER, long, 'en'));
    expect(ids.size).toBe(3);
    expect(ids.read(made[0]!)).toEqual({ asker: ASKER, picked: null });
    expect(ids.read(made[4]!)?.picked).not.toBeNull();
  });

  it('GIVEN custom ids that are not ours or malformed THEN they read as null', () => {
    const ids = new ChoiceIds();
    for (const bad of ['', 'other:q:1:p=x;l=en', 'avail:q:notanid:p=x;l=en', 'avail:q:1:p=x;l=fr', 'avail:q:1:p=../etc;l=en',
      'avail:k:1:with space', 'avail:z:1:x', `avail:q:1:${'p=x;'.repeat(30)}l=en`]) {
      expect(ids.read(bad)).toBeNull();
    }
  });
});
