// What keeps the Slack app standing: a failing handler apologises and the app
// keeps answering; per-user rate limits; a refused token stops the start with
// one line naming the variable, and no secret ever reaches the log.
import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ConfigError } from '../../../adapters/shared/config.js';
import { BOT } from '../../fakes/slack/fakeSlack.js';
import { asForm, FORM, JSON_TYPE, sendSigned } from '../../fakes/slack/signed.js';
import { appMention, eventCallback, slashCommand, VERIFICATION_TOKEN } from '../../fixtures/slack/payloads.js';
import { blockText, nthPost, type Message } from './answers.js';
import { buildCatalog, SECRETS, startHarness, type Catalog, type Harness } from './harness.js';
import { SLACK_WORDS } from '../../../adapters/slack/words.js';

let catalog: Catalog;
let h: Harness;
const LIMIT = 3;

beforeAll(async () => {
  catalog = await buildCatalog();
  h = await startHarness({
    catalogFile: catalog.file, mode: 'http', logLevel: 'debug', rateLimit: { max: LIMIT, windowMs: 60_000 },
    // A core that breaks on one word, to see what the app does when answering throws.
    core: (real) => ({
      ...real,
      answer: (q, c) => {
        if (typeof q === 'string' && q.includes('explode')) throw new Error('catalog on fire');
        return real.answer(q, c);
      },
      turn: (q, c) => {
        if (typeof q === 'string' && q.includes('explode')) throw new Error('catalog on fire');
        return real.turn(q, c);
      },
    }),
  });
});

afterAll(async () => {
  await h?.stop();
  catalog?.remove();
});

const signed = { secret: SECRETS.signingSecret };
const command = async (text: string, user: string): Promise<Message> => {
  const res = await sendSigned(h.eventsUrl, asForm(slashCommand(text, h.fake.responseUrl(`r-${user}`), user)), FORM, signed);
  expect(res.status).toBe(200);
  return res.json as Message;
};
const mention = (text: string, user: string) =>
  sendSigned(h.eventsUrl, JSON.stringify(eventCallback(appMention(`<@${BOT.userId}> ${text}`, { user }))), JSON_TYPE, signed);

describe('GIVEN a handler that fails', () => {
  test('WHEN answering a command throws THEN the user gets a short apology, the error is logged, and the next question is answered', async () => {
    const failed = await command('explode redmi in italy', 'UERR00001');
    expect(failed.response_type).toBe('ephemeral');
    expect(failed.text).toMatch(/^Sorry, something went wrong/);
    expect(JSON.stringify(failed)).not.toContain('catalog on fire');
    const logged = h.logs.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.msg === 'slack handler failed');
    expect(logged).toMatchObject({ level: 50, handler: 'command', user: 'UERR00001', err: { message: 'catalog on fire' } });

    const next = await command('redmi in italy', 'UERR00001');
    expect(blockText(next)).toContain('Redmi smartphones — ');
  });

  test('WHEN Slack refuses the reply to a mention THEN the asker gets an ephemeral apology and later mentions are answered', async () => {
    h.fake.reply('chat.postMessage', () => ({ ok: false, error: 'channel_not_found' }));
    const before = h.fake.callsTo('chat.postEphemeral').length;
    await mention('redmi in italy', 'UERR00002');
    const apology = await nthPost(h.fake, before, 'chat.postEphemeral');
    expect(apology).toMatchObject({ user: 'UERR00002' });
    expect(apology.text).toMatch(/^Sorry/);
    h.fake.reply('chat.postMessage', undefined);

    const posted = h.fake.callsTo('chat.postMessage').length;
    await mention('redmi in spain', 'UERR00002');
    const answer = await nthPost(h.fake, posted);
    expect(blockText(answer)).toContain('Redmi smartphones — ');
  });
});

describe('GIVEN a user asking faster than the limit', () => {
  test('WHEN commands pass the limit THEN the extra one gets "too many questions", other users are still answered', async () => {
    for (let i = 0; i < LIMIT; i++) expect(blockText(await command('redmi in italy', 'UFLOOD001'))).toContain('Redmi');
    const limited = await command('redmi in italy', 'UFLOOD001');
    expect(limited.text).toMatch(/^Too many questions/);
    expect(blockText(await command('redmi in italy', 'UCALM0001'))).toContain('Redmi');
  });

  test('WHEN a Spanish or a German asker passes the limit THEN the notice is in the language of the question', async () => {
    for (let i = 0; i < LIMIT; i++) await command('¿redmi en italia?', 'UFLOODES1');
    expect((await command('¿y en España?', 'UFLOODES1')).text).toBe(SLACK_WORDS.es.slowDown);
    for (let i = 0; i < LIMIT; i++) await command('gibt es redmi in italien?', 'UFLOODDE1');
    expect((await command('und in Spanien?', 'UFLOODDE1')).text).toBe(SLACK_WORDS.de.slowDown);
  });

  test('WHEN mentions flood THEN only LIMIT are answered and a single ephemeral notice is sent', async () => {
    const posts = h.fake.callsTo('chat.postMessage').length;
    const notices = h.fake.callsTo('chat.postEphemeral').length;
    for (let i = 0; i < LIMIT + 3; i++) await mention(`redmi in italy ${i}`, 'UFLOOD002');
    await h.fake.settle();
    expect(h.fake.callsTo('chat.postMessage').length - posts).toBe(LIMIT);
    const sent = h.fake.callsTo('chat.postEphemeral').slice(notices);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.args).toMatchObject({ user: 'UFLOOD002' });
    expect(String(sent[0]?.args.text)).toMatch(/^Too many questions/);
  });
});

describe('GIVEN the debug log of everything above', () => {
  test('THEN it holds Bolt lines but no token, signing secret or verification token', () => {
    const all = h.logs.join('\n');
    expect(all).toContain('"lib":"bolt"');
    for (const secret of [SECRETS.botToken, SECRETS.signingSecret, VERIFICATION_TOKEN]) expect(all).not.toContain(secret);
  });
});

describe('GIVEN Slack refuses the bot token at start', () => {
  test('THEN the start fails with a ConfigError naming SLACK_BOT_TOKEN, without the token', async () => {
    const failed = startHarness({ catalogFile: catalog.file, mode: 'http', prepare: (fake) => fake.reply('auth.test', () => ({ ok: false, error: 'invalid_auth' })) });
    await expect(failed).rejects.toThrow(ConfigError);
    await expect(failed).rejects.toThrow('SLACK_BOT_TOKEN: Slack refused it (invalid_auth)');
    await failed.catch((err: Error) => expect(err.message).not.toContain(SECRETS.botToken));
  });
});

describe('GIVEN a running HTTP app', () => {
  test('WHEN stopped THEN its port stops taking requests', async () => {
    const other = await startHarness({ catalogFile: catalog.file, mode: 'http' });
    const before = await sendSigned(other.eventsUrl, asForm(slashCommand('redmi in italy', other.fake.responseUrl('x'))), FORM, signed);
    expect(before.status).toBe(200);
    await other.stop();
    await expect(fetch(other.eventsUrl, { method: 'POST', body: '' })).rejects.toThrow();
  });
});

describe('GIVEN the HTTP port is taken', () => {
  test('THEN the start fails with one line naming PORT', async () => {
    const squatter = createServer().listen(0, '127.0.0.1');
    await once(squatter, 'listening');
    const taken = (squatter.address() as AddressInfo).port;
    try {
      await expect(startHarness({ catalogFile: catalog.file, mode: 'http', port: taken })).rejects.toThrow(`PORT: ${taken} is already in use`);
    } finally {
      squatter.close();
    }
  });
});
