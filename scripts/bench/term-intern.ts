import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { CHUNK_EVENTS } from '../../src/data/chunk/constants';
import { wasmTermInterner } from '../../src/data/chunk/term-interner-wasm';

/**
 * The WebAssembly term interner's CPU per event on the `_raw` texts of a CSV the bench generated,
 * in Node: adding each event's text (the scan, fold, hash and lookups), then sorting and encoding
 * each chunk. Best of the rounds, as other work on the machine only adds to a time.
 *
 *   npx tsx scripts/bench/term-intern.ts bench-results/bench-200k.csv [rounds]
 *
 * The file is read as one string, so it must be shorter than V8's longest (~512 MB): the 200k
 * export is, the 1M one is not.
 */

const [path, roundsArg] = process.argv.slice(2);
if (!path) throw new Error('usage: term-intern.ts <csv> [rounds]');
const rounds = Number(roundsArg ?? 5);
const parsed = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), { header: true });
const encoder = new TextEncoder();
const texts = parsed.data.filter((r) => r._raw).map((r) => encoder.encode(r._raw));
const interner = wasmTermInterner();
if (interner === null) throw new Error('no WebAssembly here');

let bestAdd = Infinity;
let bestEncode = Infinity;
for (let round = 0; round < rounds; round++) {
  let add = 0;
  let encode = 0;
  for (let from = 0; from < texts.length; from += CHUNK_EVENTS) {
    const to = Math.min(texts.length, from + CHUNK_EVENTS);
    let t = performance.now();
    for (let i = from; i < to; i++) interner.add(texts[i], 0, texts[i].length);
    add += performance.now() - t;
    t = performance.now();
    interner.encode();
    interner.reset();
    encode += performance.now() - t;
  }
  bestAdd = Math.min(bestAdd, add);
  bestEncode = Math.min(bestEncode, encode);
}
const us = (ms: number) => ((ms * 1000) / texts.length).toFixed(3);
console.log(
  `${texts.length} events, ${(texts.reduce((n, t) => n + t.length, 0) / texts.length).toFixed(0)} B of _raw each: ` +
    `add ${us(bestAdd)} us per event, sort and encode ${us(bestEncode)} (best of ${rounds})`,
);
