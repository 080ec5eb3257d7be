import { ASCII_CLASS, MAJOR, MINOR } from './breakers';
import { ByteWriter, growInt32, growUint32, varintSize } from './growable';
import { lz4Compress } from './lz4';
import type { TermIndexRecord } from './records';
import { sortTermIds } from './sort-terms';

const FNV_SEED = -2128831035; // 2166136261
const FNV_PRIME = 16777619;
const NEWLINE = 10;

/**
 * Per byte: its ASCII-folded value in the low 8 bits (what the hash and the pool hold) and its class
 * above them: below 256 term text, 256.. minor breaker, 512.. major breaker. One lookup gives both.
 * UTF-8 bytes of non-ASCII characters are term text; such segments are folded by the slow path.
 */
const KIND = new Uint16Array(256);
for (let b = 0; b < 256; b++) {
  const cls = b < 128 ? ASCII_CLASS[b] : 0;
  const lower = b >= 65 && b <= 90 ? b + 32 : b;
  KIND[b] = lower | (cls === MAJOR ? 512 : cls === MINOR ? 256 : 0);
}

/** Spreads FNV's weak low bits before masking into the table. */
function slotHash(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, -2048144789); // 0x85ebca6b
  return h ^ (h >>> 13);
}

/**
 * Builds a chunk's term index while events stream in, scanning each event's UTF-8 text (already
 * encoded for the raw store) once. It hashes case-folded bytes as it goes and resolves terms in an
 * open-addressing table over typed arrays, comparing bytes only on a hash hit; a new term's bytes
 * are appended to a pool, so no string is allocated per token or even per term. Segments with
 * non-ASCII characters go through String.toLowerCase for full Unicode case mapping. Must yield
 * exactly the terms of splitTerms (the tests hold it to that).
 */
export class TermIndexBuilder {
  private count = 0;
  private termCount = 0;
  /** Case-folded UTF-8 of every term, and where each starts and how long it is. */
  private pool = new Uint8Array(1 << 16);
  private poolLength = 0;
  private starts = new Int32Array(1024);
  private lengths = new Int32Array(1024);
  private hashes = new Int32Array(1024);
  /** Events containing each term so far, and the last one, so each event is posted once. */
  private df = new Int32Array(1024);
  private lastEvent = new Int32Array(1024);
  private table = new Int32Array(2048);
  private mask = 2047;
  /** Term ids per event, in event order; eventEnds[e] is where event e's ids end. */
  private occurrences = new Int32Array(1 << 16);
  private occurrenceCount = 0;
  private eventEnds = new Uint32Array(4096);
  // ignoreBOM: a U+FEFF opening a segment is part of the term, as in splitTerms.
  private readonly decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  private readonly encoder = new TextEncoder();

  /** Indexes the UTF-8 text bytes[start, end) as the next event. */
  add(bytes: Uint8Array, start: number, end: number): void {
    const ev = this.count++;
    let i = start;
    while (i < end) {
      let k = KIND[bytes[i]];
      if (k >= 512) {
        i++;
        continue;
      }
      const majorStart = i;
      let majorHash = FNV_SEED;
      let majorBits = 0;
      let parts = 0;
      let partStart = -1;
      let partEnd = -1;
      while (i < end) {
        k = KIND[bytes[i]];
        if (k >= 512) break;
        if (k >= 256) {
          majorHash = Math.imul(majorHash ^ (k & 255), FNV_PRIME);
          i++;
          continue;
        }
        partStart = i;
        let partHash = FNV_SEED;
        let partBits = 0;
        do {
          partBits |= k;
          partHash = Math.imul(partHash ^ k, FNV_PRIME);
          majorHash = Math.imul(majorHash ^ k, FNV_PRIME);
          if (++i === end) break;
          k = KIND[bytes[i]];
        } while (k < 256);
        partEnd = i;
        majorBits |= partBits;
        parts++;
        this.post(ev, this.intern(bytes, partStart, i, partHash, partBits));
      }
      // A part spanning its whole major segment is the same term: it was posted once already.
      if (parts > 1 || (parts === 1 && (partStart !== majorStart || partEnd !== i))) {
        this.post(ev, this.intern(bytes, majorStart, i, majorHash, majorBits));
      }
    }
    if (ev >= this.eventEnds.length) this.eventEnds = growUint32(this.eventEnds, ev + 1);
    this.eventEnds[ev] = this.occurrenceCount;
  }

  private post(ev: number, id: number): void {
    if (this.lastEvent[id] === ev) return;
    this.lastEvent[id] = ev;
    this.df[id]++;
    const at = this.occurrenceCount++;
    if (at >= this.occurrences.length) this.occurrences = growInt32(this.occurrences, at + 1);
    this.occurrences[at] = id;
  }

