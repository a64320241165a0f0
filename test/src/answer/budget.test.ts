// The time budget per question: a question that runs past it is given up at the
// next checkpoint and answered with a request to narrow it, in the asker's
// language, never with a yes, and the conversation keeps what it had.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, openCatalog, type Core } from '../../../src/index.js';
import { SHIPPED_CATALOG, buildCatalog } from '../../helpers/catalog.js';

// The clock stands still unless a test makes each reading of it a millisecond later.
let step = 0;
let now = 0;
const timer = (): number => (now += step);

let core: Core;
beforeAll(async () => {
  core = createCore({ catalog: openCatalog(await buildCatalog(SHIPPED_CATALOG)), budgetMs: 5, timer });
}, 60_000);
afterAll(() => core.close());

describe('GIVEN a core with a 5 ms budget per question', () => {
  it('WHEN a question stays within it THEN it is answered as always', () => {
    step = 0;
    expect(core.answer('Can I buy a Redmi at 3 in Sweden?', { language: 'en' }).verdict).toBe('yes');
  });

  it('WHEN a question runs past it THEN the answer asks to narrow it, in the asker\'s language, and is no yes', () => {
    step = 10;
    const en = core.answer('Can I buy a Redmi at 3 in Sweden?', { language: 'en' });
    expect(en.verdict).toBe('unknown');
    expect(en.reason).toBe('too_broad');
    expect(en.text).toMatch(/too broad/);
    expect(en.facts).toEqual([]);
    const de = core.answer('Kann ich ein Redmi bei 3 in Schweden kaufen?', { language: 'de' });
    expect(de.reason).toBe('too_broad');
    expect(de.text).toMatch(/eingrenzen|allgemein/);
    step = 0;
  });

  it('WHEN a question of a conversation runs past it THEN the next follow-up still has the turn before', () => {
    step = 0;
    const first = core.answer('Can I buy a Redmi at 3 in Sweden?', { conversation: 'c1', language: 'en' });
    expect(first.verdict).toBe('yes');
    step = 10;
    expect(core.answer('and at Mi Store?', { conversation: 'c1', language: 'en' }).reason).toBe('too_broad');
    step = 0;
    const after = core.answer('and in Italy?', { conversation: 'c1', language: 'en' });
    expect(after.followUp).toBe(true);
    expect(after.entities.products.map((p) => p.id)).toContain('redmi-phones');
  });
});
