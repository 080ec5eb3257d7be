import { recordOf } from '../model';
import { flattenEvent } from './flatten-json';
import { isObject, parseJsonObject, plainEventFields } from './json-event';
import { tagZeekJson } from './zeek-json';
import { LineReader } from './streaming-reader';
import type { ReaderSink } from './sink';
import { t } from '../../i18n/messages';

/**
 * 'splunk-rows': Splunk's JSON export, one `{"preview":false,"offset":0,"result":{...}}` per line;
 * lines without a `result` object (`{"messages":[...]}`, a bare `lastrow`) are not events.
 * 'events': one event object per line (Suricata eve.json and the like).
 */
export type JsonLinesMode = 'splunk-rows' | 'events';

/** One JSON document per line. A JSON string cannot hold a raw newline, so lines are records. */
export class JsonLinesReader extends LineReader {
  constructor(
    sink: ReaderSink,
    private readonly mode: JsonLinesMode,
    /** The file's name, which tells a Zeek JSON log's type when its lines do not. */
    private readonly fileName = '',
  ) {
    super(sink);
  }

  protected readLine(s: string, start: number, end: number, line: number): void {
    while (start < end && s.charCodeAt(start) <= 32) start++;
    if (start === end) return;
    const text = s.slice(start, end);
    const doc = parseJsonObject(text, line, this.sink);
    if (!doc) return;
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
