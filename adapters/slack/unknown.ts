// Requests no listener takes: a button, shortcut, view or menu with an id the
// app does not know (an old message's button, a shortcut of another version),
// or a body of no kind Bolt recognises. Bolt then acknowledges nothing: over
// HTTP the request hung 3 s and got a 404 with an error line, over Socket Mode
// Slack waited and sent it again. This receiver sits between Bolt's App and
// its real receiver (HTTP or Socket Mode): once the App has run every
// listener, an event nobody acknowledged is acknowledged here at once, with a
// debug line. A body Bolt cannot even sort (`{"event": "x"}`) is acknowledged
// the same way, with a warn line, instead of Bolt's 500.
import type { App, Receiver, ReceiverEvent } from '@slack/bolt';
import type { Logger } from '../shared/logger.js';

/** What to log about a body, without its contents: its kind and the id it was meant for. */
function describe(body: unknown): Record<string, unknown> {
  const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const view = b.view as Record<string, unknown> | undefined;
  const action = Array.isArray(b.actions) ? b.actions[0] as Record<string, unknown> | undefined : undefined;
  const id = action?.action_id ?? b.action_id ?? b.callback_id ?? view?.callback_id ?? b.command;
  return { kind: typeof b.type === 'string' ? b.type : null, id: typeof id === 'string' ? id : null };
}

/** Slack expects an options list back from a menu's suggestion request: an empty one says "nothing found". */
function emptyAnswer(body: unknown): Record<string, unknown> | undefined {
  return (body as { type?: unknown } | null)?.type === 'block_suggestion' ? { options: [] } : undefined;
}

export class AckingReceiver implements Receiver {
  constructor(readonly inner: Receiver, private readonly log: Logger) {}

  init(app: App): void {
    // The receivers call nothing on the App but processEvent.
    const front = { processEvent: (event: ReceiverEvent) => this.process(app, event) };
    this.inner.init(front as unknown as App);
  }

  start(...args: unknown[]): Promise<unknown> {
    return this.inner.start(...args);
  }

  stop(...args: unknown[]): Promise<unknown> {
    return this.inner.stop(...args);
  }

  private async process(app: App, event: ReceiverEvent): Promise<void> {
    let acked = false;
    const ack: ReceiverEvent['ack'] = async (response) => {
      acked = true;
      return event.ack(response);
    };
    try {
      await app.processEvent({ ...event, ack });
    } catch (err) {
      this.log.warn({ err, ...describe(event.body) }, 'slack: a request Bolt could not sort was acknowledged');
    }
    if (acked) return;
    this.log.debug(describe(event.body), 'slack: a request no listener took was acknowledged');
    try {
      await ack(emptyAnswer(event.body));
    } catch (err) {
      // A socket gone since: Slack sends the envelope again on the next connection.
      this.log.debug({ err }, 'slack: acknowledging a request no listener took failed');
    }
  }
}
