import { describe, expect, test } from 'vitest';
import { createLogger } from '../../../adapters/shared/logger.js';
import { Guard } from '../../../adapters/slack/guard.js';

function logged(): { lines: Record<string, unknown>[]; guard: Guard } {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger('info', ['s3cr3t-value'], { write: (l: string) => { lines.push(JSON.parse(l) as Record<string, unknown>); } });
  return { lines, guard: new Guard(logger) };
}

describe('GIVEN a guarded handler', () => {
  test('WHEN it throws THEN the error is logged with where it happened, masked, and the user gets the apology', async () => {
    const { lines, guard } = logged();
    const apologies: string[] = [];
    await guard.run('mention', { user: 'U1' }, async () => { throw new Error('token xoxb-123456789-abcdef leaked s3cr3t-value'); },
      async () => { apologies.push('sorry'); });
    expect(apologies).toEqual(['sorry']);
    expect(lines[0]).toMatchObject({ msg: 'slack handler failed', handler: 'mention', user: 'U1' });
    const text = JSON.stringify(lines);
    expect(text).not.toContain('xoxb-123456789');
    expect(text).not.toContain('s3cr3t-value');
  });

  test('WHEN the apology fails too THEN both are logged and nothing is thrown', async () => {
    const { lines, guard } = logged();
    await guard.run('dm', {}, async () => { throw new Error('first'); }, async () => { throw new Error('second'); });
    expect(lines.map((l) => l.msg)).toEqual(['slack handler failed', 'slack apology failed too']);
  });

  test('WHEN handlers are under way THEN idle waits for them, and no longer than its timeout', async () => {
    const { guard } = logged();
    let finish = (): void => {};
    const job = guard.run('command', {}, () => new Promise<void>((resolve) => { finish = resolve; }), async () => {});
    expect(guard.busy).toBe(1);
    const started = Date.now();
    await guard.idle(50);
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    let idle = false;
    const waiting = guard.idle(5000).then(() => { idle = true; });
    await new Promise((r) => setTimeout(r, 10));
    expect(idle).toBe(false);
    finish();
    await job;
    await waiting;
    expect(guard.busy).toBe(0);
  });
});
