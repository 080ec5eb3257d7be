/**
 * Approximate bytes a structured-clone value takes when stored: typed arrays by their length,
 * strings at one byte per code unit (V8 serialises Latin-1 strings that way; the rare two-byte
 * string is undercounted) plus a few bytes of tag and length per item.
 */
export function storedSize(value: unknown): number {
  if (typeof value === 'string') return value.length + 3;
  if (typeof value === 'number' || typeof value === 'boolean') return 9;
  if (ArrayBuffer.isView(value)) return value.byteLength + 8;
  if (Array.isArray(value)) {
    let n = 5;
    for (const v of value) n += storedSize(v);
    return n;
  }
  if (value !== null && typeof value === 'object') {
    let n = 5;
    for (const [k, v] of Object.entries(value)) n += k.length + 3 + storedSize(v);
    return n;
  }
  return 1;
}
