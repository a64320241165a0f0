// Reads and checks the settings every front end shares. Entry points call this
// with process.env after dotenv; nothing below them reads the environment.
// A bad value gives one line that names the key and says what is wrong.
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isLanguage, type Language } from '../../src/index.js';

export type Env = Record<string, string | undefined>;

export class ConfigError extends Error {
  constructor(readonly key: string, problem: string) {
    super(`${key}: ${problem}`);
    this.name = 'ConfigError';
  }
}

export interface RateLimit { max: number; windowMs: number }

export interface SharedConfig {
  catalogDir: string;
  catalogDb: string;
  /** CATALOG_WATCH: follow edits of the catalog while running ('on'), by polling for a network folder ('poll'), or not. */
  catalogWatch?: 'on' | 'poll' | 'off';
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  rateLimit: RateLimit;
  memoryTtlMs: number;
  /** The terminal's locale (LC_ALL, LC_MESSAGES, LANG: "de_DE.UTF-8" → de), the terminal's hint for a question that shows no language. */
  locale?: Language | undefined;
}

/** Where the state of several copies is shared; read by the entry point, which creates the store. */
export interface StoreConfig {
  /** REDIS_URL: the shared store of several copies; null keeps everything in this process. */
  redisUrl: string | null;
  /** REDIS_PREFIX: what every key starts with, so several bots can share one Redis. */
  redisPrefix: string;
}

export function readStoreConfig(env: Env): StoreConfig {
  return { redisUrl: readRedisUrl(env), redisPrefix: redisPrefix(env) };
}

/** A URL setting: null when unset; when it does not parse, one line naming the key and saying what it `must` be. */
export function urlSetting(env: Env, key: string, must: string): URL | null {
  const raw = env[key]?.trim() ?? '';
  if (raw === '') return null;
  try {
    return new URL(raw);
  } catch {
    throw new ConfigError(key, must);
  }
}

/**
 * An http(s) API base (SLACK_API_URL, DISCORD_API_URL): for an egress proxy, a government cloud or a
 * test's fake. A URL holding credentials would put a secret in every log line that names it, so it is
 * refused; a query or fragment would end up before the `appended` method names or routes.
 */
export function apiBaseSetting(env: Env, key: string, example: string, appended: string): URL | null {
  const url = urlSetting(env, key, `must be an http(s) URL such as ${example}`);
  if (url === null) return null;
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ConfigError(key, `must be an http(s) URL, got ${url.protocol}`);
  if (url.username || url.password) throw new ConfigError(key, 'must not hold a user name or password');
  if (url.search || url.hash) throw new ConfigError(key, `must not have a query or fragment: ${appended} are appended to it`);
  return url;
}

/** REDIS_URL: redis:// or rediss:// (TLS), as Redis clients take it; its password is masked in every log line. */
export function readRedisUrl(env: Env): string | null {
  const url = urlSetting(env, 'REDIS_URL', 'must be a URL such as redis://127.0.0.1:6379');
  if (url === null) return null;
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') throw new ConfigError('REDIS_URL', `must start with redis:// or rediss://, got ${url.protocol}//`);
  if (!url.hostname) throw new ConfigError('REDIS_URL', 'names no host');
  return env.REDIS_URL!.trim();
}

/** The parts of REDIS_URL that are secret (its password), for the logger to mask. */
export function redisSecrets(url: string | null): string[] {
  if (url === null) return [];
  const { password, username } = new URL(url);
  return [password, username].filter((s) => s !== '').map(decodeURIComponent);
}

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const ROOT_FROM_DIST = ROOT.endsWith('/dist') ? resolve(ROOT, '..') : ROOT;
const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** The project's top folder, whether running from `dist/` or from sources. */
export function projectRoot(): string {
  return ROOT_FROM_DIST;
}

/** A whole number in [min, max], or the default when the key is unset or empty. */
export function intSetting(env: Env, key: string, fallback: number, min: number, max: number): number {
  const raw = env[key]?.trim();
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(key, `must be a whole number, got "${raw.slice(0, 20)}"`);
  const n = Number(raw);
  if (n < min || n > max) throw new ConfigError(key, `must be between ${min} and ${max}, got ${n}`);
  return n;
}

/** "5/10s": at most 5 questions per user in any 10 seconds. */
export function parseRateLimit(env: Env, key = 'RATE_LIMIT'): RateLimit {
  const raw = env[key]?.trim() || '5/10s';
  const m = /^(\d{1,4})\/(\d{1,5})(ms|s|m)$/.exec(raw);
  if (!m) throw new ConfigError(key, `must look like 5/10s (questions/window), got "${raw.slice(0, 20)}"`);
  const max = Number(m[1]);
  const unit = m[3] === 'ms' ? 1 : m[3] === 's' ? 1000 : 60_000;
  const windowMs = Number(m[2]) * unit;
  if (max < 1) throw new ConfigError(key, 'must allow at least 1 question per window');
  if (windowMs < 1) throw new ConfigError(key, 'window must be longer than 0');
  return { max, windowMs };
}

