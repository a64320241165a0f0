// A brand whose name is a function word ("Nothing" makes phones) counts when
// the question shows it is a name: a capital, a product word beside it, a
// question of names only. Before, such a brand was dropped from the index and
// "is Nothing sold in Italy?" was answered "Yes: products in Italy.": a yes the
// data does not hold for what was asked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/index.js';
import { SMALL_CATALOG, buildCatalog, writeCatalogDir } from '../../helpers/catalog.js';
import { createCore, openCatalog } from '../../../src/index.js';

let core: Core;
beforeAll(async () => {
  const files = { ...SMALL_CATALOG };
  files['products.csv'] += 'np2,Nothing Phone (2),Nothing,phone,\n';
  files['availability.csv'] += 'np2,three,SE,available,,yes,,src\n';
  core = createCore({ catalog: openCatalog(await buildCatalog(writeCatalogDir(files))) });
});
afterAll(() => core.close());

describe('GIVEN a brand named like a function word', () => {
  it('WHEN it is written as a name THEN the answer is about that brand, yes where the data holds it and no elsewhere', () => {
    const inItaly = core.answer('is Nothing sold in Italy?');
    expect(inItaly.verdict).not.toBe('yes');
    expect(inItaly.text).toContain('Nothing');
    const inSweden = core.answer('is Nothing sold in Sweden?');
    expect(inSweden.verdict).toBe('yes');
    expect(inSweden.facts.every((f) => f.product === 'np2')).toBe(true);
    expect(core.answer('Nothing phones at Three?').verdict).toBe('yes');
  });

  it('WHEN the word is used as a word THEN it is no brand', () => {
    const a = core.answer('I found nothing about Redmi in Sweden, is it sold there?');
    expect(a.facts.every((f) => f.product === 'redmi')).toBe(true);
  });
});
