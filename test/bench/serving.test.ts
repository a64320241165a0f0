import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NameRows } from '../../src/catalog/types.js';
import { kindQuestions } from '../../bench/serving/kinds.js';
import { kindNames, type KindNames } from '../../bench/serving/names.js';
import { timeKind } from '../../bench/serving/timing.js';
import { warmUp } from '../../bench/serving/warm.js';

const names: KindNames = {
  brands: ['Xiaomi', 'Nothing'], categories: ['smartphones', 'televisions'],
  brandCategories: new Map([['Xiaomi', ['smartphones', 'televisions']], ['Nothing', ['smartphones']]]),
  countries: ['Italy', 'Spain', 'Sweden'], regions: ['Europe'],
};

/** Spends `ms` of wall time, as a slow answer does. */
function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) { /* the answer's work */ }
}

describe('GIVEN the kinds of question of a catalog', () => {
  it('THEN every brand, category and country is asked, each brand with a country and a region in turn', () => {
    const kinds = Object.fromEntries(kindQuestions(names).map((k) => [k.name, k.questions]));
    expect(kinds['brand alone']).toEqual(['Xiaomi?', 'Nothing?']);
    expect(kinds['brand in a country']).toEqual(['Xiaomi in Italy?', 'Nothing in Spain?']);
    expect(kinds['brand in a region']).toEqual(['Xiaomi in europe?', 'Nothing in europe?']);
    expect(kinds['category alone']).toEqual(['smartphones', 'televisions']);
    expect(kinds['everything in a country']).toEqual(['everything in Italy', 'everything in Spain', 'everything in Sweden']);
  });

  it('THEN a brand is asked in the categories it sells and in one it does not', () => {
    const inCategory = kindQuestions(names).find((k) => k.name === 'brand in a category')!.questions;
    expect(inCategory).toEqual(['Xiaomi smartphones?', 'Xiaomi televisions?', 'Nothing smartphones?', 'Nothing televisions?']);
  });

  it('THEN a kind with nothing to ask about is left out', () => {
    const kinds = kindQuestions({ ...names, regions: [], countries: [] }).map((k) => k.name);
    expect(kinds).not.toContain('brand in a region');
    expect(kinds).not.toContain('everything in a country');
    expect(kinds).toContain('brand alone');
  });

  it('WHEN the catalog is the shipped seed THEN brands and categories are its CSV columns and countries those it trades in', () => {
    const rows = {
      countries: [{ code: 'IT', name_en: 'Italy', name_it: 'Italia' }, { code: 'FR', name_en: 'France', name_it: 'Francia' }],
      regions: [{ id: 'europe', name_en: 'Europe', name_it: 'Europa' }, { id: 'asia', name_en: 'Asia', name_it: 'Asia' }],
      regionCountries: [{ region_id: 'europe', country: 'IT' }, { region_id: 'asia', country: 'JP' }],
    } as unknown as NameRows;
    const seed = kindNames(join(import.meta.dirname, '../../data/catalog'), rows, ['IT']);
    expect(seed.brands).toEqual(['Xiaomi']);
    expect(seed.categories).toEqual(['smartphones', 'accessories', 'other products']);
    expect(seed.brandCategories.get('Xiaomi')).toEqual(['smartphones', 'accessories', 'other products']);
    expect(seed.countries).toEqual(['Italy']);
    expect(seed.regions).toEqual(['Europe']);
  });
});

describe('GIVEN questions of a kind timed one at a time', () => {
  it('THEN the warm-up pass is not timed, and the slowest timed question is named', () => {
    let first = true;
    const t = timeKind('k', ['a', 'b'], (q) => { if (first) { first = false; busy(30); } else if (q === 'b') busy(3); }, { rounds: 2, budgetMs: 10_000 });
    expect(t.timed).toBe(4);
    expect(t.maxMs).toBeLessThan(30);
    expect(t.maxMs).toBeGreaterThanOrEqual(3);
    expect(t.slowest).toBe('b');
    expect(t.stoppedAfter).toBeNull();
  });

  it('WHEN a kind runs past its budget THEN it stops and says after how many answers', () => {
    const t = timeKind('slow', ['a', 'b', 'c'], () => busy(5), { rounds: 5, budgetMs: 22 });
    expect(t.stoppedAfter).not.toBeNull();
    expect(t.stoppedAfter!).toBeLessThan(18);
    expect(t.timed).toBeGreaterThan(0);
  });

  it('WHEN a kind has few questions THEN its rounds are raised until it has the timed answers asked for', () => {
    const asked: string[] = [];
    const t = timeKind('few', ['a', 'b', 'c'], (q) => { asked.push(q); }, { rounds: 2, budgetMs: 10_000, minTimed: 10 });
    // ceil(10 / 3) = 4 timed rounds after the warm-up pass.
    expect(t.timed).toBe(12);
    expect(asked.length).toBe(15);
    expect(timeKind('many', ['a', 'b', 'c'], () => {}, { rounds: 5, budgetMs: 10_000, minTimed: 10 }).timed).toBe(15);
  });

  it('WHEN an answer throws THEN it is counted with its question and the kind goes on', () => {
    const t = timeKind('broken', ['ok', 'bad'], (q) => { if (q === 'bad') throw new Error('boom'); }, { rounds: 1, budgetMs: 10_000 });
    expect(t.errors).toBe(2);
    expect(t.error).toBe('bad: boom');
    expect(t.timed).toBe(2);
  });
});

describe('GIVEN a serving process warmed up before the kinds are timed', () => {
  it('THEN it answers the plan round after round up to the count, and says what the slow first answers cost', () => {
    const asked: string[] = [];
    const w = warmUp(['a', 'b', 'c'], (q) => { asked.push(q); if (asked.length <= 2) busy(3); }, 7);
    expect(asked).toEqual(['a', 'b', 'c', 'a', 'b', 'c', 'a']);
    expect(w.answers).toBe(7);
    expect(w.overOneMs).toBe(2);
    expect(w.maxMs).toBeGreaterThanOrEqual(3);
    expect(w.p50Ms).toBeLessThan(1);
  });

  it('THEN a question that throws does not stop it, and an empty plan answers nothing', () => {
    const w = warmUp(['bad', 'ok'], (q) => { if (q === 'bad') throw new Error('boom'); }, 4);
    expect(w.answers).toBe(4);
    expect(warmUp([], () => {}, 5).answers).toBe(0);
  });
});
