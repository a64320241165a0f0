// The client's own default, under the renderer's: a message built anywhere
// else (a library path, a future handler) still pings nobody.
import { MessagePayload } from 'discord.js';
import { afterAll, expect, test } from 'vitest';
import { createClient } from '../../../adapters/discord/bot.js';

const client = createClient();
afterAll(async () => { await client.destroy(); });

test('GIVEN a message sent without allowed mentions of its own THEN discord.js sends parse: [] and no replied-user ping', () => {
  const payload = MessagePayload.create({ client } as never, { content: '@everyone <@&123456789012345678> <@123456789012345678>' }).resolveBody();
  expect((payload.body as { allowed_mentions?: unknown }).allowed_mentions).toEqual({ parse: [], replied_user: false });
});
