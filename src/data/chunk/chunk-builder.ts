import type { EventRecord, EventRow } from '../model';
import { ColumnBuilder } from './column-builder';
import { MAX_CHUNK_EVENTS } from './constants';
import { growFloat64 } from './growable';
import { eventTexts, type EventTexts } from './event-texts';
import type { ChunkMeta, ColumnsRecord, ColumnTally, EncodedChunk } from './records';
import { storedSize } from './stored-size';
import { ValueTable } from './value-table';

/** Fields whose distinct values the chunk metadata lists, for pruning without loading columns. */
const META_FIELDS = new Map<string, 'sourcetypes' | 'hosts' | 'sources' | 'indexes'>([
  ['sourcetype', 'sourcetypes'],
  ['host', 'hosts'],
  ['source', 'sources'],
  ['index', 'indexes'],
]);

/**
 * Buffers events and encodes them into one chunk's records. The caller decides when a chunk is
 * full (normally at CHUNK_EVENTS); the builder is reusable after build().
 */
export class ChunkBuilder {
  /**
   * Empty at first, like the other buffers of the byte path: the first event grows it while V8
   * still interprets, so the growth has type feedback when the row loop is compiled (else the
   * first growth after that deoptimises it).
   */
  private times = new Float64Array(0);
  private columns = new Map<string, ColumnBuilder>();
  /** The last chunk's columns, emptied and reused by name (only those: a field may not recur). */
  private spare = new Map<string, ColumnBuilder>();
  /** The byte path's index of the columns' values (see addBytesEvent). */
  readonly values = new ValueTable();
  private n = 0;
  /**
   * Per position of the columns array last given to addRow, its column builder: undefined until
   * the column has a value, null where the position is no column. Saves a map lookup per field.
   */
  private slotColumns: readonly (string | null)[] | null = null;
  private slots: (ColumnBuilder | null | undefined)[] = [];
  /**
   * The index given to each event that brings none of its own (the import's chosen index), as
   * Splunk gives every event one; null leaves such events without.
   */
  defaultIndex: string | null = null;

  /** `texts`: where the raw texts and term index go (the tests pick one; else as the thread allows). */
  constructor(private readonly texts: EventTexts = eventTexts()) {
    // Fields replaced later (a buffer as it grows, the maps at build) are written a second time
    // here: V8 takes a field written once as a constant, and its next write deoptimises every
    // function compiled on that assumption (the byte path's whole row loop, several times over).
    this.times = new Float64Array(this.times.length);
    this.columns = new Map();
    this.spare = new Map();
    this.slotColumns = [];
    this.slotColumns = null;
    this.slots = [null];
    this.slots = [];
  }

  /** Bytes of `_raw` text held so far, for a caller that bounds a chunk's size. */
  get rawBytes(): number {
    return this.texts.rawBytes;
  }

  /** Adds to `into`, per value of `field`, how many events have it first. */
  countFirstValues(field: string, into: Map<string, number>): void {
    this.columns.get(field)?.countFirstValues(into);
  }

  get count(): number {
    return this.n;
  }

  /** Adds an event given with its fields as an object. */
  add(ev: EventRecord): void {
    const i = this.beginEvent(ev.time, ev.raw);
    const { fields } = ev;
    for (const name in fields) {
      const v = fields[name];
      // Tolerate an undefined that slipped past the types: it means the field is absent.
      if (v === undefined) continue;
      this.column(name).add(i, v);
    }
    this.endEvent(i);
  }

  /** Adds an event given as parallel arrays; the fast path, for rows sharing one columns array. */
  addRow(ev: EventRow): void {
    const i = this.beginEvent(ev.time, ev.raw);
    const { columns, values } = ev;
    const slots = columns === this.slotColumns ? this.slots : this.bindSlots(columns);
    for (let k = 0; k < values.length; k++) {
      const v = values[k];
      if (v === undefined) continue;
      let col = slots[k];
      if (col === null) continue;
      if (col === undefined) {
        // Made on a column's first value, not at binding: a column no event of the chunk has
        // would otherwise be stored, all absent, and listed among the chunk's fields.
        col = this.column(columns[k] as string);
        slots[k] = col;
      }
      col.add(i, v);
    }
    this.endEvent(i);
  }

