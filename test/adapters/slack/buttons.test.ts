// Buttons on Slack, end to end through Bolt against the fake: Slack shows a
// channel's buttons to everyone, so only the asker may press them; and a
// button carries what it stands for, so another copy of the bot (which never
// saw the question) answers its press.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BOT } from '../../fakes/slack/fakeSlack.js';
import { asForm, asPayload, FORM, JSON_TYPE, sendSigned } from '../../fakes/slack/signed.js';
import { appMention, blockActions, CHANNEL, eventCallback, slashCommand } from '../../fixtures/slack/payloads.js';
import { blockText, button, buttons, label, nthPost, type Message } from './answers.js';
import { buildCatalog, SECRETS, startHarness, type Catalog, type Harness } from './harness.js';

let catalog: Catalog;
let a: Harness;
let b: Harness;

beforeAll(async () => {
  catalog = await buildCatalog();
  a = await startHarness({ catalogFile: catalog.file, mode: 'http' });
  b = await startHarness({ catalogFile: catalog.file, mode: 'http' });
});
afterAll(async () => {
  await a?.stop();
  await b?.stop();
  catalog?.remove();
});

const signed = { secret: SECRETS.signingSecret };
const press = (h: Harness, payload: object) => sendSigned(h.eventsUrl, asPayload(payload), FORM, signed);
const responses = (h: Harness, id: string) => h.fake.responded.filter((r) => r.id === id).map((r) => r.body as Message & Record<string, unknown>);
const OTHER = 'U0000OTHER';

describe('GIVEN a "which did you mean?" in a channel thread', () => {
  test('WHEN someone other than the asker presses a reading THEN only they are told, and the answer stays as it was', async () => {
    const before = a.fake.callsTo('chat.postMessage').length;
    // Words that show the language: a bare "mi" would be answered in the catalog's (Italian).
    const mention = appMention(`<@${BOT.userId}> where is mi?`);
    await sendSigned(a.eventsUrl, JSON.stringify(eventCallback(mention)), JSON_TYPE, signed);
    const asked = await nthPost(a.fake, before);
    const phones = button(asked, 'pick:0');
    const where = { ephemeral: false as const, channel: CHANNEL.id, ts: '1700009999.000002', thread_ts: String(mention.ts) };
    const res = await press(a, blockActions({ action_id: 'pick:0', value: phones.value ?? '', text: label(phones) }, a.fake.responseUrl('other-press'), where, OTHER));
    expect(res.status).toBe(200);
    const told = await a.fake.waitFor(() => responses(a, 'other-press')[0], 'the note to the other user');
    expect(told.response_type).toBe('ephemeral');
    expect(told.replace_original).toBe(false);
    expect(told.text).toContain('Only the person who asked');
    // The asker's own press still works.
    await press(a, blockActions({ action_id: 'pick:0', value: phones.value ?? '', text: label(phones) }, a.fake.responseUrl('own-press'), where));
    const answered = await a.fake.waitFor(() => responses(a, 'own-press')[0], 'the picked reading');
    expect(answered.replace_original).toBe(true);
    expect(blockText(answered)).toContain('Mi smartphones — ');
    expect(responses(a, 'other-press')).toHaveLength(1);
  });

  test('WHEN a value carries no asker (a button from before) or is forged THEN the press says it has expired', async () => {
    for (const value of ['r=mi-store;i=list;l=en', 'u=U0000ASKER;r=<@U1>;l=en']) {
      await press(a, blockActions({ action_id: 'pick:0', value, text: 'Mi Store' }, a.fake.responseUrl(`old-${value.length}`), { ephemeral: true }));
      const told = await a.fake.waitFor(() => responses(a, `old-${value.length}`)[0], 'the expired note');
      expect(told.text).toContain('expired');
    }
  });
});

describe('GIVEN an ephemeral answer with its Share button', () => {
  test('WHEN the press reaches another copy of the bot THEN that copy posts the answer for the channel, once', async () => {
    const res = await sendSigned(a.eventsUrl, asForm(slashCommand('where is redmi sold?', a.fake.responseUrl('asked-on-a'))), FORM, signed);
    const reply = res.json as Message;
    const share = button(reply, 'share');
    expect(share.value).not.toMatch(/[<>]/);
    const pressOnB = () => press(b, blockActions({ action_id: 'share', value: share.value ?? '', text: label(share) }, b.fake.responseUrl('share-on-b'), { ephemeral: true }));
    expect((await pressOnB()).status).toBe(200);
    const [shared, removed] = await b.fake.waitFor(() => (responses(b, 'share-on-b').length >= 2 ? responses(b, 'share-on-b') : undefined), 'the shared answer');
    expect(shared?.response_type).toBe('in_channel');
    expect(shared?.blocks).toEqual((reply.blocks ?? []).filter((x) => x.type !== 'actions'));
    expect(buttons(shared!)).toHaveLength(0);
    expect(removed).toEqual({ delete_original: true });
    // Delivered again to the same copy: told, not posted twice.
    await pressOnB();
    const again = await b.fake.waitFor(() => responses(b, 'share-on-b')[2], 'the answer to a second press');
    expect(again.response_type).toBe('ephemeral');
    expect(again.text).toContain('expired');
  });

  test('WHEN someone else presses it (a forged press) THEN nothing is posted for the channel', async () => {
    const res = await sendSigned(a.eventsUrl, asForm(slashCommand('redmi in italy?', a.fake.responseUrl('asked-2'))), FORM, signed);
    const share = button(res.json as Message, 'share');
    await press(a, blockActions({ action_id: 'share', value: share.value ?? '', text: label(share) }, a.fake.responseUrl('forged-share'), { ephemeral: true }, OTHER));
    const told = await a.fake.waitFor(() => responses(a, 'forged-share')[0], 'the note');
    expect(told.response_type).toBe('ephemeral');
    expect(told.text).toContain('Only the person who asked');
    expect(responses(a, 'forged-share')).toHaveLength(1);
  });
});
