import type { FieldValue } from '../model';
import { columnReader, type ColumnReader } from './column-reader';
import type { ColumnRecord, ColumnsRecord } from './records';

/** Decoder over a chunk's ColumnsRecord; needs neither the raw texts nor the term index. */
export class ChunkColumns {
  readonly count: number;
  /** _time per event, epoch ms. */
  readonly times: Float64Array;
  private readonly records = new Map<string, ColumnRecord>();
  private readonly readers = new Map<string, ColumnReader>();

  constructor(rec: ColumnsRecord) {
    this.count = rec.count;
    this.times = rec.times;
    for (const c of rec.columns) this.records.set(c.name, c);
  }

  /** Names of the fields present in the chunk, sorted. */
  fieldNames(): string[] {
    return [...this.records.keys()];
  }

  has(field: string): boolean {
    return this.records.has(field);
  }

  value(field: string, i: number): FieldValue | undefined {
    return this.column(field)?.value(i);
  }

  column(field: string): ColumnReader | undefined {
    let reader = this.readers.get(field);
    if (reader) return reader;
    const rec = this.records.get(field);
    if (!rec) return undefined;
    reader = columnReader(rec, this.count);
    this.readers.set(field, reader);
    return reader;
  }
}
