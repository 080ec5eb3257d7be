import type { FieldValue } from '../model';
import { flattenEvent } from './flatten-json';
import type { ReaderSink } from './sink';
import { t } from '../../i18n/messages';

/* Helpers shared by the JSON readers. */

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * An event carrying `_raw` or `_time` came out of Splunk (saved search results, a Splunk export
 * reshaped into lines or an array), so its arrays are multivalue fields under their own names.
 */
export function namingFor(doc: Record<string, unknown>): 'splunk' | 'spath' {
  return typeof doc._raw === 'string' || typeof doc._time === 'string' ? 'splunk' : 'spath';
}

export function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return t('import.json.array');
  if (typeof value === 'number') return t('import.json.number');
  if (typeof value === 'boolean') return t('import.json.boolean');
  return t('import.json.string');
}

/**
 * One event's JSON text as an object; null when it is not JSON or not an object, after telling
 * the sink so at `line` (the event is skipped, the file goes on).
 */
export function parseJsonObject(
  text: string,
  line: number,
  sink: ReaderSink,
): Record<string, unknown> | null {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    sink.issue(line, t('import.problem.notJson', { text: preview(text) }));
    return null;
  }
  if (!isObject(doc)) {
    sink.issue(line, t('import.problem.notObject', { found: describeJson(doc) }));
    return null;
  }
  return doc;
}

/** The start of a bad line, enough to recognise it in the import summary. */
export function preview(text: string): string {
  return text.length <= 40 ? text : text.slice(0, 40) + '…';
}

/**
 * Fields of a JSON event that is not a Splunk result. Splunk indexes such a log line (eve.json,
 * CloudTrail, ...) with the JSON text itself as `_raw`, so it is kept as `_raw` here too: keyword
 * searches and `rex` then see what they would see in Splunk. A pretty-printed element is stored
 * compacted, as the line a log file would hold.
 */
export function plainEventFields(
  doc: Record<string, unknown>,
  text: string,
): Record<string, FieldValue> {
  const naming = namingFor(doc);
  const fields = flattenEvent(doc, naming);
  if (naming === 'spath' && fields._raw === undefined) {
    fields._raw = text.indexOf('\n') === -1 ? text : compact(doc, text);
  }
  return fields;
}

/**
 * The element on one line. JSON.stringify recurses and gives up on a document nested thousands of
 * levels deep; line breaks in JSON text lie outside strings, so removing them and the indentation
 * after them keeps such an event too.
 */
function compact(doc: Record<string, unknown>, text: string): string {
  try {
    return JSON.stringify(doc);
  } catch {
    return text.replace(/\r?\n[ \t]*/g, '');
  }
}
