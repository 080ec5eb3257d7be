interface Entry<V> {
  value: V;
  bytes: number;
  /** The search that last used it. */
  search: number;
  /** What that search was (its query): runs of the same search own the same entries. */
  owner: number;
  protected: boolean;
}

/**
 * A map bounded by the bytes its entries hold that keeps what the current hunt keeps coming back
 * to (a segmented LRU). An entry starts on probation; when a later search uses it again it
 * becomes protected. Room is made by dropping the least recently used entry on probation;
 * protected entries past `protectedShare` of the budget go back on probation, oldest first. A one-off search over
 * everything (every column of every chunk) then passes through probation without pushing out
 * the columns and term pages that the hunt's repeated searches read.
 *
 * A search never makes room by dropping what it, or an earlier run of the same query, used
 * last: once only such entries are left, what it reads next is not kept. Plain LRU drops a
 * scan's first chunks to keep its last, so a search whose parts are larger than the room left
 * reads every one of them again on its next run (at 10M events the bench's field filter read
 * 1.4 GB per run, its cache full of its own parts); keeping the first ones lets each repeat read
 * only what did not fit, and as the repeats promote their parts, the room grows at the expense
 * of searches not run again.
 */
/** Queries remembered as owners; past this the names are forgotten (their entries stay). */
const MAX_OWNERS = 1000;

export class HuntLru<K, V> {
  private readonly probation = new Map<K, Entry<V>>();
  private readonly kept = new Map<K, Entry<V>>();
  private total = 0;
  private keptBytes = 0;
  /** The current search; callers move it on with {@link nextSearch}. */
  private search = 0;
  private owner = 0;
  /** Owner ids by query; ids only ever grow, so forgetting the map never merges two owners. */
  private owners = new Map<string, number>();
  private nextOwner = 1;

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

  /**
   * Marks the start of another search: entries used from now on were used again. `query` names
   * it, so that a run of a search already run owns what the earlier runs read.
   */
  nextSearch(query?: string): void {
    this.search++;
    let owner = query === undefined ? undefined : this.owners.get(query);
    if (owner === undefined) {
      owner = this.nextOwner++;
      if (query !== undefined) {
        if (this.owners.size >= MAX_OWNERS) this.owners.clear();
        this.owners.set(query, owner);
      }
    }
    this.owner = owner;
  }

  get(key: K): V | undefined {
    const kept = this.kept.get(key);
    if (kept) {
      // Map order is the recency order: re-inserting makes it the newest.
      this.kept.delete(key);
      this.kept.set(key, kept);
      kept.search = this.search;
      kept.owner = this.owner;
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
    e.owner = this.owner;
    return e.value;
  }

  /** Keeps `value` if room can be made for it; returns whether it is kept. */
  set(key: K, value: V, bytes: number): boolean {
    this.delete(key);
    this.probation.set(key, {
      value,
      bytes,
      search: this.search,
      owner: this.owner,
      protected: false,
    });
    this.total += bytes;
    return this.evictFor(key);
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

  /**
   * Drops entries on probation that other searches used last, least recently used first, until
   * the total fits; if that is not enough, drops `key` itself. Protected entries leave only by
   * demotion (when this search's repeats promote its own). Whether `key` is kept.
   */
  private evictFor(key: K): boolean {
    for (const [k, e] of this.probation) {
      if (this.total <= this.maxBytes) return true;
      if (e.owner === this.owner) continue;
      this.probation.delete(k);
      this.total -= e.bytes;
    }
    if (this.total <= this.maxBytes) return true;
    this.delete(key);
    return false;
  }
}
