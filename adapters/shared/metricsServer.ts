// Serves the metrics over HTTP: GET /metrics. On METRICS_PORT (METRICS_HOST,
// loopback unless told) when no platform has an HTTP port of its own; Slack in
// HTTP mode serves the same handler beside /slack/events and /healthz.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigError } from './config.js';
import type { Logger } from './logger.js';
import type { Metrics } from './metrics.js';

export const METRICS_PATH = '/metrics';

/** Answers a scrape; a scrape that fails is a 500 and a log line, never a crash. */
export function metricsHandler(metrics: Pick<Metrics, 'scrape'>, logger: Logger): (req: IncomingMessage, res: ServerResponse) => void {
  return (_req, res) => {
    metrics.scrape().then(({ contentType, body }) => {
      res.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-store' });
      res.end(body);
    }, (err: unknown) => {
      logger.warn({ err }, 'metrics: scrape failed');
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('scrape failed\n');
    });
  };
}

export interface MetricsServer { port: number; close(): Promise<void> }

/** Listens on `host`:`port` (0: any free port); a port taken or a host not of this machine names its key. */
export async function serveMetrics(metrics: Pick<Metrics, 'scrape'>, at: { host: string; port: number }, logger: Logger): Promise<MetricsServer> {
  const scrape = metricsHandler(metrics, logger);
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path !== METRICS_PATH) { res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n'); return; }
    if (req.method !== 'GET' && req.method !== 'HEAD') { res.writeHead(405, { allow: 'GET', 'content-type': 'text/plain; charset=utf-8' }).end('GET only\n'); return; }
    scrape(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE') reject(new ConfigError('METRICS_PORT', `${at.port} is already in use`));
      else if (err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND' || err.code === 'EAI_AGAIN') reject(new ConfigError('METRICS_HOST', `${at.host} is not an address of this machine`));
      else if (err.code === 'EACCES') reject(new ConfigError('METRICS_PORT', `${at.port} needs privileges this process lacks`));
      else reject(err);
    });
    server.listen(at.port, at.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const shown = at.host.includes(':') ? `[${at.host}]` : at.host;
  logger.info({ host: at.host, port, path: METRICS_PATH }, `metrics served at http://${shown}:${port}${METRICS_PATH}`);
  return {
    port,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      // A scraper's kept-alive connection would hold the stop for its whole timeout.
      server.closeAllConnections();
    }),
  };
}
