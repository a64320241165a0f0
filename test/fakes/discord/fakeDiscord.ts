// A fake Discord on 127.0.0.1 for driving the real discord.js Client: an HTTP
// server for REST (API v10) and, on the same port, a WebSocket gateway (JSON
// encoding, no compression). It records every request and every gateway frame
// the bot sends, so tests assert on what Discord would have received. It can
// also misbehave as Discord does: close the gateway with a code, invalidate a
// session, refuse or ignore an identify, revoke the token, be unreachable, or
// hold one REST answer back. Several clients may connect at once (shards, or
// copies of the bot with one token), each seeing the events of its shard.
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { IDS, botMessage, guildCreate, ready, snowflake } from '../../fixtures/discord/payloads.js';

export interface Recorded {
  method: string;
  /** Path after /api/v10, e.g. /interactions/123/tok/callback. */
  path: string;
  query: URLSearchParams;
  auth: string | undefined;
  body: any;
  /** When it arrived (performance.now()). */
  at: number;
  /** When its answer was fully written; unset while held back, or when the client went away first. */
  answered?: number;
}

export interface FakeOptions {
  token: string;
  heartbeatMs?: number;
  guildLocale?: string;
  /** What GET /gateway/bot recommends (1 unless set). */
  shards?: number;
}

interface Failure { method: string; path: RegExp; status: number; body: unknown; times: number }
interface Hold { method: string; path: RegExp; ms: number }

/** What the gateway does with an IDENTIFY: answer READY, never answer, or close with this code. */
export type IdentifyReply = 'ready' | 'ignore' | number;

const OP = { dispatch: 0, heartbeat: 1, identify: 2, resume: 6, invalidSession: 9, hello: 10, heartbeatAck: 11 } as const;

export class FakeDiscord {
  readonly requests: Recorded[] = [];
  readonly identifies: any[] = [];
  readonly gatewayQueries: URLSearchParams[] = [];
  readonly resumes: any[] = [];
  heartbeats = 0;
  identifyReply: IdentifyReply = 'ready';
  /** While true, every gateway connection is dropped at once, as when Discord cannot be reached. */
  gatewayDown = false;
  /** While true, a gateway connection's upgrade is never answered: the client's socket stays connecting. */
  holdGateway = false;
  /** The sockets held so, until `resetHeld`. */
  readonly held = new Set<Duplex>();
  /** Bodies of PUT .../commands by route, as stored (a bulk overwrite replaces). */
  readonly commands = new Map<string, unknown[]>();
  private readonly sockets = new Set<WebSocket>();
  private readonly events = new EventEmitter();
  private readonly failures: Failure[] = [];
  private readonly holds: Hold[] = [];
  /** The shard ([id, count]) each open socket identified as. */
  private readonly shardOf = new Map<WebSocket, [number, number]>();
  /** Sessions that may be resumed, with the shard each was made for. */
  private readonly sessions = new Map<string, [number, number]>();
  private token: string | null;
  private readonly acknowledged = new Set<string>();
  /** The message Discord made for an interaction's reply, by interaction token. */
  private readonly originals = new Map<string, object>();
  private seq = 0;
  private port = 0;
  /** When the last TCP connection came: on loopback its handshake is over a few ms later. */
  private lastConnectAt = 0;

  private constructor(private readonly server: Server, private readonly wss: WebSocketServer, private readonly options: FakeOptions) {
    this.token = options.token;
  }

