// Who hears each turn, as the entry point's settings ask: the misses log
// (MISSES_LOG=on) and the metrics (METRICS=on), both off by default. The misses
// file is tried before the catalog is built, so one that cannot work stops the
// start with one line naming MISSES_DB, as any bad setting does.
import { ConfigError, type MetricsConfig, type MissesConfig } from './config.js';
import { createLogger, type Logger } from './logger.js';
import { createMetrics, type LastReload, type Metrics, type MetricsDeps } from './metrics.js';
import { serveMetrics, type MetricsServer } from './metricsServer.js';
import { openMissesLog, type MissesLog } from './misses.js';
import { MissesError } from './missesStore.js';
import type { TurnObserver } from './turn.js';

export interface ObserverSettings {
  misses: MissesConfig;
  metrics: MetricsConfig;
  /** The catalog's file, which the misses log must never be. */
  catalogDb: string;
}

export interface Observers {
  /** For the platforms' start (and the terminal chat): what each turn is told to, and the metrics for an HTTP port of theirs. */
  deps: { observe?: TurnObserver; metrics?: Metrics };
  /** Opens METRICS_PORT unless a platform serves /metrics on its own port. */
  serve(servedByPlatform: boolean): Promise<void>;
  /** Writes what the misses log still holds, closes it and the metrics port. */
  close(): Promise<void>;
}

/** Opens and closes the misses file, when on: a bad MISSES_DB is said before anything else starts. */
export function checkObservers(settings: ObserverSettings): void {
  if (settings.misses.enabled) openMisses(settings, createLogger('silent')).close();
}

export function startObservers(settings: ObserverSettings, deps: { info: MetricsDeps['info']; reloadStatus?: () => LastReload | null; logger: Logger }): Observers {
  const misses = settings.misses.enabled ? openMisses(settings, deps.logger) : null;
  const metrics = settings.metrics.enabled
    ? createMetrics({ info: deps.info, processMetrics: true, ...(deps.reloadStatus ? { reloadStatus: deps.reloadStatus } : {}) })
    : null;
  const listeners = [metrics?.observe, misses?.observe].filter((o): o is TurnObserver => o !== undefined);
  const observe: TurnObserver | undefined = listeners.length === 0 ? undefined : (report) => { for (const l of listeners) l(report); };
  let server: MetricsServer | null = null;
  return {
    deps: { ...(observe ? { observe } : {}), ...(metrics ? { metrics } : {}) },
    serve: async (servedByPlatform) => {
      if (metrics && !servedByPlatform) server = await serveMetrics(metrics, settings.metrics, deps.logger);
    },
    close: async () => {
      misses?.close();
      await server?.close();
    },
  };
}

function openMisses(settings: ObserverSettings, logger: Logger): MissesLog {
  if (settings.misses.file === settings.catalogDb) throw new ConfigError('MISSES_DB', 'must not be the catalog\'s file (CATALOG_DB): the catalog is only read');
  try {
    return openMissesLog(settings.misses, logger);
  } catch (err) {
    if (err instanceof MissesError) throw new ConfigError('MISSES_DB', err.message);
    throw err;
  }
}
