import { readFileSync } from 'node:fs';
import { packChunkBody, summarizeChunk } from '../../src/data/chunk';
import { BLOCK_BYTES, CHUNK_EVENTS } from '../../src/data/chunk/constants';
import { CsvByteSplitter, type ByteBlock } from '../../src/data/import/blocks/csv-byte-splitter';
import { encodeBlock } from '../../src/data/import/blocks/process';

/**
 * CPU per event of a block worker's stages at import, in Node, over a CSV the bench generated:
 * parsing and encoding a block (encodeBlock), packing the chunk's body, and its summary. No
 * IndexedDB, no workers: a quick check of what a change to one stage costs, before the bench.
 *
 *   npx tsx scripts/bench/import-stages-node.ts bench-results/bench-100k.csv [rounds]
 */

const [path, roundsArg] = process.argv.slice(2);
if (!path) throw new Error('usage: import-stages-node.ts <csv> [rounds]');
const rounds = Number(roundsArg ?? 3);
const file = readFileSync(path);
const splitter = new CsvByteSplitter(CHUNK_EVENTS, BLOCK_BYTES);
const blocks: ByteBlock[] = [];
// In pieces, as the browser streams a file.
for (let at = 0; at < file.length; at += 1 << 20) {
  splitter.push(
    new Uint8Array(file.buffer, file.byteOffset + at, Math.min(1 << 20, file.length - at)),
    blocks,
  );
}
splitter.end(blocks);

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
for (let r = 0; r < rounds; r++) {
  let encode = 0;
  let pack = 0;
  let summary = 0;
  let events = 0;
  for (const b of blocks) {
    let t = cpuMs();
    const { chunk } = encodeBlock({
      datasetId: 'bench',
      seq: 0,
      file: path,
      format: 'splunk-csv',
      header: splitter.header,
      headerLines: splitter.headerLines,
      bytes: b.bytes.slice(),
      firstLine: b.firstLine,
      maxIssues: 20,
      defaultIndex: 'main',
    });
    encode += cpuMs() - t;
    if (!chunk) continue;
    events += chunk.meta.count;
    t = cpuMs();
    packChunkBody(chunk.columns, chunk.terms, chunk.raw);
    pack += cpuMs() - t;
    t = cpuMs();
    summarizeChunk(chunk.columns);
    summary += cpuMs() - t;
  }
  const us = (ms: number) => ((ms * 1000) / events).toFixed(2);
  console.log(
    `round ${r + 1}: ${events} events, us per event: encode ${us(encode)}, pack ${us(pack)}, summary ${us(summary)}`,
  );
}
