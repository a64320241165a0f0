// Discord settings, checked once at start. A bad key fails with one line that
// names it; the token itself is never repeated in a message, only its shape.
import { ConfigError, apiBaseSetting, type Env } from '../shared/config.js';

export type ShardSetting = 'off' | 'auto' | number;

export interface DiscordConfig {
  token: string;
  /** Needed to register commands; at start it is only checked against the token's bot. */
  applicationId: string | null;
  /** Development guild: commands registered there appear at once. */
  guildId: string | null;
  /** 'off' runs one client in this process; otherwise discord.js's ShardingManager spawns shards. */
  shards: ShardSetting;
  /** DISCORD_SHARD_IDS: the shards this process runs, sorted (the others run on other hosts); absent means all. */
  shardIds?: readonly number[];
  /** DISCORD_API_URL: the REST base (as discord.js's `rest.api`, without /v10); absent means Discord's own. */
  apiUrl?: string;
}

/** Ids on Discord are 64-bit integers written in decimal: 17 to 20 digits today. */
const SNOWFLAKE = /^\d{17,20}$/;
/** A bot token is three base64url parts: the bot's id, a timestamp, an HMAC. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{18,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}$/;
/** A bot token anywhere in free text (an error message that quotes a request): the logger masks it on sight. */
export const DISCORD_TOKEN_SHAPES: readonly RegExp[] = [/\b[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]{20,}/g];
const MAX_SHARDS = 10_000;

export function isSnowflake(value: string): boolean {
  return SNOWFLAKE.test(value) && BigInt(value) > 0n;
}

export function discordConfigured(env: Env): boolean {
  return Boolean(env.DISCORD_TOKEN?.trim());
}

export function readToken(env: Env): string {
  const token = env.DISCORD_TOKEN?.trim() ?? '';
  if (token === '') throw new ConfigError('DISCORD_TOKEN', 'is not set; copy it from the Bot page of your application in the Discord Developer Portal');
  if (/^bot\s/i.test(token)) throw new ConfigError('DISCORD_TOKEN', 'write the token alone, without the "Bot " prefix');
  if (!TOKEN_SHAPE.test(token)) {
    throw new ConfigError('DISCORD_TOKEN', `does not look like a bot token (three parts separated by dots, ${token.length} characters given); copy it again from the Bot page`);
  }
  return token;
}

function optionalSnowflake(env: Env, key: string): string | null {
  const raw = env[key]?.trim() ?? '';
  if (raw === '') return null;
  if (!isSnowflake(raw)) throw new ConfigError(key, `must be a Discord id (17 to 20 digits), got "${raw.slice(0, 24)}"`);
  return raw;
}

export function readShards(env: Env): ShardSetting {
  const raw = env.DISCORD_SHARDS?.trim().toLowerCase() ?? '';
  if (raw === '' || raw === 'off' || raw === '0') return 'off';
  if (raw === 'auto') return 'auto';
  if (!/^\d{1,5}$/.test(raw) || Number(raw) > MAX_SHARDS) {
    throw new ConfigError('DISCORD_SHARDS', `must be off, auto or a number of shards from 1 to ${MAX_SHARDS}, got "${raw.slice(0, 20)}"`);
  }
  return Number(raw);
}

/** One id or a range of ids ("3", "0-3"). */
const ID_OR_RANGE = /^(\d{1,5})(?:-(\d{1,5}))?$/;

/**
 * DISCORD_SHARD_IDS: which of the DISCORD_SHARDS shards this process runs ("0,1", "0-3", "0-1,4"),
 * so the shards of one bot can be spread over hosts. Each id once: a shard listed twice would be
 * identified twice by one process. With `auto` the count is known only at start (checkShardIds).
 */
export function readShardIds(env: Env, shards: ShardSetting): readonly number[] | null {
  const raw = env.DISCORD_SHARD_IDS?.trim() ?? '';
  if (raw === '') return null;
  const ids: number[] = [];
  for (const part of raw.split(',').map((p) => p.trim())) {
    const m = ID_OR_RANGE.exec(part);
    if (!m) throw new ConfigError('DISCORD_SHARD_IDS', `must be shard ids or ranges separated by commas, such as 0,1 or 0-3, got "${raw.slice(0, 40)}"`);
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (to < from) throw new ConfigError('DISCORD_SHARD_IDS', `the range ${part} runs backwards; write it as ${to}-${from}`);
    if (to >= MAX_SHARDS) throw new ConfigError('DISCORD_SHARD_IDS', `shard ${to} is not below DISCORD_SHARDS (${MAX_SHARDS} at most)`);
    for (let id = from; id <= to; id++) ids.push(id);
  }
  ids.sort((a, b) => a - b);
  const repeated = ids.find((id, i) => ids[i - 1] === id);
  if (repeated !== undefined) throw new ConfigError('DISCORD_SHARD_IDS', `lists shard ${repeated} more than once`);
  if (shards !== 'auto') checkShardIds(ids, shards === 'off' ? 1 : shards, shards === 'off' ? 'off: 1 shard' : String(shards));
  return ids;
}

/** Every id must be a shard of the total (ids count from 0); for `auto`, called once Discord has given the count. */
export function checkShardIds(ids: readonly number[], total: number, said = String(total)): void {
  const over = ids.find((id) => id >= total);
  if (over !== undefined) throw new ConfigError('DISCORD_SHARD_IDS', `shard ${over} is not below DISCORD_SHARDS (${said}); ids run from 0 to ${total - 1}`);
}

/**
 * DISCORD_API_URL: the REST base for an egress proxy or a test's fake Discord
 * (https://discord.com/api by default). The gateway's URL is not set apart: the
 * bot asks this base's GET /gateway/bot for it, as discord.js always does. A
 * URL holding credentials would put a secret in every log line that names it.
 */
export function readApiUrl(env: Env): string | null {
  const url = apiBaseSetting(env, 'DISCORD_API_URL', 'https://discord.com/api', 'routes');
  if (url === null) return null;
  // discord.js appends /v10 and the route itself; a base already ending in a version would get two.
  const base = url.href.replace(/\/+$/, '');
  if (/\/v\d+$/.test(base)) throw new ConfigError('DISCORD_API_URL', 'must end before the API version (https://discord.com/api, not …/api/v10)');
  return base;
}

export function readDiscordConfig(env: Env): DiscordConfig {
  const apiUrl = readApiUrl(env);
  const shards = readShards(env);
  const shardIds = readShardIds(env, shards);
  return {
    token: readToken(env),
    applicationId: optionalSnowflake(env, 'DISCORD_APPLICATION_ID'),
    guildId: optionalSnowflake(env, 'DISCORD_GUILD_ID'),
    shards,
    ...(shardIds === null ? {} : { shardIds }),
    ...(apiUrl === null ? {} : { apiUrl }),
  };
}

/** `npm run discord:register` needs the application id as well. */
export function readRegisterConfig(env: Env): DiscordConfig & { applicationId: string } {
  const config = readDiscordConfig(env);
  if (config.applicationId === null) {
    throw new ConfigError('DISCORD_APPLICATION_ID', 'is not set; copy the Application ID from the General Information page of your application');
  }
  return { ...config, applicationId: config.applicationId };
}
