/** Small helpers shared by the JSON readers. */

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
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/** The start of a bad line, enough to recognise it in the import summary. */
export function preview(text: string): string {
  return text.length <= 40 ? text : text.slice(0, 40) + '…';
}
