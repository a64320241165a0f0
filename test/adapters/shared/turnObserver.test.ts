// What the turn pipeline tells its observer after each turn: the same report for
// every platform, told after the reply, and an observer that fails takes nothing down.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/index.js';
import { InFlight } from '../../../adapters/shared/inflight.js';
import { createLogger } from '../../../adapters/shared/logger.js';
import { createTurns, type Replies, type TurnObserver, type TurnReport } from '../../../adapters/shared/turn.js';
import { MemoryStore } from '../../../adapters/state/memory.js';
import { SHIPPED_CATALOG, coreFor } from '../../helpers/catalog.js';

let real: Core;
beforeAll(async () => { real = await coreFor(SHIPPED_CATALOG); });
afterAll(() => real.close());

function setup(observe: TurnObserver, o: { max?: number; failing?: boolean } = {}) {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger('debug', [], { write: (l: string) => { lines.push(JSON.parse(l) as Record<string, unknown>); } });
  const core: Core = { ...real, turn: (q, c) => { if (o.failing) throw new Error('core broke'); return real.turn(q, c); } };
  let t = 1000;
  const turns = createTurns({ core, inflight: new InFlight(logger, 'test'), logger, state: new MemoryStore(),
    rateLimit: { max: o.max ?? 10, windowMs: 60_000 }, memoryTtlMs: 60_000, clock: () => (t += 7), platform: 'discord', observe });
  const sent: string[] = [];
  const replies: Replies<string> = { render: (a) => a.text, reply: async (m) => { sent.push(m); }, notice: async () => {} };
  return { turns, sent, lines, replies };
}

describe('GIVEN a turn observer', () => {
  it('WHEN questions are answered THEN it hears platform, handler, verdict, language, latency, the question and the unread names, after the reply', async () => {
    const heard: { report: TurnReport; sentBefore: number }[] = [];
    const s = setup((report) => { heard.push({ report, sentBefore: s.sent.length }); });
    await s.turns.run({ handler: 'command', where: {}, user: 'U1', conversation: 'c', ask: 'does Elkjøp sell the Redmi?' }, s.replies);
    await s.turns.run({ handler: 'command', where: {}, user: 'U1', conversation: 'c', ask: 'and in Lisbon?' }, s.replies);
    await s.turns.run({ handler: 'button', where: {}, user: 'U1', ask: { products: ['redmi-phones'], countries: ['ES'] } }, s.replies);
    expect(heard.map((h) => h.sentBefore)).toEqual([1, 2, 3]);
    expect(heard[0]!.report).toEqual({ platform: 'discord', handler: 'command', outcome: 'answered', ms: expect.any(Number), question: 'does Elkjøp sell the Redmi?',
      answer: { verdict: 'list', reason: null, language: 'en', unread: ['Elkjøp'], placeTried: false } });
    // Timed by the pipeline's clock, which ticks 7 ms a reading here.
    expect(heard[0]!.report.ms).toBeGreaterThanOrEqual(7);
    expect(heard[1]!.report.answer).toMatchObject({ unread: ['Lisbon'], placeTried: true });
    // A button carries ids the catalog has: no question text to tell.
    expect(heard[2]!.report).toMatchObject({ handler: 'button', question: null, answer: { verdict: 'yes', unread: [] } });
  });

  it('WHEN a turn is refused or fails THEN it hears that outcome, with no answer', async () => {
    const heard: TurnReport[] = [];
    const limited = setup((r) => { heard.push(r); }, { max: 1 });
    await limited.turns.run({ handler: 'mention', where: {}, user: 'U1', ask: 'redmi?' }, limited.replies);
    await limited.turns.run({ handler: 'mention', where: {}, user: 'U1', ask: 'redmi?' }, limited.replies);
    const failing = setup((r) => { heard.push(r); }, { failing: true });
    await failing.turns.run({ handler: 'dm', where: {}, user: 'U1', ask: 'redmi?' }, failing.replies);
    expect(heard.map((r) => [r.outcome, r.answer?.verdict ?? null])).toEqual([['answered', 'list'], ['limited', null], ['failed', null]]);
  });

  it('WHEN the observer throws THEN the turn is still answered and the log says so once, without the question', async () => {
    const s = setup(() => { throw new Error('disk full'); });
    expect(await s.turns.run({ handler: 'mention', where: {}, user: 'U1', ask: 'is redmi sold in sweden?' }, s.replies)).toBe('answered');
    expect(s.sent[0]).toMatch(/^Yes/);
    expect(s.lines.filter((l) => l.msg === 'turn observer failed')).toHaveLength(1);
    expect(JSON.stringify(s.lines)).not.toContain('sweden');
  });
});
