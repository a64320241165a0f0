// A live reload as the core sees it: `replace` serves another catalog from the
// next answer on. Conversations go on across it, and one that remembers what the
// new catalog no longer has is answered as if the name were unknown, never from
// the old catalog and never with a crash.
import { describe, expect, it } from 'vitest';
import { createCore, openCatalog } from '../../../src/index.js';
import { SMALL_CATALOG, buildCatalog, writeCatalogDir } from '../../helpers/catalog.js';

/** The small catalog without the product `redmi` (its row of availability goes with it). */
function withoutRedmi(): Record<string, string> {
  const drop = (text: string, start: string): string => text.split('\n').filter((l) => !l.startsWith(start)).join('\n');
  return { ...SMALL_CATALOG, 'products.csv': drop(SMALL_CATALOG['products.csv']!, 'redmi,'), 'availability.csv': drop(SMALL_CATALOG['availability.csv']!, 'redmi,') };
}

describe('GIVEN a core serving a catalog', () => {
  it('WHEN another catalog replaces it THEN the next answers are the new catalog\'s, and the old reader is closed', async () => {
    const oldReader = openCatalog(await buildCatalog(writeCatalogDir(SMALL_CATALOG)));
    const core = createCore({ catalog: oldReader });
    expect(core.answer('can I buy redmi at 3 in Sweden?').verdict).toBe('yes');
    const before = core.info();
    core.replace(openCatalog(await buildCatalog(writeCatalogDir(withoutRedmi()))));
    expect(core.info().products).toBe(before.products - 1);
    expect(core.info().version).not.toBe(before.version);
    const a = core.answer('can I buy redmi at 3 in Sweden?');
    expect(a.verdict).not.toBe('yes');
    expect(a.entities.products.map((p) => p.id)).not.toContain('redmi');
    expect(core.suggest('product', 'redm').map((s) => s.id)).not.toContain('redmi');
    // The old reader is closed: using it throws, so nothing can still be reading from it.
    expect(() => oldReader.factTotal()).toThrow();
    core.close();
  });

  it('WHEN a conversation remembers a product the new catalog lacks THEN its follow-ups are answered without it and without a yes', async () => {
    const core = createCore({ catalog: openCatalog(await buildCatalog(writeCatalogDir(SMALL_CATALOG))) });
    const memory = core.turn('can I buy redmi at 3 in Sweden?', {});
    expect(memory.answer.verdict).toBe('yes');
    core.answer('can I buy redmi at 3 in Sweden?', { conversation: 'c' });
    core.replace(openCatalog(await buildCatalog(writeCatalogDir(withoutRedmi()))));
    for (const followUp of ['and in Denmark?', 'and at Mi Store?', 'when?', 'which retailers?']) {
      const own = core.answer(followUp, { conversation: 'c' });
      const kept = core.turn(followUp, { previous: memory.remember }).answer;
      for (const a of [own, kept]) {
        expect(a.verdict, followUp).not.toBe('yes');
        expect(a.entities.products.map((p) => p.id), followUp).not.toContain('redmi');
        expect(a.text, followUp).not.toMatch(/Redmi/);
      }
    }
    core.close();
  });
});
