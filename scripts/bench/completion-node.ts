// Completion latency on a large dataset in Node (fake-indexeddb, no browser), as the search worker
// answers it: npx tsx scripts/bench/completion-node.ts [csv] (default bench-results/bench-1m.csv,
// made by `node scripts/bench/generate-csv.mjs bench-results/bench-1m.csv 1000000`).
// Times each kind of completion cold (first request in a new worker that has read the chunk
// list, as the app's warm-up does) and warm (next keystrokes). The browser's figures, which are
// the ones that count, come from `npm run bench:completion`.
import 'fake-indexeddb/auto';
import { closeSync, openSync, readSync } from 'node:fs';
import { ChunkBuilder, CHUNK_EVENTS } from '../../src/data/chunk';
import { WorkbookDB } from '../../src/data/db/db';
import type { DatasetRecord } from '../../src/data/db/schema-types';
import { createReader } from '../../src/data/formats';
import { writeChunk } from '../../src/data/import/chunk-writer';
import type { SourceRecord } from '../../src/data/model';
import { toEvent } from '../../src/data/normalize';
import { CompletionIndex } from '../../src/data/search/completion-data';
import { ChunkCache } from '../../src/data/search/stored-source';
import { warmCache } from '../../src/data/search/warm';
import { completeAt, type Completions } from '../../src/engine/assist/complete';

const path = process.argv[2] ?? 'bench-results/bench-1m.csv';
const QUERIES = [
  'index=botsv2 | st',
  'index=botsv2 | eval x=rou',
  'index=botsv2 | stats count by s',
  'index=botsv2 sourcetype=',
  'index=botsv2 src=',
  'index=botsv2 dest_port=',
  'index=botsv2 dest_ip=',
  'index=botsv2 flow_id=',
];

async function store(db: WorkbookDB): Promise<number> {
  const fd = openSync(path, 'r');
  const buf = Buffer.alloc(1 << 20);
  const decoder = new TextDecoder();
  const builder = new ChunkBuilder();
  const pending: Promise<unknown>[] = [];
  let seq = 0;
  let events = 0;
  const flush = () => pending.push(writeChunk(db, 'ds', seq++, builder.build()));
  const reader = createReader('splunk-csv', {
    record(rec: SourceRecord) {
      const ev = toEvent(rec);
      if ('error' in ev) return;
      builder.addRow(ev);
      events++;
      if (builder.count >= CHUNK_EVENTS) flush();
    },
    issue() {},
  });
  for (let n; (n = readSync(fd, buf, 0, buf.length, null)) > 0;) {
    reader.push(decoder.decode(buf.subarray(0, n), { stream: true }));
    await Promise.all(pending.splice(0));
  }
  closeSync(fd);
  reader.end();
  if (builder.count > 0) flush();
  await Promise.all(pending);
  return events;
}

function readyDataset(id: string, eventCount: number, chunkCount: number): DatasetRecord {
  return {
    ...{ id, name: id, status: 'ready', files: [], eventCount, minTime: NaN, maxTime: NaN },
    ...{ sourcetypes: {}, hosts: {}, indexes: [], bytes: 0, storedBytes: 0, chunkCount },
    ...{ importedAt: 0, skipped: 0, issues: [] },
  };
}

async function main(): Promise<void> {
  const db = new WorkbookDB('completion-node');
  await db.open();
  const events = await store(db);
  console.log(`${events} events stored`);
  // A ready dataset's chunk list is read once and kept, as in the app (catalog.ts).
  const chunkCount = await db.chunks.where('datasetId').equals('ds').count();
  await db.datasets.put(readyDataset('ds', events, chunkCount));
  for (const q of QUERIES) {
    // A new worker each time, that has read the chunk list, as the app's warm-up does.
    const cache = new ChunkCache();
    await warmCache(db, ['ds'], cache, new AbortController().signal);
    const index = new CompletionIndex(db, cache);
    const times: number[] = [];
    let r: Completions | null = null;
    for (let i = 0; i < 6; i++) {
      const t0 = performance.now();
      r = await completeAt(q, q.length, index.forScope(['ds']));
      times.push(performance.now() - t0);
    }
    const warm = times.slice(1).sort((a, b) => a - b);
    const first = r!.items.slice(0, 2).map((i) => `${i.label} ${i.detail ?? ''}`.slice(0, 40));
    console.log(
      `${JSON.stringify(q)}: cold ${times[0].toFixed(1)} ms, warm median ` +
        `${warm[warm.length >> 1].toFixed(2)} ms, ${r!.items.length} items ` +
        `(${r!.items.filter((i) => i.detail?.startsWith('≥')).length} lower bounds): ${first.join(' | ')}`,
    );
  }
  db.close();
}

void main();
