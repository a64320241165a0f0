// The Slack app end to end over HTTP: signed requests into Bolt's HTTPReceiver,
// Web API calls and response-URL posts out to the fake Slack on 127.0.0.1.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { decodeQuery } from '../../../adapters/shared/queryCodec.js';
import { BOT } from '../../fakes/slack/fakeSlack.js';
import { asForm, asPayload, FORM, JSON_TYPE, sendSigned } from '../../fakes/slack/signed.js';
import {
  appMention, blockActions, blockSuggestion, CHANNEL, directMessage, DM, eventCallback, globalShortcut, slashCommand, viewSubmission,
} from '../../fixtures/slack/payloads.js';
import { blockText, button, buttons, label, nthPost, type Message } from './answers.js';
import { buildCatalog, SECRETS, startHarness, type Catalog, type Harness } from './harness.js';

let catalog: Catalog;
let h: Harness;

beforeAll(async () => {
  catalog = await buildCatalog();
  h = await startHarness({ catalogFile: catalog.file, mode: 'http' });
});

afterAll(async () => {
  await h?.stop();
  catalog?.remove();
});

const signed = { secret: SECRETS.signingSecret };
const command = async (text: string, responseId = 'cmd', user?: string): Promise<Message> => {
  const res = await sendSigned(h.eventsUrl, asForm(slashCommand(text, h.fake.responseUrl(responseId), user)), FORM, signed);
  expect(res.status).toBe(200);
  return res.json as Message;
};
const event = (body: object, headers: Record<string, string> = {}) =>
  sendSigned(h.eventsUrl, JSON.stringify(body), JSON_TYPE, { ...signed, headers });
const press = (payload: object) => sendSigned(h.eventsUrl, asPayload(payload), FORM, signed);
const responses = (id: string) => h.fake.responded.filter((r) => r.id === id).map((r) => r.body as Message & Record<string, unknown>);
const posts = () => h.fake.callsTo('chat.postMessage').length;

