import { dataMap } from '../../engine';
import type { FieldValue } from '../model';

/**
 * How top-level arrays are named. Splunk's own JSON output writes a multivalue field as an array
 * under the field's name ('splunk'); in any other JSON an array is data whose path Splunk's spath
 * would name `key{}` ('spath'), and the hunts' searches use those names.
 */
export type ArrayNaming = 'splunk' | 'spath';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/**
 * Levels of objects and arrays the fields are taken from; what is nested deeper stays in `_raw`
 * only. Flattening recurses, and an event nested thousands of levels deep (JSON.parse takes it)
 * would otherwise run out of stack and be dropped: attackers could hide events that way.
 */
export const MAX_JSON_DEPTH = 64;

/**
 * The fields of one JSON event, flattened the way Splunk's spath names them so nothing is lost:
 * `{"a":{"b":1}}` → `a.b`, `{"a":[1,2]}` → `a{}` (multivalue), `{"a":[{"b":1}]}` → `a{}.b`.
 * Numbers and booleans become their JSON text; null and empty strings are absent fields, as an
 * empty CSV cell is; a name reached twice collects both values as a multivalue. Names are data:
 * `constructor` or `__proto__` are fields like any other (the map has no prototype; JSON.parse
 * makes every key an own property, and for-in sees no inherited one).
 */
export function flattenEvent(
  obj: Record<string, unknown>,
  naming: ArrayNaming,
): Record<string, FieldValue> {
  const out = dataMap<FieldValue>();
  for (const key in obj) {
    const value = obj[key] as Json;
    if (typeof value === 'string') {
      // The common case, kept free of calls: Splunk results are almost all strings.
      if (value === '') continue;
      if (out[key] === undefined) out[key] = value;
      else add(out, key, value);
    } else if (Array.isArray(value)) {
      addValue(out, naming === 'splunk' ? key : key + '{}', value, true, 1);
    } else {
      addValue(out, key, value, false, 1);
    }
  }
  return out;
}

function addValue(
  out: Record<string, FieldValue>,
  name: string,
  value: Json,
  arrayElements: boolean,
  depth: number,
): void {
  if (value === null) return;
  switch (typeof value) {
    case 'string':
      if (value !== '') add(out, name, value);
      return;
    case 'number':
    case 'boolean':
      add(out, name, String(value));
      return;
  }
  if (depth > MAX_JSON_DEPTH) return;
  if (Array.isArray(value)) {
    if (arrayElements) {
      for (const element of value) addValue(out, name, element, false, depth + 1);
    } else {
      for (const element of value) addValue(out, name + '{}', element, false, depth + 1);
    }
    return;
  }
  for (const key in value) {
    const child = value[key];
    addValue(out, `${name}.${key}`, child, false, depth + 1);
  }
}

function add(out: Record<string, FieldValue>, name: string, value: string): void {
  const prev = out[name];
  if (prev === undefined) out[name] = value;
  else if (typeof prev === 'string') out[name] = [prev, value];
  else prev.push(value);
}
