// The terminal chat: one conversation, questions in, rendered answers out.
import { createInterface } from 'node:readline';
import type { Answer, Core } from '../../src/index.js';
import { renderText } from './render.js';

export interface ChatIO { input: NodeJS.ReadableStream; output: NodeJS.WritableStream; prompt?: boolean }

const CONVERSATION = 'terminal';

/** Runs until the input ends or the user types "exit"/"quit"; resolves when done. */
export function runChat(core: Core, io: ChatIO): Promise<void> {
  const rl = createInterface({ input: io.input, terminal: false });
  const out = (s: string): void => { io.output.write(s); };
  const prompt = (): void => { if (io.prompt !== false) out('you> '); };
  let last: Answer | undefined;
  out(`${core.answer('help').text}\n(exit: Ctrl-D or "exit")\n`);
  prompt();
  return new Promise((resolve) => {
    rl.on('line', (line) => {
      const text = line.trim();
      if (text === 'exit' || text === 'quit') { rl.close(); return; }
      // A reply to "which did you mean?" ("2", "Mi Store") is the core's to read, as on every front end.
      const context = last ? { conversation: CONVERSATION, language: last.language } : { conversation: CONVERSATION };
      last = core.answer(line, context);
      out(`bot> ${renderText(last).split('\n').join('\n     ')}\n`);
      prompt();
    });
    rl.on('close', () => { out('\n'); resolve(); });
  });
}
