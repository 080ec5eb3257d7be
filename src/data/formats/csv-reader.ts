import { CsvColumns } from './csv-columns';
import { StreamingReader } from './streaming-reader';
import { t } from '../../i18n/messages';

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/**
 * Splunk CSV export reader (RFC 4180: comma-separated, `"`-quoted, `""` inside quotes).
 *
 * A hand-written scanner rather than papaparse's Parser: on ~450-byte rows whose `_raw` is JSON
 * (dozens of doubled quotes per row) it builds complete records at about twice the rate papaparse
 * only splits rows (reader-speed.test.ts), because it unescapes `""` while finding the closing
 * quote instead of in a second regex pass over the cell. It also counts the newlines inside quoted
 * cells as it goes: records need their line number, which papaparse does not report.
 *
 * Rows are parsed as text arrives; a row cut by the end of a piece is kept and re-read with the
 * next piece, so only complete rows are ever emitted.
 */
export class CsvReader extends StreamingReader {
  private columns: CsvColumns | null = null;
  private readonly cells: string[] = [];

  /** What the header row said, once it was read. */
  get header(): CsvColumns | null {
    return this.columns;
  }

  /** Rows, which a quoted newline may continue past the end of a line. */
  protected consume(s: string, _from: number, final: boolean): number {
    const len = s.length;
    const cells = this.cells;
    let pos = 0;
    // Where the next newline is, found once for all the quoted cells of a row: searching from
    // each cell would scan the rest of its row again and again.
    let newlineAt = -1;
    while (pos < len) {
      const rowStart = pos;
      let c = s.charCodeAt(pos);
      if (c === LF) {
        pos++;
        this.line++;
        continue;
      }
      if (c === CR && pos + 1 < len && s.charCodeAt(pos + 1) === LF) {
        pos += 2;
        this.line++;
        continue;
      }

      let count = 0;
      let extraLines = 0;
      let malformed = 0;
      for (;;) {
        let value: string;
        let end: number;
        c = pos < len ? s.charCodeAt(pos) : -1;
        if (c === QUOTE) {
          // Collect the cell between the quotes, turning each `""` into `"` on the way.
          let segment = pos + 1;
          let from = segment;
          let close: number;
          value = '';
          for (;;) {
            close = s.indexOf('"', from);
            if (close === -1 || (close + 1 === len && !final)) {
              if (!final) return rowStart;
              this.sink.issue(this.line, t('import.problem.unterminatedQuote'));
              this.line += countNewlines(s, rowStart, len);
              return len;
            }
            if (s.charCodeAt(close + 1) !== QUOTE) break;
            value += s.slice(segment, close + 1);
            segment = from = close + 2;
          }
          value = segment === pos + 1 ? s.slice(segment, close) : value + s.slice(segment, close);
          if (newlineAt < pos) newlineAt = nextNewline(s, pos);
          while (newlineAt < close) {
            extraLines++;
            newlineAt = nextNewline(s, newlineAt + 1);
          }
          end = close + 1;
          if (end < len) {
            const next = s.charCodeAt(end);
            if (next === CR && end + 1 === len && !final) return rowStart;
            const rowEnds = next === CR && end + 1 < len && s.charCodeAt(end + 1) === LF;
            if (next !== COMMA && next !== LF && !rowEnds) {
              // Text after the closing quote: not CSV as Splunk writes it. Skip to the cell's end
              // and drop the row, rather than guess which part is data.
              if (malformed === 0) malformed = count + 1;
              end = scanUnquoted(s, end, len);
              if (end === len && !final) return rowStart;
            }
          }
        } else {
          end = scanUnquoted(s, pos, len);
          if (end === len && !final) return rowStart;
          // Of a CRLF row end, `\n` stops the scan and `\r` is not part of the cell.
          value = s.slice(pos, end > pos && s.charCodeAt(end - 1) === CR ? end - 1 : end);
        }
        cells[count++] = value;

        if (end >= len) {
          pos = len;
          break;
        }
        c = s.charCodeAt(end);
        if (c === COMMA) {
          pos = end + 1;
          continue;
        }
        // LF, or the CR of a CRLF after a closing quote.
        pos = c === LF ? end + 1 : end + 2;
        break;
      }

      const line = this.line;
      this.line += 1 + extraLines;
      if (count === 1 && cells[0] === '') continue;
      if (malformed !== 0) {
        this.sink.issue(line, t('import.problem.malformedQuote', { column: malformed }));
        continue;
      }
      this.emitRow(line, count);
    }
    return len;
  }

  private emitRow(line: number, count: number): void {
    const cells = this.cells;
    const columns = this.columns;
    if (columns === null) {
      this.columns = new CsvColumns(cells.slice(0, count), (message, field) =>
        this.sink.issue(line, message, field),
      );
      return;
    }
    if (count !== columns.count) {
      this.sink.issue(line, t('import.problem.columnCount', { expected: columns.count, count }));
      return;
    }
    this.sink.record({ line, names: columns.names, values: columns.values(cells) });
  }
}

/** Index of the comma or LF that ends an unquoted cell starting at i, or len. */
function scanUnquoted(s: string, i: number, len: number): number {
  while (i < len) {
    const c = s.charCodeAt(i);
    if (c === COMMA || c === LF) return i;
    i++;
  }
  return len;
}

/** Index of the first `\n` at or after i, or s.length when there is none. */
function nextNewline(s: string, i: number): number {
  const at = s.indexOf('\n', i);
  return at === -1 ? s.length : at;
}

function countNewlines(s: string, from: number, to: number): number {
  let n = 0;
  let i = s.indexOf('\n', from);
  while (i !== -1 && i < to) {
    n++;
    i = s.indexOf('\n', i + 1);
  }
  return n;
}
