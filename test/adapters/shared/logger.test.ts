import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../adapters/shared/logger.js';
import { maskSecrets } from '../../../adapters/shared/mask.js';

function capture(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({ write(chunk, _enc, done) { chunks.push(String(chunk)); done(); } });
  return { stream, text: () => chunks.join('') };
}

const SLACK = 'xoxb-1111111111-2222222222-AbCdEfGhIjKlMnOpQrStUvWx';
const APP = 'xapp-1-A0000000000-1111111111111-abcdef0123456789';
const DISCORD = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abc';
const SIGNING = 'signing-secret-8f14e45fceea167a5a36dedd4bea2543';

describe('logs never carry secrets', () => {
  it('GIVEN secrets in fields, messages and errors THEN every line is redacted', () => {
    const out = capture();
    const log = createLogger('debug', [SIGNING], out.stream);
    log.info({ token: DISCORD, config: { botToken: SLACK, appToken: APP, signingSecret: SIGNING } }, 'starting');
    log.error({ err: new Error(`auth failed for ${SLACK} and ${APP}`) }, `could not log in with ${DISCORD}`);
    log.warn(`secret was ${SIGNING}`);
    const text = out.text();
    expect(text).toContain('starting');
    expect(text).toContain('[redacted]');
    for (const s of [SLACK, APP, DISCORD, SIGNING]) expect(text).not.toContain(s);
  });

  it('GIVEN plain text THEN masks only token-shaped words', () => {
    expect(maskSecrets(`redmi in sweden ${SLACK}`)).toBe('redmi in sweden [redacted]');
  });
});
