import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChunkBuilder } from '../chunk';
import { WorkbookDB } from '../db/db';
import { chunkRow, ChunkRows, CHUNKS_PER_WRITE } from './chunk-writer';

let db: WorkbookDB;
let dbCount = 0;

beforeEach(async () => {
  db = new WorkbookDB(`chunk-rows-test-${dbCount++}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

function row(seq: number) {
  const b = new ChunkBuilder();
  b.add({ time: 1503543600000 + seq, raw: `event ${seq}`, fields: { host: 'h' } });
  return chunkRow('ds', seq, b.build());
}

/** Counts the transactions that write chunks. */
function countWrites(): () => number {
  const seen = new Set<unknown>();
  db.chunks.hook('creating', (_key, _row, transaction) => {
    seen.add(transaction);
  });
  return () => seen.size;
}

describe('ChunkRows', () => {
  it('writes a group of rows to one transaction, and the rest when asked for all', async () => {
    const writes = countWrites();
    const rows = new ChunkRows(db);
    for (let seq = 0; seq < CHUNKS_PER_WRITE + 1; seq++) rows.add(row(seq));
    expect((await rows.write(false))?.map((r) => r.seq)).toEqual([0, 1, 2, 3]);
    expect(rows.write(false)).toBeNull();
    expect((await rows.write(true))?.map((r) => r.seq)).toEqual([4]);
    expect(rows.write(true)).toBeNull();
    expect(await db.chunks.count()).toBe(5);
    expect(writes()).toBe(2);
  });

  it('stores none of a group when one of its rows fails', async () => {
    const rows = new ChunkRows(db);
    for (let seq = 0; seq < CHUNKS_PER_WRITE; seq++) rows.add(row(seq));
    db.chunks.hook('creating', (_key, obj: { seq: number }) => {
      if (obj.seq === 2)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(rows.write(false)).rejects.toThrow();
    expect(await db.chunks.count()).toBe(0);
  });
});
