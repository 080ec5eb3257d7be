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
/** A block's first buffer, before any block told how long blocks are. */
const FIRST_BUFFER = 1 << 20;
/** The most bytes {@link CsvByteSplitter.room} offers at once: what a cut may have to move. */
export const READ_BYTES = 1 << 20;

/**
 * The CSV splitter over the file's bytes rather than its text: the same blocks, header and line
 * numbers as createSplitter('splunk-csv') over the decoded text (quotes and newlines are single
 * bytes that never occur inside a multi-byte character), without decoding the file here. A leading
 * UTF-8 BOM is dropped, and a second one after it, as the stream decoder and the text splitter do.
 *
 * The bytes go straight into the buffer of the block they belong to: a reader may read into
 * {@link room} (a BYOB read) and say what it read with {@link wrote}, or hand pieces to
 * {@link push}, which copies them there. A cut gives the buffer to the block and moves only the
 * bytes read past the cut to the next block's buffer. Copying every piece into a block again, and
 * a fresh buffer for every piece the stream read, cost the import worker ~0.4 us per event.
 */
export class CsvByteSplitter {
  header = '';
  headerLines = 0;
  /** Characters of the header that were not valid UTF-8 (replaced by U+FFFD). */
  headerReplaced = 0;
  private needHeader = true;
  private inQuotes = false;
  private blockLine = 1;
  private line = 1;
  private records = 0;
  /**
   * The current block's buffer: [start, fill) are its bytes so far (the header's while it is
   * read), of which [scanned, fill) are not scanned yet.
   */
  private buf: Uint8Array<ArrayBuffer>;
  /** The length of the buffer {@link room} last lent (a BYOB read detaches it meanwhile). */
  private lent = 0;
  private start = 0;
  /** Where the block being scanned starts (past `start` when blocks were cut in the same bytes). */
  private blockFrom = 0;
  private scanned = 0;
  private fill = 0;
  /** The file offset (after any BOM) of buf[0]: offsets in the record cap are the file's. */
  private origin = 0;
  private bomChecked = false;
  /** Blocks cut in the bytes being scanned, not yet handed out: [from, to, first line] each. */
  private readonly cuts: number[] = [];
  /** The last block's length: the next buffer is made to hold one as long and a read more. */
  private lastBlock = FIRST_BUFFER;
  private readonly rows: WasmRowEnds | null;
  private readonly cap: RecordCap;

  /**
   * At most `maxRecords` records per block; past `maxBytes` the block ends at that record. Block
   * buffers come from `recycler` when one is given (a block's view may then be shorter than its
   * buffer, and start past its beginning).
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
    this.buf = this.buffer(FIRST_BUFFER);
  }

  /** As {@link BlockSplitter.oversize}. */
  get oversize(): number | null {
    return this.cap.oversize;
  }

  /**
   * Where to put the file's next bytes: at most READ_BYTES (at least `min`) free bytes of the
   * current block's buffer. Valid until the next call of any other method.
   */
  room(min = 1): Uint8Array<ArrayBuffer> {
    const want = Math.max(min, READ_BYTES);
    if (this.buf.length - this.fill < want) this.move(true, want);
    this.lent = this.buf.length;
    return this.buf.subarray(this.fill, this.fill + want);
  }

  /** The file's bytes the current buffer holds: the last `held` bytes written. */
  get held(): number {
    return this.fill;
  }

  /**
   * A new buffer, as long as the one {@link room} lent to a read that never gave it back, holding
   * `bytes` (its {@link held} bytes, read again); the rest of the state is as it was.
   */
  restore(bytes: Uint8Array): void {
    if (bytes.length !== this.fill) throw new Error('CsvByteSplitter: not the bytes held');
    const next = this.buffer(this.lent);
    next.set(bytes);
    this.buf = next;
  }

  /**
   * The reader wrote `view.length` bytes where {@link room} said. `view` may be on another
   * ArrayBuffer over the same memory (a BYOB read transfers the buffer it reads into); an empty
   * one only hands the buffer back.
   */
  wrote(view: Uint8Array<ArrayBuffer>, out: ByteBlock[]): void {
    if (view.byteOffset !== this.fill)
      throw new Error('CsvByteSplitter: bytes not where room() was');
    this.buf = new Uint8Array(view.buffer);
    this.fill += view.length;
    if (this.cap.oversize !== null || view.length === 0) return;
    if (!this.bomChecked) {
      if (this.fill < 6) return;
      this.dropBoms();
    }
    this.scan(out);
  }

