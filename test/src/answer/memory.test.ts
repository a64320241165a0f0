// A conversation kept outside the core (a shared store, as JSON) answers as
// the core's own memory does: every turn of the blind conversation sets is
// played both ways, the second with what to remember going through JSON.
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core, Memory } from '../../../src/index.js';
import { coreFor } from '../../helpers/catalog.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const SETS = ['shipped', 'pets', 'stationery', 'carparts'];
const cores = new Map<string, Core>();

function catalogOf(set: string): string {
  const dir = join(ROOT, 'test/conversations', set);
  return existsSync(join(dir, 'catalog')) ? join(dir, 'catalog') : join(ROOT, readFileSync(join(dir, 'catalog.txt'), 'utf8').trim());
}

beforeAll(async () => { for (const s of SETS) cores.set(s, await coreFor(catalogOf(s))); }, 60_000);
afterAll(() => { for (const c of cores.values()) c.close(); });

describe('GIVEN the blind conversation sets', () => {
  it('WHEN the memory goes out as JSON and comes back THEN every turn is answered as with the core\'s own memory', () => {
    let turns = 0;
    for (const set of SETS) {
      const core = cores.get(set)!;
      readFileSync(join(ROOT, 'test/conversations', set, 'conversations.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).forEach((line, i) => {
        let kept: string | undefined;
        for (const t of (JSON.parse(line) as { turns: { q: string }[] }).turns) {
          const own = core.answer(t.q, { conversation: `${set}:${i}` });
          const previous = kept === undefined ? undefined : (JSON.parse(kept) as Memory);
          const { answer, remember } = core.turn(t.q, { previous });
          if (remember) kept = JSON.stringify(remember);
          expect(answer.text).toBe(own.text);
          turns++;
        }
      });
    }
    expect(turns).toBeGreaterThan(300);
  });
});
