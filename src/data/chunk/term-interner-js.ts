import { growInt32, growUint16, growUint32 } from './growable';
import type { TermIndexRecord } from './records';
import { sortTermIds } from './sort-terms';
import { encodeTermIndex } from './term-index-encoding';
import { KIND, type TermInterner } from './term-interner';

const FNV_SEED = -2128831035; // 2166136261
const FNV_PRIME = 16777619;

/** Spreads FNV's weak low bits before masking into the table. */
function slotHash(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, -2048144789); // 0x85ebca6b
  return h ^ (h >>> 13);
}

/**
 * Interns a chunk's terms while events stream in, scanning each event's UTF-8 text (already encoded
 * for the raw store) once. The reference for the WebAssembly interner, and what runs where
 * WebAssembly cannot (Safari's Lockdown Mode, a policy that forbids it). It hashes case-folded
 * bytes as it goes and resolves terms in an open-addressing table over typed arrays, comparing
 * bytes only on a hash hit; a new term's bytes are appended to a pool, so no string is allocated
 * per token or even per term. A major segment with minor breakers (an IP, a path, a key_name) is
 * resolved whole, and its minor parts are looked up only the first time that segment is seen in the
 * chunk: later occurrences reuse the list (measured ~10% faster in Node, ~25% in Chromium).
 * Segments with non-ASCII characters go through String.toLowerCase for full Unicode case mapping.
 * Must yield exactly the terms of splitTerms (the tests hold it to that).
 */
export class JsTermInterner implements TermInterner {
  private count = 0;
  private termCount = 0;
  /** Case-folded UTF-8 of every term, back to back. */
  private pool = new Uint8Array(1 << 16);
  private poolView: DataView = new DataView(this.pool.buffer);
  private poolLength = 0;
  /**
   * Per term, side by side so one cache line serves a lookup: pool start, byte length, last event
   * posted (so an event is posted once), and events containing it.
   */
  private meta = new Int32Array(4 * 1024);
  /** Open addressing: per slot the term's hash and id + 1 (0: empty), hash first to skip misses. */
  private table = new Int32Array(2 * 2048);
  private mask = 2047;
  /** Term ids per event, in event order; eventEnds[e] is where event e's ids end. */
  private occurrences = new Int32Array(1 << 16);
  private occurrenceCount = 0;
  private eventEnds = new Uint32Array(4096);
  /** Per term id: where its minor parts' ids start in partIds and how many (-1: not split yet). */
  private partsOf = new Int32Array(2 * 1024);
  private partIds = new Int32Array(1 << 14);
  private partCount = 0;
  /**
   * encode()'s working arrays, kept from chunk to chunk: fresh ones (a megabyte or so per chunk)
   * cost zero-filled pages and the collector's time.
   */
  private lists = new Uint16Array(0);
  private next = new Int32Array(0);
  private listStart = new Int32Array(0);
  private bytes: Uint8Array = this.pool;
  private bytesView: DataView = this.poolView;
  // ignoreBOM: a U+FEFF opening a segment is part of the term, as in splitTerms.
  private readonly decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  private readonly encoder = new TextEncoder();

  /** Indexes the UTF-8 text bytes[start, end) as the next event. */
  add(bytes: Uint8Array, start: number, end: number): void {
    if (bytes !== this.bytes) this.view(bytes);
    const ev = this.count++;
    let i = start;
    while (i < end) {
      let k = KIND[bytes[i]];
      if (k >= 512) {
        i++;
        continue;
      }
      const majorStart = i;
      let hash = FNV_SEED;
      // OR of the term bytes (>= 128: non-ASCII), plus 1024 once any term byte (even NUL) is seen.
      let bits = 0;
      let minors = 0;
      do {
        if (k >= 256) minors++;
        else bits |= k | 1024;
        hash = Math.imul(hash ^ (k & 255), FNV_PRIME);
        if (++i === end) break;
        k = KIND[bytes[i]];
      } while (k < 512);
      // Made only of minor breakers: no term.
      if (bits === 0) continue;
      const id = this.intern(majorStart, i, hash, bits & 1023);
      this.post(ev, id);
      if (minors === 0) continue;
      // A composite segment (IP, path, key_name) recurs with the same parts: look them up once.
      const p = id << 1;
      if (this.partsOf[p + 1] < 0) this.splitParts(id, majorStart, i);
      const { partIds } = this;
      for (let q = this.partsOf[p], e = q + this.partsOf[p + 1]; q < e; q++)
        this.post(ev, partIds[q]);
    }
    if (ev >= this.eventEnds.length) this.eventEnds = growUint32(this.eventEnds, ev + 1);
    this.eventEnds[ev] = this.occurrenceCount;
  }

