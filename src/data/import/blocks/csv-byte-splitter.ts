import { countEncodedFffd, countReplacementChars } from '../../formats/decode';
import { RecordCap } from './record-cap';
import type { BufferRecycler } from './recycler';
import { ROW_SCAN_WINDOW, wasmRowEnds, type WasmRowEnds } from './row-ends-wasm';

/**
 * Complete CSV rows of one file as UTF-8 bytes, in a buffer of their own (transferable), which
 * may be longer than the rows when it is a reused one.
 */
export interface ByteBlock {
  bytes: Uint8Array<ArrayBuffer>;
  /** File line (1-based) on which the block's first record starts. */
  firstLine: number;
}

const BYTE_LF = 10;
const BYTE_QUOTE = 34;
// The header goes to the text reader: decoded as the text path's stream decoder would.
const headerDecoder = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * The CSV splitter over the file's bytes rather than its text: the same blocks, header and line
 * numbers as createSplitter('splunk-csv') over the decoded text (quotes and newlines are single
 * bytes that never occur inside a multi-byte character), without decoding the file here. A leading
 * UTF-8 BOM is dropped, and a second one after it, as the stream decoder and the text splitter do.
 */
export class CsvByteSplitter {
  header = '';
  headerLines = 0;
  private needHeader = true;
  private inQuotes = false;
  private blockLine = 1;
  private line = 1;
  private records = 0;
  private parts: Uint8Array[] = [];
  private partsLength = 0;
  /** Characters of the header that were not valid UTF-8 (replaced by U+FFFD). */
  headerReplaced = 0;
  /** The file's first bytes, held until a BOM can be told from data. */
  private head: Uint8Array | null = new Uint8Array(0);
  private readonly rows: WasmRowEnds | null;
  private readonly cap: RecordCap;
  /** Where the bytes being scanned start (after any BOM), and where the current block does. */
  private base = 0;
  private blockStart = 0;

  /**
   * At most `maxRecords` records per block; past `maxBytes` the block ends at that record. Blocks
   * are copied into buffers from `recycler` when one is given (a block's view may then be shorter
   * than its buffer).
   */
  constructor(
    private readonly maxRecords: number,
    private readonly maxBytes = Infinity,
    private readonly recycler: BufferRecycler | null = null,
    rows: WasmRowEnds | null = wasmRowEnds(),
    maxRecord?: number,
  ) {
    this.rows = rows;
    this.cap = new RecordCap(maxRecord);
  }

  /** As {@link BlockSplitter.oversize}. */
  get oversize(): number | null {
    return this.cap.oversize;
  }

  push(s: Uint8Array, out: ByteBlock[]): void {
    if (this.cap.oversize !== null) return;
    if (this.head !== null) {
      const head = new Uint8Array(this.head.length + s.length);
      head.set(this.head);
      head.set(s, this.head.length);
      if (head.length < 6) {
        this.head = head;
        return;
      }
      this.head = null;
      s = dropBoms(head);
    }
    this.scan(s, out);
  }

  end(out: ByteBlock[]): void {
    if (this.head !== null) {
      const head = dropBoms(this.head);
      this.head = null;
      this.scan(head, out);
    }
    if (this.cap.oversize !== null) return;
    const rest = this.take(new Uint8Array(0), 0, 0);
    if (this.needHeader) {
      const row = headerDecoder.decode(rest);
      this.headerReplaced += countReplacementChars(row) - countEncodedFffd(rest);
      this.header += row;
      this.headerLines = this.line;
      return;
    }
    if (rest.length > 0) out.push({ bytes: rest, firstLine: this.blockLine });
  }

  /** Finds the row ends in s (in WebAssembly where there is, else in JS) and cuts blocks at them. */
  private scan(s: Uint8Array, out: ByteBlock[]): void {
    let from = 0;
    if (this.rows === null) from = this.scanJs(s, out);
    else {
      for (let at = 0; at < s.length; at += ROW_SCAN_WINDOW) {
        const window = s.subarray(at, at + ROW_SCAN_WINDOW);
        const n = this.rows.scan(window, this.inQuotes);
        const { ends } = this.rows;
        const lineBefore = this.line;
        for (let k = 0; k < n; k++) {
          // rowEnd counts the row's own newline.
          this.line = lineBefore + ends[2 * k + 1] - 1;
          from = this.rowEnd(s, at + ends[2 * k], from, false, out);
        }
        this.line = lineBefore + this.rows.lines;
        this.inQuotes = this.rows.quoted;
      }
    }
    if (this.cap.exceeded(this.base + s.length)) {
      // The complete records before the long one still make a block.
      const records = this.cap.recordStart - this.blockStart;
      if (!this.needHeader && records > 0) {
        const bytes = this.take(s, from, s.length);
        out.push({ bytes: bytes.slice(0, records), firstLine: this.blockLine });
      }
      this.parts = [];
      this.partsLength = 0;
      return;
    }
    this.base += s.length;
    if (from < s.length) {
      this.parts.push(s.subarray(from));
      this.partsLength += s.length - from;
    }
  }

