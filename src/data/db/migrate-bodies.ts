import type { Transaction } from 'dexie';
import {
  countChunkValues,
  packChunkBody,
  summarizeChunk,
  tallyColumn,
  type ColumnsRecord,
  type RawRecord,
  type TermIndexRecord,
} from '../chunk';

/**
 * Version 6's upgrade: every chunk stored in the three tables of versions 1-5 (`columns`,
 * `terms`, `raws`, one row each) becomes one body Blob in its `chunks` row, with its summary and
 * value counts (the columns are at hand here; chunks stored in version 6 before value counts were
 * kept have none, and completion reads their columns).
 * It runs inside the upgrade's transaction, one chunk at a time: if the page closes midway the
 * whole upgrade is undone and runs again on the next start, so no chunk is ever half moved.
 * A row whose data is missing (which no version wrote) is dropped: it could not be read anyway.
 */
export async function migrateChunksToBodies(tx: Transaction): Promise<void> {
  const chunks = tx.table('chunks');
  const keys = (await chunks.toCollection().primaryKeys()) as [string, number][];
  for (const key of keys) {
    const meta = await chunks.get(key);
    if (!meta || meta.body) continue;
    const [cols, terms, raw] = await Promise.all([
      tx.table('columns').get(key) as Promise<{ data: ColumnsRecord } | undefined>,
      tx.table('terms').get(key) as Promise<{ data: TermIndexRecord } | undefined>,
      tx.table('raws').get(key) as Promise<{ data: RawRecord } | undefined>,
    ]);
    if (!cols || !terms || !raw) {
      await chunks.delete(key);
      continue;
    }
    const body = packChunkBody(cols.data, terms.data, raw.data);
    const summary = summarizeChunk(cols.data);
    await chunks.put({
      ...meta,
      body,
      summary,
      valueCounts: countChunkValues(cols.data.columns.map(tallyColumn)),
    });
  }
}
