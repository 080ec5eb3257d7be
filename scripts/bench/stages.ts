// Where the import's CPU time goes, stage by stage, in Node (no browser, no IndexedDB):
//   npx rolldown scripts/bench/stages.ts --platform node -o /tmp/stages.mjs && node /tmp/stages.mjs [csv]
// Stage 1 reads CSV records, 2 adds normalisation, 3 adds chunk encoding and term indexing.
import { readFileSync } from 'node:fs';
import { ChunkBuilder, CHUNK_EVENTS } from '../../src/data/chunk';
import { createReader } from '../../src/data/formats';
import type { SourceRecord } from '../../src/data/model';
import { toEvent } from '../../src/data/normalize';

const text = readFileSync(process.argv[2] ?? 'bench-results/bench-100k.csv', 'utf8');
const pieces: string[] = [];
for (let i = 0; i < text.length; i += 65536) pieces.push(text.slice(i, i + 65536));

function run(stage: number): void {
  let n = 0;
  const builder = new ChunkBuilder();
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
  const ms = performance.now() - t0;
  console.log(
    `stage ${stage}: ${n} rows ${ms.toFixed(0)} ms, ${((ms * 1000) / n).toFixed(2)} us/event`,
  );
}

for (let round = 0; round < 2; round++) for (const stage of [1, 2, 3]) run(stage);