  static async start(options: FakeOptions): Promise<FakeDiscord> {
    const server = createServer();
    const wss = new WebSocketServer({ noServer: true });
    const fake = new FakeDiscord(server, wss, options);
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      if (fake.holdGateway) { fake.held.add(socket); socket.on('error', () => {}); return; }
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
    });
    server.on('request', (req, res) => { void fake.onRequest(req, res); });
    wss.on('connection', (socket, req) => fake.onConnection(socket, req));
    server.on('connection', () => { fake.lastConnectAt = Date.now(); });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    fake.port = (server.address() as AddressInfo).port;
    return fake;
  }

  /** What the client is given as `rest.api`. */
  get api(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  get connections(): number {
    return this.sockets.size;
  }

  /** Resets every held socket, as a network that drops a connection half made. */
  resetHeld(): void {
    for (const socket of this.held) (socket as Socket).resetAndDestroy();
    this.held.clear();
  }

  async close(): Promise<void> {
    // discord.js (@discordjs/ws 1.x) destroys a shard whose socket is still connecting by taking its
    // error listener away without closing it; if the listener closed under that socket, the reset
    // would be an uncaught error in the test run. So first let every connection in flight land and
    // be dropped cleanly, as an unreachable Discord drops it, then close.
    this.gatewayDown = true;
    for (const s of this.sockets) s.terminate();
    const quietMs = 150;
    const until = Date.now() + 2000;
    while (Date.now() < until && Date.now() - this.lastConnectAt < quietMs) {
      await new Promise((r) => setTimeout(r, 25));
    }
    for (const socket of this.held) socket.destroy();
    this.held.clear();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The next `times` requests matching answer with this error instead. */
  failNext(method: string, path: RegExp, status: number, body: unknown, times = 1): void {
    this.failures.push({ method, path, status, body, times });
  }

  /** The next request matching is answered only after `ms`, as a slow Discord would. */
  holdNext(method: string, path: RegExp, ms: number): void {
    this.holds.push({ method, path, ms });
  }

  /** The token is reset on the Bot page: REST answers 401 and IDENTIFY is closed with 4004 from now on. */
  revokeToken(): void {
    this.token = null;
  }

  /** Closes the gateway connections (of one shard id, or all) with this close code. */
  closeGateway(code: number, shard?: number): void {
    for (const s of this.sockets) if (shard === undefined || this.shardOf.get(s)?.[0] === shard) s.close(code, 'closed by the fake');
  }

  /** Sends INVALID_SESSION (op 9) to every connection; not resumable also forgets the sessions. */
  invalidSession(resumable: boolean): void {
    if (!resumable) this.sessions.clear();
    for (const s of this.sockets) s.send(JSON.stringify({ op: OP.invalidSession, d: resumable }));
  }

  /** Identifies so far by shard id. */
  identifiesOf(shard: number): number {
    return this.identifies.filter((i) => i.shard?.[0] === shard).length;
  }

  /**
   * Sends a gateway event (op 0) to every connected client, or only to the connections identified as
   * `shard`, as Discord sends a guild's events to the one shard that guild belongs to. Two connections
   * identified as the same shard both get it, as on Discord: that is how two copies answer twice.
   */
  dispatch(t: string, d: unknown, shard?: number): void {
    const frame = JSON.stringify({ op: OP.dispatch, t, s: ++this.seq, d });
    for (const s of this.sockets) if (shard === undefined || this.shardOf.get(s)?.[0] === shard) s.send(frame);
  }

  /** The shard ids of the open connections that identified (or resumed), one entry per connection. */
  connectedShards(): number[] {
    return [...this.shardOf.values()].map(([id]) => id).sort((a, b) => a - b);
  }

  /** The first request (from index `from` on) that matches, waiting up to `timeoutMs`. */
  async waitForRequest(match: (r: Recorded) => boolean, timeoutMs = 4000, from = 0): Promise<Recorded> {
    const found = this.requests.slice(from).find(match);
    if (found) return found;
    return new Promise((resolve, reject) => {
      const onRequest = (r: Recorded): void => {
        if (!match(r)) return;
        clearTimeout(timer);
        this.events.off('request', onRequest);
        resolve(r);
      };
      const timer = setTimeout(() => {
        this.events.off('request', onRequest);
        reject(new Error(`no matching request in ${timeoutMs} ms; got: ${this.requests.slice(from).map((r) => `${r.method} ${r.path}`).join(', ') || 'nothing'}`));
      }, timeoutMs);
      this.events.on('request', onRequest);
    });
  }

  /** The message Discord would have made from the reply to the interaction with this token. */
  originalOf(interactionToken: string): object | undefined {
    return this.originals.get(interactionToken);
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const raw = Buffer.concat(chunks).toString('utf8');
    const isJson = (req.headers['content-type'] ?? '').includes('application/json');
    const record: Recorded = {
      method: req.method ?? 'GET', path: url.pathname.replace(/^\/api\/v10/, ''), query: url.searchParams,
      auth: req.headers.authorization, body: isJson && raw ? JSON.parse(raw) : raw, at: performance.now(),
    };
    this.requests.push(record);
    this.events.emit('request', record);

    const hold = this.holds.find((h) => h.method === record.method && h.path.test(record.path));
    if (hold) {
      this.holds.splice(this.holds.indexOf(hold), 1);
      await new Promise((resolve) => setTimeout(resolve, hold.ms));
    }
    res.on('finish', () => { record.answered = performance.now(); });
    const send = (status: number, body?: unknown): void => {
      res.writeHead(status, body === undefined ? {} : { 'content-type': 'application/json' });
      res.end(body === undefined ? undefined : JSON.stringify(body));
    };
    if (!url.pathname.startsWith('/api/v10/')) return send(404, { message: '404: Not Found', code: 0 });
    const failure = this.failures.find((f) => f.method === record.method && f.path.test(record.path));
    if (failure) {
      if (--failure.times <= 0) this.failures.splice(this.failures.indexOf(failure), 1);
      return send(failure.status, failure.body);
    }
    this.route(record, send);
  }

  private route(r: Recorded, send: (status: number, body?: unknown) => void): void {
    const authorized = this.token !== null && r.auth === `Bot ${this.token}`;
    let m: RegExpExecArray | null;
    if (r.method === 'GET' && r.path === '/gateway/bot') {
      if (!authorized) return send(401, { message: '401: Unauthorized', code: 0 });
      return send(200, {
        url: this.gatewayUrl, shards: this.options.shards ?? 1,
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
      });
    }
    if (r.method === 'POST' && (m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(r.path))) {
      // Interaction callbacks authenticate by their token, not the bot's.
      const [, id, token] = m;
      if (this.acknowledged.has(id!)) return send(400, { message: 'Interaction has already been acknowledged.', code: 40060 });
      this.acknowledged.add(id!);
      if (r.body?.type === 4) this.originals.set(token!, botMessage(IDS.channel, r.body.data ?? {}));
      return send(204);
    }
    if (r.method === 'POST' && (m = /^\/webhooks\/(\d+)\/([^/]+)$/.exec(r.path))) {
      return send(200, botMessage(IDS.channel, r.body ?? {}));
    }
    if (!authorized) return send(401, { message: '401: Unauthorized', code: 0 });
    if (r.method === 'POST' && (m = /^\/channels\/(\d+)\/messages$/.exec(r.path))) {
      const made = botMessage(m[1]!, r.body ?? {});
      return send(200, r.body?.message_reference ? { ...made, type: 19, message_reference: r.body.message_reference } : made);
    }
    if (r.method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(r.path)) {
      const stored = (r.body as { name: string }[]).map((c) => ({ ...c, id: snowflake(), application_id: IDS.bot, version: snowflake() }));
      this.commands.set(r.path, stored);
      return send(200, stored);
    }
    send(404, { message: '404: Not Found', code: 0 });
  }

  private onConnection(socket: WebSocket, req: IncomingMessage): void {
    this.gatewayQueries.push(new URL(req.url ?? '/', 'http://127.0.0.1').searchParams);
    if (this.gatewayDown) { socket.terminate(); return; }
    this.sockets.add(socket);
    socket.on('close', () => { this.sockets.delete(socket); this.shardOf.delete(socket); });
    const send = (t: string, d: unknown): void => { socket.send(JSON.stringify({ op: OP.dispatch, t, s: ++this.seq, d })); };
    socket.on('message', (data) => {
      const frame = JSON.parse(String(data)) as { op: number; d: any };
      if (frame.op === OP.heartbeat) {
        this.heartbeats++;
        socket.send(JSON.stringify({ op: OP.heartbeatAck }));
      } else if (frame.op === OP.identify) {
        this.identifies.push(frame.d);
        if (frame.d?.token !== this.token) { socket.close(4004, 'Authentication failed.'); return; }
        if (typeof this.identifyReply === 'number') { socket.close(this.identifyReply, 'refused by the fake'); return; }
        if (this.identifyReply === 'ignore') return;
        const shard: [number, number] = frame.d.shard ?? [0, 1];
        this.shardOf.set(socket, shard);
        const session = `fake-session-${snowflake()}`;
        this.sessions.set(session, shard);
        send('READY', ready(session, this.gatewayUrl, frame.d.shard));
        send('GUILD_CREATE', guildCreate(this.options.guildLocale));
      } else if (frame.op === OP.resume) {
        this.resumes.push(frame.d);
        if (frame.d?.token !== this.token) { socket.close(4004, 'Authentication failed.'); return; }
        // A session this fake never made (or forgot) cannot be resumed, as on Discord.
        const shard = this.sessions.get(frame.d?.session_id);
        if (!shard) { socket.send(JSON.stringify({ op: OP.invalidSession, d: false })); return; }
        this.shardOf.set(socket, shard);
        send('RESUMED', {});
      }
    });
    socket.send(JSON.stringify({ op: OP.hello, d: { heartbeat_interval: this.options.heartbeatMs ?? 45_000 } }));
  }
}
