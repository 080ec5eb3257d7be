import type { EventChunk, ValueCount } from '../../engine';
import { forEachValue, listOf, type ChunkValueCounts } from '../chunk';
import type { StoredSource } from './stored-source';

/** Top values offered after `field=`, as Splunk's field summary lists them. */
export const TOP_VALUES = 100;

/**
 * How long the first request for a field waits for the chunks whose columns must be read before
 * it answers from what is counted so far: completion should feel instant (issue 20: under 50 ms).
 */
export const VALUES_WAIT_MS = 25;

/** A chunk's list of its most frequent values of the field. */
interface List {
  counts: ChunkValueCounts;
  k: number;
}

/**
 * One field's values over the datasets in scope, for completion after `field=`, from the value
 * counts stored with each chunk (value-counts.ts), read with the chunk list: a chunk that lists
 * the field whole (up to a thousand distinct values in the chunk) adds exact counts; one that
 * lists only its most frequent values adds those, and leaves the counts of every value it may
 * hold more of marked as lower bounds (`atLeast`); one without a list for the field (stored
 * before value counts were kept, or whose values are too long) has its column read and counted
 * in the background, and answers until then are lower bounds too.
 */
export class FieldValues {
  /**
   * Exact counts over the chunks that listed the field whole or had their column read, boxed so
   * that a value seen before costs one lookup (the first request merges some 40,000 entries for
   * a field like dest_port at a million events).
   */
  private readonly counted = new Map<string, { n: number }>();
  /** The lists of chunks that keep only their most frequent values. */
  private readonly partial: List[] = [];
  /** Chunks holding the field without a list for it, not read yet. */
  private readonly unread = new Set<number>();
  private changes = 0;
  private lastAnswer: { changes: number; top: ValueCount[] } | null = null;
  private waited = false;
  private finished = false;
  /** Resolves with the top values once every column that must be read has been. */
  readonly complete: Promise<ValueCount[]>;

  /** `wanted`: false once nobody will ask again (the scope changed); the reading stops. */
  constructor(
    source: StoredSource,
    holding: readonly number[],
    private readonly field: string,
    wanted: () => boolean,
  ) {
    const add = this.add;
    for (const i of holding) {
      const counts = source.valueCounts(i);
      const list = counts && listOf(counts, field);
      if (!list) this.unread.add(i);
      else if (list.whole) forEachValue(counts, list.k, add);
      else this.partial.push({ counts, k: list.k });
    }
    this.complete = this.readColumns(source, wanted);
  }

  /** What completion shows now; the first request waits a moment for columns being read. */
  async answer(): Promise<ValueCount[]> {
    if (!this.finished && !this.waited) {
      this.waited = true;
      const timer = new Promise<null>((r) => setTimeout(r, VALUES_WAIT_MS, null));
      const done = await Promise.race([this.complete, timer]);
      if (done) return done;
    }
    return this.top();
  }

  private readonly add = (value: string, n: number): void => {
    const box = this.counted.get(value);
    if (box) box.n += n;
    else this.counted.set(value, { n });
  };

  private async readColumns(source: StoredSource, wanted: () => boolean): Promise<ValueCount[]> {
    const order = [...this.unread];
    if (order.length > 0) source.willLoad?.(order);
    for (const i of order) {
      if (!wanted()) return this.top();
      const chunk = await source.load(i);
      countColumn(chunk, this.field, this.add);
      this.unread.delete(i);
      this.changes++;
    }
    this.finished = true;
    return this.top();
  }

  /**
   * The top values counted so far plus those the partial lists hold. A value's count is exact
   * when no column is left to read and every partial list holds it (a list's counts are exact
   * for its chunk); else it is a lower bound.
   */
  private top(): ValueCount[] {
    if (this.lastAnswer?.changes === this.changes) return this.lastAnswer.top;
    const extra = new Map<string, { count: number; lists: number }>();
    for (const list of this.partial) {
      forEachValue(list.counts, list.k, (v, n) => {
        const e = extra.get(v);
        if (e) {
          e.count += n;
          e.lists++;
        } else extra.set(v, { count: n, lists: 1 });
      });
    }
    const top = new TopValues(TOP_VALUES);
    for (const [v, box] of this.counted) top.offer(v, box.n + (extra.get(v)?.count ?? 0));
    for (const [v, e] of extra) if (!this.counted.has(v)) top.offer(v, e.count);
    const unsure = this.unread.size > 0;
    const lists = this.partial.length;
    const values = top.values.map((x) =>
      unsure || (extra.get(x.value)?.lists ?? 0) < lists ? { ...x, atLeast: true } : x,
    );
    this.lastAnswer = { changes: this.changes, top: values };
    return values;
  }
}

/** Adds each value of `field` in a loaded chunk, once per occurrence (a list's values each). */
function countColumn(chunk: EventChunk, field: string, add: (v: string, n: number) => void) {
  const column = chunk.column?.(field);
  if (column) {
    // One count per code, then one map update per distinct value of the chunk.
    const perCode = new Uint32Array(column.dict.length + 1);
    const codes = column.codes;
    for (let e = 0; e < codes.length; e++) perCode[codes[e]]++;
    for (let c = 0; c < column.dict.length; c++) if (perCode[c]) add(column.dict[c], perCode[c]);
    return;
  }
  for (let e = 0; e < chunk.count; e++) {
    const v = chunk.value(field, e);
    if (v === undefined) continue;
    for (const one of typeof v === 'string' ? [v] : v) add(one, 1);
  }
}

const before = (a: ValueCount, b: ValueCount) =>
  a.count > b.count || (a.count === b.count && a.value < b.value);

/**
 * The `k` most frequent values offered, most frequent first (ties by value): a sorted list of k
 * kept as values come, so a field with a value per event is not sorted whole.
 */
class TopValues {
  readonly values: ValueCount[] = [];

  constructor(private readonly k: number) {}

  offer(value: string, count: number): void {
    const { values: top, k } = this;
    const last = top[k - 1];
    // Most values of a large field go no further than this comparison.
    if (last && (count < last.count || (count === last.count && value >= last.value))) return;
    const item = { value, count };
    let at = top.length;
    while (at > 0 && before(item, top[at - 1])) at--;
    top.splice(at, 0, item);
    if (top.length > k) top.pop();
  }
}

/** The `k` most frequent values, most frequent first (ties by value). */
export function topValues(counts: Iterable<[string, number]>, k: number): ValueCount[] {
  const top = new TopValues(k);
  for (const [value, count] of counts) top.offer(value, count);
  return top.values;
}
