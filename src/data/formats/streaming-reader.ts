import { MAX_RECORD_CHARS, oversizeMessage, type ReaderSink, type RecordReader } from './sink';

const CR = 13;
const BOM = 0xfeff;

/**
 * A reader fed a file's text in pieces (CSV, JSON lines, Zeek's TSV logs): a record cut by the
 * end of a piece is carried over and read with the next, a byte order mark at the start is not
 * text, and a record that grows past MAX_RECORD_CHARS stops the file with an issue at its line
 * rather than being held in memory to the end.
 */
export abstract class StreamingReader implements RecordReader {
  /** 1-based line on which the next unread record starts. */
  protected line = 1;
  private carry = '';
  private started = false;
  private stopped = false;

  constructor(protected readonly sink: ReaderSink) {}

  /**
   * Reads every complete record of `s` and returns where the first unfinished one starts
   * (s.length when none). No record ends before `from` (the text carried over ends none). With
   * `final`, the end of `s` ends the last record.
   */
  protected abstract consume(s: string, from: number, final: boolean): number;

  push(text: string): void {
    if (this.stopped || text.length === 0) return;
    const from = this.carry.length;
    let s = from === 0 ? text : this.carry + text;
    if (!this.started) {
      this.started = true;
      if (s.charCodeAt(0) === BOM) s = s.slice(1);
    }
    const used = this.consume(s, from, false);
    this.carry = used === 0 ? s : used === s.length ? '' : s.slice(used);
    if (this.carry.length > MAX_RECORD_CHARS) {
      this.sink.issue(this.line, oversizeMessage(this.line));
      this.stopped = true;
      this.carry = '';
    }
  }

  end(): void {
    if (this.stopped) return;
    this.stopped = true;
    if (this.carry.length > 0) this.consume(this.carry, 0, true);
    this.carry = '';
  }
}

/** A reader whose records are lines; `\r\n` ends a line as `\n` does. */
export abstract class LineReader extends StreamingReader {
  /** One line, `s` from `start` to `end` without its line end; empty lines come too. */
  protected abstract readLine(s: string, start: number, end: number, line: number): void;

  protected consume(s: string, from: number, final: boolean): number {
    let start = 0;
    for (let nl = s.indexOf('\n', from); nl !== -1; nl = s.indexOf('\n', start)) {
      this.lineAt(s, start, nl);
      start = nl + 1;
    }
    if (!final || start === s.length) return start;
    this.lineAt(s, start, s.length);
    return s.length;
  }

  private lineAt(s: string, start: number, stop: number): void {
    const end = stop > start && s.charCodeAt(stop - 1) === CR ? stop - 1 : stop;
    this.readLine(s, start, end, this.line++);
  }
}
