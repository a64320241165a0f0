// Blind conversations through the terminal chat loop: every turn's printed answer
// opens with the headline the core gives that turn of the conversation, so the
// chat carries follow-ups, corrections and clarify replies ("2", "mi store").
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runChat } from '../../../adapters/terminal/chat.js';
import type { Core } from '../../../src/index.js';
import { SHIPPED_CATALOG, coreFor } from '../../helpers/catalog.js';
import { expectedHeadlines, frontEndConversations } from '../shared/conversations.js';

let core: Core;
beforeAll(async () => { core = await coreFor(SHIPPED_CATALOG); });
afterAll(() => core.close());

/** One chat per process: a fresh core, as each `npm start` has its own memory. */
async function chat(questions: string[]): Promise<string[]> {
  const fresh = await coreFor(SHIPPED_CATALOG);
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (d: Buffer) => { printed += d.toString(); });
  const done = runChat(fresh, { input, output });
  for (const q of questions) input.write(`${q}\n`);
  input.end();
  await done;
  fresh.close();
  // After the help, each "you> " is followed by the answer to one question.
  return printed.split('you> ').slice(1, questions.length + 1).map((chunk) => chunk.split('\n')[0]!.replace(/^bot> /, ''));
}

describe('GIVEN blind conversations typed into the terminal chat', () => {
  it.each(frontEndConversations().map((c) => [c.id, c] as const))('WHEN %s is played THEN every turn is answered as the conversation asks', async (id, c) => {
    const expected = expectedHeadlines(core, c, `direct:${id}`);
    expect(await chat(c.turns.map((t) => t.q))).toEqual(expected);
  });
});
