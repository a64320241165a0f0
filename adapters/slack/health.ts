// Slack's part of the health check. HTTP mode serves it at /healthz (a Bolt
// custom route, next to /slack/events): 200 with the report while this copy
// answers (its status "degraded" when the state store is), 503 when it cannot
// (stopping, or the catalog unreadable), so a load balancer stops sending it requests. Socket Mode has no port to ask, so it writes the
// same facts as a log line each time its socket connects or drops, never on a
// timer.
import type { CustomRoute } from '@slack/bolt';
import type { Core } from '../../src/index.js';
import { healthOf, type Connection } from '../shared/health.js';
import type { Logger } from '../shared/logger.js';
import type { StateStore } from '../state/store.js';

export const HEALTH_PATH = '/healthz';

export function healthRoute(core: Pick<Core, 'info'>, state: () => Connection, store?: Pick<StateStore, 'kind' | 'health'>): CustomRoute {
  return {
    path: HEALTH_PATH,
    method: ['GET'],
    handler: (_req, res) => {
      const health = healthOf({ slack: state() }, core, store);
      // 503 only when this copy cannot answer: with Redis away every copy is degraded and still answers.
      res.writeHead(health.serving ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(JSON.stringify(health));
    },
  };
}

/** A drop is a warning, as on Discord: a log filtered to warnings still shows every outage. */
export function logHealth(log: Logger, core: Pick<Core, 'info'>, state: Connection): void {
  const health = healthOf({ slack: state }, core);
  const line = { status: health.status, slack: state, catalog: health.catalog?.version ?? null };
  if (state === 'connected') log.info(line, 'slack health');
  else log.warn(line, 'slack health');
}
