// Slack's part of the health check. HTTP mode serves it at /healthz (a Bolt
// custom route, next to /slack/events): 200 with the report when all is well,
// 503 when degraded (stopping, or the catalog unreadable), so a load balancer
// stops sending requests. Socket Mode has no port to ask, so it writes the
// same facts as a log line each time its socket connects or drops, never on a
// timer.
import type { CustomRoute } from '@slack/bolt';
import type { Core } from '../../src/index.js';
import { healthOf, type Connection } from '../shared/health.js';
import type { Logger } from '../shared/logger.js';

export const HEALTH_PATH = '/healthz';

export function healthRoute(core: Pick<Core, 'info'>, state: () => Connection): CustomRoute {
  return {
    path: HEALTH_PATH,
    method: ['GET'],
    handler: (_req, res) => {
      const health = healthOf({ slack: state() }, core);
      res.writeHead(health.status === 'ok' ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' });
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
