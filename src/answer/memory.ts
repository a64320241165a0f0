// What each conversation asked last, so "and in Denmark?" can reuse the rest.
// Bounded twice: at most `capacity` conversations (least recently used leave
// first) and each for at most `ttlMs`, so a bot in thousands of channels keeps
// a flat memory.
import type { Clock } from '../core.js';

export class ConversationMemory<T> {
  private readonly items = new Map<string, { value: T; at: number }>();

  constructor(private readonly capacity: number, private readonly ttlMs: number, private readonly clock: Clock) {}

  get(key: string): T | undefined {
    const item = this.items.get(key);
    if (!item) return undefined;
    this.items.delete(key);
    if (this.clock() - item.at > this.ttlMs) return undefined;
    this.items.set(key, item);
    return item.value;
  }

  set(key: string, value: T): void {
    this.items.delete(key);
    this.items.set(key, { value, at: this.clock() });
    while (this.items.size > this.capacity) {
      const oldest = this.items.keys().next().value as string;
      this.items.delete(oldest);
    }
  }

  get size(): number {
    return this.items.size;
  }
}
