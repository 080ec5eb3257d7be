import { ChunkBuilder, releasePackWriter, type EncodedChunk } from '../../chunk';
import type { ChunkMetaRow } from '../../db/db';
import { createReader, type FormatId } from '../../formats';
import { countEncodedFffd, countReplacementChars } from '../../formats/decode';
import type { SourceRecord } from '../../model';
import { toEvent } from '../../normalize';
import { sharedTimeReading, type TimeReading, type TimeRule } from '../../time/time-rule';
import { chunkRow } from '../chunk-writer';
import { DatasetTally, type TallySummary } from '../tally';
import { releaseCsvCells } from './choose-csv-cells';
import { encodeCsvBytes, type CsvBytesBlock } from './csv-bytes';

/** One block of records to turn into one stored chunk. */
export interface BlockJob {
  datasetId: string;
  seq: number;
  file: string;
  format: FormatId;
  /** Text the parser must see before the records (the CSV header); '' for line formats. */
  header: string;
  headerLines: number;
  /** The records: as text, or (CSV only) as UTF-8 bytes, which the pool transfers, not copies. */
  text?: string;
  bytes?: Uint8Array<ArrayBuffer>;
  firstLine: number;
  maxIssues: number;
  /** The index given to events without one of their own (none when absent). */
  defaultIndex?: string;
  /** How this file's events find their time, when the user chose; else the usual fields. */
  time?: TimeRule;
}

export interface BlockResult extends TallySummary {
  file: string;
  /** The chunk's row, to be stored by the import (chunk-writer.ts); none when no event was read. */
  row?: ChunkMetaRow;
  /** Files in which some record had no time at all. */
  missingTime: boolean;
  /** Milliseconds spent parsing, encoding and packing: where an import's time goes. */
  encodeMs: number;
  /** The job's byte buffer, no longer read here: handed back to be filled again. */
  returned?: ArrayBuffer;
}

/**
 * Parses a block, normalises its records and encodes them as one chunk, the row to store under
 * the job's sequence number. Runs in a pool worker (or in the import worker when there is no
 * pool); the import stores the rows of several blocks at once.
 */
export function processBlock(job: BlockJob): BlockResult {
  const started = performance.now();
  const { tally, chunk } = encodeBlock(job);
  const row = chunk === null ? undefined : chunkRow(job.datasetId, job.seq, chunk);
  return {
    ...tally.summary(),
    file: job.file,
    row,
    missingTime: tally.missingTimeIn(job.file),
    encodeMs: performance.now() - started,
    returned: job.bytes?.buffer,
  };
}

// ignoreBOM: a block starts mid-file, where U+FEFF is data (the file's own BOM was cut off).
const fallbackDecoder = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Parses and normalises a block's records and encodes them as one chunk (null when no record made
 * an event). CSV given as bytes takes the byte path (csv-bytes.ts) unless it declines the block;
 * then, like every other block, it goes through the text reader.
 */
export function encodeBlock(job: BlockJob): { tally: DatasetTally; chunk: EncodedChunk | null } {
  const tally = new DatasetTally(job.maxIssues);
  // A builder keeps its grown buffers and tables from block to block (a fresh one regrew them
  // all, term table rehashes included, for every chunk). One that threw midway is dropped.
  const builder = spare ?? new ChunkBuilder();
  spare = null;
  builder.defaultIndex = job.defaultIndex ?? null;
  const reading = sharedTimeReading(job.time);
  let text = job.text ?? '';
  let done = false;
  if (job.bytes !== undefined) {
    // One shape whatever the job held (a spread copies the job's own, which varies with its
    // optional fields): the row loop that reads it is then compiled once, not per shape.
    const block: CsvBytesBlock = {
      file: job.file,
      header: job.header,
      headerLines: job.headerLines,
      bytes: job.bytes,
      firstLine: job.firstLine,
      reading,
    };
    done = job.format === 'splunk-csv' && encodeCsvBytes(block, tally, builder);
    // Streaming decoders replace bad bytes as this does: blocks are cut at a newline, never
    // inside a character. The replacements are counted for the file's report.
    if (!done) {
      text = fallbackDecoder.decode(job.bytes);
      tally.replaced += countReplacementChars(text) - countEncodedFffd(job.bytes);
    }
  }
  if (!done) encodeText(job, text, reading, tally, builder);
  // Counted from the chunk's columns: a string and two map updates per event cost more.
  tally.addChunkCounts(builder);
  const chunk = builder.count > 0 ? builder.build() : null;
  if (chunk !== null) tally.addIndexes(chunk.meta.indexes);
  spare = builder;
  return { tally, chunk };
}

let spare: ChunkBuilder | null = null;

/**
 * Lets go of what the blocks grew (the spare builder with its term index's WebAssembly memory, the
 * cell scanner's, the packing buffer) while the worker waits for another import: a WebAssembly
 * memory never shrinks, so its instance goes, and the next block makes a new one from the compiled
 * module. The compiled and optimised code stays, which is what keeping the worker is for.
 */
export function releaseBlockMemory(): void {
  spare = null;
  releaseCsvCells();
  releasePackWriter();
}

function encodeText(
  job: BlockJob,
  text: string,
  reading: TimeReading,
  tally: DatasetTally,
  builder: ChunkBuilder,
): void {
  // The parser numbers lines from the start of header + text; map them back to the file's.
  const shift = job.firstLine - job.headerLines - 1;
  const reader = createReader(
    job.format,
    {
      record(rec: SourceRecord) {
        const ev = toEvent(rec, reading);
        if ('error' in ev) {
          const line = rec.line + shift;
          tally.skip({ file: job.file, line, field: ev.field, message: ev.error });
          return;
        }
        tally.addTime(ev.time);
        builder.addRow(ev);
      },
      issue(line: number, message: string, field?: string) {
        // Header problems are the file's, reported where they are; the rest belong to this block.
        const fileLine = line <= job.headerLines ? line : line + shift;
        if (line > job.headerLines || job.firstLine === job.headerLines + 1) {
          tally.skip({ file: job.file, line: fileLine, field, message });
        }
      },
    },
    { fileName: job.file },
  );
  if (job.header) reader.push(job.header);
  reader.push(text);
  reader.end();
}
