import type { PlainEvent } from '../../engine/source';
import { ChunkBuilder } from '../../data/chunk';
import type { WorkbookDB } from '../../data/db/db';
import { writeChunk } from '../../data/import/chunk-writer';
import { dataMap } from '../../engine/data-map';

/**
 * Varied events for comparing sources: keywords in _raw, dense and sparse fields, numbers,
 * multivalue fields (one of them sometimes a one-value list), fields some chunks lack.
 */
export function variedEvents(n: number, start = Date.UTC(2017, 7, 24, 3, 0, 0)): PlainEvent[] {
  let seed = 7;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x80000000;
  };
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const words = ['login', 'failed', 'error', 'warn', 'ok', 'ftp', 'RETR', 'upload', 'billy.tun'];
  const out: PlainEvent[] = [];
  for (let i = 0; i < n; i++) {
    const fields = Object.assign(dataMap<string | string[]>(), {
      host: pick(['web-1', 'web-2', 'gw-01']),
      sourcetype: pick(['app:log', 'stream:ftp', 'pan:traffic']),
      index: 'main',
      src: `10.0.${i % 3}.${Math.floor(rnd() * 5)}`,
      bytes: String(Math.floor(rnd() * 300)),
    });
    if (rnd() < 0.4) fields.user = pick(['alice', 'bob', 'billy.tun']);
    const tagCount = Math.floor(rnd() * 4);
    if (tagCount === 1 && rnd() < 0.5) fields.tags = [pick(['a', 'b'])];
    else if (tagCount > 0)
      fields.tags = Array.from({ length: tagCount }, () => pick(['a', 'b', 'c']));
    // Only the second half has it: early chunks lack the field entirely.
    if (i >= n / 2) fields.late = pick(['x', 'y']);
    const text = Array.from({ length: 3 }, () => pick(words)).join(' ');
    const raw = i === n - 3 ? `${text} zebracorn rare` : `${fields.host} ${text} src=${fields.src}`;
    // Distinct times, not in order, so newest-first sorting is exercised.
    out.push({ time: start + ((i * 7919) % n) * 1000 + i, raw, fields });
  }
  return out;
}

/** Stores events as one dataset through the import's chunk builder and writer. */
export async function storeEvents(
  db: WorkbookDB,
  datasetId: string,
  events: readonly PlainEvent[],
  chunkSize: number,
): Promise<void> {
  const builder = new ChunkBuilder();
  let seq = 0;
  for (let i = 0; i < events.length; i += chunkSize) {
    for (const e of events.slice(i, i + chunkSize)) {
      builder.add({ time: e.time, raw: e.raw, fields: e.fields ?? {} });
    }
    await writeChunk(db, datasetId, seq++, builder.build());
  }
}
