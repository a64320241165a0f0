// The misses log end to end: questions go through the real turn pipeline over the
// shipped catalog, the observer counts what the answers could not read, and the
// SQLite file then holds each name and question with its reason, count and last
// time, and nothing of the askers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/index.js';
import { InFlight } from '../../../adapters/shared/inflight.js';
import { createLogger } from '../../../adapters/shared/logger.js';
import { openMissesLog, type MissesLog } from '../../../adapters/shared/misses.js';
import { MissesStore } from '../../../adapters/shared/missesStore.js';
import { createTurns, type Replies } from '../../../adapters/shared/turn.js';
import { MemoryStore } from '../../../adapters/state/memory.js';
import { SHIPPED_CATALOG, coreFor, tempDir } from '../../helpers/catalog.js';

let core: Core;
beforeAll(async () => { core = await coreFor(SHIPPED_CATALOG); });
afterAll(() => core.close());

const quiet = createLogger('silent');
const DAY = 86_400_000;

function pipeline(log: MissesLog, platform = 'slack') {
  const turns = createTurns({ core, inflight: new InFlight(quiet, 'test'), logger: quiet, state: new MemoryStore(),
    rateLimit: { max: 1000, windowMs: 60_000 }, memoryTtlMs: 60_000, platform, observe: log.observe });
  const replies: Replies<string> = { render: (a) => a.text, reply: async () => {}, notice: async () => {} };
  return (ask: string, user = 'U0SECRETUSER', conversation?: string) =>
    turns.run({ handler: 'mention', where: { user }, user, ask, ...(conversation ? { conversation } : {}) }, replies);
}

interface Row { kind: string; key: string; text: string; reason: string; language: string; platform: string; example: string | null; count: number; first_seen: number; last_seen: number }
function rows(file: string): Row[] {
  const db = new Database(file, { readonly: true });
  try { return db.prepare('SELECT * FROM misses ORDER BY kind, key').all() as Row[]; } finally { db.close(); }
}

