// A round-robin HTTP proxy on 127.0.0.1, standing in for the load balancer in
// front of several copies of the bot. Each request goes to the next upstream
// that has not been dropped, with its method, path, headers and body as they
// came. It keeps which upstream served each request, and says so in an
// `x-upstream` response header, so a test can tell which copy answered. An
// upstream that cannot be reached (a killed copy) gets the client a 502, as a
// load balancer's would; `drop` is the health check taking it out of rotation.
import { once } from 'node:events';
import { Agent, createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const UPSTREAM_HEADER = 'x-upstream';

export interface Served { upstream: number; path: string; status: number }

export class RoundRobinProxy {
  /** Requests sent to each upstream, by index in `ports`. */
  readonly counts: number[];
  /** Every request in arrival order, with the upstream it went to and the status the client got. */
  readonly served: Served[] = [];
  private readonly dropped = new Set<number>();
  private next = 0;
  // A fresh connection per request: a pooled socket to a copy that was killed would fail a later request for no reason of its own.
  private readonly agent = new Agent({ keepAlive: false });

  private constructor(private readonly server: Server, readonly port: number, private readonly upstreams: readonly number[]) {
    this.counts = upstreams.map(() => 0);
  }

  static async start(upstreamPorts: readonly number[]): Promise<RoundRobinProxy> {
    if (upstreamPorts.length === 0) throw new Error('a proxy needs at least one upstream');
    const server = createServer();
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const proxy = new RoundRobinProxy(server, (server.address() as AddressInfo).port, upstreamPorts);
    server.on('request', (req, res) => proxy.forward(req, res));
    return proxy;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Takes an upstream out of rotation; requests already sent to it finish or fail on their own. */
  drop(index: number): void {
    this.dropped.add(index);
  }

  private pick(): number | null {
    for (let tried = 0; tried < this.upstreams.length; tried++) {
      const index = this.next;
      this.next = (this.next + 1) % this.upstreams.length;
      if (!this.dropped.has(index)) return index;
    }
    return null;
  }

  private forward(req: IncomingMessage, res: ServerResponse): void {
    const index = this.pick();
    if (index === null) { res.writeHead(503).end('no upstream left'); return; }
    this.counts[index]!++;
    const record: Served = { upstream: index, path: req.url ?? '/', status: 0 };
    this.served.push(record);
    const fail = (): void => {
      record.status = 502;
      if (!res.headersSent) res.writeHead(502, { [UPSTREAM_HEADER]: String(index) }).end('bad gateway');
      else res.destroy();
    };
    const out = request({
      host: '127.0.0.1', port: this.upstreams[index], method: req.method, path: req.url, headers: req.headers, agent: this.agent,
    }, (up) => {
      record.status = up.statusCode ?? 0;
      res.writeHead(up.statusCode ?? 502, { ...up.headers, [UPSTREAM_HEADER]: String(index) });
      up.pipe(res);
      up.on('error', fail);
      // The upstream died mid-body: the client must not take a cut body for an answer.
      up.on('close', () => { if (!up.complete) res.destroy(); });
    });
    out.on('error', fail);
    req.pipe(out);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.agent.destroy();
  }
}
