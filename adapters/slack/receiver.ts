// HTTP mode's front door, in front of Bolt's HTTPReceiver at /slack/events.
// Bolt buffers up to 4 MB of any request before it checks the signature,
// writes a warn line for every forged one, and after a valid signature reads
// `body.ssl_check` from whatever JSON it got: a signed `null` threw outside any
// handler and ended the process. Here each POST is read up to BODY_LIMIT_BYTES
// (a 413 as soon as it is over), its signature checked with Bolt's own
// isValidSlackRequest (forged ones: 401, a sampled log line), and its body
// parsed with Bolt's own parser (no JSON object: 400, a sampled log line).
// Only then does Bolt see it, already buffered, and check it again itself.
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { parse as parseForm } from 'node:querystring';
import { HTTPModuleFunctions, HTTPReceiver, isValidSlackRequest, type CustomRoute, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../shared/logger.js';
import { Sampled } from './sampled.js';

export const EVENTS_PATH = '/slack/events';
/** Slack's largest payloads (a button press carries its whole message, 50 blocks, form-encoded) stay well under this. */
export const BODY_LIMIT_BYTES = 512 * 1024;
const FORM = 'application/x-www-form-urlencoded';

export interface FrontDoorOptions {
  signingSecret: string;
  log: Logger;
  clock?: () => number;
}

type Read = { body: Buffer } | 'too large' | 'gone';

/** The body, read no further than `limit` bytes (a declared length over it is not read at all). */
function readUpTo(req: IncomingMessage, limit: number): Promise<Read> {
  if (Number(req.headers['content-length']) > limit) return Promise.resolve('too large');
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size <= limit) { chunks.push(chunk); return; }
      // Nothing more is kept; what is still on its way is discarded as the connection closes.
      req.off('data', onData);
      req.resume();
      resolve('too large');
    };
    req.on('data', onData);
    req.once('end', () => resolve({ body: Buffer.concat(chunks, size) }));
    // A client that went away mid-body needs no answer, and no log line: anyone can do it.
    req.once('close', () => resolve('gone'));
    req.once('error', () => resolve('gone'));
  });
}

function answer(res: ServerResponse, status: number, text: string, close = false): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...(close ? { connection: 'close' } : {}) });
  res.end(`${text}\n`);
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
}

function isObject(value: unknown): boolean {
  // querystring's objects have no prototype; JSON's have Object's: both are what Bolt expects.
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pathOf(req: IncomingMessage): string | null {
  try {
    return new URL(req.url ?? '/', 'http://localhost').pathname;
  } catch {
    return null;
  }
}

/** Wraps Bolt's request listener; every request other than a POST to /slack/events goes straight to it. */
export function frontDoor(bolt: RequestListener, o: FrontDoorOptions): RequestListener {
  const clock = o.clock ?? Date.now;
  const tooLarge = new Sampled(60_000, clock);
  const forged = new Sampled(60_000, clock);
  const odd = new Sampled(60_000, clock);

  /** True when Bolt should take the request; otherwise it has been answered here. */
  async function admit(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const read = await readUpTo(req, BODY_LIMIT_BYTES);
    if (read === 'gone') return false;
    if (read === 'too large') {
      tooLarge.note((unloggedSince) => o.log.warn({ limitBytes: BODY_LIMIT_BYTES, declared: header(req, 'content-length') ?? null, from: req.socket.remoteAddress, unloggedSince }, 'slack: request body over the limit refused'));
      answer(res, 413, 'request body too large', true);
      return false;
    }
    // Bolt takes a request already read as it is: it must not try to read the stream again.
    const buffered = Object.assign(req, { rawBody: read.body });
    const text = read.body.toString('utf8');
    const form = header(req, 'content-type') === FORM;
    // Slack's ssl_check is unsigned by design; Bolt answers it and drops anything else it carries.
    if (form && parseForm(text).ssl_check === '1') return true;
    const signature = header(req, 'x-slack-signature');
    const timestamp = header(req, 'x-slack-request-timestamp');
    const signed = signature !== undefined && timestamp !== undefined && isValidSlackRequest({
      signingSecret: o.signingSecret, body: text, nowMilliseconds: clock(),
      headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': Number(timestamp) },
    });
    if (!signed) {
      forged.note((unloggedSince) => o.log.warn({ from: req.socket.remoteAddress, unloggedSince }, 'slack: requests with a bad or stale signature refused (401)'));
      answer(res, 401, 'bad signature');
      return false;
    }
    let body: unknown;
    try {
      body = HTTPModuleFunctions.parseHTTPRequestBody(buffered);
    } catch {
      body = undefined;
    }
    if (!isObject(body)) {
      odd.note((unloggedSince) => o.log.warn({ kind: body === undefined ? 'unparsable' : Array.isArray(body) ? 'array' : body === null ? 'null' : typeof body, unloggedSince }, 'slack: a signed request whose body is not a JSON object was refused'));
      answer(res, 400, 'body is not a JSON object');
      return false;
    }
    return true;
  }

  return (req, res) => {
    if (req.method !== 'POST' || pathOf(req) !== EVENTS_PATH) {
      // Synchronously, inside Bolt's own try: an unknown path is its 404.
      bolt(req, res);
      return;
    }
    admit(req, res).then((ok) => { if (ok) bolt(req, res); }).catch((err: unknown) => {
      o.log.warn({ err }, 'slack: request could not be read');
      answer(res, 400, 'request could not be read');
    });
  };
}

/** Bolt's HTTPReceiver at /slack/events, behind the front door, with the app's extra routes (/healthz). */
export function httpReceiver(o: FrontDoorOptions & { bolt: BoltLogger; routes: CustomRoute[] }): HTTPReceiver {
  const receiver = new HTTPReceiver({
    signingSecret: o.signingSecret, endpoints: EVENTS_PATH, logger: o.bolt, customRoutes: o.routes,
    // Bolt's own limit as well, should the front door ever be bypassed.
    bodyLimit: BODY_LIMIT_BYTES,
  });
  receiver.requestListener = frontDoor(receiver.requestListener, o);
  return receiver;
}
