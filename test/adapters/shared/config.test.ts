import { describe, expect, it } from 'vitest';
import { ConfigError, localeLanguage, parseRateLimit, readMetricsConfig, readMissesConfig, readSharedConfig, readStoreConfig, redisSecrets } from '../../../adapters/shared/config.js';

function errorOf(fn: () => unknown): string {
  try { fn(); } catch (err) { if (err instanceof ConfigError) return err.message; throw err; }
  return 'no error';
}

describe('shared configuration', () => {
  it('GIVEN nothing set THEN uses the bundled catalog and sane defaults', () => {
    const c = readSharedConfig({});
    expect(c.catalogDir.endsWith('data/catalog')).toBe(true);
    expect(c.catalogDb.endsWith('data/catalog.sqlite')).toBe(true);
    expect(c.rateLimit).toEqual({ max: 5, windowMs: 10_000 });
    expect(c.memoryTtlMs).toBe(600_000);
  });

  it.each([
    [{ RATE_LIMIT: '0/10s' }, 'RATE_LIMIT: must allow at least 1 question per window'],
    [{ RATE_LIMIT: 'lots' }, 'RATE_LIMIT: must look like 5/10s (questions/window), got "lots"'],
    [{ RATE_LIMIT: '5/0s' }, 'RATE_LIMIT: window must be longer than 0'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent, got "loud"'],
    [{ MEMORY_TTL_SECONDS: '-5' }, 'MEMORY_TTL_SECONDS: must be a whole number, got "-5"'],
    [{ MEMORY_TTL_SECONDS: '999999' }, 'MEMORY_TTL_SECONDS: must be between 1 and 86400, got 999999'],
  ])('GIVEN %o THEN one line names the key and the problem', (env, message) => {
    const line = errorOf(() => readSharedConfig(env));
    expect(line).toBe(message);
    expect(line).not.toContain('\n');
  });

  it('GIVEN a rate limit in minutes or milliseconds THEN reads the window', () => {
    expect(parseRateLimit({ RATE_LIMIT: '20/1m' })).toEqual({ max: 20, windowMs: 60_000 });
    expect(parseRateLimit({ RATE_LIMIT: '3/500ms' })).toEqual({ max: 3, windowMs: 500 });
  });
});

describe('the shared store\'s settings', () => {
  it('GIVEN no REDIS_URL THEN this process keeps its own state, under the default prefix', () => {
    expect(readStoreConfig({})).toEqual({ redisUrl: null, redisPrefix: 'availability-bot' });
  });
  it('GIVEN a Redis URL THEN it is taken as written, and its password is a secret to mask', () => {
    const url = 'redis://bot:s3cr%40t@cache.internal:6380/2';
    expect(readStoreConfig({ REDIS_URL: ` ${url} `, REDIS_PREFIX: 'team-a' })).toEqual({ redisUrl: url, redisPrefix: 'team-a' });
    expect(redisSecrets(url)).toEqual(['s3cr@t', 'bot']);
  });
  it('GIVEN a bad REDIS_URL or REDIS_PREFIX THEN one line names the key', () => {
    expect(errorOf(() => readStoreConfig({ REDIS_URL: 'not a url' }))).toMatch(/^REDIS_URL: must be a URL/);
    expect(errorOf(() => readStoreConfig({ REDIS_URL: 'http://127.0.0.1:6379' }))).toMatch(/^REDIS_URL: must start with redis:\/\/ or rediss:\/\//);
    expect(errorOf(() => readStoreConfig({ REDIS_PREFIX: 'has spaces' }))).toMatch(/^REDIS_PREFIX: /);
  });
});

describe('GIVEN the terminal\'s locale', () => {
  it.each([
    [{ LANG: 'de_DE.UTF-8' }, 'de'], [{ LANG: 'es_MX.UTF-8' }, 'es'], [{ LC_ALL: 'it_IT', LANG: 'en_US.UTF-8' }, 'it'],
    [{ LC_MESSAGES: 'en_GB.UTF-8' }, 'en'], [{ LANG: 'C.UTF-8' }, undefined], [{ LANG: 'POSIX' }, undefined],
    [{ LANG: 'fr_FR.UTF-8' }, undefined], [{}, undefined],
  ] as const)('WHEN %j THEN the hint is %s', (env, language) => {
    expect(localeLanguage(env)).toBe(language);
    expect(readSharedConfig(env).locale).toBe(language);
  });
});

describe('GIVEN the misses log and metrics settings', () => {
  it('WHEN nothing is set THEN both are off, with the documented places and bounds', () => {
    const misses = readMissesConfig({});
    expect(misses).toMatchObject({ enabled: false, maxRows: 10_000, maxAgeDays: 90 });
    expect(misses.file.endsWith('data/misses.sqlite')).toBe(true);
    expect(readMetricsConfig({})).toEqual({ enabled: false, port: 9464, host: '127.0.0.1' });
  });

  it('WHEN they are turned on THEN they are read as written, in any case', () => {
    expect(readMissesConfig({ MISSES_LOG: 'ON', MISSES_DB: '/var/lib/bot/misses.sqlite', MISSES_MAX_ROWS: '500', MISSES_MAX_DAYS: '7' }))
      .toEqual({ enabled: true, file: '/var/lib/bot/misses.sqlite', maxRows: 500, maxAgeDays: 7 });
    expect(readMetricsConfig({ METRICS: 'on', METRICS_PORT: '0', METRICS_HOST: '0.0.0.0' })).toEqual({ enabled: true, port: 0, host: '0.0.0.0' });
    expect(readMetricsConfig({ METRICS: 'on', METRICS_HOST: '::1' }).host).toBe('::1');
  });

  it.each([
    [{ MISSES_LOG: 'yes' }, 'MISSES_LOG: must be on or off, got "yes"'],
    [{ MISSES_MAX_ROWS: '5' }, 'MISSES_MAX_ROWS: must be between 10 and 1000000, got 5'],
    [{ MISSES_MAX_DAYS: 'forever' }, 'MISSES_MAX_DAYS: must be a whole number, got "forever"'],
  ])('GIVEN %o THEN one line names the key and the problem', (env, message) => {
    expect(errorOf(() => readMissesConfig(env))).toBe(message);
  });

  it.each([
    [{ METRICS: 'true' }, 'METRICS: must be on or off, got "true"'],
    [{ METRICS_PORT: '70000' }, 'METRICS_PORT: must be between 0 and 65535, got 70000'],
    [{ METRICS_HOST: 'http://x' }, 'METRICS_HOST: must be an IP address or a host name such as 127.0.0.1 or 0.0.0.0, got "http://x"'],
  ])('GIVEN %o THEN one line names the key and the problem', (env, message) => {
    expect(errorOf(() => readMetricsConfig(env))).toBe(message);
  });
});
