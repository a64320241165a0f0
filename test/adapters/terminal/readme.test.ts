// The README's example session is what the terminal chat prints: every "you>"
// line of it is typed into the real chat loop over the shipped catalog, and the
// whole transcript must come out the same, line for line.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runChat } from '../../../adapters/terminal/chat.js';
import type { Core } from '../../../src/index.js';
import { SHIPPED_CATALOG, coreFor } from '../../helpers/catalog.js';

let core: Core;
beforeAll(async () => { core = await coreFor(SHIPPED_CATALOG); });
afterAll(() => core.close());

function exampleSession(): string[] {
  const readme = readFileSync(resolve(import.meta.dirname, '../../../README.md'), 'utf8');
  const block = /## Example session\n\n```\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  return block.split('\n').filter((l) => l !== '' && l !== '$ npm start');
}

describe('GIVEN the README example session', () => {
  it('THEN the terminal chat prints it exactly', async () => {
    const lines = exampleSession();
    const questions = lines.filter((l) => l.startsWith('you> ')).map((l) => l.slice(5));
    expect(questions.length).toBeGreaterThan(3);
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (d: Buffer) => { printed += d.toString(); });
    const done = runChat(core, { input, output });
    for (const q of questions) input.write(`${q}\n`);
    input.end();
    await done;
    // The chat prints its help, then "you> " before each answer: chunk i after the help is the answer to question i.
    const chunks = printed.split('you> ').slice(1, questions.length + 1);
    const transcript = chunks.flatMap((chunk, i) => [`you> ${questions[i]}`, ...chunk.split('\n').filter((l) => l.trim() !== '')]);
    expect(transcript).toEqual(lines);
  });
});
