/**
 * The byte layout of a stored chunk's parts: typed arrays one after another, each starting at a
 * multiple of 8 (so a reader can view any of them in place), and strings as one UTF-8 text with
 * their lengths. Readers copy what they keep out of the bytes read, so a read buffer never stays
 * alive behind a cached part.
 */

/**
 * Collects typed arrays into one run of bytes, each at an offset aligned to 8, copied into one
 * buffer as they come. A Blob made of the hundreds of arrays a chunk has cost Chromium far more
 * than the copy (each array is an item of its own on the way to the browser process); made of
 * the one buffer it is a single item. The buffer is kept for the next chunk (`reset`): a Blob
 * copies its bytes when it is made.
 */
export class PackWriter {
  private buf: Uint8Array<ArrayBuffer>;
  length = 0;

  constructor(initial = 1 << 16) {
    this.buf = new Uint8Array(initial);
  }

  /** Appends a copy of the array's bytes. */
  add(a: ArrayBufferView<ArrayBuffer>): void {
    this.pad();
    const n = a.byteLength;
    this.reserve(n);
    this.buf.set(new Uint8Array(a.buffer, a.byteOffset, n), this.length);
    this.length += n;
  }

  /** Pads to the next multiple of 8 with zeros. */
  pad(): void {
    const rest = this.length & 7;
    if (rest === 0) return;
    this.reserve(8 - rest);
    this.buf.fill(0, this.length, this.length + 8 - rest);
    this.length += 8 - rest;
  }

  /** The bytes written so far: a view, valid until the next add or reset. */
  bytes(): Uint8Array<ArrayBuffer> {
    return this.buf.subarray(0, this.length);
  }

  /** Starts over, keeping the buffer. */
  reset(): void {
    this.length = 0;
  }

  private reserve(n: number): void {
    if (this.length + n <= this.buf.length) return;
    const grown = new Uint8Array(Math.max(this.buf.length * 2, this.length + n));
    grown.set(this.buf.subarray(0, this.length));
    this.buf = grown;
  }
}

/** Reads back what a PackWriter wrote, in the same order, from `buf` at `at` (aligned to 8). */
export class PackReader {
  constructor(
    private readonly buf: ArrayBuffer,
    private at: number,
  ) {}

  private take(bytes: number, align = true): number {
    if (align) this.at = (this.at + 7) & ~7;
    const at = this.at;
    if (at + bytes > this.buf.byteLength) throw new RangeError('A stored chunk part is cut short');
    this.at += bytes;
    return at;
  }

  u8(n: number): Uint8Array<ArrayBuffer> {
    const at = this.take(n);
    return new Uint8Array(this.buf.slice(at, at + n));
  }

  u16(n: number): Uint16Array<ArrayBuffer> {
    const at = this.take(2 * n);
    return new Uint16Array(this.buf.slice(at, at + 2 * n));
  }

  u32(n: number): Uint32Array<ArrayBuffer> {
    const at = this.take(4 * n);
    return new Uint32Array(this.buf.slice(at, at + 4 * n));
  }

  i32(n: number): Int32Array<ArrayBuffer> {
    const at = this.take(4 * n);
    return new Int32Array(this.buf.slice(at, at + 4 * n));
  }

  f64(n: number): Float64Array<ArrayBuffer> {
    const at = this.take(8 * n);
    return new Float64Array(this.buf.slice(at, at + 8 * n));
  }

  /** A view, not a copy: for headers and texts decoded at once. */
  viewU8(n: number): Uint8Array {
    const at = this.take(n);
    return new Uint8Array(this.buf, at, n);
  }

  viewU32(n: number): Uint32Array {
    const at = this.take(4 * n);
    return new Uint32Array(this.buf, at, n);
  }
}

const encoder = new TextEncoder();
// ignoreBOM keeps a leading U+FEFF that belongs to the first string.
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Strings as one text: UTF-8 bytes, or UTF-16 code units when some string holds a lone
 * surrogate (which UTF-8 cannot carry), and each string's length in UTF-16 code units.
 */
export interface PackedStrings {
  utf16: boolean;
  lengths: Uint32Array<ArrayBuffer>;
  text: Uint8Array<ArrayBuffer> | Uint16Array<ArrayBuffer>;
}

/** packStrings' encoding room, kept from one call to the next. */
let scratch = new Uint8Array(1 << 16);

export function packStrings(values: readonly string[]): PackedStrings {
  const lengths = new Uint32Array(values.length);
  let units = 0;
  for (let k = 0; k < values.length; k++) {
    lengths[k] = values[k].length;
    units += values[k].length;
  }
  // One native encode of the whole text instead of a test and a loop per string. A code unit
  // under 0x80 is one byte and any other takes two or more (a pair four), so the text is ASCII
  // exactly when it encodes to as many bytes as it has units.
  const all = values.join('');
  if (scratch.length < units * 3) scratch = new Uint8Array(units * 3);
  const { written } = encoder.encodeInto(all, scratch);
  // Only a text with non-ASCII characters can hold a lone surrogate (tested per string: the
  // join could pair one string's last unit with the next one's first).
  if (written !== units && values.some((v) => LONE_SURROGATE.test(v))) {
    const text = new Uint16Array(units);
    for (let i = 0; i < units; i++) text[i] = all.charCodeAt(i);
    return { utf16: true, lengths, text };
  }
  return { utf16: false, lengths, text: scratch.slice(0, written) };
}

/** The strings back from their text and lengths. */
export function unpackStrings(
  utf16: boolean,
  lengths: ArrayLike<number>,
  text: Uint8Array | Uint16Array,
): string[] {
  let all: string;
  if (!utf16) all = utf8.decode(text);
  else {
    const parts: string[] = [];
    for (let at = 0; at < text.length; at += 8192) {
      parts.push(String.fromCharCode(...(text as Uint16Array).subarray(at, at + 8192)));
    }
    all = parts.join('');
  }
  const out = new Array<string>(lengths.length);
  let at = 0;
  for (let k = 0; k < lengths.length; k++) {
    out[k] = all.slice(at, at + lengths[k]);
    at += lengths[k];
  }
  return out;
}
