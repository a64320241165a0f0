// Conversations from the blind shipped set (test/conversations/shipped), played
// through each front end: the platform must carry the conversation as the core
// does (the same follow-ups, corrections, clarify replies typed by number or by
// name), and the core's answers must meet the blind expectations.
import { join, resolve } from 'node:path';
import { expect } from 'vitest';
import { judgeTurn, readConversations, type Conversation } from '../../../bench/heldout/conversations.js';
import type { Core } from '../../../src/index.js';

/** Unknown places, out of scope kept, a correction, clarify by number and by name, statements. */
const CHOSEN = ['s02', 's04', 's13', 's14', 's16', 's08'];

export function frontEndConversations(): Conversation[] {
  const all = readConversations(join(resolve(import.meta.dirname, '../../conversations/shipped'), 'conversations.jsonl'));
  return CHOSEN.map((id) => all.find((c) => c.id === id)!);
}

/**
 * The headlines the core gives the conversation's turns, played straight into it under
 * its own key; each answer is first judged against the blind expectation of its turn (over
 * the shipped catalog only: a front end's test catalog may hold more).
 */
export function expectedHeadlines(core: Core, c: Conversation, key: string, judge = true): string[] {
  return c.turns.map((t, i) => {
    const a = core.answer(t.q, { conversation: key });
    if (judge) expect(judgeTurn(t, a, c.id, i + 1).problems, `${c.id}.${i + 1} ${t.q}`).toEqual([]);
    return a.parts.headline;
  });
}
