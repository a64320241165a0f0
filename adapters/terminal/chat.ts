// The terminal chat: one conversation, questions in, rendered answers out,
// through the same turn pipeline as Discord and Slack (with this process's
// memory as its store, and no limit worth the name: one person at a keyboard).
import { createInterface } from 'node:readline';
import type { Core, Language } from '../../src/index.js';
import { InFlight } from '../shared/inflight.js';
import { createLogger } from '../shared/logger.js';
import { createTurns, type TurnObserver } from '../shared/turn.js';
import { MemoryStore } from '../state/memory.js';
import { renderText } from './render.js';

export interface ChatIO {
  input: NodeJS.ReadableStream; output: NodeJS.WritableStream; prompt?: boolean;
  /** The terminal's locale: the language of a question that shows none, until the conversation has one. */
  language?: Language;
  /** Told each turn, as on every platform: the misses log and the metrics, when they are on. */
  observe?: TurnObserver;
}

const CONVERSATION = 'terminal';
const APOLOGY = 'Sorry, something went wrong with that one. Please try again.';

/** Runs until the input ends or the user types "exit"/"quit"; resolves when done. */
export async function runChat(core: Core, io: ChatIO): Promise<void> {
  const out = (s: string): void => { io.output.write(s); };
  const prompt = (): void => { if (io.prompt !== false) out('you> '); };
  // A chat in a terminal has no log to write to: the answer (or the apology) is all there is.
  const logger = createLogger('silent');
  const turns = createTurns({
    core, inflight: new InFlight(logger, 'terminal'), logger, state: new MemoryStore(),
    rateLimit: { max: 10_000, windowMs: 1000 }, memoryTtlMs: 24 * 60 * 60 * 1000,
    platform: 'terminal', ...(io.observe ? { observe: io.observe } : {}),
  });
  let language: Language | undefined = io.language;
  out(`${core.answer('help', language ? { language } : {}).text}\n(exit: Ctrl-D or "exit")\n`);
  prompt();
  for await (const line of createInterface({ input: io.input, terminal: false })) {
    const text = line.trim();
    if (text === 'exit' || text === 'quit') break;
    // A reply to "which did you mean?" ("2", "Mi Store") is the core's to read, as on every front end.
    await turns.run({ handler: 'chat', where: {}, user: 'you', conversation: CONVERSATION, ask: line, ...(language ? { language } : {}) }, {
      render: (answer) => { language = answer.language; return renderText(answer); },
      reply: async (shown) => { out(`bot> ${shown.split('\n').join('\n     ')}\n`); },
      notice: async () => { out(`bot> ${APOLOGY}\n`); },
    });
    prompt();
  }
  out('\n');
}
