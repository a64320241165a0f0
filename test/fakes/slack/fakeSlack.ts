// A fake of the parts of Slack the app talks to, on 127.0.0.1: the Web API
// (`/api/<method>`, form or JSON bodies as @slack/web-api sends them), response
// URLs (`/respond/<id>`), and Socket Mode (`apps.connections.open` hands out a
// ws:// URL on the same server, which says hello and then carries envelopes
// whose acks come back with the envelope id). Everything it receives is kept
// for tests to assert on.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface ApiCall {
  method: string;
  args: Record<string, unknown>;
  authorization: string | undefined;
  /** When the call arrived (epoch ms, sub-millisecond), for latency figures. */
  at: number;
}

export interface Responded {
  id: string;
  body: Record<string, unknown>;
  at: number;
}

export interface Ack {
  envelope_id: string;
  payload?: Record<string, unknown>;
}

type Reply = (args: Record<string, unknown>) => Record<string, unknown>;

/** An answer with its own status and headers (a 429 with Retry-After, a 503), or `undefined` for the usual one. */
export interface RawReply { status: number; headers?: Record<string, string>; body: unknown }
type RawReplier = (args: Record<string, unknown>) => RawReply | undefined;

export const BOT = { userId: 'UBOT0001', botId: 'BBOT0001', teamId: 'T0000001', appId: 'A0000001' } as const;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** @slack/web-api sends form fields, with objects (blocks, views) as JSON strings. */
function parseArgs(raw: string, type: string | undefined): Record<string, unknown> {
  if (type?.includes('application/json')) return raw ? JSON.parse(raw) as Record<string, unknown> : {};
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    out[k] = /^[[{]/.test(v) ? JSON.parse(v) : v;
  }
  return out;
}

export class FakeSlack {
  readonly calls: ApiCall[] = [];
  readonly responded: Responded[] = [];
  readonly acks: Ack[] = [];
  private readonly replies = new Map<string, Reply>();
  private readonly delays = new Map<string, number>();
  private readonly raws = new Map<string, RawReplier>();
  private readonly hung = new Set<string>();
  private readonly held = new Set<ServerResponse>();
  private readonly waiters = new Set<() => void>();
  private readonly sockets = new Set<WebSocket>();
  private readonly wss = new WebSocketServer({ noServer: true });
  private ts = 1_700_000_000;
  private envelopes = 0;

  private constructor(private readonly server: Server, readonly port: number) {}

  static async start(): Promise<FakeSlack> {
    const server = createServer();
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const fake = new FakeSlack(server, (server.address() as AddressInfo).port);
    server.on('request', (req, res) => { void fake.handle(req, res); });
    server.on('upgrade', (req, socket, head) => {
      fake.wss.handleUpgrade(req, socket, head, (ws) => fake.connected(ws));
    });
    return fake;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  responseUrl(id: string): string {
    return `http://127.0.0.1:${this.port}/respond/${id}`;
  }

  /** Replaces the fake's answer to one Web API method; `undefined` restores the usual one. */
  reply(method: string, fn: Reply | undefined): void {
    if (fn) this.replies.set(method, fn); else this.replies.delete(method);
  }

  /** Holds the fake's answer to one Web API method for `ms` (0: at once), so calls stay in flight. */
  delay(method: string, ms: number): void {
    this.delays.set(method, ms);
  }

  /** Answers one Web API method with a status and headers of the test's choosing; `undefined` restores the usual answer. */
  replyRaw(method: string, fn: RawReplier | undefined): void {
    if (fn) this.raws.set(method, fn); else this.raws.delete(method);
  }

  /** Never answers one Web API method (until `hang(method, false)` or close): a Slack that does not answer. */
  hang(method: string, on = true): void {
    if (on) this.hung.add(method); else this.hung.delete(method);
  }

  callsTo(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Resolves with the first value `probe` returns that is not undefined; fails after `timeoutMs`. */
  async waitFor<T>(probe: () => T | undefined, what: string, timeoutMs = 3000): Promise<T> {
    const now = probe();
    if (now !== undefined) return now;
    return new Promise<T>((resolve, reject) => {
      const check = (): void => {
        const value = probe();
        if (value === undefined) return;
        cleanup();
        resolve(value);
      };
      const timer = setTimeout(() => { cleanup(); reject(new Error(`fake Slack never received ${what}`)); }, timeoutMs);
      const cleanup = (): void => { clearTimeout(timer); this.waiters.delete(check); };
      this.waiters.add(check);
    });
  }

  /** Resolves once nothing new has arrived for `quietMs`: for asserting that something did NOT happen. */
  async settle(quietMs = 150): Promise<void> {
    let count = -1;
    for (let i = 0; i < 50 && count !== this.received; i++) {
      count = this.received;
      await new Promise((r) => setTimeout(r, quietMs));
    }
  }

  private get received(): number {
    return this.calls.length + this.responded.length + this.acks.length;
  }

  private changed(): void {
    for (const w of [...this.waiters]) w();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const url = req.url ?? '';
    const send = (status: number, body: unknown): void => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (url.startsWith('/respond/')) {
      this.responded.push({ id: url.slice('/respond/'.length), body: JSON.parse(raw) as Record<string, unknown>, at: performance.timeOrigin + performance.now() });
      send(200, { ok: true });
      this.changed();
      return;
    }
    if (!url.startsWith('/api/')) { send(404, { ok: false, error: 'unknown_path' }); return; }
    const method = url.slice('/api/'.length).split('?')[0] ?? '';
    const args = parseArgs(raw, req.headers['content-type']);
    this.calls.push({ method, args, authorization: req.headers.authorization, at: performance.timeOrigin + performance.now() });
    this.changed();
    if (this.hung.has(method)) {
      this.held.add(res);
      res.once('close', () => this.held.delete(res));
      return;
    }
    const wait = this.delays.get(method) ?? 0;
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const special = this.raws.get(method)?.(args);
    if (special) {
      res.writeHead(special.status, { 'content-type': 'application/json', ...special.headers });
      res.end(JSON.stringify(special.body));
      return;
    }
    const custom = this.replies.get(method);
    send(200, custom ? custom(args) : this.defaultReply(method, args));
  }

  private defaultReply(method: string, args: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://fake.slack.test/', team: 'Fake', user: 'availability', team_id: BOT.teamId, user_id: BOT.userId, bot_id: BOT.botId };
      case 'apps.connections.open':
        return { ok: true, url: `ws://127.0.0.1:${this.port}/socket` };
      case 'chat.postMessage':
        return { ok: true, channel: args.channel, ts: `${++this.ts}.000100`, message: { text: args.text } };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: `${++this.ts}.000200` };
      case 'views.open':
      case 'views.update':
        return { ok: true, view: { id: 'V0000001', ...(args.view as object) } };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  // --- Socket Mode ---------------------------------------------------------

  private connected(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('close', () => { this.sockets.delete(ws); this.changed(); });
    ws.on('message', (data) => {
      let ack: Ack;
      try { ack = JSON.parse(String(data)) as Ack; } catch { return; }
      this.acks.push(ack);
      this.changed();
    });
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake' }, connection_info: { app_id: BOT.appId } }));
    this.changed();
  }

  get socketCount(): number {
    return this.sockets.size;
  }

  /** Sends an envelope to the connected app; resolves with the app's ack. */
  async envelope(type: 'slash_commands' | 'events_api' | 'interactive', payload: object, extra: Record<string, unknown> = {}): Promise<Ack> {
    const ws = await this.waitFor(() => [...this.sockets][0], 'a Socket Mode connection');
    const envelopeId = `env-${++this.envelopes}`;
    ws.send(JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: type !== 'events_api', ...extra }));
    return this.waitFor(() => this.acks.find((a) => a.envelope_id === envelopeId), `the ack of ${envelopeId}`);
  }

  /** Sends any text over the socket, as a broken or hostile envelope would arrive. */
  async sendRaw(text: string): Promise<void> {
    const ws = await this.waitFor(() => [...this.sockets][0], 'a Socket Mode connection');
    ws.send(text);
  }

  /** Acks received for an envelope id. */
  acksOf(envelopeId: string): Ack[] {
    return this.acks.filter((a) => a.envelope_id === envelopeId);
  }

  /** Closes every Socket Mode connection from Slack's side (a refresh, a network cut): the app must reconnect. */
  dropSockets(): void {
    for (const ws of this.sockets) ws.close(1001, 'fake Slack drops the connection');
  }

  async close(): Promise<void> {
    for (const res of this.held) res.destroy();
    for (const ws of this.sockets) ws.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
