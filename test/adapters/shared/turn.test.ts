// The one turn pipeline: every platform's question goes guard → limit → core →
// render → reply through it, so these are the rules every front end keeps.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Core } from '../../../src/index.js';
import { InFlight } from '../../../adapters/shared/inflight.js';
import { createLogger } from '../../../adapters/shared/logger.js';
import { createTurns, type Notice, type Replies, type Turn } from '../../../adapters/shared/turn.js';
import { SHIPPED_CATALOG, coreFor } from '../../helpers/catalog.js';
import { MemoryStore } from '../../../adapters/state/memory.js';

let real: Core;
beforeAll(async () => { real = await coreFor(SHIPPED_CATALOG); });
afterAll(() => real.close());

function setup(max = 2, failing = false) {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger('debug', [], { write: (l: string) => { lines.push(JSON.parse(l) as Record<string, unknown>); } });
  const inflight = new InFlight(logger, 'test');
  const core: Core = { ...real, turn: (q, c) => { if (failing) throw new Error('core broke'); return real.turn(q, c); } };
  const turns = createTurns({ core, inflight, logger, state: new MemoryStore(), rateLimit: { max, windowMs: 60_000 }, memoryTtlMs: 60_000, clock: () => 0 });
  const sent: string[] = [];
  const notices: Notice[] = [];
  const replies = (limited?: 'every' | 'first'): Replies<string> => ({
    render: (a: Answer) => a.text, reply: async (m) => { sent.push(m); }, notice: async (k) => { notices.push(k); },
    ...(limited ? { limited } : {}),
  });
  return { turns, inflight, sent, notices, replies, lines };
}

const turn = (ask: string, conversation = 'c1'): Turn => ({ handler: 'mention', where: { user: 'U1' }, user: 'U1', conversation, ask });

describe('GIVEN a turn', () => {
  it('WHEN it is asked THEN the core answers it, the renderer lays it out, the reply carries it, and follow-ups continue', async () => {
    const s = setup(10);
    expect(await s.turns.run(turn('is redmi sold in sweden?'), s.replies())).toBe('answered');
    expect(s.sent[0]).toMatch(/^Yes/);
    await s.turns.run(turn('and in denmark?'), s.replies());
    expect(s.sent[1]).toContain('Denmark');
    expect(s.sent[1]).toContain('Redmi');
  });

  it('WHEN a user asks past the limit THEN no answer, and one notice per window unless every refusal must be told', async () => {
    const s = setup(2);
    for (let i = 0; i < 5; i++) await s.turns.run(turn('redmi?'), s.replies());
    expect(s.sent).toHaveLength(2);
    expect(s.notices).toEqual(['limited']);
    const e = setup(2);
    const outcomes = [];
    for (let i = 0; i < 5; i++) outcomes.push(await e.turns.run(turn('redmi?'), e.replies('every')));
    expect(outcomes).toEqual(['answered', 'answered', 'limited', 'limited', 'limited']);
    expect(e.notices).toEqual(['limited', 'limited', 'limited']);
  });

  it('WHEN the core fails THEN the asker gets the apology, the log one line with where, and the next turn is answered', async () => {
    const s = setup(10, true);
    expect(await s.turns.run(turn('redmi?'), s.replies())).toBe('failed');
    expect(s.notices).toEqual(['failed']);
    expect(s.lines.filter((l) => l.msg === 'test handler failed')).toMatchObject([{ handler: 'mention', user: 'U1' }]);
    expect(JSON.stringify(s.lines)).not.toContain('redmi');
  });

  it('WHEN the front end is stopping THEN a new turn is not taken', async () => {
    const s = setup(10);
    await s.inflight.close(10);
    expect(await s.turns.run(turn('redmi?'), s.replies())).toBe('closed');
    expect(s.sent).toEqual([]);
  });
});