function redisPrefix(env: Env): string {
  const raw = env.REDIS_PREFIX?.trim() || 'availability-bot';
  if (!/^[A-Za-z0-9._-]{1,40}$/.test(raw)) throw new ConfigError('REDIS_PREFIX', `must be 1 to 40 letters, digits, dots, dashes or underscores, got "${raw.slice(0, 20)}"`);
  return raw;
}

export function readSharedConfig(env: Env): SharedConfig {
  const level = (env.LOG_LEVEL?.trim() || 'info').toLowerCase();
  if (!(LEVELS as readonly string[]).includes(level)) {
    throw new ConfigError('LOG_LEVEL', `must be one of ${LEVELS.join(', ')}, got "${level.slice(0, 20)}"`);
  }
  const root = projectRoot();
  return {
    catalogDir: resolve(root, env.CATALOG_DIR?.trim() || 'data/catalog'),
    catalogDb: resolve(root, env.CATALOG_DB?.trim() || 'data/catalog.sqlite'),
    catalogWatch: catalogWatch(env),
    logLevel: level as SharedConfig['logLevel'],
    rateLimit: parseRateLimit(env),
    memoryTtlMs: intSetting(env, 'MEMORY_TTL_SECONDS', 600, 1, 86_400) * 1000,
    locale: localeLanguage(env),
  };
}

function catalogWatch(env: Env): 'on' | 'poll' | 'off' {
  const raw = (env.CATALOG_WATCH?.trim() || 'on').toLowerCase();
  if (raw === 'on' || raw === 'poll' || raw === 'off') return raw;
  throw new ConfigError('CATALOG_WATCH', `must be on, poll or off, got "${raw.slice(0, 20)}"`);
}

/** A switch: on or off (the default unless told), in any case. */
export function onOffSetting(env: Env, key: string, fallback: 'on' | 'off'): boolean {
  const raw = (env[key]?.trim() || fallback).toLowerCase();
  if (raw !== 'on' && raw !== 'off') throw new ConfigError(key, `must be on or off, got "${raw.slice(0, 20)}"`);
  return raw === 'on';
}

/** What users asked that the data lacks (MISSES_LOG): where it is kept and how much of it. */
export interface MissesConfig {
  /** MISSES_LOG=on: record; off (the default): record nothing, open nothing. */
  enabled: boolean;
  /** MISSES_DB: its own SQLite file, never the catalog's. */
  file: string;
  /** MISSES_MAX_ROWS: the least recently asked leave first beyond it. */
  maxRows: number;
  /** MISSES_MAX_DAYS: what nobody asked for that long is forgotten. */
  maxAgeDays: number;
}

export function readMissesConfig(env: Env): MissesConfig {
  return {
    enabled: onOffSetting(env, 'MISSES_LOG', 'off'),
    file: resolve(projectRoot(), env.MISSES_DB?.trim() || 'data/misses.sqlite'),
    maxRows: intSetting(env, 'MISSES_MAX_ROWS', 10_000, 10, 1_000_000),
    maxAgeDays: intSetting(env, 'MISSES_MAX_DAYS', 90, 1, 3650),
  };
}

/** The Prometheus endpoint (METRICS): off by default; on Slack's HTTP port in HTTP mode, else on METRICS_PORT. */
export interface MetricsConfig {
  enabled: boolean;
  /** METRICS_PORT: 0 takes any free port (said in the log). */
  port: number;
  /** METRICS_HOST: loopback unless told, so counts of questions never reach a network by accident. */
  host: string;
}

export function readMetricsConfig(env: Env): MetricsConfig {
  const host = env.METRICS_HOST?.trim() || '127.0.0.1';
  if (isIP(host) === 0 && !/^[A-Za-z0-9]([A-Za-z0-9.-]{0,252})$/.test(host)) {
    throw new ConfigError('METRICS_HOST', `must be an IP address or a host name such as 127.0.0.1 or 0.0.0.0, got "${host.slice(0, 20)}"`);
  }
  return { enabled: onOffSetting(env, 'METRICS', 'off'), port: intSetting(env, 'METRICS_PORT', 9464, 0, 65_535), host };
}

/**
 * A POSIX locale's language where a pack has it ("it_IT.UTF-8" → it); "C", "POSIX" and languages
 * without a pack give none. The first of LC_ALL, LC_MESSAGES and LANG that is set decides, as for any program.
 */
export function localeLanguage(env: Env): Language | undefined {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].map((v) => v?.trim()).find((v) => v);
  const base = locale?.toLowerCase().split(/[_.@-]/)[0];
  return isLanguage(base) ? base : undefined;
}
