import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../adapters/discord/commands.js';
import { registerCommands } from '../../../adapters/discord/registerCommands.js';
import { FakeDiscord } from '../../fakes/discord/fakeDiscord.js';
import { IDS, TOKEN } from '../../fixtures/discord/payloads.js';

let fake: FakeDiscord;
beforeAll(async () => { fake = await FakeDiscord.start({ token: TOKEN }); });
afterAll(async () => { await fake?.close(); });

describe('registerCommands', () => {
  it('GIVEN a guild id THEN the commands are bulk-overwritten in that guild, and again identically', async () => {
    const route = `/applications/${IDS.bot}/guilds/${IDS.guild}/commands`;
    const first = await registerCommands({ token: TOKEN, applicationId: IDS.bot, guildId: IDS.guild, api: fake.api });
    const second = await registerCommands({ token: TOKEN, applicationId: IDS.bot, guildId: IDS.guild, api: fake.api });
    expect(first).toEqual({ scope: 'guild', names: ['availability'] });
    expect(second).toEqual(first);
    const puts = fake.requests.filter((r) => r.method === 'PUT');
    expect(puts.map((r) => r.path)).toEqual([route, route]);
    expect(puts[0]!.auth).toBe(`Bot ${TOKEN}`);
    expect(puts[0]!.body).toEqual(COMMANDS);
    expect(puts[1]!.body).toEqual(puts[0]!.body);
    expect(fake.commands.get(route)).toHaveLength(1);
  });

  it('GIVEN no guild id THEN they are registered globally, with the Italian, Spanish and German localizations', async () => {
    const done = await registerCommands({ token: TOKEN, applicationId: IDS.bot, guildId: null, api: fake.api });
    expect(done.scope).toBe('global');
    const put = fake.requests.filter((r) => r.method === 'PUT').at(-1)!;
    expect(put.path).toBe(`/applications/${IDS.bot}/commands`);
    expect(put.body[0].name_localizations).toEqual({ it: 'disponibilità', 'es-ES': 'disponibilidad', 'es-419': 'disponibilidad', de: 'verfügbarkeit' });
    expect(put.body[0].options.map((o: any) => o.name_localizations.it)).toEqual(['domanda', 'prodotto', 'negozio', 'paese', 'privato']);
    expect(put.body[0].options.map((o: any) => o.name_localizations['es-ES'])).toEqual(['pregunta', 'producto', 'tienda', 'país', 'privado']);
    expect(put.body[0].options.map((o: any) => o.name_localizations.de)).toEqual(['frage', 'produkt', 'händler', 'land', 'privat']);
  });

  it('GIVEN Discord refuses THEN the error says why, without the token', async () => {
    fake.failNext('PUT', /commands$/, 403, { message: 'Missing Access', code: 50001 });
    const err = await registerCommands({ token: TOKEN, applicationId: IDS.bot, guildId: IDS.guild, api: fake.api }).catch((e: Error) => e);
    expect((err as Error).message).toMatch(/Missing Access/);
    expect((err as Error).message).not.toContain(TOKEN);
  });
});
