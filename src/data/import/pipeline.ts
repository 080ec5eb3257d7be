import { BLOCK_BYTES, ChunkBuilder, CHUNK_EVENTS, type EncodedChunk } from '../chunk';
import type { WorkbookDB } from '../db/db';
import { notifyDatasetsChanged, removeDatasetRows } from '../db/datasets';
import type { DatasetFile, DatasetRecord } from '../db/schema-types';
import { createReader, detectFormat, type FormatId } from '../formats';
import type { ImportIssue, SourceRecord } from '../model';
import { toEvent } from '../normalize';
import { DEFAULT_INDEX } from '../index-name';
import { timeReading, type TimeRule } from '../time/time-rule';
import { LocalBlockPool, type BlockPool } from './blocks/pool';
import { BufferRecycler } from './blocks/recycler';
import type { BlockJob } from './blocks/process';
import {
  canSplit,
  createSplitter,
  CsvByteSplitter,
  type ByteBlock,
  type TextBlock,
} from './blocks/splitter';
import { ChunkRows, InFlight, writeChunk } from './chunk-writer';
import { decodeStats, isGzip, readBytes, readHead, readText, type NamedBlob } from './read-text';
import { readInto, type ByteSink } from './read-into';
import { oversizeMessage } from '../formats/sink';
import { ProgressMeter } from './progress-meter';
import { DatasetTally } from './tally';
import type { ImportProgress } from './types';
import { t } from '../../i18n/messages';
import { failure, noEvents, throwIfCancelled, toFailure } from './failures';

/** How many skipped records are kept as examples in the summary. */
export const MAX_ISSUES = 20;

export interface PipelineOptions {
  db: WorkbookDB;
  name: string;
  datasetId: string;
  signal: AbortSignal;
  onProgress?: (p: ImportProgress) => void;
  /** Where blocks are parsed and encoded; in this thread unless a worker pool is given. */
  pool?: BlockPool;
  /** The index of events without their own (already checked, see index-name.ts); `main` if absent. */
  index?: string;
  /** Per file (by position), the user's choice of its time field and format, if any. */
  timeRules?: (TimeRule | undefined)[];
}

interface PlannedFile {
  file: NamedBlob;
  gzip: boolean;
  format: FormatId;
  time?: TimeRule;
}

/** What every file of one import shares while it is read. */
interface ImportContext {
  db: WorkbookDB;
  datasetId: string;
  index: string;
  pool: BlockPool;
  inFlight: InFlight;
  /** Rows of chunks the pool encoded, stored a few to a transaction. */
  rows: ChunkRows;
  tally: DatasetTally;
  progress: ProgressMeter;
  signal: AbortSignal;
  /** Sequence number of the next chunk, and what the stored chunks add up to. */
  stored: { nextSeq: number; chunks: number; bytes: number };
  /** Block buffers the pool has handed back, for the byte splitter to fill again. */
  recycler: BufferRecycler;
  /** Summed over blocks; printed at the end for whoever profiles an import. */
  /** Where the time went, and how many stalled file reads were given up (read-into.ts). */
  timings: { encodeMs: number; writeMs: number; reopens: number };
}

/**
 * Imports files into one new dataset: detect every format first (so an unsupported file stores
 * nothing), then stream each file, cut it into blocks of records that the pool parses, encodes
 * and stores as chunks in parallel. The dataset becomes visible only when its record turns
 * 'ready'; on any failure or cancel everything written for it is removed again.
 */
