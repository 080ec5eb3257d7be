import type { FormatId } from '../../formats';
import { RecordCap } from './record-cap';

export { CsvByteSplitter, type ByteBlock } from './csv-byte-splitter';

/** Complete records of one file as text, cut out without parsing them. */
export interface TextBlock {
  /** The records' text (for CSV without the header row). */
  text: string;
  /** File line (1-based) on which the block's first record starts. */
  firstLine: number;
}

/**
 * Cuts a file's text stream into blocks of at most `maxRecords` records (and, past `maxSize`
 * characters, the block ends at that record), so that blocks can be
 * parsed and encoded by several workers at once. It only finds record boundaries (a newline, for
 * CSV one outside quotes), which costs a fraction of parsing.
 */
export interface BlockSplitter {
  push(text: string, out: TextBlock[]): void;
  end(out: TextBlock[]): void;
  /** CSV: the header row with its line break, which every block's parser needs first. */
  readonly header: string;
  readonly headerLines: number;
  /**
   * The line of a record longer than the readers' cap, once one was found: the blocks before it
   * are out, and the splitter takes nothing more.
   */
  readonly oversize: number | null;
}

const LF = '\n';
const QUOTE = '"';

/** Formats whose records can be found without parsing: one per line, or CSV rows. */
export function canSplit(format: FormatId): boolean {
  return format === 'splunk-csv' || format === 'splunk-json-rows' || format === 'json-lines';
}

export function createSplitter(
  format: FormatId,
  maxRecords: number,
  maxSize = Infinity,
  maxRecord?: number,
): BlockSplitter {
  return new RowSplitter(format === 'splunk-csv', maxRecords, maxSize, new RecordCap(maxRecord));
}

class RowSplitter implements BlockSplitter {
  header = '';
  headerLines = 0;
  private needHeader: boolean;
  private inQuotes = false;
  /** Line on which the current (unfinished) block starts, and the line the scan is on. */
  private blockLine = 1;
  private line = 1;
  private records = 0;
  /** Text of the current block from earlier pieces, and its length. */
  private parts: string[] = [];
  private partsLength = 0;
  private started = false;
  /** Where s starts in the file, and the current block. */
  private base = 0;
  private blockStart = 0;

  constructor(
    private readonly csv: boolean,
    private readonly maxRecords: number,
    private readonly maxSize: number,
    private readonly cap: RecordCap,
  ) {
    this.needHeader = csv;
  }

  get oversize(): number | null {
    return this.cap.oversize;
  }

  push(s: string, out: TextBlock[]): void {
    if (this.cap.oversize !== null) return;
    if (!this.started && s.length > 0) {
      this.started = true;
      if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
    }
    const len = s.length;
    let from = 0;
    let i: number;
    let nn = indexOr(s, LF, 0, len);
    let nq = this.csv ? indexOr(s, QUOTE, 0, len) : len;
    for (;;) {
      if (this.inQuotes) {
        // Newlines inside a quoted cell belong to the row; count them for line numbers.
        while (nn < nq) {
          this.line++;
          nn = indexOr(s, LF, nn + 1, len);
        }
        if (nq === len) break;
        this.inQuotes = false;
        i = nq + 1;
        nq = indexOr(s, QUOTE, i, len);
        continue;
      }
      if (nn < nq) {
        // A record complete in this piece may be past the cap too.
        if (this.cap.exceeded(this.base + nn)) break;
        i = nn + 1;
        this.line++;
        nn = indexOr(s, LF, i, len);
        this.cap.next(this.base + i, this.line);
        if (this.needHeader) {
          // Blank lines before the header stay with it, so parsers count lines as in the file.
          const row = this.take(s, from, i);
          this.header += row;
          this.headerLines = this.line - 1;
          this.needHeader = row.trim() === '';
          this.blockLine = this.line;
          from = i;
          this.blockStart = this.base + i;
        } else if (
          ++this.records === this.maxRecords ||
          this.partsLength + (i - from) >= this.maxSize
        ) {
          out.push({ text: this.take(s, from, i), firstLine: this.blockLine });
          this.records = 0;
          this.blockLine = this.line;
          from = i;
          this.blockStart = this.base + i;
        }
        continue;
      }
      if (nq === len) break;
      this.inQuotes = true;
      i = nq + 1;
      nq = indexOr(s, QUOTE, i, len);
    }
    if (this.cap.exceeded(this.base + len)) {
      // The complete records before the long one still make a block.
      const records = this.cap.recordStart - this.blockStart;
      const text = this.needHeader ? '' : this.take(s, from, len).slice(0, Math.max(0, records));
      if (text.length > 0) out.push({ text, firstLine: this.blockLine });
      this.parts = [];
      this.partsLength = 0;
      return;
    }
    this.base += len;
    if (from < len) {
      this.parts.push(from === 0 ? s : s.slice(from));
      this.partsLength += len - from;
    }
  }

  end(out: TextBlock[]): void {
    if (this.cap.oversize !== null) return;
    const rest = this.take('', 0, 0);
    if (this.needHeader) {
      this.header += rest;
      this.headerLines = this.line;
      return;
    }
    if (rest.length > 0) out.push({ text: rest, firstLine: this.blockLine });
  }

  /** The current block's text up to s[from, to), and a fresh start for the next. */
  private take(s: string, from: number, to: number): string {
    const tail = s.slice(from, to);
    if (this.parts.length === 0) return tail;
    this.parts.push(tail);
    const text = this.parts.join('');
    this.parts = [];
    this.partsLength = 0;
    return text;
  }
}

function indexOr(s: string, ch: string, from: number, len: number): number {
  const at = s.indexOf(ch, from);
  return at < 0 ? len : at;
}
