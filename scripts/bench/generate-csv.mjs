// Generates a synthetic Splunk search-UI CSV export of BOTS-v2-like data for the import benchmark.
//
//   node scripts/bench/generate-csv.mjs out.csv [events=1000000] [seed=20170823]
//
// The output only has to *look* like what an analyst exports from Splunk (column layout, quoting,
// value shapes, sparsity, multi-line and multivalue cells, _raw sizes), so that parsing, encoding
// and indexing costs in the benchmark are the ones real files cause. It is not a faithful replay of
// any data set. This file writes the rows; the events come from generator/ (mix.mjs draws each
// one's sourcetype, one file a family makes it).
import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { makeRandom } from './generator/draws.mjs';
import { SPLUNK_SERVERS } from './generator/frothly.mjs';
import { makeEvents } from './generator/mix.mjs';
import { cell, CSV_HEADER, FIELD_COLUMNS, FIELD_INDEX } from './generator/splunk-csv.mjs';
import { splunkTime } from './generator/times.mjs';

export const DEFAULT_SEED = 20170823;
/** Bump when the output for a given (events, seed) changes, so cached files get regenerated. */
export const GENERATOR_VERSION = 3;

// Export window: all of August 2017 (PDT), newest first as Splunk returns them.
const END_MS = Date.UTC(2017, 8, 1, 7, 0, 0) - 1; // 2017-08-31T23:59:59.999-07:00
const SPAN_MS = 31 * 24 * 3600_000;

/**
 * Writes the export to `path`.
 * @param {string} path
 * @param {{ events: number, seed?: number }} options
 * @returns {Promise<{ path: string, events: number, bytes: number, rawBytes: number, seed: number }>}
 */
export async function generateCsv(path, { events, seed = DEFAULT_SEED }) {
  if (!Number.isInteger(events) || events < 1)
    throw new Error(`events must be a positive integer, got ${events}`);
  const rnd = makeRandom(seed);
  const next = makeEvents(rnd);
  const out = createWriteStream(path, { highWaterMark: 1 << 20 });
  const failed = new Promise((_, reject) => out.once('error', reject));
  failed.catch(() => {});
  /** @param {Buffer} s */
  const write = async (s) => {
    if (!out.write(s)) await Promise.race([new Promise((r) => out.once('drain', r)), failed]);
  };

  const row = new Array(FIELD_COLUMNS.length);
  const slot = SPAN_MS / events;
  let prevTime = END_MS;
  let rawBytes = 0;
  // Rows go straight into a byte buffer: appending to one big string makes V8 build ropes that it
  // has to flatten and collect, which cost more than generating the rows.
  const FLUSH_AT = 4 << 20;
  let buf = Buffer.allocUnsafe(FLUSH_AT + (1 << 20));
  let used = buf.write(CSV_HEADER + '\n', 0, 'latin1');
  for (let i = 0; i < events; i++) {
    // One random moment per equal slot: newest first, and inside August whatever the count.
    const ms = END_MS - Math.floor((i + rnd()) * slot);
    const e = next(ms);
    row.fill('');
    for (const [k, v] of e.fields) row[FIELD_INDEX.get(k)] = cell(v);
    // Most sources log whole seconds; Stream and Suricata keep milliseconds.
    // Truncating can step past the previous row; the clamp keeps the order strictly newest first.
    const t = Math.min(
      prevTime,
      e.sourcetype.startsWith('stream') || e.sourcetype === 'suricata' ? ms : ms - (ms % 1000),
    );
    prevTime = t;
    // Everything generated is ASCII, so string length is byte length and latin1 writes are exact.
    rawBytes += e.raw.length;
    const line =
      `${i},"${splunkTime(t)}",${cell(e.source)},${cell(e.sourcetype)},${cell(e.host)},botsv2,` +
      `${cell(SPLUNK_SERVERS[i & 1])},${cell(e.raw)},${row.join(',')}\n`;
    if (used + line.length > buf.length)
      throw new Error(`row ${i} too long (${line.length} bytes)`);
    used += buf.write(line, used, 'latin1');
    if (used >= FLUSH_AT) {
      await write(buf.subarray(0, used));
      buf = Buffer.allocUnsafe(FLUSH_AT + (1 << 20));
      used = 0;
    }
  }
  await write(buf.subarray(0, used));
  await new Promise((resolve, reject) =>
    out.end((/** @type {Error|undefined} */ err) => (err ? reject(err) : resolve(undefined))),
  );
  const { size } = await stat(path);
  return { path, events, bytes: size, rawBytes, seed };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [path, eventsArg = '1000000', seedArg] = process.argv.slice(2);
  if (!path) {
    console.error('usage: node scripts/bench/generate-csv.mjs OUT.csv [events=1000000] [seed]');
    process.exit(2);
  }
  const started = performance.now();
  const r = await generateCsv(path, {
    events: Number(eventsArg),
    seed: seedArg ? Number(seedArg) : DEFAULT_SEED,
  });
  const secs = (performance.now() - started) / 1000;
  console.log(
    `${r.path}: ${r.events.toLocaleString('en-US')} rows, ${(r.bytes / 1e6).toFixed(1)} MB, ` +
      `_raw avg ${(r.rawBytes / r.events).toFixed(0)} B, seed ${r.seed}, ${secs.toFixed(1)} s`,
  );
}
