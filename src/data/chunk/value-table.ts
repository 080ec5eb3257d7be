import { growInt32 } from './growable';

const FNV_SEED = -2128831035; // 2166136261
const FNV_PRIME = 16777619;
/** Ints per entry: hash, column id, pool start, byte length, code. */
const ENTRY = 5;

// ignoreBOM: a U+FEFF opening a value is part of it, as in the text path.
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * The byte path's front to the columns' dictionaries: (column, UTF-8 bytes of a value) -> the
 * value's code in that column, in an open-addressing table over typed arrays. A value's bytes are
 * hashed and compared where they lie in the block, so a value seen before in the chunk costs no
 * string. A new value's bytes are kept in the table's pool, and its string is made from there only
 * when the column's dictionary is read (at build, mostly): the whole pool decoded at once and cut,
 * rather than a string per value as it comes.
 */
export class ValueTable {
  /**
   * The buffers start empty or small and grow from the first values on, while V8 still interprets:
   * a growth first taken in compiled code deoptimises it (no type feedback for that branch). Not
   * only in the first call either: V8 gives a function its feedback vector after a few calls.
   */
  private pool = new Uint8Array(0);
  private poolLength = 0;
  private entries = new Int32Array(0);
  private count = 0;
  /** Per slot the entry index + 1 (0: empty). */
  private table = new Int32Array(16);
  private mask = 15;
  /** Where the bytes of the value the last successful find found lie in the pool. */
  foundAt = 0;
  /** Where the last failed find ended, for the insert that follows it. */
  private missHash = 0;
  private missSlot = 0;
  /** The pool decoded from textFrom to textEnd (see {@link poolString}); ascii: as many units. */
  private text = '';
  private textFrom = 0;
  private textEnd = 0;
  private ascii = false;

  constructor() {
    // The buffers are replaced as they grow: written twice here so that V8 does not compile the
    // lookups with them as constants, which the first growth would deoptimise.
    this.pool = new Uint8Array(this.pool.length);
    this.entries = new Int32Array(this.entries.length);
    this.table = new Int32Array(this.table.length);
    this.text = ' ';
    this.text = '';
  }

  /** The text of src[start, end), UTF-8. */
  string(src: Uint8Array, start: number, end: number): string {
    return utf8.decode(src.subarray(start, end));
  }

  /** Whether src[start, end) are the pool's bytes from `at` (as many). */
  equals(at: number, src: Uint8Array, start: number, end: number): boolean {
    const { pool } = this;
    const d = at - start;
    for (let k = start; k < end; k++) if (pool[k + d] !== src[k]) return false;
    return true;
  }

  /**
   * The text of the pool's bytes [at, at + length), as {@link insert} placed them. The first call
   * after new values decodes all of the pool not decoded yet, and later calls cut from that text
   * while it is ASCII; values before it, asked again, are decoded one by one.
   */
  poolString(at: number, length: number): string {
    if (at >= this.textEnd && this.textEnd < this.poolLength) {
      this.textFrom = this.textEnd;
      this.textEnd = this.poolLength;
      this.text = utf8.decode(this.pool.subarray(this.textFrom, this.textEnd));
      this.ascii = this.text.length === this.textEnd - this.textFrom;
    }
    if (this.ascii && at >= this.textFrom && at + length <= this.textEnd)
      return this.text.slice(at - this.textFrom, at - this.textFrom + length);
    return utf8.decode(this.pool.subarray(at, at + length));
  }

  /** Code of column `col`'s value src[start, end), or -1 (then {@link insert} may follow). */
  find(col: number, src: Uint8Array, start: number, end: number): number {
    // FNV-1a over four bytes at a time: a multiply per byte made a chain as long as the value.
    let h = FNV_SEED ^ col;
    let k = start;
    for (; k + 4 <= end; k += 4)
      h = Math.imul(
        h ^ (src[k] | (src[k + 1] << 8) | (src[k + 2] << 16) | (src[k + 3] << 24)),
        FNV_PRIME,
      );
    for (; k < end; k++) h = Math.imul(h ^ src[k], FNV_PRIME);
    h ^= h >>> 16;
    h = Math.imul(h, -2048144789);
    h ^= h >>> 13;
    const len = end - start;
    const { table, mask, entries, pool } = this;
    let slot = h & mask;
    for (;;) {
      const e = table[slot];
      if (e === 0) break;
      const m = (e - 1) * ENTRY;
      if (entries[m] === h && entries[m + 1] === col && entries[m + 3] === len) {
        const at = entries[m + 2];
        let k = 0;
        while (k < len && pool[at + k] === src[start + k]) k++;
        if (k === len) {
          this.foundAt = at;
          return entries[m + 4];
        }
      }
      slot = (slot + 1) & mask;
    }
    this.missHash = h;
    this.missSlot = slot;
    return -1;
  }

  /**
   * Records `code` for the value of the find that just failed; returns where its bytes went in the
   * pool (for {@link poolString}).
   */
  insert(col: number, src: Uint8Array, start: number, end: number, code: number): number {
    const len = end - start;
    if (this.poolLength + len > this.pool.length) {
      const grown = new Uint8Array(Math.max(this.pool.length * 2, this.poolLength + len, 1024));
      grown.set(this.pool.subarray(0, this.poolLength));
      this.pool = grown;
    }
    const at = this.poolLength;
    this.pool.set(src.subarray(start, end), at);
    this.poolLength += len;
    const id = this.count++;
    const m = id * ENTRY;
    if (m + ENTRY > this.entries.length) this.entries = growInt32(this.entries, m + ENTRY);
    const { entries } = this;
    entries[m] = this.missHash;
    entries[m + 1] = col;
    entries[m + 2] = at;
    entries[m + 3] = len;
    entries[m + 4] = code;
    this.table[this.missSlot] = id + 1;
    if ((id + 1) * 2 > this.mask + 1) this.rehash();
    return at;
  }

  private rehash(): void {
    const size = (this.mask + 1) * 2;
    const table = new Int32Array(size);
    const mask = size - 1;
    for (let id = 0; id < this.count; id++) {
      let slot = this.entries[id * ENTRY] & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = id + 1;
    }
    this.table = table;
    this.mask = mask;
  }

  /** Forgets every value (a new chunk starts). */
  reset(): void {
    this.text = '';
    this.textFrom = this.textEnd = 0;
    if (this.count === 0) return;
    this.table.fill(0);
    this.count = 0;
    this.poolLength = 0;
  }
}