  /** Id of the case-folded bytes[start, end), hashed as `h`; `bits` ORs its bytes (>= 128: wide). */
  private intern(bytes: Uint8Array, start: number, end: number, h: number, bits: number): number {
    if (bits >= 128) return this.internWide(bytes, start, end);
    const len = end - start;
    const { table, mask, hashes, lengths, starts, pool } = this;
    let slot = slotHash(h) & mask;
    for (;;) {
      const entry = table[slot];
      if (entry === 0) return this.addTerm(bytes, start, end, h, slot);
      const id = entry - 1;
      if (hashes[id] === h && lengths[id] === len) {
        const at = starts[id];
        let k = 0;
        while (k < len && pool[at + k] === (KIND[bytes[start + k]] & 255)) k++;
        if (k === len) return id;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Full Unicode lower-casing; it may change the byte length, so the term is re-encoded. */
  private internWide(bytes: Uint8Array, start: number, end: number): number {
    const folded = this.encoder.encode(this.decoder.decode(bytes.subarray(start, end)).toLowerCase());
    let h = FNV_SEED;
    for (let k = 0; k < folded.length; k++) h = Math.imul(h ^ folded[k], FNV_PRIME);
    return this.intern(folded, 0, folded.length, h, 0);
  }

  private addTerm(bytes: Uint8Array, start: number, end: number, h: number, slot: number): number {
    const id = this.termCount++;
    if (id >= this.hashes.length) {
      this.starts = growInt32(this.starts, id + 1);
      this.lengths = growInt32(this.lengths, id + 1);
      this.hashes = growInt32(this.hashes, id + 1);
      this.df = growInt32(this.df, id + 1);
      this.lastEvent = growInt32(this.lastEvent, id + 1);
    }
    const len = end - start;
    if (this.poolLength + len > this.pool.length) {
      const grown = new Uint8Array(Math.max(this.pool.length * 2, this.poolLength + len));
      grown.set(this.pool.subarray(0, this.poolLength));
      this.pool = grown;
    }
    const { pool } = this;
    const at = this.poolLength;
    for (let k = 0; k < len; k++) pool[at + k] = KIND[bytes[start + k]] & 255;
    this.poolLength += len;
    this.starts[id] = at;
    this.lengths[id] = len;
    this.hashes[id] = h;
    this.df[id] = 0;
    this.lastEvent[id] = -1;
    this.table[slot] = id + 1;
    // Keep the load at or under one half so probe runs stay short.
    if ((id + 1) * 2 > this.table.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const size = this.table.length * 2;
    const table = new Int32Array(size);
    const mask = size - 1;
    for (let id = 0; id < this.termCount; id++) {
      let slot = slotHash(this.hashes[id]) & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = id + 1;
    }
    this.table = table;
    this.mask = mask;
  }

  /** Encodes the index of the events added so far and starts over. */
  build(): TermIndexRecord {
    const { count, termCount, df, pool, starts, lengths } = this;
    const order = sortTermIds(pool, starts, lengths, termCount);
    const lists = this.eventLists();
    const listStart = new Int32Array(termCount + 1);
    for (let id = 0; id < termCount; id++) listStart[id + 1] = listStart[id] + df[id];

    const postings = new ByteWriter();
    const bitmapBytes = (count + 7) >>> 3;
    const lexicon = new Uint8Array(Math.max(0, this.poolLength + termCount - 1));
    let at = 0;
    for (let k = 0; k < termCount; k++) {
      const id = order[k];
      if (k > 0) lexicon[at++] = NEWLINE;
      lexicon.set(pool.subarray(starts[id], starts[id] + lengths[id]), at);
      at += lengths[id];
      writePostings(postings, lists, listStart[id], listStart[id + 1], count, bitmapBytes);
    }
    const record: TermIndexRecord = {
      count,
      terms: termCount,
      lexicon: lz4Compress(lexicon),
      lexiconBytes: lexicon.length,
      postings: postings.finish(),
    };
    this.reset();
    return record;
  }

  /** Every term's events, grouped by term id (a counting sort of the occurrences). */
  private eventLists(): Uint16Array {
    const { termCount, df, occurrences, eventEnds, count } = this;
    const next = new Int32Array(termCount);
    for (let id = 1; id < termCount; id++) next[id] = next[id - 1] + df[id - 1];
    const lists = new Uint16Array(this.occurrenceCount);
    let o = 0;
    for (let ev = 0; ev < count; ev++) {
      for (const end = eventEnds[ev]; o < end; o++) lists[next[occurrences[o]]++] = ev;
    }
    return lists;
  }

  private reset(): void {
    this.count = 0;
    this.termCount = 0;
    this.poolLength = 0;
    this.table.fill(0);
    this.occurrenceCount = 0;
  }
}

function writePostings(
  out: ByteWriter,
  lists: Uint16Array,
  from: number,
  to: number,
  count: number,
  bitmapBytes: number,
): void {
  if (to - from === count) {
    out.varint(1);
    return;
  }
  let listBytes = 0;
  let prev = -1;
  for (let k = from; k < to; k++) {
    listBytes += varintSize(lists[k] - prev - 1);
    prev = lists[k];
  }
  if (bitmapBytes < listBytes) {
    out.varint((bitmapBytes << 1) | 1);
    const at = out.zeros(bitmapBytes);
    for (let k = from; k < to; k++) out.setBit(at, lists[k]);
    return;
  }
  out.varint(listBytes << 1);
  prev = -1;
  for (let k = from; k < to; k++) {
    out.varint(lists[k] - prev - 1);
    prev = lists[k];
  }
}
