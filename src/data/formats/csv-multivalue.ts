import type { FieldValue } from '../model';

/**
 * A multivalue cell as Splunk's UI CSV export writes it: the values joined by newlines. Values are
 * split on `\n` with a trailing `\r` dropped (an export edited on Windows); empty values are
 * dropped because Splunk never keeps an empty value inside a multivalue field, so they can only
 * come from a stray trailing newline. Returns undefined when nothing is left.
 */
export function splitMultivalue(cell: string): FieldValue | undefined {
  const values: string[] = [];
  let start = 0;
  for (;;) {
    const nl = cell.indexOf('\n', start);
    const stop = nl === -1 ? cell.length : nl;
    const end = stop > start && cell.charCodeAt(stop - 1) === 13 ? stop - 1 : stop;
    if (end > start) values.push(cell.slice(start, end));
    if (nl === -1) break;
    start = nl + 1;
  }
  if (values.length === 0) return undefined;
  return values.length === 1 ? values[0] : values;
}

/**
 * The `__mv_<field>` companion column of Splunk's results CSV: `$val1$;$val2$`, with `$$` standing
 * for a literal `$` inside a value. Empty values are dropped, as in {@link splitMultivalue}.
 * Returns null when the text does not have that shape or holds no value, so the caller can fall
 * back to the plain cell rather than invent values.
 */
export function parseMvColumn(text: string): FieldValue | null {
  const values: string[] = [];
  const len = text.length;
  let i = 0;
  while (i < len) {
    if (text.charCodeAt(i) !== 36) return null;
    let value = '';
    let from = i + 1;
    for (;;) {
      const dollar = text.indexOf('$', from);
      if (dollar === -1) return null;
      if (text.charCodeAt(dollar + 1) === 36) {
        value += text.slice(from, dollar + 1);
        from = dollar + 2;
        continue;
      }
      value += text.slice(from, dollar);
      i = dollar + 1;
      break;
    }
    if (value !== '') values.push(value);
    if (i === len) break;
    if (text.charCodeAt(i) !== 59) return null;
    i++;
    if (i === len) return null;
  }
  if (values.length === 0) return null;
  return values.length === 1 ? values[0] : values;
}
