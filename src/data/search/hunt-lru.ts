interface Entry<V> {
  value: V;
  bytes: number;
  /** The search that last used it. */
  search: number;
  protected: boolean;
}

/**
 * A map bounded by the bytes its entries hold that keeps what the current hunt keeps coming back
 * to (a segmented LRU). An entry starts on probation; when a later search uses it again it
 * becomes protected. Room is made by dropping the least recently used entry on probation, and
 * only when none is left the least recently used protected one; protected entries past
 * `protectedShare` of the budget go back on probation, oldest first. A one-off search over
 * everything (every column of every chunk) then passes through probation without pushing out
 * the columns and term pages that the hunt's repeated searches read.
 */
export class HuntLru<K, V> {
  private readonly probation = new Map<K, Entry<V>>();
  private readonly kept = new Map<K, Entry<V>>();
  private total = 0;
  private keptBytes = 0;
  /** The current search; callers move it on with {@link nextSearch}. */
  private search = 0;

  constructor(
    readonly maxBytes: number,
    private readonly protectedShare = 0.8,
  ) {}

  get bytes(): number {
    return this.total;
  }

  /** Bytes held by entries that more than one search used. */
  get protectedBytes(): number {
    return this.keptBytes;
  }

  get size(): number {
    return this.probation.size + this.kept.size;
  }

  /** Marks the start of another search: entries used from now on were used again. */
  nextSearch(): void {
    this.search++;
  }

  get(key: K): V | undefined {
    const kept = this.kept.get(key);
    if (kept) {
      // Map order is the recency order: re-inserting makes it the newest.
      this.kept.delete(key);
      this.kept.set(key, kept);
      kept.search = this.search;
      return kept.value;
    }
    const e = this.probation.get(key);
    if (!e) return undefined;
    this.probation.delete(key);
    if (e.search !== this.search) {
      e.protected = true;
      this.kept.set(key, e);
      this.keptBytes += e.bytes;
      this.demote();
    } else this.probation.set(key, e);
    e.search = this.search;
    return e.value;
  }

  set(key: K, value: V, bytes: number): void {
    this.delete(key);
    this.probation.set(key, { value, bytes, search: this.search, protected: false });
    this.total += bytes;
    this.evictFor(key);
  }

  /** Counts `bytes` more for an entry whose value grew (nothing if it is gone); it is used now. */
  grow(key: K, bytes: number): void {
    const e = this.kept.get(key) ?? this.probation.get(key);
    if (!e) return;
    this.get(key);
    e.bytes += bytes;
    this.total += bytes;
    if (e.protected) this.keptBytes += bytes;
    this.evictFor(key);
  }

  delete(key: K): void {
    const e = this.kept.get(key) ?? this.probation.get(key);
    if (!e) return;
    (e.protected ? this.kept : this.probation).delete(key);
    this.total -= e.bytes;
    if (e.protected) this.keptBytes -= e.bytes;
  }

  /** Drops every entry whose key passes the test (a dataset that is gone). */
  deleteWhere(test: (key: K) => boolean): void {
    for (const key of [...this.probation.keys(), ...this.kept.keys()])
      if (test(key)) this.delete(key);
  }

  clear(): void {
    this.probation.clear();
    this.kept.clear();
    this.total = 0;
    this.keptBytes = 0;
  }

  /** Protected entries past their share go back on probation, as its newest. */
  private demote(): void {
    for (const [k, e] of this.kept) {
      if (this.keptBytes <= this.maxBytes * this.protectedShare) break;
      this.kept.delete(k);
      this.keptBytes -= e.bytes;
      e.protected = false;
      this.probation.set(k, e);
    }
  }

  /** Drops entries until the total fits, probation first, keeping `key` (the newest). */
  private evictFor(key: K): void {
    for (const segment of [this.probation, this.kept]) {
      for (const [k, e] of segment) {
        if (this.total <= this.maxBytes) return;
        if (k === key) continue;
        segment.delete(k);
        this.total -= e.bytes;
        if (e.protected) this.keptBytes -= e.bytes;
      }
    }
  }
}
