// A bounded, expiring map: the last `capacity` keys seen in the last `ttlMs`.
// Used to drop events Slack delivers again (retries after a slow ack, Socket
// Mode re-sends) and to keep answers for the "Share in channel" button, whose
// payload does not carry the ephemeral message it was pressed on.
export class Recent<V> {
  private readonly items = new Map<string, { value: V; at: number }>();

  constructor(private readonly capacity: number, private readonly ttlMs: number, private readonly clock: () => number = Date.now) {}

  get(key: string): V | undefined {
    const item = this.items.get(key);
    if (!item) return undefined;
    if (this.clock() - item.at >= this.ttlMs) { this.items.delete(key); return undefined; }
    return item.value;
  }

  set(key: string, value: V): void {
    this.items.delete(key);
    this.items.set(key, { value, at: this.clock() });
    // Insertion order is age order: the first keys are the oldest.
    while (this.items.size > this.capacity) {
      const oldest = this.items.keys().next().value;
      if (oldest === undefined) break;
      this.items.delete(oldest);
    }
  }

  /** Records `key`; false when it was already there, so a second delivery can be dropped. */
  first(key: string, value: V): boolean {
    if (this.get(key) !== undefined) return false;
    this.set(key, value);
    return true;
  }

  /** Returns the value and forgets it: for things that may be used once. */
  take(key: string): V | undefined {
    const value = this.get(key);
    this.items.delete(key);
    return value;
  }

  get size(): number {
    return this.items.size;
  }
}
