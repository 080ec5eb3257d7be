import type { EventRecord } from '../model';
import { ColumnBuilder } from './column-builder';
import { MAX_CHUNK_EVENTS } from './constants';
import { growFloat64 } from './growable';
import { RawBuilder } from './raw-store';
import type { ChunkMeta, ColumnsRecord, EncodedChunk } from './records';
import { storedSize } from './stored-size';
import { TermIndexBuilder } from './term-index-builder';

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
  private times = new Float64Array(4096);
  private columns = new Map<string, ColumnBuilder>();
  private readonly raw = new RawBuilder();
  private readonly terms = new TermIndexBuilder();
  private n = 0;

  get count(): number {
    return this.n;
  }

  add(ev: EventRecord): void {
    const i = this.n;
    if (i >= MAX_CHUNK_EVENTS)
      throw new RangeError(`A chunk holds at most ${MAX_CHUNK_EVENTS} events`);
    if (i >= this.times.length) this.times = growFloat64(this.times, i + 1);
    this.times[i] = ev.time;
    this.raw.add(ev.raw);
    this.terms.add(this.raw.bytes, this.raw.lastStart, this.raw.length);
    const { fields } = ev;
    for (const name in fields) {
      const v = fields[name];
      // Tolerate an undefined that slipped past the types: it means the field is absent.
      if (v === undefined) continue;
      let col = this.columns.get(name);
      if (!col) {
        col = new ColumnBuilder(name);
        this.columns.set(name, col);
      }
      col.add(i, v);
    }
    this.n = i + 1;
  }

  /** Encodes the buffered events into records and resets the builder. */
  build(): EncodedChunk {
    const count = this.n;
    const times = this.times.slice(0, count);
    const builders = [...this.columns.values()].sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    const columns: ColumnsRecord = { count, times, columns: builders.map((b) => b.encode(count)) };
    const terms = this.terms.build();
    const raw = this.raw.build();
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
    this.columns = new Map();
    return { meta, columns, terms, raw };
  }
}
