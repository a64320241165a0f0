import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startShards } from '../../../adapters/discord/shard.js';
import { createLogger } from '../../../adapters/shared/logger.js';
import { FakeDiscord } from '../../fakes/discord/fakeDiscord.js';
import { TOKEN } from '../../fixtures/discord/payloads.js';

const CHILD = fileURLToPath(new URL('../../fixtures/discord/shardChild.mjs', import.meta.url));

describe('startShards (discord.js ShardingManager)', () => {
  it('GIVEN DISCORD_SHARDS=2 THEN two processes identify as shards 0 and 1 of 2, and stop ends both', async () => {
    const fake = await FakeDiscord.start({ token: TOKEN });
    const logs: string[] = [];
    const logger = createLogger('info', [TOKEN], { write: (l: string) => { logs.push(l); } });
    try {
      const running = await startShards({
        config: { token: TOKEN, applicationId: null, guildId: null, shards: 2 }, logger, file: CHILD, shardArgs: [fake.api], delayMs: 50,
      });
      expect(fake.identifies.map((i) => i.shard).sort()).toEqual([[0, 2], [1, 2]]);
      expect(fake.connections).toBe(2);
      expect(logs.filter((l) => l.includes('discord shard launched'))).toHaveLength(2);
      await running.stop();
      await expect.poll(() => fake.connections, { timeout: 3000 }).toBe(0);
      expect(logs.join('')).not.toContain(TOKEN);
    } finally {
      await fake.close();
    }
  }, 20_000);

  it('GIVEN the shard script is missing THEN start says to build first', async () => {
    const logger = createLogger('silent');
    const start = startShards({ config: { token: TOKEN, applicationId: null, guildId: null, shards: 2 }, logger, file: '/nonexistent/shardMain.js' });
    await expect(start).rejects.toThrow(/npm run build/);
  });
});
