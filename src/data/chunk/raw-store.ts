import { lz4Compress, lz4Decompress } from './lz4';
import type { RawRecord } from './records';

const encoder = new TextEncoder();
// ignoreBOM keeps a leading U+FEFF that belongs to the first text.
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Writes text as UTF-8 at bytes[at...] (room for 3 bytes per code unit assumed); returns the bytes
 * written. Log lines are mostly ASCII, and in Chromium a plain loop over them costs a fraction of
 * a TextEncoder.encodeInto call per text; the encoder takes over from the first other character.
 */
export function encodeUtf8(text: string, bytes: Uint8Array, at: number): number {
  const n = text.length;
  let i = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) break;
    bytes[at + i] = c;
  }
  if (i === n) return n;
  return i + encoder.encodeInto(text.slice(i), bytes.subarray(at + i)).written;
}

/** UTF-16 length of the valid UTF-8 bytes[from, to): continuation bytes add none, 4-byte ones two. */
export function utf16Units(bytes: Uint8Array, from: number, to: number): number {
  let units = 0;
  for (let k = from; k < to; k++) {
    const b = bytes[k];
    if ((b & 0xc0) !== 0x80) units += b >= 0xf0 ? 2 : 1;
  }
  return units;
}

/**
 * What a raw store keeps beside the texts' bytes: each text's UTF-16 length, and the texts as
 * strings from the first one that holds a lone surrogate, which UTF-8 cannot carry (the record is
 * then UTF-16). Those before it are exactly bytes[0, utf16From) decoded. Holding every string until
 * build instead made the scavenger copy them all into old space, chunk after chunk.
 */
export class RawTexts {
  count = 0;
  private lengths = new Uint32Array(4096);
  private longest = 0;
  private utf16 = false;
  private utf16From = 0;
  private texts: string[] = [];

  /** Notes the text just stored at byte `from` on, `units` long; `text` when it has non-ASCII. */
  addString(text: string, from: number, units: number, wide: boolean): void {
    // Only texts with non-ASCII characters can hold a surrogate; they are rare, so test just those.
    if (wide && !this.utf16 && LONE_SURROGATE.test(text)) {
      this.utf16 = true;
      this.utf16From = from;
    }
    if (this.utf16) this.texts.push(text);
    this.push(units);
  }

  /** Notes the valid UTF-8 text just stored at bytes[from, to), `units` long. */
  addUtf8(bytes: Uint8Array, from: number, to: number, units: number): void {
    // Valid UTF-8 holds no lone surrogate; texts already kept as strings keep company.
    if (this.utf16) this.texts.push(utf8.decode(bytes.subarray(from, to)));
    this.push(units);
  }

  private push(units: number): void {
    const i = this.count++;
    if (i >= this.lengths.length) {
      const grown = new Uint32Array(this.lengths.length * 2);
      grown.set(this.lengths);
      this.lengths = grown;
    }
    this.lengths[i] = units;
    if (units > this.longest) this.longest = units;
  }

  /** The record of the texts whose UTF-8 is `bytes`, packed by `pack`; then starts over. */
  build(bytes: Uint8Array, pack: (plain: Uint8Array) => Uint8Array): RawRecord {
    const { count } = this;
    const lengths =
      this.longest < 65536
        ? Uint16Array.from(this.lengths.subarray(0, count))
        : this.lengths.slice(0, count);
    const utf16 = this.utf16;
    const plain = utf16
      ? utf16Bytes([utf8.decode(bytes.subarray(0, this.utf16From)), ...this.texts])
      : bytes;
    const record: RawRecord = {
      count,
      lengths,
      encoding: utf16 ? 'utf16' : 'utf8',
      bytes: plain.length,
      packed: utf16 ? lz4Compress(plain) : pack(plain),
    };
    this.texts = [];
    this.count = 0;
    this.longest = 0;
    this.utf16 = false;
    return record;
  }
}