  /** Takes the next bytes of the file (copied into the block's buffer). */
  push(s: Uint8Array, out: ByteBlock[]): void {
    for (let at = 0; at < s.length && this.cap.oversize === null;) {
      const room = this.room();
      const n = Math.min(room.length, s.length - at);
      room.set(s.subarray(at, at + n));
      this.wrote(room.subarray(0, n), out);
      at += n;
    }
  }

  end(out: ByteBlock[]): void {
    if (this.cap.oversize !== null) return;
    if (!this.bomChecked) {
      this.dropBoms();
      this.scan(out);
      if (this.cap.oversize !== null) return;
    }
    const rest = this.buf.subarray(this.start, this.fill);
    if (this.needHeader) {
      this.addHeader(rest);
      this.headerLines = this.line;
      return;
    }
    if (rest.length > 0) out.push({ bytes: rest, firstLine: this.blockLine });
    this.buf = new Uint8Array(0);
  }

  private dropBoms(): void {
    const b = this.buf;
    let at = 0;
    for (let n = 0; n < 2; n++) {
      if (b[at] === 0xef && b[at + 1] === 0xbb && b[at + 2] === 0xbf) at += 3;
      else break;
    }
    this.bomChecked = true;
    this.start = this.scanned = this.blockFrom = at;
    this.origin = -at;
  }

  /** Finds the rows in [scanned, fill) (in WebAssembly where there is, else in JS), then cuts. */
  private scan(out: ByteBlock[]): void {
    const to = this.fill;
    if (this.rows === null) this.scanJs(this.scanned, to);
    else {
      const { buf, rows } = this;
      for (let at = this.scanned; at < to; at += ROW_SCAN_WINDOW) {
        const lineBefore = this.line;
        const n = rows.scan(buf.subarray(at, Math.min(to, at + ROW_SCAN_WINDOW)), this.inQuotes);
        this.rowEnds(at, n, rows.ends, lineBefore);
        this.line = lineBefore + rows.lines;
        this.inQuotes = rows.quoted;
      }
    }
    this.scanned = to;
    this.handOut(out);
    if (this.cap.exceeded(this.origin + this.fill)) {
      // The complete records before the long one still make a block.
      const end = this.cap.recordStart - this.origin;
      if (!this.needHeader && end > this.start)
        out.push({ bytes: this.buf.subarray(this.start, end), firstLine: this.blockLine });
      this.buf = new Uint8Array(0);
      this.start = this.scanned = this.fill = this.blockFrom = 0;
    }
  }

  /**
   * The n row ends the WebAssembly scan found in the window at buf[at]: ends[2k] is the k-th's
   * offset in the window, ends[2k + 1] the newlines up to and including it. The header's rows go
   * one by one; the rest in a loop that only counts and measures them.
   */
  private rowEnds(at: number, n: number, ends: Int32Array, lineBefore: number): void {
    let k = 0;
    for (; k < n && this.needHeader; k++) {
      // rowEnd counts the row's own newline.
      this.line = lineBefore + ends[2 * k + 1] - 1;
      this.rowEnd(at + ends[2 * k], false);
    }
    if (k === n || this.cap.oversize !== null) return;
    const { cuts, maxRecords, maxBytes, origin } = this;
    const max = this.cap.max;
    let recordStart = this.cap.recordStart - origin;
    let records = this.records;
    let blockFrom = this.blockFrom;
    const first = k;
    let long = -1;
    for (; k < n; k++) {
      const i = at + ends[2 * k];
      if (i - recordStart > max) {
        long = i;
        break;
      }
      recordStart = i + 1;
      if (++records === maxRecords || i + 1 - blockFrom >= maxBytes) {
        cuts.push(blockFrom, i + 1, this.blockLine);
        this.blockLine = lineBefore + ends[2 * k + 1];
        blockFrom = i + 1;
        records = 0;
      }
    }
    if (k > first) this.cap.next(origin + recordStart, lineBefore + ends[2 * k - 1]);
    if (long >= 0) this.cap.exceeded(origin + long);
    this.records = records;
    this.blockFrom = blockFrom;
  }

