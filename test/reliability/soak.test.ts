import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../src/index.js';
import { runSoak } from '../../scripts/soak.js';
import { SHIPPED_CATALOG, buildCatalog } from '../helpers/catalog.js';

let core: Core;
beforeAll(async () => { core = createCore({ catalogFile: await buildCatalog(SHIPPED_CATALOG), memoryCapacity: 5_000 }); });
afterAll(() => core.close());

describe('soak (short form of npm run soak)', () => {
  it('GIVEN 60,000 mixed questions over 200,000 conversations THEN all are answered, none late, memory flat', () => {
    const res = runSoak(core, 60_000, 6_000);
    expect(res.answered).toBe(60_000);
    expect(res.worstMs).toBeLessThan(250);
    // After the first samples (JIT, caches) RSS must not keep climbing with the conversations.
    const settled = res.rss.slice(3);
    expect(Math.max(...settled) - Math.min(...settled)).toBeLessThan(40);
    expect(res.conversationsUsed).toBeGreaterThan(5_000);
    expect(res.rateLimiterUsers).toBeLessThan(20_000);
  });
});
