// Socket Mode's messages, checked before Slack's client reads them. The
// client reads `event.type` of whatever JSON arrives and, for the Events API,
// `payload.event.type`: a `null` message, or an envelope without its payload,
// threw inside an async listener, an unhandled rejection that ended the
// process. Here a message that is no object, or an envelope whose payload (or
// event) is no object, is acknowledged if it has an envelope id (so Slack does
// not send it again), logged at most once a minute, and goes no further. The
// rest reach the client as before, and anything it still throws is logged.
import type { SocketModeReceiver } from '@slack/bolt';
import type { Logger } from '../shared/logger.js';
import { Sampled } from './sampled.js';

type SocketClient = SocketModeReceiver['client'];
type Listener = (data: unknown, isBinary: boolean) => unknown;
/** The client's own way to acknowledge an envelope (its `ack` calls it); typed private, public at run time. */
type Sender = { send(envelopeId: string, body: object): Promise<void> };

/** Messages of the connection itself, which carry no payload. */
const CONTROL = new Set(['hello', 'disconnect']);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Why a message cannot be handled (null when it can), and its envelope id if it has one. */
export function oddEnvelope(text: string): { problem: string | null; envelopeId: string | null } {
  let message: unknown;
  try {
    message = JSON.parse(text);
  } catch {
    return { problem: 'not JSON', envelopeId: null };
  }
  if (!isObject(message)) return { problem: 'not a JSON object', envelopeId: null };
  const envelopeId = typeof message.envelope_id === 'string' ? message.envelope_id : null;
  if (typeof message.type === 'string' && CONTROL.has(message.type)) return { problem: null, envelopeId };
  if (!isObject(message.payload)) return { problem: 'payload is not an object', envelopeId };
  if (message.type === 'events_api' && !isObject(message.payload.event)) return { problem: 'event is not an object', envelopeId };
  return { problem: null, envelopeId };
}

function asText(data: unknown): string | null {
  if (typeof data === 'string') return data;
  if (data instanceof ArrayBuffer || ArrayBuffer.isView(data)) return new TextDecoder().decode(data as ArrayBuffer);
  return null;
}

/** Puts the check in front of the client's own message listener ('ws_message', which its WebSocket emits). */
export function guardEnvelopes(client: SocketClient, log: Logger): void {
  const originals = client.listeners('ws_message') as Listener[];
  client.removeAllListeners('ws_message');
  const sampled = new Sampled();
  client.on('ws_message', (data: unknown, isBinary: boolean) => {
    const text = isBinary ? null : asText(data);
    if (text !== null) {
      const { problem, envelopeId } = oddEnvelope(text);
      if (problem) {
        sampled.note((unloggedSince) => log.warn({ problem, envelopeId, unloggedSince }, 'slack: a Socket Mode message that cannot be handled was dropped'));
        if (envelopeId) (client as unknown as Sender).send(envelopeId, {}).catch(() => { /* the socket went away: nothing to acknowledge on */ });
        return;
      }
    }
    for (const listener of originals) {
      new Promise((resolve) => { resolve(listener.call(client, data, isBinary)); }).catch((err: unknown) => {
        log.warn({ err }, 'slack: a Socket Mode message could not be handled');
      });
    }
  });
}