  /**
   * The row ends in buf[from, to), found in JS (where WebAssembly is not). Only a newline outside
   * quotes ends a row, so between newlines only the parity of the quotes counts: words of four
   * bytes without a newline are folded into that parity at once (SWAR), and only the few words
   * holding a newline are walked byte by byte.
   */
  private scanJs(from: number, to: number): void {
    const s = this.buf;
    let inQuotes = this.inQuotes;
    // Whole aligned words inside [from, to), in units of 4 bytes of the buffer.
    const w0 = (from + 3) >>> 2;
    const w1 = to >>> 2;
    const head = w1 > w0 ? w0 * 4 : to;
    let i = from;
    for (; i < head; i++) {
      const c = s[i];
      if (c === BYTE_QUOTE) inQuotes = !inQuotes;
      else if (c === BYTE_LF) this.rowEnd(i, inQuotes);
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
          else if (c === BYTE_LF) this.rowEnd(k, inQuotes);
        }
      }
      i = head + 4 * n;
    }
    for (; i < to; i++) {
      const c = s[i];
      if (c === BYTE_QUOTE) inQuotes = !inQuotes;
      else if (c === BYTE_LF) this.rowEnd(i, inQuotes);
    }
    this.inQuotes = inQuotes;
  }

  /** A newline at buf[i]: counts the line and, outside quotes, ends a row (maybe a block). */
  private rowEnd(i: number, inQuotes: boolean): void {
    this.line++;
    // A record complete in this piece may be past the cap too; nothing is cut after it.
    if (inQuotes || this.cap.exceeded(this.origin + i)) return;
    this.cap.next(this.origin + i + 1, this.line);
    if (this.needHeader) {
      const row = this.addHeader(this.buf.subarray(this.start, i + 1));
      this.headerLines = this.line - 1;
      this.needHeader = row.trim() === '';
      this.blockLine = this.line;
      this.start = this.blockFrom = i + 1;
      return;
    }
    if (++this.records === this.maxRecords || i + 1 - this.blockFrom >= this.maxBytes) {
      this.cuts.push(this.blockFrom, i + 1, this.blockLine);
      this.records = 0;
      this.blockLine = this.line;
      this.blockFrom = i + 1;
    }
  }

  private addHeader(bytes: Uint8Array): string {
    const row = headerDecoder.decode(bytes);
    this.headerReplaced += countReplacementChars(row) - countEncodedFffd(bytes);
    this.header += row;
    return row;
  }

  /**
   * Hands out the blocks cut in the last scan. The last takes the buffer (the bytes after it move
   * to a buffer of their own); any before it, in the same bytes, are copied out.
   */
  private handOut(out: ByteBlock[]): void {
    const { cuts } = this;
    if (cuts.length === 0) return;
    const last = cuts.length - 3;
    for (let c = 0; c < last; c += 3) {
      const bytes = this.buffer(cuts[c + 1] - cuts[c]).subarray(0, cuts[c + 1] - cuts[c]);
      bytes.set(this.buf.subarray(cuts[c], cuts[c + 1]));
      out.push({ bytes, firstLine: cuts[c + 2] });
    }
    const from = cuts[last];
    const to = cuts[last + 1];
    const firstLine = cuts[last + 2];
    cuts.length = 0;
    const block = this.buf.subarray(from, to);
    this.lastBlock = to - from;
    this.start = to;
    this.move(false, READ_BYTES);
    out.push({ bytes: block, firstLine });
  }

  /**
   * Moves the current block's bytes, [start, fill), to the start of another buffer with at least
   * `room` bytes free after them. The old buffer goes back to the recycler unless a block has it.
   */
  private move(recycle: boolean, room: number): void {
    const from = this.start;
    const keep = this.fill - from;
    const next = this.buffer(Math.max(keep + room, this.lastBlock + room, 2 * keep));
    next.set(this.buf.subarray(from, this.fill));
    if (recycle && this.recycler !== null) this.recycler.give(this.buf.buffer);
    this.buf = next;
    this.origin += from;
    this.start = 0;
    this.scanned -= from;
    this.blockFrom -= from;
    this.fill = keep;
  }

  /** A buffer of at least `size` bytes, a reused one where there is. */
  private buffer(size: number): Uint8Array<ArrayBuffer> {
    return new Uint8Array(
      this.recycler === null ? new ArrayBuffer(size) : this.recycler.take(size),
    );
  }
}

/** 0x80 in each byte of x that is zero, and 0 in the others (exact, unlike the borrow trick). */
function zeroBytes(x: number): number {
  const t = (x & 0x7f7f7f7f) + 0x7f7f7f7f;
  return ~(t | x | 0x7f7f7f7f);
}
