import { MAX_RECORD_CHARS } from '../../formats/sink';

/**
 * The record-size cap of a splitter, as the readers have it (MAX_RECORD_CHARS): a splitter holds
 * the unfinished record until its end, and an unclosed quote would make the rest of the file one
 * record. Offsets count from the start of the file, in the splitter's units (characters or bytes).
 */
export class RecordCap {
  /** Where the unfinished record starts, and on which line. */
  private start = 0;
  private line = 1;
  /** The line of the record that ran past the cap, once one did; the splitter then stops. */
  oversize: number | null = null;

  constructor(readonly max = MAX_RECORD_CHARS) {}

  /** A record ended just before `at`; the next starts there, on `line`. */
  next(at: number, line: number): void {
    this.start = at;
    this.line = line;
  }

  /** Whether the unfinished record, read up to `end`, ran past the cap (sets `oversize`). */
  exceeded(end: number): boolean {
    if (this.oversize === null && end - this.start > this.max) this.oversize = this.line;
    return this.oversize !== null;
  }

  /** Where the unfinished record starts. */
  get recordStart(): number {
    return this.start;
  }
}
