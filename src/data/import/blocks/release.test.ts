import { describe, expect, it } from 'vitest';
import { csvCells } from './choose-csv-cells';
import { processBlock, releaseBlockMemory, type BlockJob } from './process';

const header = '_time,host,_raw\n';

/** A CSV block job of `n` rows, as the import hands one to a block worker. */
function job(seq: number, n: number): BlockJob {
  const rows = Array.from(
    { length: n },
    (_, i) =>
      `2017-08-24T10:00:${String(i % 60).padStart(2, '0')}Z,h${i % 3},"ev ${i} ""q"" ${seq}"\n`,
  );
  return {
    datasetId: 'ds',
    seq,
    file: 'a.csv',
    format: 'splunk-csv',
    header,
    headerLines: 1,
    bytes: new TextEncoder().encode(rows.join('')) as Uint8Array<ArrayBuffer>,
    firstLine: 2,
    maxIssues: 10,
  };
}

async function bodyBytes(seq: number, n: number): Promise<Uint8Array> {
  const { row } = processBlock(job(seq, n));
  return new Uint8Array(await row!.body.blob.arrayBuffer());
}

describe('releaseBlockMemory', () => {
  it('makes a new cell scanner, and the next block is encoded as before', async () => {
    // A large block first, so that the kept buffers and memories are grown.
    await bodyBytes(0, 5000);
    const before = await bodyBytes(1, 300);
    const scanner = csvCells();
    releaseBlockMemory();
    expect(csvCells()).not.toBe(scanner);
    const after = await bodyBytes(1, 300);
    expect(after).toEqual(before);
  });
});