  /**
   * The byte path: starts the next event with its time and its raw text as valid UTF-8 bytes
   * src[start, end) (`quoted`: a CSV cell's inside, `""` for `"`), and returns its index. The
   * caller then adds its fields through {@link slotColumn} and ends it with {@link endEvent}.
   * Mixes freely with addRow; the chunk comes out as if every event had come through addRow.
   */
  beginBytesEvent(time: number, src: Uint8Array, start: number, end: number, quoted: boolean) {
    const i = this.n;
    if (i >= MAX_CHUNK_EVENTS)
      throw new RangeError(`A chunk holds at most ${MAX_CHUNK_EVENTS} events`);
    if (i >= this.times.length) this.times = growFloat64(this.times, i + 1);
    this.times[i] = time;
    this.texts.addBytes(src, start, end, quoted);
    return i;
  }

  /** The builder of the column at position k of `columns` (as addRow binds them), or null. */
  slotColumn(columns: readonly (string | null)[], k: number): ColumnBuilder | null {
    const slots = columns === this.slotColumns ? this.slots : this.bindSlots(columns);
    let col = slots[k];
    if (col === undefined) {
      col = this.column(columns[k] as string);
      slots[k] = col;
    }
    return col;
  }

  endEvent(i: number): void {
    if (this.defaultIndex !== null) {
      const col = this.column('index');
      // The event's own index, if it had one, was its column's last slot.
      if (col.slots === 0 || col.rows[col.slots - 1] !== i) col.add(i, this.defaultIndex);
    }
    this.n = i + 1;
  }

  /**
   * Stores the time and raw text of the next event and returns its index; a caller other than
   * add and addRow then adds its fields itself (through {@link slotColumn}) and ends it with
   * {@link endEvent}.
   */
  beginEvent(time: number, raw: string): number {
    const i = this.n;
    if (i >= MAX_CHUNK_EVENTS)
      throw new RangeError(`A chunk holds at most ${MAX_CHUNK_EVENTS} events`);
    if (i >= this.times.length) this.times = growFloat64(this.times, i + 1);
    this.times[i] = time;
    this.texts.add(raw);
    return i;
  }

  private column(name: string): ColumnBuilder {
    let col = this.columns.get(name);
    if (!col) {
      const id = this.columns.size;
      col = this.spare.get(name);
      if (col) col.reuse(id);
      else col = new ColumnBuilder(name, id);
      this.columns.set(name, col);
    }
    return col;
  }

  private bindSlots(columns: readonly (string | null)[]): (ColumnBuilder | null | undefined)[] {
    const slots = columns.map((name) => (name === null ? null : this.columns.get(name)));
    this.slotColumns = columns;
    this.slots = slots;
    return slots;
  }

  /** Encodes the buffered events into records and resets the builder. */
  build(): EncodedChunk {
    const count = this.n;
    const times = this.times.slice(0, count);
    const builders = [...this.columns.values()].sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    const tallies: ColumnTally[] = [];
    const columns: ColumnsRecord = {
      count,
      times,
      columns: builders.map((b) =>
        b.encode(count, (values, counts) => tallies.push({ name: b.name, values, counts })),
      ),
    };
    const { terms, raw } = this.texts.build();
    let minTime = count > 0 ? Infinity : NaN;
    let maxTime = count > 0 ? -Infinity : NaN;
    for (let i = 0; i < count; i++) {
      const t = times[i];
      if (t < minTime) minTime = t;
      if (t > maxTime) maxTime = t;
    }
    const meta: ChunkMeta = {
      count,
      minTime,
      maxTime,
      sourcetypes: [],
      hosts: [],
      sources: [],
      indexes: [],
      fields: builders.map((b) => b.name),
      bytes: storedSize(columns) + storedSize(terms) + storedSize(raw),
    };
    for (const b of builders) {
      const key = META_FIELDS.get(b.name);
      if (key) meta[key] = [...b.values].sort();
    }
    this.n = 0;
    this.spare = this.columns;
    this.columns = new Map();
    this.values.reset();
    this.slotColumns = null;
    this.slots = [];
    return { meta, columns, terms, raw, tallies };
  }
}
