// The blind conversation sets (FORMAT.md): conversations written by sessions that
// read the README and the catalogs, never the code, with every turn's expected
// answer written before the bot answered it. Played through the core, turn by
// turn, as one conversation each. The gate: not one false "yes" on any set, and
// no set below the figure it has reached (so a change that loses turns fails).
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentBuild, playSet } from '../../bench/heldout/conversations.js';

const root = import.meta.dirname;
const repo = resolve(root, '../..');
const sets = readdirSync(root).filter((d) => existsSync(join(root, d, 'conversations.jsonl'))).sort();
/** Right turns per set at least: the figures of the closing note of the conversations issue, rounded down. */
const FLOOR: Record<string, number> = { shipped: 0.95, audio: 0.95, groceries: 0.95, garden: 0.95, instruments: 0.95, pets: 0.95, shipped2: 0.95, stationery: 0.95, eyewear: 0.95, carparts: 0.95, cosmetics: 0.95 };

describe('GIVEN the blind conversation sets', () => {
  it('THEN there are at least three, with 50 conversations between them', async () => {
    expect(sets.length).toBeGreaterThanOrEqual(3);
    let conversations = 0;
    for (const s of sets) conversations += (await playSet(join(root, s), s, repo, currentBuild)).conversations;
    expect(conversations).toBeGreaterThanOrEqual(50);
  });
  it.each(sets)('WHEN the %s conversations are played THEN no turn is a false yes and the set keeps its figure', async (name) => {
    const r = await playSet(join(root, name), name, repo, currentBuild);
    const wrong = r.judged.filter((j) => !j.ok).map((j) => `${j.e.id} ${j.e.q} → ${j.problems.join('; ')}`);
    expect(r.judged.filter((j) => j.falseYes).map((j) => `${j.e.id} ${j.e.q}`), 'false yes').toEqual([]);
    expect(r.right / r.judged.length, wrong.join('\n')).toBeGreaterThanOrEqual(FLOOR[name] ?? 0.95);
  });
});
