import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../adapters/shared/config.js';
import { checkShardIds, discordConfigured, readDiscordConfig, readRegisterConfig } from '../../../adapters/discord/config.js';
import { discordPlatform } from '../../../adapters/discord/index.js';
import { TOKEN } from '../../fixtures/discord/payloads.js';

function failure(run: () => unknown): ConfigError {
  try {
    run();
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('Discord configuration', () => {
  it('GIVEN a token and ids THEN they are read, with sharding off by default', () => {
    expect(readDiscordConfig({ DISCORD_TOKEN: ` ${TOKEN} `, DISCORD_APPLICATION_ID: '1200000000000000001', DISCORD_GUILD_ID: '' })).toEqual({
      token: TOKEN, applicationId: '1200000000000000001', guildId: null, shards: 'off',
    });
  });

  it('GIVEN no token THEN Discord is not configured, and reading it names DISCORD_TOKEN', () => {
    expect(discordConfigured({})).toBe(false);
    expect(discordConfigured({ DISCORD_TOKEN: '  ' })).toBe(false);
    expect(discordConfigured({ DISCORD_TOKEN: TOKEN })).toBe(true);
    expect(failure(() => readDiscordConfig({})).key).toBe('DISCORD_TOKEN');
  });

  it('GIVEN a malformed token THEN the error names the key and never repeats the token', () => {
    for (const token of ['not-a-token', `Bot ${TOKEN}`, TOKEN.replace(/\./g, ''), `${TOKEN}.extra`, 'abc.def.ghi']) {
      const err = failure(() => readDiscordConfig({ DISCORD_TOKEN: token }));
      expect(err.key).toBe('DISCORD_TOKEN');
      expect(err.message.startsWith('DISCORD_TOKEN: ')).toBe(true);
      expect(err.message).not.toContain(token);
      expect(err.message).not.toContain(TOKEN.slice(0, 20));
      expect(err.message.split('\n')).toHaveLength(1);
    }
  });

  it('GIVEN ids that are not snowflakes THEN the error names the key', () => {
    for (const [key, value] of [['DISCORD_APPLICATION_ID', 'abc'], ['DISCORD_APPLICATION_ID', '123'], ['DISCORD_GUILD_ID', '12345678901234567890123'],
      ['DISCORD_GUILD_ID', '00000000000000000']] as const) {
      const err = failure(() => readDiscordConfig({ DISCORD_TOKEN: TOKEN, [key]: value }));
      expect(err.key).toBe(key);
    }
  });

  it('GIVEN DISCORD_SHARDS THEN off, auto or a count is read, anything else is refused', () => {
    const shards = (v: string) => readDiscordConfig({ DISCORD_TOKEN: TOKEN, DISCORD_SHARDS: v }).shards;
    expect(shards('off')).toBe('off');
    expect(shards('0')).toBe('off');
    expect(shards('AUTO')).toBe('auto');
    expect(shards('4')).toBe(4);
    for (const bad of ['-1', 'many', '2.5', '20000']) expect(failure(() => shards(bad)).key).toBe('DISCORD_SHARDS');
  });

  it('GIVEN DISCORD_SHARD_IDS THEN this process runs those ids, sorted, and every id when it is unset', () => {
    const ids = (shards: string, value: string) => readDiscordConfig({ DISCORD_TOKEN: TOKEN, DISCORD_SHARDS: shards, DISCORD_SHARD_IDS: value }).shardIds;
    expect(ids('4', '0,1')).toEqual([0, 1]);
    expect(ids('4', ' 3 , 0-1 ')).toEqual([0, 1, 3]);
    expect(ids('8', '4-7')).toEqual([4, 5, 6, 7]);
    expect(ids('off', '0')).toEqual([0]);
    // `auto` learns its count from Discord at start: the ids are checked against it there.
    expect(ids('auto', '5')).toEqual([5]);
    expect(ids('4', '')).toBeUndefined();
    expect('shardIds' in readDiscordConfig({ DISCORD_TOKEN: TOKEN, DISCORD_SHARDS: '4' })).toBe(false);
  });

  it('GIVEN a DISCORD_SHARD_IDS out of range, repeated or malformed THEN one line names the key', () => {
    const cases: [string, string, RegExp][] = [
      ['4', '4', /below DISCORD_SHARDS/], ['4', '0-4', /below DISCORD_SHARDS/], ['off', '1', /below DISCORD_SHARDS/],
      ['4', '1,1', /more than once/], ['4', '0-2,2', /more than once/], ['4', '3-1', /range/],
      ['4', 'one', /ids or ranges/], ['4', '0,,1', /ids or ranges/], ['4', '-1', /ids or ranges/], ['4', '1.5', /ids or ranges/],
    ];
    for (const [shards, value, problem] of cases) {
      const err = failure(() => readDiscordConfig({ DISCORD_TOKEN: TOKEN, DISCORD_SHARDS: shards, DISCORD_SHARD_IDS: value }));
      expect(err.key, value).toBe('DISCORD_SHARD_IDS');
      expect(err.message, value).toMatch(problem);
      expect(err.message.split('\n')).toHaveLength(1);
    }
  });

  it('GIVEN DISCORD_SHARDS=auto THEN checkShardIds refuses, naming DISCORD_SHARD_IDS, an id not below the count Discord gave', () => {
    expect(() => checkShardIds([0, 1], 2)).not.toThrow();
    const err = failure(() => checkShardIds([0, 2], 2));
    expect(err.key).toBe('DISCORD_SHARD_IDS');
    expect(err.message).toMatch(/2 .*below .*2/);
  });

  it('GIVEN DISCORD_API_URL THEN it is the REST base, without a trailing slash, and absent when unset', () => {
    const api = (v: string) => readDiscordConfig({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: v }).apiUrl;
    expect(api('https://discord.com/api')).toBe('https://discord.com/api');
    expect(api(' http://127.0.0.1:8080/api/ ')).toBe('http://127.0.0.1:8080/api');
    expect(api('https://egress.example.com/discord//')).toBe('https://egress.example.com/discord');
    expect(api('')).toBeUndefined();
    expect('apiUrl' in readDiscordConfig({ DISCORD_TOKEN: TOKEN })).toBe(false);
  });

  it('GIVEN a malformed DISCORD_API_URL THEN one line names the key and never repeats a password in it', () => {
    const bad = ['discord.com/api', 'ftp://discord.com/api', 'ws://127.0.0.1:1/api', 'https://bot:s3cretPassw0rd@proxy.example.com/api',
      'https://discord.com/api?x=1', 'https://discord.com/api#top', 'https://discord.com/api/v10', 'not a url at all'];
    for (const value of bad) {
      const err = failure(() => readDiscordConfig({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: value }));
      expect(err.key, value).toBe('DISCORD_API_URL');
      expect(err.message.startsWith('DISCORD_API_URL: ')).toBe(true);
      expect(err.message.split('\n')).toHaveLength(1);
      expect(err.message).not.toContain('s3cretPassw0rd');
    }
  });

  it('GIVEN registering without an application id THEN the error names DISCORD_APPLICATION_ID', () => {
    expect(failure(() => readRegisterConfig({ DISCORD_TOKEN: TOKEN })).key).toBe('DISCORD_APPLICATION_ID');
    expect(readRegisterConfig({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: '1200000000000000001' }).applicationId).toBe('1200000000000000001');
  });

  it('GIVEN the platform THEN its secrets are the token, so logs mask it', () => {
    const config = discordPlatform.readConfig({ DISCORD_TOKEN: TOKEN });
    expect(discordPlatform.name).toBe('discord');
    expect(discordPlatform.secrets(config)).toEqual([TOKEN]);
  });
});
