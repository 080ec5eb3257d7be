import { ESCAPED, NEWLINE, type CsvCells } from './csv-cells';

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/** The cell scanner in JS, where WebAssembly is not: the reference for wasm/csv-cells.as.ts. */
export class JsCsvCells implements CsvCells {
  starts = new Int32Array(256);
  ends = new Int32Array(256);
  flags = new Uint8Array(256);
  readonly out = new Int32Array(5);
  /** No field columns here: the byte path adds the cells to the column builders itself. */
  readonly fieldColumns = null;
  private b: Uint8Array = new Uint8Array(0);

  load(bytes: Uint8Array): void {
    this.b = bytes;
  }

  asciiLength(): number {
    const { b } = this;
    const end = b.length;
    let k = 0;
    while (k < end && (b.byteOffset + k) & 3) {
      if (b[k] & 0x80) return k;
      k++;
    }
    if (k === end) return k;
    const words = new Uint32Array(b.buffer, b.byteOffset + k, (end - k) >>> 2);
    const n = words.length;
    let w = 0;
    // Sixteen bytes per test; the byte loop below finds the first high bit in the last group.
    while (
      w + 4 <= n &&
      ((words[w] | words[w + 1] | words[w + 2] | words[w + 3]) & 0x80808080) === 0
    )
      w += 4;
    k += 4 * w;
    while (k < end && (b[k] & 0x80) === 0) k++;
    return k;
  }

  row(pos: number): number {
    const { b, out } = this;
    const len = b.length;
    let skipped = 0;
    while (pos < len) {
      if (b[pos] === LF) pos++;
      else if (b[pos] === CR && pos + 1 < len && b[pos + 1] === LF) pos += 2;
      else break;
      skipped++;
    }
    out[1] = skipped;
    out[4] = 0;
    if (pos >= len) return -1;
    let count = 0;
    let extraLines = 0;
    let malformed = 0;
    let c: number;
    for (;;) {
      if (count === this.starts.length) this.grow();
      let end: number;
      if (pos < len && b[pos] === QUOTE) {
        let k = pos + 1;
        let f = 0;
        for (;;) {
          if (k >= len) {
            out[4] = 1;
            return count;
          }
          const x = b[k];
          if (x === QUOTE) {
            if (k + 1 < len && b[k + 1] === QUOTE) {
              f |= ESCAPED;
              k += 2;
              continue;
            }
            break;
          }
          if (x === LF) {
            f |= NEWLINE;
            extraLines++;
          }
          k++;
        }
        this.starts[count] = pos + 1;
        this.ends[count] = k;
        this.flags[count] = f;
        end = k + 1;
        if (end < len) {
          const next = b[end];
          const rowEnds = next === CR && end + 1 < len && b[end + 1] === LF;
          if (next !== COMMA && next !== LF && !rowEnds) {
            if (malformed === 0) malformed = count + 1;
            while (end < len && (c = b[end]) !== COMMA && c !== LF) end++;
          }
        }
      } else {
        end = pos;
        while (end < len && (c = b[end]) !== COMMA && c !== LF) end++;
        this.starts[count] = pos;
        this.ends[count] = end > pos && b[end - 1] === CR ? end - 1 : end;
        this.flags[count] = 0;
      }
      count++;
      if (end >= len) {
        pos = len;
        break;
      }
      c = b[end];
      if (c === COMMA) {
        pos = end + 1;
        continue;
      }
      pos = c === LF ? end + 1 : end + 2;
      break;
    }
    out[0] = pos;
    out[2] = extraLines;
    out[3] = malformed;
    return count;
  }

  private grow(): void {
    const n = this.starts.length * 2;
    const s = new Int32Array(n);
    s.set(this.starts);
    this.starts = s;
    const e = new Int32Array(n);
    e.set(this.ends);
    this.ends = e;
    const f = new Uint8Array(n);
    f.set(this.flags);
    this.flags = f;
  }
}
