import { describe, expect, test } from 'vitest';
import { createLogger } from '../../../adapters/shared/logger.js';
import { InFlight } from '../../../adapters/shared/inflight.js';

function logged(): { lines: Record<string, unknown>[]; guard: InFlight } {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger('info', ['s3cr3t-value'], { write: (l: string) => { lines.push(JSON.parse(l) as Record<string, unknown>); } });
  return { lines, guard: new InFlight(logger, 'slack') };
}

describe('GIVEN work tracked in flight', () => {
  test('WHEN it throws THEN the error is logged with where it happened, masked, and the user gets the apology', async () => {
    const { lines, guard } = logged();
    const apologies: string[] = [];
    await guard.track('mention', { user: 'U1' }, async () => { throw new Error('token xoxb-123456789-abcdef leaked s3cr3t-value'); },
      async () => { apologies.push('sorry'); });
    expect(apologies).toEqual(['sorry']);
    expect(lines[0]).toMatchObject({ msg: 'slack handler failed', handler: 'mention', user: 'U1' });
    const text = JSON.stringify(lines);
    expect(text).not.toContain('xoxb-123456789');
    expect(text).not.toContain('s3cr3t-value');
  });

  test('WHEN the apology fails too THEN both are logged and nothing is thrown', async () => {
    const { lines, guard } = logged();
    await guard.track('dm', {}, async () => { throw new Error('first'); }, async () => { throw new Error('second'); });
    expect(lines.map((l) => l.msg)).toEqual(['slack handler failed', 'slack apology failed too']);
  });

  test('WHEN handlers are under way THEN idle waits for them, and no longer than its timeout', async () => {
    const { guard } = logged();
    let finish = (): void => {};
    const job = guard.track('command', {}, () => new Promise<void>((resolve) => { finish = resolve; }), async () => {});
    expect(guard.busy).toBe(1);
    const started = Date.now();
    expect(await guard.close(50)).toBe('late');
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    let idle = false;
    const waiting = guard.close(5000).then((o) => { idle = true; return o; });
    await new Promise((r) => setTimeout(r, 10));
    expect(idle).toBe(false);
    finish();
    await job;
    expect(await waiting).toBe('idle');
    expect(guard.busy).toBe(0);
  });

  test('WHEN it is closed THEN new work is refused and never runs', async () => {
    const { guard } = logged();
    await guard.close(10);
    let ran = false;
    expect(await guard.track('command', {}, async () => { ran = true; }, async () => {})).toBe(false);
    expect(ran).toBe(false);
  });
});