  /**
   * The row ends in s, found in JS (where WebAssembly is not), cut as they come; returns where
   * the rest starts. Only a newline outside quotes ends a row, so between newlines only
   * the parity of the quotes counts: words of four bytes without a newline are folded into that
   * parity at once (SWAR), and only the few words holding a newline are walked byte by byte.
   * On the benchmark's export: 3.9 µs per event with a byte loop, 1.1-1.5 with words (Node).
   */
  private scanJs(s: Uint8Array, out: ByteBlock[]): number {
    const len = s.length;
    let from = 0;
    let inQuotes = this.inQuotes;
    // Whole aligned words inside s: [w0, w1) in units of 4 bytes of the underlying buffer.
    const w0 = (s.byteOffset + 3) >>> 2;
    const w1 = (s.byteOffset + len) >>> 2;
    const head = w1 > w0 ? w0 * 4 - s.byteOffset : len;
    let i = 0;
    for (; i < head; i++) {
      const c = s[i];
      if (c === BYTE_QUOTE) inQuotes = !inQuotes;
      else if (c === BYTE_LF) from = this.rowEnd(s, i, from, inQuotes, out);
    }
    if (w1 > w0) {
      const words = new Int32Array(s.buffer, w0 * 4, w1 - w0);
      const n = words.length;
      for (let w = 0; w < n; w++) {
        const x = words[w];
        const lf = zeroBytes(x ^ 0x0a0a0a0a);
        if (lf === 0) {
          const q = zeroBytes(x ^ 0x22222222);
          // An odd number of quote bytes in the word flips the state.
          if (q !== 0 && (Math.imul(q >>> 7, 0x01010101) >>> 24) & 1) inQuotes = !inQuotes;
          continue;
        }
        const at = head + 4 * w;
        for (let k = at; k < at + 4; k++) {
          const c = s[k];
          if (c === BYTE_QUOTE) inQuotes = !inQuotes;
          else if (c === BYTE_LF) from = this.rowEnd(s, k, from, inQuotes, out);
        }
      }
      i = head + 4 * n;
    }
    for (; i < len; i++) {
      const c = s[i];
      if (c === BYTE_QUOTE) inQuotes = !inQuotes;
      else if (c === BYTE_LF) from = this.rowEnd(s, i, from, inQuotes, out);
    }
    this.inQuotes = inQuotes;
    return from;
  }

  /** A newline at s[i]: counts the line and, outside quotes, ends a row. Returns the new `from`. */
  private rowEnd(s: Uint8Array, i: number, from: number, inQuotes: boolean, out: ByteBlock[]) {
    this.line++;
    // A record complete in this piece may be past the cap too; nothing is cut after it.
    if (inQuotes || this.cap.exceeded(this.base + i)) return from;
    this.cap.next(this.base + i + 1, this.line);
    if (this.needHeader) {
      const bytes = this.take(s, from, i + 1);
      const row = headerDecoder.decode(bytes);
      this.headerReplaced += countReplacementChars(row) - countEncodedFffd(bytes);
      this.header += row;
      this.headerLines = this.line - 1;
      this.needHeader = row.trim() === '';
      this.blockLine = this.line;
      this.blockStart = this.base + i + 1;
      return i + 1;
    }
    if (++this.records === this.maxRecords || this.partsLength + (i + 1 - from) >= this.maxBytes) {
      out.push({ bytes: this.take(s, from, i + 1), firstLine: this.blockLine });
      this.records = 0;
      this.blockLine = this.line;
      this.blockStart = this.base + i + 1;
      return i + 1;
    }
    return from;
  }

  /** The current block's bytes up to s[from, to), copied into a buffer of their own. */
  private take(s: Uint8Array, from: number, to: number): Uint8Array<ArrayBuffer> {
    const size = this.partsLength + (to - from);
    const out =
      this.recycler === null || size === 0
        ? new Uint8Array(size)
        : new Uint8Array(this.recycler.take(size), 0, size);
    let at = 0;
    for (const p of this.parts) {
      out.set(p, at);
      at += p.length;
    }
    out.set(s.subarray(from, to), at);
    this.parts = [];
    this.partsLength = 0;
    return out;
  }
}

/** 0x80 in each byte of x that is zero, and 0 in the others (exact, unlike the borrow trick). */
function zeroBytes(x: number): number {
  const t = (x & 0x7f7f7f7f) + 0x7f7f7f7f;
  return ~(t | x | 0x7f7f7f7f);
}

/** s without a leading UTF-8 BOM, and without a second one right after it. */
function dropBoms(s: Uint8Array): Uint8Array {
  let at = 0;
  for (let n = 0; n < 2; n++) {
    if (s[at] === 0xef && s[at + 1] === 0xbb && s[at + 2] === 0xbf) at += 3;
    else break;
  }
  return at === 0 ? s : s.subarray(at);
}