describe('GIVEN MISSES_LOG on and questions through the turn pipeline', () => {
  it('WHEN users ask for names, places and things the data lacks THEN each is kept once with its reason, count and last time', async () => {
    const file = join(tempDir(), 'misses.sqlite');
    let now = Date.UTC(2026, 11, 3, 14, 0);
    const log = openMissesLog({ enabled: true, file, maxRows: 1000, maxAgeDays: 90 }, quiet, { clock: () => now, flushMs: 0 });
    const ask = pipeline(log);
    await ask('does Elkjøp sell the Redmi?');
    now += 60_000;
    await ask('does elkjøp sell xiaomi phones?', 'U0OTHER');
    await ask('is redmi sold in Lisbon?');
    await ask('what is the price of the redmi?');
    await ask('What is the price of the Redmi');
    await ask('is redmi sold in sweden?');
    await ask('thanks!');
    log.close();

    const kept = rows(file);
    expect(kept.map((r) => [r.kind, r.text, r.reason, r.count])).toEqual([
      ['name', 'Elkjøp', 'unread_name', 2],
      ['place', 'Lisbon', 'unknown_place', 1],
      // As first written with a capital: the to-do list reads better so.
      ['question', 'What is the price of the Redmi', 'out_of_scope', 2],
    ]);
    const elkjop = kept[0]!;
    expect(elkjop).toMatchObject({ key: 'elkjøp', platform: 'slack', language: 'en', example: 'does elkjøp sell xiaomi phones?' });
    expect(elkjop.first_seen).toBe(Date.UTC(2026, 11, 3, 14, 0));
    expect(elkjop.last_seen).toBe(Date.UTC(2026, 11, 3, 14, 1));
    // A yes, a thanks: nothing the data lacks, nothing kept.
    expect(kept.some((r) => /sweden|thanks/i.test(r.text))).toBe(false);
    const bytes = readFileSync(file).toString('latin1');
    expect(bytes).not.toContain('U0SECRETUSER');
    expect(bytes).not.toContain('U0OTHER');
  });

  it('WHEN a question carries mentions, an address, a link or a phone number THEN none of them is kept', async () => {
    const file = join(tempDir(), 'misses.sqlite');
    const log = openMissesLog({ enabled: true, file, maxRows: 1000, maxAgeDays: 90 }, quiet, { flushMs: 0 });
    const ask = pipeline(log, 'discord');
    await ask('<@123456789012345678> <@U0MENTIONED> does Zorblax sell redmi? write to anna.rossi@example.it or +39 333 123 4567, see https://x.example/t?token=abc');
    await ask('how much is the redmi? call 0044 20 7946 0958 <#C0CHANNEL|general>');
    log.close();
    const all = JSON.stringify(rows(file));
    for (const secret of ['123456789012345678', 'U0MENTIONED', 'anna.rossi', 'example.it', '333 123 4567', 'token=abc', '7946', 'C0CHANNEL']) {
      expect(all).not.toContain(secret);
    }
    expect(rows(file).map((r) => [r.kind, r.text])).toEqual([
      ['name', 'Zorblax'],
      ['question', 'how much is the redmi? call <number> #channel'],
    ]);
    expect(rows(file)[0]!.example).toBe('@someone @someone does Zorblax sell redmi? write to <email> or <number>, see <link>');
  });

  it('WHEN the log holds more rows or older rows than allowed THEN the oldest asked leave first', async () => {
    const file = join(tempDir(), 'misses.sqlite');
    let now = Date.UTC(2026, 0, 1);
    const log = openMissesLog({ enabled: true, file, maxRows: 20, maxAgeDays: 30 }, quiet, { clock: () => now, flushMs: 0 });
    const ask = pipeline(log);
    await ask('does Oldshop sell the Redmi?');
    now += 40 * DAY;
    for (let i = 0; i < 30; i++) {
      await ask(`does Shop${String.fromCharCode(97 + i % 26)}${i < 26 ? '' : 'x'} sell the Redmi?`);
      now += 1000;
    }
    // Forgetting runs at most once a minute.
    now += 61_000;
    log.close();
    const kept = rows(file);
    expect(kept).toHaveLength(20);
    expect(kept.some((r) => r.key === 'oldshop')).toBe(false);
    expect(kept.some((r) => r.key === 'shopa')).toBe(false);
    expect(kept.some((r) => r.key === 'shopdx')).toBe(true);
  });

  it('WHEN two copies of the bot write to one file THEN both counts land, and a reader may read meanwhile', async () => {
    const file = join(tempDir(), 'misses.sqlite');
    const a = openMissesLog({ enabled: true, file, maxRows: 1000, maxAgeDays: 90 }, quiet, { flushMs: 0 });
    const b = openMissesLog({ enabled: true, file, maxRows: 1000, maxAgeDays: 90 }, quiet, { flushMs: 0 });
    const reader = MissesStore.open(file, false);
    for (let i = 0; i < 5; i++) { await pipeline(a)('is Pixel sold at Currys?'); await pipeline(b)('is Pixel sold at Currys?'); }
    a.flush();
    expect(reader.top(10).names.map((r) => `${r.text} ${r.count}`).sort()).toEqual(['Currys 5', 'Pixel 5']);
    b.flush();
    expect(reader.top(10).names.map((r) => r.count)).toEqual([10, 10]);
    a.close(); b.close(); reader.close();
  });

  it('WHEN MISSES_DB names a file of another program THEN it is refused, not altered', () => {
    const file = join(tempDir(), 'other.sqlite');
    const db = new Database(file);
    db.exec('CREATE TABLE orders (id INTEGER)');
    db.close();
    expect(() => openMissesLog({ enabled: true, file, maxRows: 1000, maxAgeDays: 90 }, quiet)).toThrow(/is not a misses log/);
    const again = new Database(file, { readonly: true });
    expect(again.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all()).toEqual(['orders']);
    again.close();
  });
});
