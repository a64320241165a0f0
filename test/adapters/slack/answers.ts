// Reading what the app sent to Slack: blocks back to their text, buttons by action id.
import type { FakeSlack } from '../../fakes/slack/fakeSlack.js';

export interface Message { text?: string; blocks?: Block[]; response_type?: string; thread_ts?: string; channel?: string }
export interface Block { type: string; text?: { text: string }; elements?: Element[] }
export interface Element { type: string; text?: string | { text: string }; action_id?: string; value?: string }

/** All mrkdwn text of a message's blocks, in order. */
export function blockText(m: Message): string {
  return (m.blocks ?? []).flatMap((b) => [
    b.text?.text ?? '',
    ...(b.type === 'context' ? (b.elements ?? []).map((e) => (typeof e.text === 'string' ? e.text : '')) : []),
  ]).join('\n');
}

export function buttons(m: Message): Element[] {
  return (m.blocks ?? []).filter((b) => b.type === 'actions').flatMap((b) => b.elements ?? []);
}

export function button(m: Message, actionId: string): Element {
  const found = buttons(m).find((e) => e.action_id === actionId);
  if (!found) throw new Error(`no button ${actionId} in ${JSON.stringify(m.blocks)}`);
  return found;
}

export function label(e: Element): string {
  return typeof e.text === 'string' ? e.text : e.text?.text ?? '';
}

/** The n-th chat.postMessage the fake received (0-based), waiting for it. */
export function nthPost(fake: FakeSlack, n: number, method = 'chat.postMessage'): Promise<Message> {
  return fake.waitFor(() => fake.callsTo(method)[n]?.args as Message | undefined, `${method} #${n + 1}`);
}
