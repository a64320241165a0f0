// Sends requests the way Slack does in HTTP mode: signed with the app's signing
// secret (`v0=` + HMAC-SHA256 of `v0:{timestamp}:{raw body}`), JSON for the
// Events API and form fields for commands and interactivity.
import { createHmac } from 'node:crypto';
import { Agent, request } from 'node:http';

export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface Sent {
  status: number; text: string; json: unknown;
  /** The response's headers (postSigned only): behind a proxy, which copy answered. */
  headers?: Record<string, string | string[] | undefined>;
}

export interface SendOptions {
  secret: string;
  /** Seconds since the epoch; now by default. */
  timestamp?: number;
  /** Overrides the computed signature (to send a wrong one). */
  signature?: string;
  headers?: Record<string, string>;
}

export async function sendSigned(url: string, body: string, contentType: string, o: SendOptions): Promise<Sent> {
  const timestamp = o.timestamp ?? Math.floor(Date.now() / 1000);
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': contentType, 'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': o.signature ?? slackSignature(o.secret, timestamp, body), ...o.headers,
    },
    body,
  });
  const text = await res.text();
  let json: unknown = null;
  try { json = text ? JSON.parse(text) : null; } catch { json = null; }
  return { status: res.status, text, json };
}

/** Keep-alive and no cap on sockets: a burst of requests goes out at once, as Slack's would. */
const burst = new Agent({ keepAlive: true, maxSockets: Infinity });

/**
 * The same as sendSigned over node:http. fetch costs several times more CPU per
 * request, which in a load test (client and app in one process) would be
 * measured as the app's latency.
 */
export function postSigned(url: string, body: string, contentType: string, o: SendOptions): Promise<Sent> {
  const timestamp = o.timestamp ?? Math.floor(Date.now() / 1000);
  const headers = {
    'content-type': contentType, 'content-length': String(Buffer.byteLength(body)), 'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': o.signature ?? slackSignature(o.secret, timestamp, body), ...o.headers,
  };
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent: burst, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown = null;
        try { json = text ? JSON.parse(text) : null; } catch { json = null; }
        resolve({ status: res.statusCode ?? 0, text, json, headers: res.headers });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

export const asForm = (fields: Record<string, string>): string => new URLSearchParams(fields).toString();
export const asPayload = (payload: object): string => new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
export const FORM = 'application/x-www-form-urlencoded';
export const JSON_TYPE = 'application/json';

export interface HalfReply { status: number; connection: string | undefined; text: string }

/**
 * A signed form request whose headers and first half are sent now; `finish()` sends the rest.
 * It is in flight for as long as the test likes: what a stop must still answer.
 */
export function halfSent(url: string, agent: Agent, secret: string, body: string): { finish(): void; reply: Promise<HalfReply> } {
  const ts = Math.floor(Date.now() / 1000);
  const req = request(url, {
    method: 'POST', agent,
    headers: {
      'content-type': FORM, 'content-length': String(Buffer.byteLength(body)), 'x-slack-request-timestamp': String(ts),
      'x-slack-signature': slackSignature(secret, ts, body),
    },
  });
  const reply = new Promise<HalfReply>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      res.on('data', (c: Buffer) => { text += c.toString('utf8'); });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, text }));
    });
    req.on('error', reject);
  });
  // Awaited by the test; this only keeps a failure elsewhere from also reporting it as unhandled.
  reply.catch(() => {});
  const half = Math.floor(body.length / 2);
  req.write(body.slice(0, half));
  return { finish: () => req.end(body.slice(half)), reply };
}