export async function runImport(files: NamedBlob[], opts: PipelineOptions): Promise<DatasetRecord> {
  const { db, datasetId, signal } = opts;
  const planned = await planFiles(files);
  planned.forEach((plan, i) => (plan.time = opts.timeRules?.[i]));
  const pool = opts.pool ?? new LocalBlockPool();
  const ctx: ImportContext = {
    db,
    datasetId,
    index: opts.index ?? DEFAULT_INDEX,
    pool,
    // Two jobs per worker keep each busy while the next block is being cut, and one write.
    inFlight: new InFlight(pool.size * 2 + 1),
    rows: new ChunkRows(db),
    tally: new DatasetTally(MAX_ISSUES),
    progress: new ProgressMeter(
      files.reduce((n, f) => n + f.size, 0),
      files.length,
      opts.onProgress,
    ),
    signal,
    stored: { nextSeq: 0, chunks: 0, bytes: 0 },
    // A buffer for each block in flight, and one for the block being cut.
    recycler: new BufferRecycler(pool.size * 2 + 1),
    timings: { encodeMs: 0, writeMs: 0, reopens: 0 },
  };
  const record: DatasetRecord = {
    id: datasetId,
    name: opts.name,
    status: 'importing',
    files: [],
    eventCount: 0,
    minTime: NaN,
    maxTime: NaN,
    sourcetypes: {},
    hosts: {},
    indexes: [],
    bytes: files.reduce((n, f) => n + f.size, 0),
    storedBytes: 0,
    chunkCount: 0,
    importedAt: Date.now(),
    skipped: 0,
    issues: [],
  };
  await db.datasets.put(record);
  try {
    for (const [index, plan] of planned.entries()) {
      record.files.push(await importFile(plan, index, ctx));
    }
    throwIfCancelled(signal);
    const { tally } = ctx;
    if (tally.events === 0) throw noEvents(tally.issues);
    Object.assign(record, tally.datasetSummary(), {
      status: 'ready',
      storedBytes: ctx.stored.bytes,
      chunkCount: ctx.stored.chunks,
      importedAt: Date.now(),
    });
    record.issues.sort(byFileAndLine(record.files.map((f) => f.name)));
    await db.datasets.put(record);
    notifyDatasetsChanged();
    const { encodeMs, writeMs, reopens } = ctx.timings;
    console.debug(
      `[import] ${tally.events} events; block workers spent ${encodeMs.toFixed(0)} ms ` +
        `parsing and encoding, ${writeMs.toFixed(0)} ms storing` +
        (reopens > 0 ? `; ${reopens} stalled file reads given up and read again` : ''),
    );
    return record;
  } catch (err) {
    await ctx.inFlight.settle();
    await removeDatasetRows(datasetId, db);
    throw toFailure(err, ctx.tally.issues);
  }
}

async function planFiles(files: NamedBlob[]): Promise<PlannedFile[]> {
  if (files.length === 0) throw failure('error', t('import.fail.noFile'));
  const planned: PlannedFile[] = [];
  const rejected: string[] = [];
  for (const file of files) {
    if (file.size === 0) {
      rejected.push(t('import.fail.empty', { file: file.name }));
      continue;
    }
    const gzip = await isGzip(file);
    const format = detectFormat(await readHead(file, gzip), file.name);
    if (format) planned.push({ file, gzip, format });
    else {
      rejected.push(
        t(gzip ? 'import.fail.unsupportedGzip' : 'import.fail.unsupported', { file: file.name }),
      );
    }
  }
  if (rejected.length > 0) {
    throw failure('unsupported', `${rejected.join(' ')} ${t('import.fail.supported')}`);
  }
  return planned;
}

