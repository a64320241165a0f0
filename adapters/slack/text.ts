// Slack quirk: message and command text arrive with `&`, `<` and `>` turned into
// entities (mentions and links are `<…>` markup, which the core drops itself).
// Also the keys that tie follow-ups to a Slack conversation.

/** Undoes Slack's escaping of typed text; `&amp;` last, so "&amp;lt;" stays the "&lt;" the user typed. */
export function slackToPlain(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** A thread (a mention and its replies) or, without a thread, the whole DM. */
export function conversationKey(team: string, channel: string, thread?: string): string {
  return thread ? `slack:${team}:${channel}:${thread}` : `slack:${team}:${channel}`;
}

/** Slash commands have no thread: one conversation per user and channel. */
export function commandKey(team: string, channel: string, user: string): string {
  return `slack:${team}:${channel}:cmd:${user}`;
}

export function userKey(team: string, user: string): string {
  return `slack:${team}:${user}`;
}
