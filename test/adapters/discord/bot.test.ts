// End to end through the real discord.js Client: a fake Discord on 127.0.0.1
// sends gateway events; the assertions are on what the fake receives back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GatewayIntentBits } from 'discord.js';
import { startBot } from '../../../adapters/discord/bot.js';
import { ConfigError } from '../../../adapters/shared/config.js';
import { createLogger } from '../../../adapters/shared/logger.js';
import { FakeDiscord, type Recorded } from '../../fakes/discord/fakeDiscord.js';
import {
  IDS, TOKEN, autocomplete, botMessage, buttonPress, dmMessage, guildMessage, options, slashCommand, user,
} from '../../fixtures/discord/payloads.js';
import { MARKDOWN_NOTE, startHarness, type Harness } from './harness.js';
import { MemoryStore } from '../../../adapters/state/memory.js';

const EPHEMERAL = 64;
let h: Harness;
let people = 0;
/** A new user per test, so rate limits and conversations never leak between tests. */
const someone = (name = 'user') => user(`13000000000000${String(++people).padStart(5, '0')}`, `${name}${people}`);

beforeAll(async () => {
  h = await startHarness({ rateLimit: { max: 3, windowMs: 60_000 } });
});
afterAll(async () => {
  await h?.stop();
});

/** Dispatches an interaction and returns the body of its callback. */
async function interact(payload: { id: string }): Promise<{ body: any; ms: number }> {
  const from = h.fake.requests.length;
  const sent = performance.now();
  h.fake.dispatch('INTERACTION_CREATE', payload);
  const r = await h.fake.waitForRequest((q) => q.path.startsWith(`/interactions/${payload.id}/`), 4000, from);
  return { body: r.body, ms: r.at - sent };
}

/** Dispatches a message and returns the bot's reply to it. */
async function say(payload: { id: string; channel_id: string }): Promise<Recorded> {
  const from = h.fake.requests.length;
  h.fake.dispatch('MESSAGE_CREATE', payload);
  return h.fake.waitForRequest((q) => q.path === `/channels/${payload.channel_id}/messages` && q.body?.message_reference?.message_id === payload.id, 4000, from);
}

const fieldNames = (body: any): string[] => body.embeds[0].fields?.map((f: any) => f.name) ?? [];

