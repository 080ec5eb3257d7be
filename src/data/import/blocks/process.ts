import { ChunkBuilder } from '../../chunk';
import type { WorkbookDB } from '../../db/db';
import { createReader, type FormatId } from '../../formats';
import type { SourceRecord } from '../../model';
import { toEvent } from '../../normalize';
import { writeChunk } from '../chunkWriter';
import { DatasetTally, type TallySummary } from '../tally';

/** One block of records to turn into one stored chunk. */
export interface BlockJob {
  datasetId: string;
  seq: number;
  file: string;
  format: FormatId;
  /** Text the parser must see before the records (the CSV header); '' for line formats. */
  header: string;
  headerLines: number;
  text: string;
  firstLine: number;
  maxIssues: number;
}

export interface BlockResult extends TallySummary {
  file: string;
  storedBytes: number;
  /** Files in which some record had no time at all. */
  missingTime: boolean;
  /** Milliseconds spent parsing and encoding, and storing: where an import's time goes. */
  encodeMs: number;
  writeMs: number;
}

/**
 * Parses a block, normalises its records, encodes them as one chunk and stores it under the
 * job's sequence number. Runs in a pool worker (or in the import worker when there is no pool).
 */
export async function processBlock(job: BlockJob, db: WorkbookDB): Promise<BlockResult> {
  const started = performance.now();
  const tally = new DatasetTally(job.maxIssues);
  const builder = new ChunkBuilder();
  // The parser numbers lines from the start of header + text; map them back to the file's.
  const shift = job.firstLine - job.headerLines - 1;
  const reader = createReader(job.format, {
    record(rec: SourceRecord) {
      const ev = toEvent(rec);
      if ('error' in ev) {
        const line = rec.line + shift;
        tally.skip({ file: job.file, line, field: ev.field, message: ev.error });
        return;
      }
      tally.add(ev);
      builder.addRow(ev);
    },
    issue(line: number, message: string, field?: string) {
      // Header problems are the file's, reported where they are; the rest belong to this block.
      const fileLine = line <= job.headerLines ? line : line + shift;
      if (line > job.headerLines || job.firstLine === job.headerLines + 1) {
        tally.skip({ file: job.file, line: fileLine, field, message });
      }
    },
  });
  if (job.header) reader.push(job.header);
  reader.push(job.text);
  reader.end();
  let storedBytes = 0;
  let encoded = performance.now();
  if (builder.count > 0) {
    const chunk = builder.build();
    storedBytes = chunk.meta.bytes;
    encoded = performance.now();
    await writeChunk(db, job.datasetId, job.seq, chunk);
  }
  return {
    ...tally.summary(),
    file: job.file,
    storedBytes,
    missingTime: tally.missingTimeIn(job.file),
    encodeMs: encoded - started,
    writeMs: performance.now() - encoded,
  };
}
