// The bench's closing table: every figure issue 22 names, with its target, for this run. A run of
// 3M or 10M events also compares each search with the last saved 1M run (result-1m.json).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMPLETION_BAR_MS } from './completion-bench.mjs';
import { DUCKDB_TIMECHART_MS, SEARCHES } from './search-bench.mjs';

export const SCALE_TARGETS = {
  importEventsPerSec: 170_000,
  longestTaskMs: 50,
  searchMsAt3M: 300,
  rendererRssBytesAt3M: 1e9,
  /** First search after a page reload, by events. */
  firstMs: { 1_000_000: 1000, 3_000_000: 2000 },
};

/** Keeps this run's JSON as bench-results/result-<label>.json; returns the path. */
export function saveResult(dir, label, result) {
  const path = join(dir, `result-${label}.json`);
  writeFileSync(path, JSON.stringify(result, null, 1) + '\n');
  return path;
}

function loadReference(dir, events) {
  if (events === 1_000_000) return null;
  const path = join(dir, 'result-1m.json');
  if (!existsSync(path)) return null;
  try {
    const ref = JSON.parse(readFileSync(path, 'utf8'));
    return ref.events === 1_000_000 ? ref : null;
  } catch {
    return null;
  }
}

const mb = (b) => `${(b / 1e6).toFixed(0)} MB`;
const verdict = (ok) => (ok === null ? '' : ok ? 'met' : 'NOT met');

/** Prints the table; `saved` is where this run's JSON went. */
export function printSummary(r, { results, saved }) {
  const ref = loadReference(results, r.events);
  const scale = r.events / 1_000_000;
  /** @type {[string, string, string, string][]} */
  const rows = [];
  const add = (what, measured, target, ok) => rows.push([what, measured, target, verdict(ok)]);
  add('events', r.events.toLocaleString('en-US'), '', null);
  add(
    'load average (1 min)',
    r.loadAverage.join(' / '),
    'start / after import / after searches',
    null,
  );
  add(
    'import, end to end',
    `${r.eventsPerSec.toLocaleString('en-US')} events/s`,
    `>= ${SCALE_TARGETS.importEventsPerSec.toLocaleString('en-US')} at 1M`,
    r.events === 1_000_000 ? r.eventsPerSec >= SCALE_TARGETS.importEventsPerSec : null,
  );
  const cpu = Object.values(r.cpuUsPerEvent).reduce((a, b) => a + b, 0);
  add('import CPU per event', `${cpu.toFixed(1)} us`, 'all browser processes', null);
  add(
    'longest main-thread task (import)',
    r.longTasks ? `${r.longestTaskMs} ms` : '< 50 ms',
    `< ${SCALE_TARGETS.longestTaskMs} ms`,
    r.longTasks === 0,
  );
  const s = r.search;
  for (const def of SEARCHES) {
    const x = s[def.key];
    if (!x) continue;
    const parts = [];
    let ok = null;
    if (r.events === 3_000_000) {
      parts.push(`<= ${SCALE_TARGETS.searchMsAt3M} ms`);
      ok = x.medianMs <= SCALE_TARGETS.searchMsAt3M;
    }
    const before = ref?.search?.[def.key];
    let ratio = '';
    if (before) {
      const q = x.medianMs / before.medianMs;
      ratio = `, ${q.toFixed(2)}x the 1M run`;
      parts.push(`<= ${scale.toFixed(0)}x 1M`);
      ok = (ok ?? true) && q <= scale;
    }
    if (def.key === 'timechartLA') {
      parts.push(`<= ${DUCKDB_TIMECHART_MS} ms (DuckDB-wasm, 1M)`);
      if (r.events === 1_000_000) ok = x.medianMs <= DUCKDB_TIMECHART_MS;
    }
    add(`${def.label}: ${x.query}`, `${x.medianMs.toFixed(1)} ms${ratio}`, parts.join(', '), ok);
  }
  if (s.ftpDestBySrc) {
    add(
      'field filter, first run (columns read)',
      `${s.ftpDestBySrc.firstRunMs} ms`,
      'reported',
      null,
    );
  }
  const firstBar = SCALE_TARGETS.firstMs[r.events];
  add(
    'first search after reload',
    `${s.firstMs} ms`,
    firstBar ? `< ${firstBar} ms` : 'reported',
    firstBar ? s.firstMs < firstBar : null,
  );
  if (s.cache) {
    add(
      'search worker cache',
      `${mb(s.cache.heldBytes)} held`,
      `budget ${mb(s.cache.budgetBytes)} (${s.cache.basis})`,
      null,
    );
  }
  add(
    'search worker heap + array buffers',
    s.workerHeapBytes === null ? 'n/a' : mb(s.workerHeapBytes),
    'after the searches, after GC',
    null,
  );
  const c = r.completion;
  if (c?.sourcetype) {
    const kinds = ['commands', 'functions', 'fields', 'sourcetype', 'src', 'destPort'];
    add(
      'completion, first request: ' + kinds.join(', '),
      kinds.map((k) => (c[k] ? `${c[k].coldMs.toFixed(0)}` : '-')).join(' / ') + ' ms',
      `< ${COMPLETION_BAR_MS} ms (issue 20)`,
      kinds.every((k) => !c[k] || c[k].pass),
    );
    add(
      'completion, first request: dest_ip, flow_id',
      ['destIp', 'flowId'].map((k) => (c[k] ? `${c[k].coldMs.toFixed(0)}` : '-')).join(' / ') +
        ' ms',
      'reported (high cardinality)',
      null,
    );
  }
  const rss = Math.max(r.peakRendererRssBytes, s.peakRendererRssBytes ?? 0);
  add(
    'renderer peak RSS',
    `${mb(rss)} (import ${mb(r.peakRendererRssBytes)}, searches ${mb(s.peakRendererRssBytes ?? 0)}; ` +
      `PSS ${mb(r.peakRendererPssBytes ?? 0)} / ${mb(s.peakRendererPssBytes ?? 0)}, ` +
      `${r.rendererProcesses ?? '?'} renderer processes)`,
    '< 1 GB at 3M',
    r.events === 3_000_000 ? rss < SCALE_TARGETS.rendererRssBytesAt3M : null,
  );
  const w = [0, 1, 2].map((k) => Math.max(...rows.map((row) => row[k].length)));
  console.log(`Scale summary (issue 22)${ref ? ', compared with the saved 1M run' : ''}`);
  for (const row of rows) {
    console.log(
      `  ${row[0].padEnd(w[0])}  ${row[1].padStart(w[1])}  ${row[2].padEnd(w[2])}  ${row[3]}`,
    );
  }
  console.log(`  (this run's JSON: ${saved})`);
  console.log('');
}