  /** Interns the minor parts of segment [start, end) and records them as term id's parts. */
  private splitParts(id: number, start: number, end: number): void {
    const { bytes } = this;
    const from = this.partCount;
    let i = start;
    while (i < end) {
      let k = KIND[bytes[i]];
      if (k >= 256) {
        i++;
        continue;
      }
      const partStart = i;
      let hash = FNV_SEED;
      let bits = 0;
      do {
        bits |= k;
        hash = Math.imul(hash ^ k, FNV_PRIME);
        if (++i === end) break;
        k = KIND[bytes[i]];
      } while (k < 256);
      const part = this.intern(partStart, i, hash, bits);
      if (this.partCount >= this.partIds.length)
        this.partIds = growInt32(this.partIds, this.partCount + 1);
      this.partIds[this.partCount++] = part;
    }
    this.partsOf[id << 1] = from;
    this.partsOf[(id << 1) + 1] = this.partCount - from;
  }

  private view(bytes: Uint8Array): void {
    this.bytes = bytes;
    this.bytesView = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  private post(ev: number, id: number): void {
    const m = id << 2;
    const { meta } = this;
    if (meta[m + 2] === ev) return;
    meta[m + 2] = ev;
    meta[m + 3]++;
    const at = this.occurrenceCount++;
    if (at >= this.occurrences.length) this.occurrences = growInt32(this.occurrences, at + 1);
    this.occurrences[at] = id;
  }

  /** Id of the case-folded this.bytes[start, end), hashed as `h`; `bits` ORs its bytes. */
  private intern(start: number, end: number, h: number, bits: number): number {
    // A byte >= 128 is part of a non-ASCII character: fold with full Unicode rules.
    if (bits >= 128) return this.internWide(start, end);
    const len = end - start;
    const { table, mask, meta } = this;
    let slot = slotHash(h) & mask;
    for (;;) {
      const entry = table[2 * slot + 1];
      if (entry === 0) return this.addTerm(this.bytes, start, end, h, slot);
      if (table[2 * slot] === h && meta[((entry - 1) << 2) + 1] === len) {
        if (this.matches(meta[(entry - 1) << 2], start, len)) return entry - 1;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Whether the pool at `at` holds the ASCII-folded bytes[start, start + len). */
  private matches(at: number, start: number, len: number): boolean {
    const src = this.bytesView;
    const pool = this.poolView;
    let k = 0;
    // Four bytes at a time, folding A-Z with SWAR: every byte is below 128 on this path, so
    // adding 0x3f (>= 'A') or 0x25 (> 'Z') sets its top bit without carrying into the next byte.
    for (; k + 4 <= len; k += 4) {
      const x = src.getInt32(start + k, true);
      const upper = (x + 0x3f3f3f3f) & ~(x + 0x25252525) & 0x80808080;
      if ((x | (upper >>> 2)) !== pool.getInt32(at + k, true)) return false;
    }
    const { bytes } = this;
    const poolBytes = this.pool;
    for (; k < len; k++) if (poolBytes[at + k] !== (KIND[bytes[start + k]] & 255)) return false;
    return true;
  }

  /** Full Unicode lower-casing; it may change the byte length, so the term is re-encoded. */
  private internWide(start: number, end: number): number {
    const text = this.decoder.decode(this.bytes.subarray(start, end));
    const folded = this.encoder.encode(text.toLowerCase());
    let h = FNV_SEED;
    for (let k = 0; k < folded.length; k++) h = Math.imul(h ^ folded[k], FNV_PRIME);
    const { table, mask, meta, pool } = this;
    const len = folded.length;
    let slot = slotHash(h) & mask;
    for (;;) {
      const entry = table[2 * slot + 1];
      if (entry === 0) return this.addTerm(folded, 0, len, h, slot);
      const m = (entry - 1) << 2;
      if (table[2 * slot] === h && meta[m + 1] === len) {
        const at = meta[m];
        let k = 0;
        while (k < len && pool[at + k] === folded[k]) k++;
        if (k === len) return entry - 1;
      }
      slot = (slot + 1) & mask;
    }
  }

  private addTerm(src: Uint8Array, start: number, end: number, h: number, slot: number): number {
    const id = this.termCount++;
    const m = id << 2;
    if (m + 4 > this.meta.length) this.meta = growInt32(this.meta, m + 4);
    if (2 * id + 2 > this.partsOf.length) this.partsOf = growInt32(this.partsOf, 2 * id + 2);
    this.partsOf[2 * id + 1] = -1;
    const len = end - start;
    if (this.poolLength + len > this.pool.length) {
      const grown = new Uint8Array(Math.max(this.pool.length * 2, this.poolLength + len));
      grown.set(this.pool.subarray(0, this.poolLength));
      this.pool = grown;
      this.poolView = new DataView(grown.buffer);
    }
    const { pool } = this;
    const at = this.poolLength;
    for (let k = 0; k < len; k++) pool[at + k] = KIND[src[start + k]] & 255;
    this.poolLength += len;
    const { meta } = this;
    meta[m] = at;
    meta[m + 1] = len;
    meta[m + 2] = -1;
    meta[m + 3] = 0;
    this.table[2 * slot] = h;
    this.table[2 * slot + 1] = id + 1;
    // Keep the load at or under one half so probe runs stay short.
    if ((id + 1) * 2 > this.mask + 1) this.rehash();
    return id;
  }

  private rehash(): void {
    const size = (this.mask + 1) * 2;
    const table = new Int32Array(2 * size);
    const mask = size - 1;
    const old = this.table;
    for (let s = 0; s <= this.mask; s++) {
      const entry = old[2 * s + 1];
      if (entry === 0) continue;
      let slot = slotHash(old[2 * s]) & mask;
      while (table[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
      table[2 * slot] = old[2 * s];
      table[2 * slot + 1] = entry;
    }
    this.table = table;
    this.mask = mask;
  }

  encode(): TermIndexRecord {
    const { termCount, meta } = this;
    const order = sortTermIds(this.pool, meta, termCount);
    const lists = this.eventLists();
    const listStart = (this.listStart = growInt32(this.listStart, termCount + 1));
    listStart[0] = 0;
    for (let id = 0; id < termCount; id++) listStart[id + 1] = listStart[id] + meta[(id << 2) + 3];
    return encodeTermIndex(this.count, this.pool, meta, order, lists, listStart, this.poolLength);
  }

  /** Every term's events, grouped by term id (a counting sort of the occurrences). */
  private eventLists(): Uint16Array {
    const { termCount, meta, occurrences, occurrenceCount, eventEnds, count } = this;
    const next = (this.next = growInt32(this.next, termCount));
    next[0] = 0;
    for (let id = 1; id < termCount; id++) next[id] = next[id - 1] + meta[((id - 1) << 2) + 3];
    const lists = (this.lists = growUint16(this.lists, occurrenceCount));
    let o = 0;
    for (let ev = 0; ev < count; ev++) {
      for (const end = eventEnds[ev]; o < end; o++) lists[next[occurrences[o]]++] = ev;
    }
    return lists.subarray(0, occurrenceCount);
  }

  reset(): void {
    this.count = 0;
    this.termCount = 0;
    this.poolLength = 0;
    this.table.fill(0);
    this.occurrenceCount = 0;
    this.partCount = 0;
  }
}
