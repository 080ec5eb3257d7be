// The import bench's tables: the import's figures, then the search and completion benches'.
import { availableParallelism } from 'node:os';
import { completionTableRows } from './completion-bench.mjs';
import { searchTableRows } from './search-bench.mjs';
import { mb } from './serve.mjs';

export const BARS = { eventsPerSec: 100_000, longTaskMs: 100, sizeRatio: 1 };
const ok = (/** @type {boolean} */ b) => (b ? 'PASS' : 'FAIL');

export function printTable(r, csv, workerPeaks, origin, worst) {
  const rows = [
    ['events', r.events.toLocaleString('en-US'), ''],
    [
      'CSV size',
      `${mb(r.csvBytes)} MB`,
      csv.rawBytes ? `_raw avg ${(csv.rawBytes / r.events).toFixed(0)} B` : '',
    ],
    ['import time (end to end)', `${r.seconds.toFixed(2)} s`, ''],
    [
      'import workers',
      r.importWorkers === 'kept' ? "kept from the sample's import" : 'started by this import',
      'the app keeps them between imports (data/import/client.ts)',
    ],
    [
      'throughput',
      `${r.eventsPerSec.toLocaleString('en-US')} events/s`,
      `${ok(r.pass.eventsPerSec)} (bar >= ${BARS.eventsPerSec.toLocaleString('en-US')})`,
    ],
    ['', `${r.mbPerSec} MB/s`, ''],
    [
      'longest main-thread task',
      // The long-task API reports only tasks over 50 ms.
      r.longTasks ? `${r.longestTaskMs} ms` : '< 50 ms',
      `${ok(r.pass.longTasks)} (bar <= ${BARS.longTaskMs} ms)`,
    ],
    [
      'main-thread tasks > 100 ms',
      String(r.longTasksOver100ms),
      `of ${r.longTasks} long tasks (> 50 ms)` +
        (worst.length
          ? `; worst: ${worst.map((t) => `${t.ms.toFixed(0)} ms at +${t.atSec.toFixed(1)} s`).join(', ')}`
          : ''),
    ],
    ['peak JS heap, main thread', `${mb(r.peakHeapMainBytes)} MB`, ''],
    [
      'peak JS heap, worker(s)',
      `${mb(r.peakHeapWorkerBytes)} MB`,
      [...workerPeaks].map(([u, b]) => `${u.replace(origin, '')} ${mb(b)} MB`).join(', '),
    ],
    ['peak JS heap, main + worker', `${mb(r.peakHeapSumBytes)} MB`, 'same sample'],
    [
      'peak RSS, renderer(s)',
      `${mb(r.peakRendererRssBytes)} MB`,
      `whole browser ${mb(r.peakBrowserRssBytes)} MB`,
    ],
    [
      'CPU during import (cores)',
      `browser ${r.browserCpuCores.toFixed(2)}`,
      `other processes ${r.otherCpuCores.toFixed(2)} (of ${availableParallelism()})`,
    ],
    [
      'CPU per event, by process',
      `${Object.values(r.cpuUsPerEvent)
        .reduce((a, b) => a + b, 0)
        .toFixed(1)} us`,
      Object.entries(r.cpuUsPerEvent)
        .filter(([, us]) => us >= 0.05)
        .map(([type, us]) => `${type} ${us.toFixed(1)}`)
        .join(', '),
    ],
    [
      'CPU per event, by worker thread',
      r.cpuUsPerWorkerThread.map((us) => `${us.toFixed(1)} us`).join(', '),
      'the block workers, then the import worker',
    ],
    [
      'IndexedDB on disk',
      `${mb(r.idbBytesDisk)} MB`,
      `${ok(r.pass.size)} (ratio to CSV ${r.sizeRatio}, bar <= ${BARS.sizeRatio})`,
    ],
    [
      'IndexedDB, storage.estimate()',
      r.idbBytesEstimate === null ? 'n/a' : `${mb(r.idbBytesEstimate)} MB`,
      r.idbBytesEstimate === null ? '' : `ratio ${(r.idbBytesEstimate / r.csvBytes).toFixed(3)}`,
    ],
  ];
  console.log('');
  console.log(`Import benchmark (${new Date().toISOString()})`);
  printColumns(rows);
  console.log('');
  console.log('Search benchmark (search worker, median of 5 runs, the first one included)');
  printColumns(searchTableRows(r.search));
  console.log('');
  console.log('Completion benchmark (search worker, median of 5 fresh pages)');
  printColumns(completionTableRows(r.completion));
  console.log('');
}

/** Rows of [name, figure, note], the names padded and the figures right-aligned. */
export function printColumns(rows) {
  const w0 = Math.max(...rows.map((x) => x[0].length));
  const w1 = Math.max(...rows.map((x) => x[1].length));
  for (const [a, b, c] of rows) console.log(`  ${a.padEnd(w0)}  ${b.padStart(w1)}  ${c}`);
}

export function printProfile(p) {
  const pct = (/** @type {number} */ ms) => ((100 * ms) / p.totalMs).toFixed(1);
  console.log(
    `Worker CPU profile: ${(p.totalMs / 1000).toFixed(1)} s sampled, idle ${pct(p.idleMs)}%, ` +
      `GC ${pct(p.gcMs)}%, program ${pct(p.programMs)}%`,
  );
  console.log('Top self time:');
  p.rows.forEach((row, i) => {
    console.log(
      `  ${String(i + 1).padStart(2)}. ${row.selfMs.toFixed(0).padStart(6)} ms ${row.percent.toFixed(1).padStart(5)}%  ${row.where}  ${row.label}`,
    );
  });
  console.log('Self time by file:');
  for (const row of p.files.slice(0, 10)) {
    console.log(
      `      ${row.selfMs.toFixed(0).padStart(6)} ms ${row.percent.toFixed(1).padStart(5)}%  ${row.where}`,
    );
  }
  console.log('');
}
