// What a chat platform's front end offers the entry point. Each platform's
// module keeps discord.js or Bolt out of this interface, so deciding which
// platforms to start never loads a library that is not used.
import type { Core } from '../src/index.js';
import type { Env, SharedConfig } from './shared/config.js';
import type { Logger } from './shared/logger.js';
import type { OnFatal } from './shared/fatal.js';
import type { Metrics } from './shared/metrics.js';
import type { TurnObserver } from './shared/turn.js';
import type { StateStore } from './state/store.js';

export interface Running {
  /** Stops taking questions, lets answers under way finish, disconnects. */
  stop(): Promise<void>;
  /** True when the platform serves the metrics on an HTTP port of its own (Slack in HTTP mode), so no other port is opened. */
  servesMetrics?: boolean;
}

export interface Platform<C> {
  name: string;
  /** True when the environment asks for this platform (its token is set). */
  configured(env: Env): boolean;
  /** Checks the platform's settings; throws ConfigError naming the key. */
  readConfig(env: Env): C;
  /** Secrets to mask in every log line. */
  secrets(config: C): string[];
  /**
   * Starts the platform. `fatal` is called (once is enough) when the platform can no longer serve:
   * the entry point logs it, stops every platform and exits non-zero. `state` is the store shared
   * with the other copies of the bot (or this process's memory); the platform scopes it to itself.
   */
  start(deps: { core: Core; config: C; shared: SharedConfig; logger: Logger; fatal: OnFatal; state: StateStore } & Observed): Promise<Running>;
}

/** What the entry point listens to, when it does (MISSES_LOG, METRICS): each turn is told to `observe`. */
export interface Observed {
  observe?: TurnObserver;
  /** For a platform with an HTTP port: served at /metrics there. */
  metrics?: Pick<Metrics, 'scrape'>;
}
