// The blind held-out sets (FORMAT.md): catalogs in other domains and questions
// whose expected answers were written from the CSV files alone by sessions that
// never read the code. The gate is the understanding issue's: at least 95% right
// and not one false "yes" on every set.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentBuild } from '../../bench/heldout/conversations.js';
import { runSet } from '../../bench/heldout/evaluate.js';

const root = import.meta.dirname;
const sets = readdirSync(root).filter((d) => existsSync(join(root, d, 'questions.jsonl'))).sort();

describe('GIVEN the blind held-out sets', () => {
  it('THEN there are at least three of them', () => {
    expect(sets.length).toBeGreaterThanOrEqual(3);
  });
  it.each(sets)('WHEN the %s set is answered THEN no answer is a false yes and at least 95 in 100 are right', async (name) => {
    const r = await runSet(join(root, name), name, currentBuild);
    const wrong = r.judged.filter((j) => !j.ok).map((j) => `${j.e.id} ${j.e.q} → ${j.problems.join('; ')}`);
    const falseYes = r.judged.filter((j) => j.falseYes).map((j) => `${j.e.id} ${j.e.q}`);
    expect(falseYes, 'false yes').toEqual([]);
    expect(r.right / r.judged.length, wrong.join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});
