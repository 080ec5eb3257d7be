import { recordOf } from '../model';
import { flattenEvent } from './flatten-json';
import { describeJson, isObject, plainEventFields, preview } from './json-event';
import { tagZeekJson } from './zeek-json';
import { MAX_RECORD_CHARS, oversizeMessage, type ReaderSink, type RecordReader } from './sink';
import { t } from '../../i18n/messages';

const CR = 13;
const BOM = 0xfeff;

/**
 * 'splunk-rows': Splunk's JSON export, one `{"preview":false,"offset":0,"result":{...}}` per line;
 * lines without a `result` object (`{"messages":[...]}`, a bare `lastrow`) are not events.
 * 'events': one event object per line (Suricata eve.json and the like).
 */
export type JsonLinesMode = 'splunk-rows' | 'events';

/** One JSON document per line. A JSON string cannot hold a raw newline, so lines are records. */
export class JsonLinesReader implements RecordReader {
  private carry = '';
  private line = 1;
  private started = false;
  private stopped = false;

  constructor(
    private readonly sink: ReaderSink,
    private readonly mode: JsonLinesMode,
    /** The file's name, which tells a Zeek JSON log's type when its lines do not. */
    private readonly fileName = '',
  ) {}

  push(text: string): void {
    if (this.stopped || text.length === 0) return;
    // The carry holds no newline, so the search for the next one starts after it.
    const searchFrom = this.carry.length;
    let s = searchFrom === 0 ? text : this.carry + text;
    if (!this.started) {
      this.started = true;
      if (s.charCodeAt(0) === BOM) s = s.slice(1);
    }
    let start = 0;
    for (let nl = s.indexOf('\n', searchFrom); nl !== -1; nl = s.indexOf('\n', start)) {
      this.readLine(s, start, nl);
      start = nl + 1;
    }
    this.carry = start === 0 ? s : s.slice(start);
    if (this.carry.length > MAX_RECORD_CHARS) {
      this.sink.issue(this.line, oversizeMessage(this.line));
      this.stopped = true;
      this.carry = '';
    }
  }

  end(): void {
    if (this.stopped) return;
    this.stopped = true;
    if (this.carry.length > 0) this.readLine(this.carry, 0, this.carry.length);
    this.carry = '';
  }

  private readLine(s: string, start: number, stop: number): void {
    const line = this.line++;
    let end = stop;
    if (end > start && s.charCodeAt(end - 1) === CR) end--;
    while (start < end && s.charCodeAt(start) <= 32) start++;
    if (start === end) return;
    const text = s.slice(start, end);
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch {
      this.sink.issue(line, t('import.problem.notJson', { text: preview(text) }));
      return;
    }
    if (!isObject(doc)) {
      this.sink.issue(line, t('import.problem.notObject', { found: describeJson(doc) }));
      return;
    }
    try {
      if (this.mode === 'splunk-rows') {
        const result = doc.result;
        if (isObject(result)) this.sink.record(recordOf(line, flattenEvent(result, 'splunk')));
      } else {
        const fields = plainEventFields(doc, text);
        tagZeekJson(fields, this.fileName);
        this.sink.record(recordOf(line, fields));
      }
    } catch (err) {
      // Only pathological nesting gets here (the flattener recursing out of stack).
      this.sink.issue(line, t('import.problem.unreadable', { error: String(err) }));
    }
  }
}