async function importFile(plan: PlannedFile, fileIndex: number, ctx: ImportContext) {
  const { tally, progress, signal } = ctx;
  const name = plan.file.name;
  const before = { events: tally.events, skipped: tally.skipped, replaced: tally.replaced };
  const stats = decodeStats();
  const onBytes = (n: number) => progress.addBytes(n);
  const step = () => {
    throwIfCancelled(signal);
    progress.report(name, fileIndex, tally.events, tally.skipped);
  };
  let consume: Consumer<never>;
  if (plan.format === 'splunk-csv') {
    const bytes = csvConsumer(plan, ctx);
    const inPlace = !plan.gzip && (await readInto(plan.file, bytes, onBytes, signal, step));
    if (!inPlace) {
      for await (const piece of readBytes(plan.file, plan.gzip, onBytes, signal, stats)) {
        await bytes.push(piece);
        step();
        // A record past the cap stopped the file; the rest of it is not read.
        if (bytes.stopped()) break;
      }
    }
    consume = bytes;
  } else {
    const text = canSplit(plan.format) ? blockConsumer(plan, ctx) : streamConsumer(plan, ctx);
    for await (const piece of readText(plan.file, plan.gzip, onBytes, signal, stats)) {
      await text.push(piece);
      step();
      if (text.stopped()) break;
    }
    consume = text;
  }
  throwIfCancelled(signal);
  await consume.end();
  await ctx.inFlight.flush();
  await storeRows(ctx, true);
  await ctx.inFlight.flush();
  progress.finishing(tally.events, tally.skipped);
  const events = tally.events - before.events;
  const skipped = tally.skipped - before.skipped;
  const replaced = stats.replaced + consume.replaced() + tally.replaced - before.replaced;
  if (events === 0 && tally.missingTimeIn(name)) {
    throw failure('no-events', t('import.fail.noTime', { file: name }));
  }
  const file: DatasetFile = { name, bytes: plan.file.size, format: plan.format, events, skipped };
  if (plan.time) file.time = plan.time;
  if (replaced > 0) file.replaced = replaced;
  if (stats.encoding !== 'utf-8') file.encoding = stats.encoding.toUpperCase();
  return file;
}

interface Consumer<T> {
  push(piece: T): Promise<void>;
  end(): Promise<void>;
  /** Whether the file's reading stopped (a record past the cap): the rest need not be read. */
  stopped(): boolean;
  /** Characters replaced where this consumer decoded the text itself (a CSV header). */
  replaced(): number;
}

/**
 * Splunk CSV: cut into blocks of bytes here (no decoding in this thread), which the pool's byte
 * path parses and encodes; the blocks' buffers are transferred, not copied.
 */
function csvConsumer(plan: PlannedFile, ctx: ImportContext): Consumer<Uint8Array> & ByteSink {
  const splitter = new CsvByteSplitter(CHUNK_EVENTS, BLOCK_BYTES, ctx.recycler);
  const consumer = splitConsumer(plan, ctx, splitter, (b: ByteBlock) => ({ bytes: b.bytes }));
  return {
    ...consumer,
    room: () => splitter.room(),
    wrote: (view) => consumer.feed((blocks) => splitter.wrote(view, blocks)),
    held: () => splitter.held,
    restore: (bytes) => {
      ctx.timings.reopens++;
      splitter.restore(bytes);
    },
  };
}

/** What splits a stream into blocks at record boundaries, for either kind of block. */
interface BlockSplitter<T, B> {
  readonly header: string;
  readonly headerLines: number;
  readonly oversize: number | null;
  readonly headerReplaced?: number;
  push(input: T, out: B[]): void;
  end(out: B[]): void;
}

/** Feeds a splitter and hands each block it cuts to the pool, in order. */
function splitConsumer<T, B extends { firstLine: number }>(
  plan: PlannedFile,
  ctx: ImportContext,
  splitter: BlockSplitter<T, B>,
  records: (block: B) => Pick<BlockJob, 'text' | 'bytes'>,
): Consumer<T> & { feed(cut: (blocks: B[]) => void): Promise<void> } {
  const blocks: B[] = [];
  const dispatch = async () => {
    for (const block of blocks.splice(0)) {
      await runJob(ctx, {
        datasetId: ctx.datasetId,
        seq: ctx.stored.nextSeq++,
        file: plan.file.name,
        format: plan.format,
        header: splitter.header,
        headerLines: splitter.headerLines,
        ...records(block),
        firstLine: block.firstLine,
        maxIssues: MAX_ISSUES,
        defaultIndex: ctx.index,
        time: plan.time,
      });
    }
  };
  let reported = false;
  const checkSize = () => {
    const line = splitter.oversize;
    if (line === null || reported) return;
    reported = true;
    ctx.tally.skip({ file: plan.file.name, line, message: oversizeMessage(line) });
  };
  const feed = (cut: (blocks: B[]) => void) => {
    cut(blocks);
    checkSize();
    return dispatch();
  };
  return {
    feed,
    push: (input) => feed((out) => splitter.push(input, out)),
    end: () => {
      splitter.end(blocks);
      checkSize();
      return dispatch();
    },
    stopped: () => splitter.oversize !== null,
    replaced: () => splitter.headerReplaced ?? 0,
  };
}

