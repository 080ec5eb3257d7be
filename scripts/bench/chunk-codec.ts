import type { EventRecord } from '../../src/data/model';
import { ChunkBuilder } from '../../src/data/chunk/chunk-builder';
import { ChunkColumns } from '../../src/data/chunk/chunk-columns';
import { CHUNK_EVENTS } from '../../src/data/chunk/constants';
import { csvBytes, realisticEvents } from '../../src/test/support/realistic-events';
import { rawAt } from '../../src/data/chunk/raw-store';
import type { EncodedChunk } from '../../src/data/chunk/records';
import { storedSize } from '../../src/data/chunk/stored-size';
import { lookupPrefix, lookupTerm } from '../../src/data/chunk/term-index-reader';

/**
 * The chunk codec's speed and sizes on the realistic mix, in Node: `npm run bench:codec`. A
 * measurement, not a test (it used to run in the unit suite, where a loaded machine made it time
 * out). Times are the best of a few rounds, since other work on the machine only ever adds to them.
 */

const ROUNDS = 3;

function encodeAll(
  events: EventRecord[],
  chunkEvents: number,
): { ms: number; chunks: EncodedChunk[] } {
  let best = Infinity;
  let chunks: EncodedChunk[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const b = new ChunkBuilder();
    const out: EncodedChunk[] = [];
    const t0 = performance.now();
    for (const e of events) {
      b.add(e);
      if (b.count >= chunkEvents) out.push(b.build());
    }
    if (b.count > 0) out.push(b.build());
    best = Math.min(best, performance.now() - t0);
    chunks = out;
  }
  return { ms: best, chunks };
}

function perEvent(chunks: EncodedChunk[], part: 'columns' | 'terms' | 'raw', n: number): string {
  return (chunks.reduce((sum, c) => sum + storedSize(c[part]), 0) / n).toFixed(1);
}

{
  // Flat copies, as a CSV parser would hand them over (not the generator's concatenated strings).
  const events = realisticEvents(CHUNK_EVENTS * 8, 1).map((e) => structuredClone(e));
  const csv = csvBytes(events) / events.length;

  {
    const lines: string[] = [];
    for (const size of [2048, 4096, 8192]) {
      const { ms, chunks } = encodeAll(events, size);
      const n = events.length;
      lines.push(
        `${String(size).padStart(4)} ev/chunk: ${Math.round(n / (ms / 1000)).toLocaleString('en')} ev/s ` +
          `(${((ms * 1000) / n).toFixed(2)} us/ev); B/ev columns ${perEvent(chunks, 'columns', n)} ` +
          `index ${perEvent(chunks, 'terms', n)} raw ${perEvent(chunks, 'raw', n)} ` +
          `total ${(chunks.reduce((s, c) => s + c.meta.bytes, 0) / n).toFixed(1)} vs CSV ${csv.toFixed(1)}`,
      );
    }
    console.log(`chunk encode (add + build), ${events.length} events:\n  ${lines.join('\n  ')}`);
  }

  {
    const { chunks } = encodeAll(events.slice(0, CHUNK_EVENTS * 4), CHUNK_EVENTS);
    const terms = [
      'retr',
      '160.153.91.7',
      'powershell',
      'nosuchterm',
      '10',
      'c:\\windows\\system32\\ftp.exe',
    ];
    let t0 = performance.now();
    let hits = 0;
    for (const c of chunks) for (const t of terms) hits += lookupTerm(c.terms, t).length;
    const lookupUs = ((performance.now() - t0) * 1000) / (chunks.length * terms.length);
    t0 = performance.now();
    for (const c of chunks) hits += lookupPrefix(c.terms, 'ftp').length;
    const prefixUs = ((performance.now() - t0) * 1000) / chunks.length;
    t0 = performance.now();
    let chars = 0;
    for (const c of chunks) for (let i = 0; i < c.meta.count; i++) chars += rawAt(c.raw, i).length;
    const rawMs = (performance.now() - t0) / chunks.length;
    t0 = performance.now();
    for (const c of chunks) {
      const cols = new ChunkColumns(c.columns);
      for (const f of cols.fieldNames()) for (let i = 0; i < cols.count; i++) cols.value(f, i);
    }
    const colMs = (performance.now() - t0) / chunks.length;
    console.log(
      `read per ${CHUNK_EVENTS}-event chunk: lookupTerm ${lookupUs.toFixed(0)} us, lookupPrefix('ftp') ` +
        `${prefixUs.toFixed(0)} us, all raw texts ${rawMs.toFixed(1)} ms, every value of every field ` +
        `${colMs.toFixed(1)} ms`,
    );
    if (hits + chars === 0) throw new Error('nothing read back');
  }
}
