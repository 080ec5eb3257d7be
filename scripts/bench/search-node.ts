// The search bench's sequence in Node (fake-indexeddb, no browser), for profiling and A/B runs:
//   npx tsx scripts/bench/search-node.ts [csv] [--runs N]
//   node --cpu-prof --import tsx scripts/bench/search-node.ts ...   (a profile of the searches)
// The CSV is encoded into chunks and stored through the import's chunk writer; then, with one ChunkCache as in the search worker,
// the first search and RUNS of each search of the browser bench are timed, with what the cache
// holds and how many slices of chunk bodies each run read from IndexedDB.
import 'fake-indexeddb/auto';
import { closeSync, openSync, readSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { ChunkBuilder, CHUNK_EVENTS, type EncodedChunk } from '../../src/data/chunk';
import { WorkbookDB } from '../../src/data/db/db';
import { createReader } from '../../src/data/formats';
import { writeChunk } from '../../src/data/import/chunk-writer';
import type { SourceRecord } from '../../src/data/model';
import { toEvent } from '../../src/data/normalize';
import { searchStored } from '../../src/data/search/run-stored';
import { ChunkCache } from '../../src/data/search/stored-source';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : 5;
const profAt = args.indexOf('--profile');
// Profiles the runs of the search with this index (0, 1, 2) into <csv>.search<N>.cpuprofile.
const PROFILE = profAt >= 0 ? Number(args[profAt + 1]) : -1;
// The worker cache's budget in MB (its data part; raw texts get a fifth of it more), to see at a
// small CSV what a large one does with the browser's budget: e.g. 200k events with 8.5 MB is as
// 10M events with the 427 MB of a 16 GB device.
const cacheAt = args.indexOf('--cache-mb');
const CACHE_MB = cacheAt >= 0 ? Number(args[cacheAt + 1]) : 0;
const csv = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const path = csv ?? 'bench-results/bench-200k.csv';

const QUERIES = [
  'ftp | stats count by sourcetype',
  'sourcetype=stream:ftp dest=160.153.91.7 | stats count by src',
  '* | timechart span=1h count by sourcetype',
];

function encode(file: string): EncodedChunk[] {
  // Read in pieces: a million events' CSV is longer than V8's longest string.
  const fd = openSync(file, 'r');
  const buf = Buffer.alloc(1 << 20);
  const decoder = new TextDecoder();
  const chunks: EncodedChunk[] = [];
  const builder = new ChunkBuilder();
  const reader = createReader('splunk-csv', {
    record(rec: SourceRecord) {
      const ev = toEvent(rec);
      if ('error' in ev) return;
      builder.addRow(ev);
      if (builder.count >= CHUNK_EVENTS) chunks.push(builder.build());
    },
    issue() {},
  });
  for (let n; (n = readSync(fd, buf, 0, buf.length, null)) > 0;) {
    reader.push(decoder.decode(buf.subarray(0, n), { stream: true }));
  }
  closeSync(fd);
  reader.end();
  if (builder.count > 0) chunks.push(builder.build());
  return chunks;
}

async function main(): Promise<void> {
  const db = new WorkbookDB('search-node');
  await db.open();
  {
    const chunks = encode(path);
    for (let seq = 0; seq < chunks.length; seq++) await writeChunk(db, 'ds', seq, chunks[seq]);
  }
  const cache =
    CACHE_MB > 0
      ? new ChunkCache({ dataBytes: CACHE_MB * 1e6, rawBytes: CACHE_MB * 2e5 })
      : new ChunkCache();
  // Slices of chunk bodies a run read from IndexedDB (the cache did not hold what it needed).
  let reads = 0;
  const search = async (query: string) => {
    const before = cache.reads.slices;
    const t0 = performance.now();
    const r = await searchStored(db, query, {
      datasetIds: ['ds'],
      tz: 'UTC',
      now: Date.now(),
      cache,
    });
    reads = cache.reads.slices - before;
    return { ms: performance.now() - t0, rows: r.rows.length, matched: r.counts.matched, reads };
  };
  const first = await search(QUERIES[0]);
  console.log(`first: ${first.ms.toFixed(1)} ms`);
  for (const [qi, q] of QUERIES.entries()) {
    const session = qi === PROFILE ? new Session() : null;
    const post = (method: string, params?: object) =>
      new Promise<unknown>((resolve, reject) =>
        session!.post(method, params, (err, res) => (err ? reject(err) : resolve(res))),
      );
    if (session) {
      session.connect();
      await post('Profiler.enable');
      await post('Profiler.setSamplingInterval', { interval: 200 });
      await post('Profiler.start');
    }
    const ms: number[] = [];
    const reads: number[] = [];
    let last;
    const cpu0 = process.cpuUsage();
    for (let i = 0; i < RUNS; i++) {
      last = await search(q);
      ms.push(last.ms);
      reads.push(last.reads);
    }
    if (session) {
      const { profile } = (await post('Profiler.stop')) as { profile: object };
      writeFileSync(`${path}.search${qi}.cpuprofile`, JSON.stringify(profile));
      session.disconnect();
    }
    const cpu = process.cpuUsage(cpu0);
    const cpuMs = (cpu.user + cpu.system) / 1000 / RUNS;
    const sorted = [...ms].sort((a, b) => a - b);
    console.log(
      `${q}: median ${sorted[sorted.length >> 1].toFixed(1)} ms ` +
        `[${ms.map((x) => x.toFixed(0)).join(' ')}], CPU ${cpuMs.toFixed(1)} ms a run; ` +
        `${last!.rows} rows, ${last!.matched} matched; ` +
        `slices read [${reads.join(' ')}]; ` +
        `cache ${(cache.data.bytes / 1e6).toFixed(1)} MB (${(cache.data.protectedBytes / 1e6).toFixed(1)} MB protected) in ${cache.data.size} parts`,
    );
  }
  db.close();
}

void main();