describe('Discord bot through discord.js against a fake Discord', () => {
  it('GIVEN the start THEN it identifies with Guilds, GuildMessages and DirectMessages only, JSON and no compression', () => {
    expect(h.fake.identifies).toHaveLength(1);
    const intents = h.fake.identifies[0].intents as number;
    expect(intents).toBe(GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.DirectMessages);
    expect(intents & GatewayIntentBits.MessageContent).toBe(0);
    expect(h.fake.identifies[0].token).toBe(TOKEN);
    const query = h.fake.gatewayQueries[0]!;
    expect(query.get('v')).toBe('10');
    expect(query.get('encoding')).toBe('json');
    expect(query.has('compress')).toBe(false);
    const gateway = h.fake.requests.find((r) => r.path === '/gateway/bot')!;
    expect(gateway.auth).toBe(`Bot ${TOKEN}`);
  });

  it('GIVEN /availability with a misspelt question THEN a public embed says yes for 3 Store in Sweden', async () => {
    const { body, ms } = await interact(slashCommand({ user: someone(), options: options({ question: 'can i buy a redmy at thre in sweeden?' }) }));
    expect(body.type).toBe(4);
    expect((body.data.flags ?? 0) & EPHEMERAL).toBe(0);
    const embed = body.data.embeds[0];
    expect(embed.title).toMatch(/^Yes[:,]/);
    expect(fieldNames(body.data)).toEqual(['3 Store · Sweden']);
    expect(embed.fields[0].value).toMatch(/^Redmi smartphones: announced on 3 May 2018/);
    expect(embed.footer.text).toMatch(/^Source: .+ \(3 May 2018\)\.$/);
    expect(body.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(ms).toBeLessThan(2500);
  });

  it('GIVEN private:true THEN the answer is ephemeral', async () => {
    const { body } = await interact(slashCommand({ user: someone(), options: options({ question: 'where is redmi sold?', private: true }) }));
    expect(body.type).toBe(4);
    expect(body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(body.data.embeds[0].title).toBe('What the data holds for Redmi smartphones:');
  });

  it('GIVEN a typo in the country picker THEN autocomplete offers Sweden, within the limits, fast', async () => {
    const { body, ms } = await interact(autocomplete({ user: someone(), options: options({ country: 'swee' }, 'country') }));
    expect(body.type).toBe(8);
    const choices = body.data.choices as { name: string; value: string }[];
    expect(choices[0]).toEqual({ name: 'Sweden', value: 'SE' });
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const c of choices) expect(Math.max(c.name.length, c.value.length)).toBeLessThanOrEqual(100);
    expect(ms).toBeLessThan(1000);
  });

  it('GIVEN an Italian user typing a retailer THEN the choices come from the core, names in Italian where they differ', async () => {
    const { body } = await interact(autocomplete({ user: someone(), locale: 'it', options: options({ product: 'redmi-phones', country: 'sve' }, 'country') }));
    expect(body.data.choices[0]).toEqual({ name: 'Svezia', value: 'SE' });
    const retailers = await interact(autocomplete({ user: someone(), options: options({ retailer: 'media' }, 'retailer') }));
    expect(retailers.body.data.choices.map((c: any) => c.value)).toContain('mediaworld');
  });

  it('GIVEN picked and typed options THEN the typed values are resolved again when the command runs', async () => {
    // product picked from the list (its id); retailer and country typed without picking.
    const { body } = await interact(slashCommand({ user: someone(), options: options({ product: 'redmi-phones', retailer: 'mediawrld', country: 'Italy' }) }));
    expect(body.data.embeds[0].title).toMatch(/^Yes[:,]/);
    expect(fieldNames(body.data)).toEqual(['MediaWorld · Italy']);
  });

  it('GIVEN only structured options and an Italian locale THEN the answer is in Italian', async () => {
    const { body } = await interact(slashCommand({ user: someone(), locale: 'it', options: options({ product: 'redmi-phones', retailer: 'three', country: 'SE' }) }));
    const embed = body.data.embeds[0];
    expect(embed.title).toMatch(/^Sì[:,]/);
    expect(fieldNames(body.data)).toEqual(['3 Store · Svezia']);
    expect(embed.fields[0].value).toMatch(/annunciato il 3 maggio 2018/);
    expect(embed.footer.text).toMatch(/^Fonte: .+ \(3 maggio 2018\)\.$/);
  });

  it.each([
    ['es-ES', /^Sí[:,]/, '3 Store · Suecia', /anunciado el 3 de mayo de 2018/, /^Fuente: .+ \(3 de mayo de 2018\)\.$/],
    ['es-419', /^Sí[:,]/, '3 Store · Suecia', /anunciado el 3 de mayo de 2018/, /^Fuente: /],
    ['de', /^Ja[:,]/, '3 Store · Schweden', /angekündigt am 3\. Mai 2018/, /^Quelle: .+ \(3\. Mai 2018\)\.$/],
  ])('GIVEN only structured options and the locale %s THEN the answer is wholly in that language', async (locale, title, field, status, footer) => {
    const { body } = await interact(slashCommand({ user: someone(), locale, options: options({ product: 'redmi-phones', retailer: 'three', country: 'SE' }) }));
    const embed = body.data.embeds[0];
    expect(embed.title).toMatch(title);
    expect(fieldNames(body.data)).toEqual([field]);
    expect(embed.fields[0].value).toMatch(status);
    expect(embed.footer.text).toMatch(footer);
  });

  it('GIVEN a question of names only THEN the user\'s locale decides its language; words that show one win over it', async () => {
    const bare = await interact(slashCommand({ user: someone(), locale: 'de', options: options({ question: 'Redmi, SE?' }) }));
    expect(bare.body.data.embeds[0].title).toMatch(/^Ja[:,]/);
    const worded = await interact(slashCommand({ user: someone(), locale: 'de', options: options({ question: '¿venden Redmi en Suecia?' }) }));
    expect(worded.body.data.embeds[0].title).toMatch(/^Sí[:,]/);
  });

  it('GIVEN a German user typing a country THEN the choices are in German', async () => {
    const { body } = await interact(autocomplete({ user: someone(), locale: 'de', options: options({ product: 'redmi-phones', country: 'schwe' }, 'country') }));
    expect(body.data.choices.map((c: any) => c.name)).toContain('Schweden');
  });

  it('GIVEN an ambiguous question THEN buttons ask back, only the asker may press, and a press answers that reading', async () => {
    const asker = someone('asker');
    const ask = slashCommand({ user: asker, options: options({ question: 'mi' }) });
    const { body } = await interact(ask);
    const buttons = body.data.components.flatMap((row: any) => row.components);
    expect(body.data.components.every((row: any) => row.components.length <= 5)).toBe(true);
    expect(buttons.map((b: any) => b.label)).toEqual(['Mi smartphones', 'Mi Store']);
    for (const b of buttons) expect(b.custom_id.length).toBeLessThanOrEqual(100);
    const message = h.fake.originalOf(ask.token)!;
    const store = buttons.find((b: any) => b.label === 'Mi Store');

    const stranger = await interact(buttonPress({ user: someone('stranger'), customId: store.custom_id, message }));
    expect(stranger.body.type).toBe(4);
    expect(stranger.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(stranger.body.data.content).toMatch(/^(Only the person who asked|Solo chi ha fatto la domanda)/);

    const pressed = await interact(buttonPress({ user: asker, customId: store.custom_id, message }));
    expect(pressed.body.type).toBe(7);
    expect(pressed.body.data.components).toEqual([]);
    expect(pressed.body.data.embeds[0].fields.map((f: any) => f.name.split(' · ')[0])).toEqual(expect.arrayContaining(['Mi Store']));
    expect(pressed.body.data.embeds[0].fields.every((f: any) => f.name.startsWith('Mi Store · '))).toBe(true);
    expect(pressed.body.data.allowed_mentions.parse).toEqual([]);
  });

  it('GIVEN a command or a button the bot does not know THEN the user is told at once, privately, instead of left waiting', async () => {
    const { body } = await interact(slashCommand({ user: someone(), name: 'oldcommand', options: [] }));
    expect(body.type).toBe(4);
    expect(body.data.flags).toBe(EPHEMERAL);
    expect(body.data.content).toContain('/availability');
    const presser = someone();
    // Another app's, a malformed one of ours, and one of ours whose long reading is no longer kept.
    for (const customId of ['other-app:button', 'avail:q:notanid:l=en', `avail:k:${presser.id}:gone`]) {
      const pressed = await interact(buttonPress({ user: presser, customId, message: botMessage(IDS.channel, { content: 'x' }) }));
      expect(pressed.body.type).toBe(4);
      expect(pressed.body.data.flags).toBe(EPHEMERAL);
      expect(pressed.body.data.content).toMatch(/any more|expired/);
    }
  });

  it('GIVEN a mention in a channel THEN the bot replies to that message, pinging nobody', async () => {
    const msg = guildMessage({ author: someone(), content: 'can i buy a redmy at thre in sweeden?' });
    const reply = await say(msg);
    expect(reply.body.message_reference.message_id).toBe(msg.id);
    expect(reply.body.embeds[0].title).toMatch(/^Yes[:,]/);
    expect(fieldNames(reply.body)).toEqual(['3 Store · Sweden']);
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('GIVEN a DM THEN the bot replies in the DM', async () => {
    const msg = dmMessage({ author: someone(), content: 'is redmi sold at mediaworld in italy?' });
    const reply = await say(msg);
    expect(reply.path).toBe(`/channels/${IDS.dmChannel}/messages`);
    expect(reply.body.embeds[0].title).toMatch(/^Yes[:,]/);
    expect(fieldNames(reply.body)).toEqual(['MediaWorld · Italy']);
    expect(reply.body.allowed_mentions.parse).toEqual([]);
  });

  it('GIVEN a slash command in a DM, or a bare mention THEN both are answered (the latter with help)', async () => {
    const { body } = await interact(slashCommand({ user: someone(), dm: true, options: options({ question: 'where is redmi sold?' }) }));
    expect(body.data.embeds[0].title).toBe('What the data holds for Redmi smartphones:');
    const bare = await say(guildMessage({ author: someone(), content: '' }));
    expect(bare.body.embeds[0].description).toMatch(/^Try: /);
  });

  it('GIVEN a follow-up in the same channel by the same user THEN it continues the conversation', async () => {
    const asker = someone();
    await say(guildMessage({ author: asker, content: 'can i buy a redmy at thre in sweeden?' }));
    const follow = await say(guildMessage({ author: asker, content: 'and in Denmark?' }));
    expect(follow.body.embeds[0].title).toMatch(/^Yes[:,]/);
    expect(fieldNames(follow.body)).toEqual(['3 Store · Denmark']);
    expect(follow.body.embeds[0].fields[0].value).toMatch(/^Redmi smartphones:/);
    // Another channel is another conversation.
    const elsewhere = await say(guildMessage({ author: asker, content: 'and in Denmark?', channelId: IDS.otherChannel }));
    expect(elsewhere.body.embeds[0].title).not.toMatch(/^Yes[:,]/);
    expect(JSON.stringify(elsewhere.body.embeds[0].fields)).toContain('Mi smartphones');
  });

  it('GIVEN an Italian question THEN the answer is Italian', async () => {
    const reply = await say(guildMessage({ author: someone(), content: 'posso comprare redmi da 3 in svezia?' }));
    expect(reply.body.embeds[0].title).toMatch(/^Sì[:,]/);
    expect(fieldNames(reply.body)).toEqual(['3 Store · Svezia']);
  });

  it('GIVEN @everyone and a role mention in the question THEN nobody is pinged and nothing renders as a mention', async () => {
    const reply = await say(guildMessage({ author: someone(), content: '@everyone <@&123> can i buy redmi at star shop in spain? @here' }));
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const raw = JSON.stringify(reply.body.embeds);
    expect(raw).not.toMatch(/@everyone|@here|(?<!\\\\)<@&/);
    // The catalog row is full of markdown: it shows as written.
    const field = reply.body.embeds[0].fields[0];
    expect(field.name).toBe('Star\\_\\*Shop\\* · Spain');
    expect(field.value).toContain('\\*\\*sale\\*\\* @\u200beveryone \\<@&42> \\_now\\_ \\|\\|spoiler\\|\\| \\`code\\`');
    expect(MARKDOWN_NOTE).toContain('@everyone');
  });

  it('GIVEN messages that do not mention the bot, or come from a bot THEN they get no reply', async () => {
    const author = someone();
    const ignored = [guildMessage({ author, content: 'redmi in sweden?', mentionBot: false }), guildMessage({ author: { ...someone(), bot: true }, content: 'redmi?' })];
    const from = h.fake.requests.length;
    for (const m of ignored) h.fake.dispatch('MESSAGE_CREATE', m);
    // Gateway events are handled in order: once this one is answered, the ones before it were seen.
    await say(guildMessage({ author, content: 'redmi in sweden?' }));
    const replies = h.fake.requests.slice(from).filter((r) => r.path.startsWith('/channels/'));
    expect(replies).toHaveLength(1);
  });

  it('GIVEN a user over the rate limit THEN the bot says so politely instead of answering', async () => {
    const busy = someone('busy');
    for (let i = 0; i < 3; i++) {
      const ok = await say(guildMessage({ author: busy, content: 'where is redmi sold?' }));
      expect(ok.body.embeds[0].title).toMatch(/Redmi/);
    }
    const limited = await say(guildMessage({ author: busy, content: 'where is redmi sold?' }));
    expect(limited.body.embeds ?? []).toEqual([]);
    expect(limited.body.content).toMatch(/wait a few seconds/);
    expect(limited.body.allowed_mentions.parse).toEqual([]);
    // Told once: further messages in the window get no reply, so the notices are no flood either.
    const from = h.fake.requests.length;
    h.fake.dispatch('MESSAGE_CREATE', guildMessage({ author: busy, content: 'where is redmi sold?' }));
    await say(guildMessage({ author: someone(), content: 'where is redmi sold?' }));
    expect(h.fake.requests.slice(from).filter((r) => r.path.startsWith('/channels/'))).toHaveLength(1);
    const slash = await interact(slashCommand({ user: busy, locale: 'it', options: options({ question: 'redmi?' }) }));
    expect(slash.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(slash.body.data.content).toMatch(/Troppe domande/);
    // Someone else is not limited.
    const other = await say(guildMessage({ author: someone(), content: 'where is redmi sold?' }));
    expect(other.body.embeds[0].title).toMatch(/Redmi/);
  });

  it('GIVEN a handler that fails THEN the user gets a short apology, the error is logged without the token, and the next question is answered', async () => {
    h.failNextAnswer();
    const failed = await interact(slashCommand({ user: someone(), options: options({ question: 'where is redmi sold?' }) }));
    expect(failed.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(failed.body.data.content).toBe('Sorry, something went wrong on my side. Please try again in a moment.');
    const logged = h.logs.map((l) => JSON.parse(l)).find((l) => l.msg === 'discord handler failed');
    expect(logged).toMatchObject({ handler: 'command', err: { message: 'core failed on purpose' } });
    const next = await interact(slashCommand({ user: someone(), options: options({ question: 'can i buy a redmy at thre in sweeden?' }) }));
    expect(next.body.data.embeds[0].title).toMatch(/^Yes[:,]/);
  });

  it('GIVEN Discord refuses to let the bot write in a channel THEN the REST error is logged, not thrown, and the bot keeps answering', async () => {
    h.fake.failNext('POST', /^\/channels\/\d+\/messages$/, 403, { message: 'Missing Permissions', code: 50013 }, 2);
    const msg = guildMessage({ author: someone(), content: 'where is redmi sold?' });
    const from = h.fake.requests.length;
    h.fake.dispatch('MESSAGE_CREATE', msg);
    // The answer and the apology are both refused.
    await h.fake.waitForRequest((r) => r.body?.content?.startsWith('Sorry'), 4000, from);
    await expect.poll(() => h.logs.some((l) => l.includes('discord apology failed')), { timeout: 2000 }).toBe(true);
    const failure = h.logs.map((l) => JSON.parse(l)).find((l) => l.msg === 'discord handler failed' && l.handler === 'message');
    expect(failure.err.message).toMatch(/Missing Permissions/);
    const next = await say(guildMessage({ author: someone(), content: 'where is redmi sold?' }));
    expect(next.body.embeds[0].title).toMatch(/Redmi/);
  });

  it('GIVEN everything the bot sent THEN every reply pinged nobody, no token reached the logs, and heartbeats were acknowledged', async () => {
    const replies = h.fake.requests.filter((r) => (r.path.includes('/callback') && r.body.type !== 8) || r.path.endsWith('/messages'));
    expect(replies.length).toBeGreaterThan(15);
    for (const r of replies) {
      const data = r.path.includes('/callback') ? r.body.data : r.body;
      expect(data.allowed_mentions?.parse, `${r.method} ${r.path}`).toEqual([]);
    }
    expect(h.logs.join('')).not.toContain(TOKEN);
    expect(h.logs.join('')).not.toContain(TOKEN.split('.')[2]);
    await expect.poll(() => h.fake.heartbeats, { timeout: 2000 }).toBeGreaterThan(0);
    expect(h.fake.connections).toBe(1);
  });

  it('GIVEN stop THEN the client disconnects from the gateway', async () => {
    await h.bot.stop();
    await expect.poll(() => h.fake.connections, { timeout: 2000 }).toBe(0);
  });
});

describe('Discord bot start', () => {
  it('GIVEN a token Discord rejects THEN start fails with a ConfigError naming DISCORD_TOKEN', async () => {
    const fake = await FakeDiscord.start({ token: `${TOKEN}x` });
    const logs: string[] = [];
    try {
      const start = startBot({
        core: { answer: () => { throw new Error('unused'); }, turn: () => { throw new Error('unused'); }, suggest: () => [], info: () => ({ version: null, products: 0, retailers: 0, countries: 0, sources: 0, latest: null, facts: 0 }), close: () => {} },
        config: { token: TOKEN, applicationId: null, guildId: null, shards: 'off' },
        shared: { catalogDir: '', catalogDb: '', logLevel: 'info', memoryTtlMs: 1000, rateLimit: { max: 1, windowMs: 1000 } },
        logger: createLogger('info', [TOKEN], { write: (l: string) => { logs.push(l); } }),
        api: fake.api, fatal: () => {}, state: new MemoryStore(),
      });
      const err = await start.then(() => null, (e: unknown) => e);
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as ConfigError).key).toBe('DISCORD_TOKEN');
      expect((err as Error).message).not.toContain(TOKEN);
      expect(fake.identifies).toHaveLength(0);
    } finally {
      await fake.close();
    }
  });
});

