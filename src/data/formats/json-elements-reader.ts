import { recordOf } from '../model';
import { flattenEvent } from './flatten-json';
import { isObject, parseJsonObject, plainEventFields } from './json-event';
import { MAX_RECORD_CHARS, oversizeMessage, type ReaderSink, type RecordReader } from './sink';
import { t } from '../../i18n/messages';

const LF = 10;
const CR = 13;
const TAB = 9;
const SPACE = 32;
const QUOTE = 34;
const COMMA = 44;
const COLON = 58;
const BACKSLASH = 92;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const BOM = 0xfeff;
const MAX_KEY = 64;

/**
 * 'array': the file is `[ {event}, {event}, ... ]`.
 * 'results': the file is Splunk's `/results` document, `{ ..., "results": [ {...}, ... ] }`; the
 * other top-level keys (preview, init_offset, messages, fields) are skipped.
 */
export type ElementsMode = 'array' | 'results';

/**
 * Streams the events of one big JSON document without parsing it whole: a scanner follows
 * strings, escapes and bracket depth to cut out each element of the events array, and only the
 * element is handed to JSON.parse. Memory stays at one element however large the file.
 *
 * A broken element is reported and skipped. When the break confuses the scanner itself (a string
 * left open, brackets that never balance) it recovers in pretty-printed files by waiting for a
 * line that starts with `{` at the indentation the elements have; a file on one line cannot be
 * resynchronised and reading stops with an issue.
 */
export class JsonElementsReader implements RecordReader {
  private line = 1;
  private depth = 0;
  /** Depth at which the events array's elements sit; -1 when outside that array. */
  private container = -1;
  private rootSeen = false;
  private eventsArraySeen = false;
  private stopped = false;
  private started = false;

  private inString = false;
  private escape = false;
  /** Spaces and tabs since the last newline; -1 once anything else appears on the line. */
  private lineCol = 0;

  private capturing = false;
  private scalar = false;
  /** Text of the element being captured that arrived in earlier pieces. */
  private pending = '';
  /** Where the element being captured starts in the current piece (0 if it started earlier). */
  private capStart = 0;
  private elemLine = 0;
  private elemIndent = -1;
  /** Indentation of the elements, once one was seen starting its own line. */
  private resyncIndent = -1;
  private resyncing = false;

  // 'results' mode: which top-level key a value belongs to.
  private expectKey = false;
  private keyCapture = false;
  private keyStart = 0;
  private key = '';

  constructor(
    private readonly sink: ReaderSink,
    private readonly mode: ElementsMode,
  ) {}

  push(text: string): void {
    if (this.stopped || text.length === 0) return;
    let s = text;
    if (!this.started) {
      this.started = true;
      if (s.charCodeAt(0) === BOM) s = s.slice(1);
    }
    this.capStart = 0;
    this.keyStart = 0;
    this.scan(s);
    if (this.stopped) return;
    if (this.capturing) {
      this.pending += s.slice(this.capStart);
      if (this.pending.length > MAX_RECORD_CHARS)
        this.stop(this.elemLine, oversizeMessage(this.elemLine));
    }
    // Only `results` matters: a key is kept to a few characters, however long it runs.
    if (this.keyCapture) this.key = (this.key + s.slice(this.keyStart)).slice(0, MAX_KEY);
  }

  end(): void {
    if (this.stopped) return;
    if (this.capturing) {
      if (this.scalar) this.finishScalar();
      else this.sink.issue(this.elemLine, t('import.problem.endsInside'));
    } else if (!this.rootSeen) {
      this.sink.issue(
        this.line,
        t(this.mode === 'array' ? 'import.problem.noArray' : 'import.problem.noObject'),
      );
    } else if (this.mode === 'results' && !this.eventsArraySeen && this.depth === 0) {
      this.sink.issue(1, t('import.problem.noResults'));
    } else if (this.depth > 0 && !this.resyncing) {
      this.sink.issue(this.line, t('import.problem.notClosed'));
    }
    this.stopped = true;
    this.pending = '';
  }

  private scan(s: string): void {
    const len = s.length;
    for (let i = 0; i < len; i++) {
      const c = s.charCodeAt(i);
      if (c === LF) {
        this.line++;
        this.lineCol = 0;
        if (this.inString) {
          // JSON strings cannot hold a raw newline: this one was never closed.
          if (!this.recoverFromOpenString()) return;
        } else if (this.scalar) {
          this.finishScalar();
        }
        continue;
      }

      if (this.inString) {
        if (this.escape) this.escape = false;
        else if (c === BACKSLASH) this.escape = true;
        else if (c === QUOTE) this.closeString(s, i);
        continue;
      }

      if (c === SPACE || c === TAB || c === CR) {
        if (this.lineCol >= 0) this.lineCol++;
        if (this.scalar) this.finishScalar();
        continue;
      }
      const col = this.lineCol;
      this.lineCol = -1;

      if (this.resyncing) {
        if (c === OPEN_BRACE && col === this.resyncIndent) {
          this.resyncing = false;
          this.startElement(i, col, false);
          this.depth = this.container + 1;
        }
        continue;
      }

      if (this.capturing) {
        if (this.scalar) {
          if (c !== COMMA && c !== CLOSE_BRACKET) continue;
          this.finishScalar();
          // The comma or bracket also ends the element's turn in the array; handled below.
        } else {
          if (c === QUOTE) {
            this.inString = true;
          } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
            if (c === OPEN_BRACE && col >= 0 && col === this.elemIndent) {
              // A new element where this one should have closed: its brackets never balanced.
              this.sink.issue(this.elemLine, t('import.problem.unbalanced'));
              this.pending = '';
              this.startElement(i, col, false);
              this.depth = this.container + 1;
            } else {
              this.depth++;
            }
          } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
            if (--this.depth === this.container) this.finishElement(s, i + 1);
          }
          continue;
        }
      }

