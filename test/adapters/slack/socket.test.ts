// The Slack app end to end over Socket Mode: the fake hands out a ws:// URL
// from apps.connections.open, says hello, sends envelopes, and reads the acks
// the app sends back over the socket.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ConfigError } from '../../../adapters/shared/config.js';
import { BOT } from '../../fakes/slack/fakeSlack.js';
import {
  appMention, blockActions, CHANNEL, directMessage, DM, eventCallback, slashCommand, VERIFICATION_TOKEN,
} from '../../fixtures/slack/payloads.js';
import { blockText, button, label, nthPost, type Message } from './answers.js';
import { buildCatalog, SECRETS, startHarness, type Catalog, type Harness } from './harness.js';

let catalog: Catalog;
let h: Harness;

beforeAll(async () => {
  catalog = await buildCatalog();
  h = await startHarness({ catalogFile: catalog.file, mode: 'socket', logLevel: 'debug' });
});

afterAll(async () => {
  await h?.stop();
  catalog?.remove();
});

const posts = () => h.fake.callsTo('chat.postMessage').length;

describe('GIVEN the app connects over Socket Mode', () => {
  test('THEN it opens the connection with the app token and checks the bot token once', () => {
    expect(h.running.port).toBeNull();
    expect(h.fake.callsTo('apps.connections.open')[0]?.authorization).toBe(`Bearer ${SECRETS.appToken}`);
    expect(h.fake.callsTo('auth.test').map((c) => c.authorization)).toEqual([`Bearer ${SECRETS.botToken}`]);
    expect(h.fake.socketCount).toBe(1);
  });

  test('WHEN a slash command envelope arrives THEN its ack carries the answer', async () => {
    const ack = await h.fake.envelope('slash_commands', slashCommand('can i buy a redmy at thre in sweeden?', h.fake.responseUrl('s1')));
    const reply = ack.payload as Message;
    expect(reply.response_type).toBe('ephemeral');
    expect(blockText(reply)).toMatch(/\*Yes[:,]/);
    expect(blockText(reply)).toContain('Redmi smartphones — 3 Store (Sweden)');
    expect(label(button(reply, 'share'))).toBe('Share in channel');
  });

  test('WHEN a mention arrives THEN the answer is posted in its thread', async () => {
    const before = posts();
    const mention = appMention(`<@${BOT.userId}> where is mi sold?`);
    const ack = await h.fake.envelope('events_api', eventCallback(mention));
    expect(ack.envelope_id).toMatch(/^env-/);
    const reply = await nthPost(h.fake, before);
    expect(reply).toMatchObject({ channel: CHANNEL.id, thread_ts: mention.ts });
    expect(blockText(reply)).toContain('Mi smartphones — Amazon (Spain)');
  });

  test('WHEN Slack re-sends an event (retry_attempt) THEN it is acked again but answered once', async () => {
    const before = posts();
    const body = eventCallback(appMention(`<@${BOT.userId}> redmi in italy`));
    await h.fake.envelope('events_api', body, { retry_attempt: 0, retry_reason: '' });
    await nthPost(h.fake, before);
    const again = await h.fake.envelope('events_api', body, { retry_attempt: 1, retry_reason: 'timeout' });
    expect(again.envelope_id).toBeTruthy();
    await h.fake.settle();
    expect(posts()).toBe(before + 1);
  });

  test('WHEN a DM in Italian arrives THEN the reply is in Italian, in the DM', async () => {
    const before = posts();
    await h.fake.envelope('events_api', eventCallback(directMessage('dove si vende redmi?')));
    const reply = await nthPost(h.fake, before);
    expect(reply.channel).toBe(DM);
    expect(blockText(reply)).toContain('Smartphone Redmi — Amazon (Spagna)');
    expect(blockText(reply)).toContain('Fonte: ');
  });

  test('WHEN a reading is picked (interactive envelope) THEN that reading is answered through the response URL', async () => {
    const ack = await h.fake.envelope('slash_commands', slashCommand('mi', h.fake.responseUrl('s-pick')));
    const store = button(ack.payload as Message, 'pick:1');
    expect(label(store)).toBe('Mi Store');
    await h.fake.envelope('interactive', blockActions({ action_id: 'pick:1', value: store.value ?? '', text: label(store) }, h.fake.responseUrl('s-pick'), { ephemeral: true }));
    const answered = await h.fake.waitFor(() => h.fake.responded.find((r) => r.id === 's-pick')?.body as Message | undefined, 'the picked reading');
    expect(blockText(answered)).toContain('Mi Store (');
  });

  test('THEN the debug log, which echoes payloads, holds no token and no verification token', () => {
    const all = h.logs.join('\n');
    expect(all).toContain('Received a message on the WebSocket');
    for (const secret of [SECRETS.botToken, SECRETS.appToken, VERIFICATION_TOKEN]) expect(all).not.toContain(secret);
  });
});

describe('GIVEN a running Socket Mode app', () => {
  test('WHEN stopped THEN it closes its socket', async () => {
    const other = await startHarness({ catalogFile: catalog.file, mode: 'socket' });
    expect(other.fake.socketCount).toBe(1);
    await other.running.stop();
    await other.fake.waitFor(() => (other.fake.socketCount === 0 ? true : undefined), 'the socket closing');
    await other.fake.close();
  });

  test('WHEN Slack refuses the app token THEN the start fails naming SLACK_APP_TOKEN', async () => {
    const failed = startHarness({ catalogFile: catalog.file, mode: 'socket', prepare: (fake) => fake.reply('apps.connections.open', () => ({ ok: false, error: 'invalid_auth' })) });
    await expect(failed).rejects.toThrow(ConfigError);
    await expect(failed).rejects.toThrow('SLACK_APP_TOKEN: Slack refused it (invalid_auth)');
  });
});