/**
 * Collects a chunk's `_raw` texts as UTF-8 in one buffer. The term index scans the same bytes,
 * so each text is encoded once; at build the buffer is LZ4-compressed (log lines of a chunk share
 * most of their bytes: ~3.7x on the realistic mix). Where WebAssembly runs, the store lives in
 * the term index's module instead (raw-store-wasm.ts).
 */
export class RawBuilder {
  bytes = new Uint8Array(1 << 20);
  length = 0;
  /** Byte range of the text added last, for the term indexer. */
  lastStart = 0;
  private readonly log = new RawTexts();

  add(text: string): void {
    const need = this.length + text.length * 3;
    if (need > this.bytes.length) this.grow(need);
    const written = encodeUtf8(text, this.bytes, this.length);
    this.log.addString(text, this.length, text.length, written !== text.length);
    this.lastStart = this.length;
    this.length += written;
  }

  private grow(need: number): void {
    const grown = new Uint8Array(Math.max(need, this.bytes.length * 2));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  /**
   * Adds a text given as valid UTF-8 bytes src[start, end) (the byte path; same result as add). With
   * `quoted`, the bytes are a CSV cell's inside, each `""` standing for one `"`.
   */
  addBytes(src: Uint8Array, start: number, end: number, quoted: boolean): void {
    const need = this.length + (end - start);
    if (need > this.bytes.length) this.grow(need);
    const out = this.bytes;
    const from = this.length;
    let o = from;
    let wide = 0;
    if (quoted) {
      for (let k = start; k < end; k++) {
        const b = src[k];
        out[o++] = b;
        if (b === 34) k++;
        else if (b >= 0x80) wide |= b;
      }
    } else if (end - start > 64) {
      out.set(src.subarray(start, end), o);
      o += end - start;
      for (let k = start; k < end; k++) wide |= src[k];
      wide &= 0x80;
    } else {
      for (let k = start; k < end; k++) {
        const b = src[k];
        out[o++] = b;
        wide |= b;
      }
      wide &= 0x80;
    }
    const units = wide === 0 ? o - from : utf16Units(out, from, o);
    this.log.addUtf8(out, from, o, units);
    this.lastStart = from;
    this.length = o;
  }

  build(): RawRecord {
    const record = this.log.build(this.bytes.subarray(0, this.length), lz4Compress);
    this.length = 0;
    return record;
  }
}

function utf16Bytes(texts: string[]): Uint8Array {
  let n = 0;
  for (const t of texts) n += t.length;
  const out = new Uint8Array(n * 2);
  let at = 0;
  for (const t of texts) {
    for (let k = 0; k < t.length; k++, at += 2) {
      const c = t.charCodeAt(k);
      out[at] = c & 255;
      out[at + 1] = c >>> 8;
    }
  }
  return out;
}

function fromUtf16(bytes: Uint8Array): string {
  const parts: string[] = [];
  const codes = new Array<number>(4096);
  for (let at = 0; at < bytes.length;) {
    const n = Math.min(codes.length, (bytes.length - at) >>> 1);
    codes.length = n;
    for (let k = 0; k < n; k++, at += 2) codes[k] = bytes[at] | (bytes[at + 1] << 8);
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

interface OpenRaw {
  text: string;
  starts: Uint32Array;
}

// A search reads many texts of the record it loaded; decompress it once.
const opened = new WeakMap<RawRecord, OpenRaw>();

function open(rec: RawRecord): OpenRaw {
  let raw = opened.get(rec);
  if (raw) return raw;
  const plain = lz4Decompress(rec.packed, rec.bytes);
  const text = rec.encoding === 'utf8' ? utf8.decode(plain) : fromUtf16(plain);
  const starts = new Uint32Array(rec.count + 1);
  for (let i = 0; i < rec.count; i++) starts[i + 1] = starts[i] + rec.lengths[i];
  raw = { text, starts };
  opened.set(rec, raw);
  return raw;
}

/** The `_raw` text of event i of the chunk. */
export function rawAt(rec: RawRecord, i: number): string {
  if (!(i >= 0 && i < rec.count)) throw new RangeError(`No event ${i} in a chunk of ${rec.count}`);
  const { text, starts } = open(rec);
  return text.slice(starts[i], starts[i + 1]);
}