      if (this.depth === this.container) {
        this.atContainerLevel(c, i, col);
      } else if (!this.outsideEvents(c, i)) {
        return;
      }
    }
  }

  /** Between the elements of the events array. */
  private atContainerLevel(c: number, i: number, col: number): void {
    if (c === COMMA) return;
    if (c === CLOSE_BRACKET) {
      this.depth--;
      this.container = -1;
      return;
    }
    if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      this.startElement(i, col, false);
      this.depth++;
      return;
    }
    this.startElement(i, col, true);
    if (c === QUOTE) this.inString = true;
  }

  /** Anywhere else: before the root, between top-level keys, inside skipped values. */
  private outsideEvents(c: number, i: number): boolean {
    if (this.depth === 0) {
      if (this.rootSeen) {
        this.stop(this.line, t('import.problem.trailing'));
        return false;
      }
      const expected = this.mode === 'array' ? OPEN_BRACKET : OPEN_BRACE;
      if (c !== expected) {
        const what =
          this.mode === 'array' ? 'import.problem.expectedArray' : 'import.problem.expectedObject';
        this.stop(this.line, t(what));
        return false;
      }
      this.rootSeen = true;
      this.depth = 1;
      if (this.mode === 'array') {
        this.container = 1;
        this.eventsArraySeen = true;
      }
      this.expectKey = true;
      return true;
    }
    switch (c) {
      case QUOTE:
        this.inString = true;
        if (this.depth === 1 && this.expectKey) {
          this.keyCapture = true;
          this.key = '';
          this.keyStart = i + 1;
        }
        return true;
      case OPEN_BRACKET:
      case OPEN_BRACE:
        if (
          c === OPEN_BRACKET &&
          this.depth === 1 &&
          !this.expectKey &&
          this.key === 'results' &&
          !this.eventsArraySeen
        ) {
          this.eventsArraySeen = true;
          this.container = 2;
        }
        this.depth++;
        return true;
      case CLOSE_BRACKET:
      case CLOSE_BRACE:
        this.depth--;
        return true;
      case COMMA:
        if (this.depth === 1) this.expectKey = true;
        return true;
      case COLON:
        if (this.depth === 1) this.expectKey = false;
        return true;
      default:
        return true;
    }
  }

  private closeString(s: string, i: number): void {
    this.inString = false;
    if (this.keyCapture) {
      this.keyCapture = false;
      this.key = (this.key + s.slice(this.keyStart, i)).slice(0, MAX_KEY);
    }
  }

  private startElement(i: number, col: number, scalar: boolean): void {
    this.capturing = true;
    this.scalar = scalar;
    this.capStart = i;
    this.elemLine = this.line;
    this.elemIndent = col;
    if (col >= 0) this.resyncIndent = col;
  }

  private finishElement(s: string, end: number): void {
    const text = this.pending + s.slice(this.capStart, end);
    this.pending = '';
    this.capturing = false;
    const line = this.elemLine;
    const doc = parseJsonObject(text, line, this.sink);
    if (!doc) return;
    try {
      if (this.mode === 'results') {
        this.sink.record(recordOf(line, flattenEvent(doc, 'splunk')));
      } else if (isObject(doc.result) && 'preview' in doc) {
        // Splunk export rows gathered into an array: the event is the row's result.
        this.sink.record(recordOf(line, flattenEvent(doc.result, 'splunk')));
      } else {
        this.sink.record(recordOf(line, plainEventFields(doc, text)));
      }
    } catch (err) {
      this.sink.issue(line, t('import.problem.unreadable', { error: String(err) }));
    }
  }

  private finishScalar(): void {
    this.capturing = false;
    this.scalar = false;
    this.pending = '';
    this.sink.issue(this.elemLine, t('import.problem.singleValue'));
  }

  private recoverFromOpenString(): boolean {
    this.inString = false;
    this.escape = false;
    if (!this.capturing || this.resyncIndent < 0) {
      const line = this.capturing ? this.elemLine : this.line - 1;
      this.stop(line, t('import.problem.runawayStringStop'));
      return false;
    }
    this.sink.issue(this.elemLine, t('import.problem.runawayString'));
    this.capturing = false;
    this.scalar = false;
    this.pending = '';
    this.depth = this.container;
    this.resyncing = true;
    return true;
  }

  private stop(line: number, message: string): void {
    this.sink.issue(line, message);
    this.stopped = true;
    this.capturing = false;
    this.pending = '';
  }
}
