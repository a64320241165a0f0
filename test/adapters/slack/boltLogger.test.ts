import { LogLevel } from '@slack/bolt';
import { describe, expect, test } from 'vitest';
import { createLogger } from '../../../adapters/shared/logger.js';
import { boltLogger } from '../../../adapters/slack/boltLogger.js';

function capture(level: string) {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger(level, [], { write: (l: string) => { lines.push(JSON.parse(l) as Record<string, unknown>); } });
  return { lines, bolt: boltLogger(logger) };
}

describe('GIVEN Bolt logging through the app logger', () => {
  test('THEN payload verification tokens are cut, whether JSON, quoted JSON or form fields', () => {
    const { lines, bolt } = capture('debug');
    bolt.debug('Received: {"token":"verifTok123","text":"hi"}');
    bolt.debug(JSON.stringify({ body: '{"token":"verifTok456"}' }));
    bolt.debug('body token=verifTok789&text=hi');
    const all = JSON.stringify(lines);
    for (const t of ['verifTok123', 'verifTok456', 'verifTok789']) expect(all).not.toContain(t);
    expect(lines.map((l) => l.msg)).toEqual([
      'Received: {"token":"[redacted]","text":"hi"}', '{"body":"{\\"token\\":\\"[redacted]\\"}"}', 'body token=[redacted]&text=hi',
    ]);
    expect(lines[0]).toMatchObject({ lib: 'bolt', level: 20 });
  });

  test('THEN errors, objects and circular objects become one line, and the level is ours', () => {
    const { lines, bolt } = capture('warn');
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    bolt.warn(new Error('boom'), { a: 1 }, circular);
    bolt.info('dropped below warn');
    bolt.setLevel(LogLevel.DEBUG);
    bolt.debug('still dropped');
    expect(lines.map((l) => l.msg)).toEqual(['boom {"a":1} [object Object]']);
    expect(bolt.getLevel()).toBe(LogLevel.WARN);
  });
});
