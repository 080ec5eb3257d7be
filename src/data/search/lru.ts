/**
 * A map that forgets its least recently used entries once their summed size passes `maxBytes`.
 * The search worker keeps decoded chunks in it so that later searches skip IndexedDB.
 */
export class ByteLru<K, V> {
  private readonly entries = new Map<K, { value: V; bytes: number }>();
  private total = 0;

  constructor(readonly maxBytes: number) {}

  get bytes(): number {
    return this.total;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: K): V | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    // Re-inserting moves the key to the end: Map iteration order is the recency order.
    this.entries.delete(key);
    this.entries.set(key, e);
    return e.value;
  }

  set(key: K, value: V, bytes: number): void {
    const old = this.entries.get(key);
    if (old) {
      this.total -= old.bytes;
      this.entries.delete(key);
    }
    this.entries.set(key, { value, bytes });
    this.total += bytes;
    this.evictFor(key);
  }

  /**
   * Counts `bytes` more for an entry whose value grew after it was set (nothing if it is gone).
   * A value grows while it is used, so it also becomes the most recent.
   */
  grow(key: K, bytes: number): void {
    const e = this.entries.get(key);
    if (!e) return;
    this.entries.delete(key);
    this.entries.set(key, e);
    e.bytes += bytes;
    this.total += bytes;
    this.evictFor(key);
  }

  /** Drops least recently used entries until the total fits, keeping `key` (the newest). */
  private evictFor(key: K): void {
    for (const [k, e] of this.entries) {
      if (this.total <= this.maxBytes || k === key) break;
      this.entries.delete(k);
      this.total -= e.bytes;
    }
  }

  clear(): void {
    this.entries.clear();
    this.total = 0;
  }
}
