// `npm run --silent ask -- "question"` answers one question; `--json` prints the
// Answer object. `--json` with no question answers standard input line by line
// in one process (batch evaluation): each line on its own, without memory.
// `--json --chat` reads standard input as conversations instead: one turn a line,
// each turn with the memory of the turns before it, a blank line starting a new one.
import dotenv from 'dotenv';
import { createInterface } from 'node:readline';
import { readSharedConfig } from '../shared/config.js';
import { EXIT, runEntry } from '../shared/entry.js';
import { startCore } from '../shared/startCore.js';
import { renderText } from '../terminal/render.js';

dotenv.config({ quiet: true });

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const chat = args.includes('--chat');
  const question = args.filter((a) => a !== '--json' && a !== '--chat').join(' ');
  const config = readSharedConfig(process.env);
  const started = await startCore(config);
  if (!started.ok) { for (const l of started.lines) process.stderr.write(`${l}\n`); return EXIT.start; }
  const { core } = started;
  // The terminal's locale is the hint for a question that shows no language.
  const hint = config.locale ? { language: config.locale } : {};
  if (question.length > 0 || !json) {
    const a = core.answer(question, hint);
    process.stdout.write(json ? `${JSON.stringify(a)}\n` : `${renderText(a)}\n`);
    core.close();
    return EXIT.ok;
  }
  const rl = createInterface({ input: process.stdin, terminal: false });
  const chunks: string[] = [];
  let conversation = 1;
  let turns = 0;
  for await (const line of rl) {
    if (chat && line.trim() === '') {
      if (turns > 0) { conversation++; turns = 0; }
      continue;
    }
    turns++;
    chunks.push(JSON.stringify(chat ? core.answer(line, { ...hint, conversation: `chat:${conversation}` }) : core.answer(line, hint)));
    if (chunks.length >= 256) { process.stdout.write(`${chunks.join('\n')}\n`); chunks.length = 0; }
  }
  if (chunks.length > 0) process.stdout.write(`${chunks.join('\n')}\n`);
  core.close();
  return EXIT.ok;
}

runEntry('ask', main);
