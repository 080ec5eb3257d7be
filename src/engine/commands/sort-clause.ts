import { toNumber, toText, valuesOf } from '../eval/coerce';
import type { ArgReader, Word } from '../parse/arg-reader';
import type { Row, Scalar } from '../values';

export type SortMode = 'auto' | 'str' | 'num' | 'ip';

export interface SortKey {
  field: Word;
  mode: SortMode;
  descending: boolean;
}

const MODES: readonly SortMode[] = ['auto', 'str', 'num', 'ip'];

/**
 * `[+|-]field` or `[+|-]mode(field)`, separated by commas or spaces. A sign written apart
 * (`sort - count`) applies to the fields after it, until the next sign; one written against a
 * field (`-count`) to that field only.
 */
export function readSortKeys(r: ArgReader, stopWords: readonly string[] = []): SortKey[] {
  const keys: SortKey[] = [];
  let groupDescending = false;
  for (;;) {
    r.takeOp(',');
    const t = r.peek();
    if (t.kind !== 'word' && t.kind !== 'string') break;
    if (t.kind === 'word' && stopWords.includes(t.value.toLowerCase())) break;
    if (t.kind === 'word' && (t.value === '+' || t.value === '-')) {
      r.next();
      groupDescending = t.value === '-';
      continue;
    }
    const w = r.readWord('a field to sort by');
    let text = w.text;
    let descending = groupDescending;
    if (!w.quoted && (text.startsWith('-') || text.startsWith('+'))) {
      descending = text[0] === '-';
      text = text.slice(1);
    }
    let mode: SortMode = 'auto';
    let field: Word = { ...w, text, start: w.end - text.length };
    if (MODES.includes(text.toLowerCase() as SortMode) && r.isOp('(')) {
      const open = r.next();
      mode = text.toLowerCase() as SortMode;
      field = r.readWord(`a field name in ${text}()`);
      r.expectOp(')', 'search', open);
    }
    keys.push({ field, mode, descending });
  }
  return keys;
}

type Rank = [group: number, num: number, text: string];

/**
 * Splunk's order: numbers before strings, numbers by value, strings by code unit (upper case
 * before lower case); missing values last whichever the direction. A multivalue field sorts by
 * its first value.
 */
function rank(v: Scalar, mode: SortMode): Rank {
  const text = toText(v) ?? '';
  if (mode === 'str') return [1, 0, text];
  if (mode === 'ip') {
    const ip = ipNumber(text);
    return ip === null ? [1, 0, text] : [0, ip, ''];
  }
  const n = toNumber(v);
  return n === null ? [1, 0, text] : [0, n, ''];
}

function ipNumber(text: string): number | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text.trim());
  if (!m) return null;
  return m.slice(1).reduce((acc, part) => acc * 256 + Number(part), 0);
}

export function compareRows(keys: readonly SortKey[]): (a: Row, b: Row) => number {
  return (a, b) => {
    for (const k of keys) {
      const va = valuesOf(a[k.field.text] ?? null)[0];
      const vb = valuesOf(b[k.field.text] ?? null)[0];
      if (va === undefined || vb === undefined) {
        if (va === vb) continue;
        return va === undefined ? 1 : -1;
      }
      const ra = rank(va, k.mode);
      const rb = rank(vb, k.mode);
      let c = ra[0] - rb[0] || ra[1] - rb[1];
      if (c === 0 && ra[2] !== rb[2]) c = ra[2] < rb[2] ? -1 : 1;
      if (c !== 0) return k.descending ? -c : c;
    }
    return 0;
  };
}