/** Hands a block to the pool and tallies its result; resolves once another job may start. */
async function runJob(ctx: ImportContext, job: BlockJob): Promise<void> {
  const done = ctx.pool.run(job).then((result) => {
    ctx.tally.merge(result, result.file, result.missingTime);
    if (result.row) ctx.rows.add(result.row);
    ctx.timings.encodeMs += result.encodeMs;
    if (result.returned) ctx.recycler.give(result.returned);
  });
  await ctx.inFlight.add(done);
  await storeRows(ctx, false);
}

/** Stores the encoded chunks' rows, a group at a time (or all that are left). */
function storeRows(ctx: ImportContext, all: boolean): Promise<void> | undefined {
  const started = performance.now();
  const write = ctx.rows.write(all);
  if (write === null) return;
  return ctx.inFlight.add(
    write.then((rows) => {
      for (const row of rows) {
        ctx.stored.chunks++;
        ctx.stored.bytes += row.bytes;
      }
      ctx.timings.writeMs += performance.now() - started;
    }),
  );
}

/** Line-oriented JSON: cut into blocks here, parse and encode them in the pool. */
function blockConsumer(plan: PlannedFile, ctx: ImportContext): Consumer<string> {
  const splitter = createSplitter(plan.format, CHUNK_EVENTS, BLOCK_BYTES);
  return splitConsumer(plan, ctx, splitter, (b: TextBlock) => ({ text: b.text }));
}

/** JSON arrays and results documents: parse here (their records need a full scan to find). */
function streamConsumer(plan: PlannedFile, ctx: ImportContext): Consumer<string> {
  const name = plan.file.name;
  const { tally } = ctx;
  const builder = new ChunkBuilder();
  builder.defaultIndex = ctx.index;
  const reading = timeReading(plan.time);
  const full: EncodedChunk[] = [];
  const reader = createReader(
    plan.format,
    {
      record(rec: SourceRecord) {
        const ev = toEvent(rec, reading);
        if ('error' in ev) {
          tally.skip({ file: name, line: rec.line, field: ev.field, message: ev.error });
          return;
        }
        tally.add(ev);
        builder.addRow(ev);
        if (builder.count >= CHUNK_EVENTS || builder.rawBytes >= BLOCK_BYTES)
          full.push(builder.build());
      },
      issue(line: number, message: string, field?: string) {
        tally.skip({ file: name, line, field, message });
      },
    },
    { fileName: name },
  );
  const write = async () => {
    // The reader is synchronous; chunks it filled are written here, where we may wait.
    for (const chunk of full.splice(0)) {
      tally.addIndexes(chunk.meta.indexes);
      ctx.stored.chunks++;
      const written = writeChunk(ctx.db, ctx.datasetId, ctx.stored.nextSeq++, chunk);
      await ctx.inFlight.add(written.then((bytes) => void (ctx.stored.bytes += bytes)));
    }
  };
  return {
    push: (text) => {
      reader.push(text);
      return write();
    },
    end: () => {
      reader.end();
      if (builder.count > 0) full.push(builder.build());
      return write();
    },
    stopped: () => false,
    replaced: () => 0,
  };
}

function byFileAndLine(files: string[]) {
  return (a: ImportIssue, b: ImportIssue) =>
    files.indexOf(a.file) - files.indexOf(b.file) || (a.line ?? 0) - (b.line ?? 0);
}