describe('GIVEN a signed /availability command', () => {
  test('THEN the ack itself carries the answer, ephemeral, with its source and a share button', async () => {
    const question = 'can i buy a redmy at thre in sweeden?';
    const expected = h.core.answer(question);
    const reply = await command(question);
    expect(reply.response_type).toBe('ephemeral');
    const shown = blockText(reply);
    expect(shown).toContain(`*${expected.text.split('\n')[0]}*`);
    expect(shown).toContain('3 Store (Sweden)');
    expect(shown).toMatch(/Source: .* \(3 May 2018\)\./);
    expect(reply.text).toContain(expected.text.split('\n')[0]);
    expect(label(button(reply, 'share'))).toBe('Share in channel');
    // Nothing went through the Web API: the answer travelled in the HTTP response.
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  test('WHEN "Share in channel" is pressed THEN the same answer is posted for everyone, once', async () => {
    const reply = await command('where is redmi sold?', 'share-1');
    const share = button(reply, 'share');
    const res = await press(blockActions({ action_id: 'share', value: share.value ?? '', text: label(share) }, h.fake.responseUrl('share-1'), { ephemeral: true }));
    expect(res.status).toBe(200);
    const [shared, removed] = await h.fake.waitFor(() => (responses('share-1').length >= 2 ? responses('share-1') : undefined), 'the shared answer');
    expect(shared?.response_type).toBe('in_channel');
    expect(shared?.replace_original).toBe(false);
    const withoutButtons = (reply.blocks ?? []).filter((b) => b.type !== 'actions');
    expect(shared?.blocks).toEqual(withoutButtons);
    expect(buttons(shared!)).toHaveLength(0);
    expect(removed).toEqual({ delete_original: true });

    await press(blockActions({ action_id: 'share', value: share.value ?? '', text: label(share) }, h.fake.responseUrl('share-1'), { ephemeral: true }));
    const again = await h.fake.waitFor(() => responses('share-1')[2], 'the answer to a second press');
    expect(again.response_type).toBe('ephemeral');
    expect(again.text).toContain('expired');
  });

  test('WHEN the question holds <!channel> or <@U123> THEN they come back escaped, never as mentions', async () => {
    for (const text of ['<!channel> <@U123> can i buy redmi in italy & spain?', '&lt;!here&gt; &lt;@U123&gt; redmi in italy']) {
      const reply = await command(text);
      const raw = JSON.stringify(reply);
      expect(raw).not.toMatch(/<!(channel|here|everyone)>|<@U/);
      expect(blockText(reply)).toMatch(/&lt;!(channel|here)&gt; &lt;@U123&gt;/);
      expect(blockText(reply)).toContain('Redmi smartphones');
    }
  });

  test('WHEN the question is ambiguous ("mi") THEN buttons offer each reading, and a press answers the chosen one in place', async () => {
    const reply = await command('mi', 'pick-1');
    const choices = buttons(reply);
    expect(choices.map(label)).toEqual(['Mi smartphones', 'Mi Store']);
    expect(choices.every((c) => c.action_id?.startsWith('pick:'))).toBe(true);
    const store = choices[1]!;
    const picked = decodeQuery(store.value ?? '');
    expect(picked?.query.retailers).toEqual(['mi-store']);

    await press(blockActions({ action_id: store.action_id ?? '', value: store.value ?? '', text: label(store) }, h.fake.responseUrl('pick-1'), { ephemeral: true }));
    const answered = await h.fake.waitFor(() => responses('pick-1')[0], 'the picked reading');
    expect(answered.replace_original).toBe(true);
    const expected = h.core.answer(picked!.query, { language: picked!.language });
    expect(blockText(answered)).toContain(expected.text.split('\n')[0]);
    expect(blockText(answered)).toContain('Mi Store (');
    expect(label(button(answered, 'share'))).toBeTruthy();
  });

  test('WHEN the command comes without a question THEN it answers with help and examples, nothing to share', async () => {
    const reply = await command('');
    // Nothing to read the language from: the conversation's (English, from the commands before), else the catalog's.
    expect(blockText(reply)).toContain(h.core.answer('', { language: 'en' }).text.split('\n')[0]);
    expect(blockText(reply)).toMatch(/Try: “/);
    expect(buttons(reply)).toHaveLength(0);
  });

  test('WHEN the signature is wrong or the timestamp stale THEN 401 and nothing is answered', async () => {
    const body = asForm(slashCommand('redmi in italy', h.fake.responseUrl('bad')));
    const wrong = await sendSigned(h.eventsUrl, body, FORM, { secret: 'not-the-signing-secret' });
    expect(wrong.status).toBe(401);
    const stale = await sendSigned(h.eventsUrl, body, FORM, { ...signed, timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(stale.status).toBe(401);
    expect(wrong.text + stale.text).not.toContain('Redmi');
  });
});

describe('GIVEN a mention in a channel', () => {
  test('THEN the answer goes to the message thread, and a follow-up in that thread uses the conversation', async () => {
    const before = posts();
    const first = appMention(`<@${BOT.userId}> can I buy redmi at three in sweden?`);
    expect((await event(eventCallback(first))).status).toBe(200);
    const reply = await nthPost(h.fake, before);
    expect(reply.channel).toBe(CHANNEL.id);
    expect(reply.thread_ts).toBe(first.ts);
    expect(blockText(reply)).toContain('Redmi smartphones — 3 Store (Sweden)');

    await event(eventCallback(appMention(`<@${BOT.userId}> what about Denmark?`, { thread_ts: String(first.ts) })));
    const followUp = await nthPost(h.fake, before + 1);
    expect(followUp.thread_ts).toBe(first.ts);
    expect(blockText(followUp)).toContain('• Redmi smartphones — 3 Store (Denmark)');

    // The same words in another thread start a new conversation: every product in Denmark.
    await event(eventCallback(appMention(`<@${BOT.userId}> what about Denmark?`)));
    const elsewhere = await nthPost(h.fake, before + 2);
    expect(blockText(elsewhere)).toContain('• Mi smartphones, Redmi smartphones — 3 Store (Denmark)');
  });

  test('WHEN Slack delivers the same event again (x-slack-retry-num) THEN it is answered once', async () => {
    const before = posts();
    const body = eventCallback(appMention(`<@${BOT.userId}> redmi in italy`));
    await event(body);
    await nthPost(h.fake, before);
    const retried = await event(body, { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
    expect(retried.status).toBe(200);
    // A different event with the same words is a new question.
    await event(eventCallback(appMention(`<@${BOT.userId}> redmi in italy`)));
    await nthPost(h.fake, before + 1);
    await h.fake.settle();
    expect(posts()).toBe(before + 2);
  });

  test('WHEN the answer asks back THEN pressing a reading replaces the question in the thread', async () => {
    const before = posts();
    // Words that show the language: a bare "mi" would be answered in the catalog's (Italian).
    const mention = appMention(`<@${BOT.userId}> where is mi?`);
    await event(eventCallback(mention));
    const asked = await nthPost(h.fake, before);
    const phones = button(asked, 'pick:0');
    expect(label(phones)).toBe('Mi smartphones');
    await press(blockActions({ action_id: 'pick:0', value: phones.value ?? '', text: label(phones) }, h.fake.responseUrl('pick-thread'),
      { ephemeral: false, channel: CHANNEL.id, ts: '1700009999.000001', thread_ts: String(mention.ts) }));
    const answered = await h.fake.waitFor(() => responses('pick-thread')[0], 'the picked reading');
    expect(answered.replace_original).toBe(true);
    expect(blockText(answered)).toContain('Mi smartphones — ');
    expect(buttons(answered)).toHaveLength(0);
  });
});

describe('GIVEN a direct message', () => {
  test('THEN the reply goes to the DM, in the language of the question, and follow-ups continue it', async () => {
    const before = posts();
    await event(eventCallback(directMessage('posso comprare redmi da mediaworld in italia?')));
    const reply = await nthPost(h.fake, before);
    expect(reply.channel).toBe(DM);
    expect(reply.thread_ts).toBeUndefined();
    const shown = blockText(reply);
    expect(shown).toMatch(/\*Sì[:,]/);
    expect(shown).toMatch(/Fonte: .* \(3 maggio 2018\)\./);

    await event(eventCallback(directMessage('e da amazon?')));
    const followUp = await nthPost(h.fake, before + 1);
    expect(blockText(followUp)).toContain('Smartphone Redmi — Amazon (Italia)');
  });

  test('WHEN the message comes from a bot, this app, or is an edit THEN nothing is answered', async () => {
    const before = posts();
    await event(eventCallback(directMessage('redmi in italy?', { bot_id: 'BOTHER01', user: 'UOTHERBOT' })));
    await event(eventCallback(directMessage('redmi in italy?', { user: BOT.userId })));
    await event(eventCallback(directMessage('redmi in italy?', { subtype: 'message_changed' })));
    await event(eventCallback(appMention(`<@${BOT.userId}> redmi in italy?`, { bot_id: 'BOTHER01', user: 'UOTHERBOT' })));
    await h.fake.settle();
    expect(posts()).toBe(before);
  });
});

describe('GIVEN Slack checks the request URL', () => {
  test('THEN the challenge is echoed', async () => {
    const res = await event({ token: 'x', challenge: 'ch4ll3nge', type: 'url_verification' });
    expect(res.status).toBe(200);
    expect(res.text).toContain('ch4ll3nge');
  });
});


describe('GIVEN the "Check availability" shortcut', () => {
  interface Option { text: { text: string }; value: string }
  const suggest = async (actionId: string, typed: string, picked: Record<string, string> = {}): Promise<Option[]> => {
    const res = await press(blockSuggestion(actionId, typed, picked));
    expect(res.status).toBe(200);
    return (res.json as { options: Option[] }).options;
  };

  test('THEN a modal opens with a searchable menu for product, retailer and country', async () => {
    const res = await press(globalShortcut('check_availability'));
    expect(res.status).toBe(200);
    const opened = await h.fake.waitFor(() => h.fake.callsTo('views.open')[0]?.args, 'views.open');
    expect(opened.trigger_id).toBe('1000000004.1.abcdef');
    const view = opened.view as { callback_id: string; blocks: { block_id: string; element: { type: string } }[] };
    expect(view.callback_id).toBe('availability_modal');
    const menus = view.blocks.filter((b) => b.element.type === 'external_select').map((b) => b.block_id);
    expect(menus).toEqual(['product', 'retailer', 'country']);
  });

  test('WHEN the user types THEN the menus get fuzzy options from the core ("swee" → Sweden)', async () => {
    const countries = await suggest('country', 'swee');
    expect(countries[0]).toEqual({ text: { type: 'plain_text', text: 'Sweden', emoji: false }, value: 'SE' });
    expect((await suggest('product', 'redmy'))[0]?.value).toBe('redmi-phones');
    expect((await suggest('retailer', 'mediawrld'))[0]?.value).toBe('mediaworld');
    // With Italian chosen in the modal, names come in Italian.
    expect((await suggest('country', 'swee', { language: 'it' }))[0]?.text.text).toBe('Svezia');
  });

  test('WHEN the modal is submitted THEN the structured query is answered in the modal, in the chosen language', async () => {
    const res = await press(viewSubmission({ product: 'redmi-phones', retailer: 'three', country: 'SE', language: 'it' }));
    const ack = res.json as { response_action: string; view: { title: { text: string }; blocks: Message['blocks'] } };
    expect(ack.response_action).toBe('update');
    expect(ack.view.title.text).toBe('Disponibilità');
    const shown = blockText({ blocks: ack.view.blocks ?? [] });
    expect(shown).toMatch(/\*Sì[:,]/);
    expect(shown).toContain('Smartphone Redmi — 3 Store (Svezia)');
    expect(buttons({ blocks: ack.view.blocks ?? [] })).toHaveLength(0);
  });

  test('WHEN nothing is picked THEN the modal says what is missing', async () => {
    const res = await press(viewSubmission({ language: 'en' }));
    expect(res.json).toEqual({ response_action: 'errors', errors: { product: 'Pick at least a product, a retailer or a country.' } });
  });
});
