// A bounded, expiring map: the last `capacity` keys set in the last `ttlMs`.
// The adapters' one kind of memory of their own (event ids already answered,
// long readings a Discord button cannot carry), so no flood of distinct keys
// can grow it without end.
export class Bounded<V> {
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

  get size(): number {
    return this.items.size;
  }
}
