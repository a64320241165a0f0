// Node quirk behind a graceful stop in HTTP mode: http.Server.close() stops
// accepting connections and closes the idle ones, but a keep-alive connection
// busy with a request stays open after its response, until its keep-alive
// timeout, and takes further requests meanwhile. Slack keeps its connections
// alive, so a stop would wait 5 s or more and keep answering. Here every
// response under way when the stop begins (and any that starts after) says
// `Connection: close`, so each connection ends with the answer it carries.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { withDeadline } from '../shared/deadline.js';

export interface Drain {
  /** Closes the server: no new connection, every accepted request answered. Resolves when all have ended or after `timeoutMs` (then the rest are cut). */
  close(timeoutMs: number): Promise<'drained' | 'cut'>;
}

export function drainable(server: Server, stopListening: () => Promise<void>): Drain {
  const open = new Set<ServerResponse>();
  let closing = false;
  const lastOnConnection = (res: ServerResponse): void => {
    if (!res.headersSent) res.setHeader('Connection', 'close');
  };
  // Registered after Bolt's own listener; headers are only written once a handler acks, so there is time to add one.
  server.on('request', (_req: IncomingMessage, res: ServerResponse) => {
    if (closing) { lastOnConnection(res); return; }
    open.add(res);
    res.once('close', () => open.delete(res));
  });

  return {
    async close(timeoutMs) {
      closing = true;
      for (const res of open) lastOnConnection(res);
      const outcome = await withDeadline(stopListening(), timeoutMs);
      if (outcome !== 'late') return 'drained';
      server.closeAllConnections();
      return 'cut';
    },
  };
}
