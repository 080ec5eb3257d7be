// Where the import's CPU time goes, stage by stage, in Node (no browser, no IndexedDB):
//   npx tsx scripts/bench/stages.ts [csv]
// Text path: stage 1 reads CSV records, 2 adds normalisation, 3 adds chunk encoding and term
// indexing; "text blocks" is that as the import ran it before the byte path (text cut into blocks,
// each encoded by encodeBlock). "byte blocks" is the import's path for CSV now: bytes cut into
// blocks, each parsed and encoded from its bytes (src/data/import/blocks/csv-bytes.ts).
import { readFileSync } from 'node:fs';
import { ChunkBuilder, CHUNK_EVENTS } from '../../src/data/chunk';
import { createReader } from '../../src/data/formats';
import { encodeBlock, type BlockJob } from '../../src/data/import/blocks/process';
import {
  createSplitter,
  CsvByteSplitter,
  type ByteBlock,
  type TextBlock,
} from '../../src/data/import/blocks/splitter';
import type { SourceRecord } from '../../src/data/model';
import { toEvent } from '../../src/data/normalize';

const bytes = readFileSync(process.argv[2] ?? 'bench-results/bench-100k.csv');
const text = new TextDecoder().decode(bytes);
const pieces: string[] = [];
for (let i = 0; i < text.length; i += 65536) pieces.push(text.slice(i, i + 65536));

/** This process's CPU time in ms: on a shared machine it varies less than wall time. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

let cpuStart = 0;
function report(name: string, n: number, ms: number): void {
  const cpu = cpuMs() - cpuStart;
  console.log(
    `${name}: ${n} rows ${ms.toFixed(0)} ms, ${((ms * 1000) / n).toFixed(2)} us/event ` +
      `(CPU ${((cpu * 1000) / n).toFixed(2)} us/event)`,
  );
}

function run(stage: number): void {
  let n = 0;
  const builder = new ChunkBuilder();
  cpuStart = cpuMs();
  const t0 = performance.now();
  const reader = createReader('splunk-csv', {
    record(rec: SourceRecord) {
      n++;
      if (stage < 2) return;
      const ev = toEvent(rec);
      if ('error' in ev || stage < 3) return;
      builder.addRow(ev);
      if (builder.count >= CHUNK_EVENTS) builder.build();
    },
    issue() {},
  });
  for (const p of pieces) reader.push(p);
  reader.end();
  report(`stage ${stage}`, n, performance.now() - t0);
}

const job = (header: string, headerLines: number, firstLine: number): BlockJob => ({
  datasetId: 'd',
  seq: 0,
  file: 'bench.csv',
  format: 'splunk-csv',
  header,
  headerLines,
  firstLine,
  maxIssues: 20,
});

function textBlocks(): void {
  cpuStart = cpuMs();
  const t0 = performance.now();
  const splitter = createSplitter('splunk-csv', CHUNK_EVENTS);
  const blocks: TextBlock[] = [];
  let n = 0;
  const flush = () => {
    for (const b of blocks.splice(0)) {
      const j = { ...job(splitter.header, splitter.headerLines, b.firstLine), text: b.text };
      n += encodeBlock(j).tally.events;
    }
  };
  for (const p of pieces) {
    splitter.push(p, blocks);
    flush();
  }
  splitter.end(blocks);
  flush();
  report('text blocks', n, performance.now() - t0);
}

function byteBlocks(): void {
  cpuStart = cpuMs();
  const t0 = performance.now();
  const splitter = new CsvByteSplitter(CHUNK_EVENTS);
  const blocks: ByteBlock[] = [];
  let n = 0;
  let split = 0;
  const flush = () => {
    for (const b of blocks.splice(0)) {
      const j = { ...job(splitter.header, splitter.headerLines, b.firstLine), bytes: b.bytes };
      n += encodeBlock(j).tally.events;
    }
  };
  for (let i = 0; i < bytes.length; i += 65536) {
    const s = performance.now();
    splitter.push(bytes.subarray(i, i + 65536), blocks);
    split += performance.now() - s;
    flush();
  }
  splitter.end(blocks);
  flush();
  report('byte blocks', n, performance.now() - t0);
  console.log(`  of which splitting: ${((split * 1000) / n).toFixed(2)} us/event`);
}

const only = process.env.STAGES;
for (let round = 0; round < 2; round++) {
  if (!only || only.includes('t')) for (const stage of [1, 2, 3]) run(stage);
  if (!only || only.includes('T')) textBlocks();
  if (!only || only.includes('B')) byteBlocks();
}
