import type { FieldValue } from '../model';
import { LineReader } from './streaming-reader';
import type { ReaderSink } from './sink';

/** What a log's header lines said; a `#separator` line starts a new one (several logs in a file). */
interface LogHeader {
  separator: string;
  setSeparator: string;
  emptyField: string;
  unsetField: string;
  path: string | null;
  fields: string[] | null;
  types: string[] | null;
  /** Per data line: the names (fields, then sourcetype and _raw), shared by every line. */
  names: string[] | null;
  /** Per field: whether its type is a set or vector (values split on the set separator). */
  container: boolean[];
}

function freshHeader(separator = '\t'): LogHeader {
  return {
    separator,
    setSeparator: ',',
    emptyField: '(empty)',
    unsetField: '-',
    path: null,
    fields: null,
    types: null,
    names: null,
    container: [],
  };
}

/**
 * Zeek's ASCII (TSV) logs: `#separator`, `#set_separator`, `#empty_field`, `#unset_field`,
 * `#path`, `#open`, `#fields`, `#types` header lines, tab-separated records, `#close`. Each log
 * type becomes the sourcetype `zeek:<path>` (conn.log → `zeek:conn`); a file may hold several
 * logs one after another, each with its own header. Unset (`-`) and empty (`(empty)`) values are
 * absent fields, as an empty CSV cell is; sets and vectors are multivalue fields split on the set
 * separator; `\xHH` escapes are decoded. Times (`time` columns such as `ts`) are epoch seconds as
 * Zeek writes them. The line itself is the event's `_raw`, as Splunk indexes these logs.
 */
export class ZeekTsvReader extends LineReader {
  private header: LogHeader = freshHeader();

  constructor(
    sink: ReaderSink,
    private readonly fileName = '',
  ) {
    super(sink);
  }

  protected readLine(s: string, start: number, end: number, line: number): void {
    if (start === end) return;
    const text = s.slice(start, end);
    if (text.charCodeAt(0) === 35 /* # */) this.readDirective(text);
    else this.readRecord(text, line);
  }

  private readDirective(text: string): void {
    if (text.startsWith('#separator')) {
      // The one header line whose value follows a space: the separator is not known before it.
      this.header = freshHeader(unescape(text.slice('#separator'.length).trim()));
      return;
    }
    const h = this.header;
    const parts = text.split(h.separator);
    const key = parts[0];
    const value = parts.slice(1);
    switch (key) {
      case '#set_separator':
        h.setSeparator = unescape(value[0] ?? ',');
        return;
      case '#empty_field':
        h.emptyField = value[0] ?? '(empty)';
        return;
      case '#unset_field':
        h.unsetField = value[0] ?? '-';
        return;
      case '#path':
        h.path = value[0] ?? null;
        return;
      case '#fields':
        h.fields = value;
        h.names = null;
        return;
      case '#types':
        h.types = value;
        h.names = null;
        return;
      case '#close':
        // The log ends; a record after it without a new header is an error.
        this.header = freshHeader(h.separator);
        return;
      default:
      // #open, and comments of other tools, say nothing the records need.
    }
  }

  private readRecord(text: string, line: number): void {
    const h = this.header;
    if (h.fields === null) {
      this.sink.issue(line, 'a record before the #fields header line');
      return;
    }
    const names = h.names ?? this.bindNames(h);
    const cells = text.split(h.separator);
    const n = h.fields.length;
    if (cells.length !== n) {
      this.sink.issue(line, `expected ${n} fields, found ${cells.length}`);
      return;
    }
    const values: (FieldValue | undefined)[] = new Array(names.length);
    for (let k = 0; k < n; k++) values[k] = this.value(cells[k], h, h.container[k]);
    const path = h.path ?? logTypeOfFile(this.fileName);
    values[n] = path === null ? 'zeek' : `zeek:${path}`;
    values[n + 1] = text;
    this.sink.record({ line, names, values });
  }

  private bindNames(h: LogHeader): string[] {
    const fields = h.fields ?? [];
    h.container = fields.map((_, k) => /^(set|vector)\[/.test(h.types?.[k] ?? ''));
    // A log with its own sourcetype or _raw column keeps them; Zeek's logs have neither.
    const names = [...fields, 'sourcetype', '_raw'];
    for (let k = fields.length; k < names.length; k++) {
      if (fields.includes(names[k])) names[k] = `zeek_${names[k]}`;
    }
    h.names = names;
    return names;
  }

  private value(cell: string, h: LogHeader, container: boolean): FieldValue | undefined {
    if (cell === h.unsetField || cell === h.emptyField || cell === '') return undefined;
    if (!container) return unescape(cell);
    const items = cell
      .split(h.setSeparator)
      .map(unescape)
      .filter((v) => v !== '');
    if (items.length === 0) return undefined;
    return items.length === 1 ? items[0] : items;
  }
}

/** `conn.log`, `dns.2020-01-01-00-00-00.log.gz`, `http.json` → the log type, or null. */
export function logTypeOfFile(fileName: string): string | null {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const m = /^([a-z][a-z0-9_]*)\./i.exec(base);
  return m ? m[1].toLowerCase() : null;
}

const decoder = new TextDecoder();

/** Zeek writes bytes it must not write as they are (the separators, non-printables) as `\xHH`. */
export function unescape(text: string): string {
  if (text.indexOf('\\x') === -1) return text;
  return text.replace(/(?:\\x[0-9a-fA-F]{2})+/g, (run) => {
    const bytes = new Uint8Array(run.length / 4);
    for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(run.slice(i * 4 + 2, i * 4 + 4), 16);
    return decoder.decode(bytes);
  });
}
