import type { WorkbookDB } from '../db/db';
import { notifyDatasetsChanged, removeDatasetRows } from '../db/datasets';
import type { DatasetFile, DatasetRecord } from '../db/schema-types';
import { detectFormat } from '../formats';
import type { ImportIssue } from '../model';
import { DEFAULT_INDEX } from '../index-name';
import type { TimeRule } from '../time/time-rule';
import { LocalBlockPool, type BlockPool } from './blocks/pool';
import { BufferRecycler } from './blocks/recycler';
import { canSplit } from './blocks/splitter';
import { ChunkRows, InFlight } from './chunk-writer';
import { blockConsumer, csvConsumer, storeRows, streamConsumer, type Consumer } from './consumers';
import { MAX_ISSUES, type ImportContext, type PlannedFile } from './import-context';
import { decodeStats, isGzip, readBytes, readHead, readText, type NamedBlob } from './read-text';
import { readInto } from './read-into';
import { ProgressMeter } from './progress-meter';
import { DatasetTally } from './tally';
import type { ImportProgress } from './types';
import { t } from '../../i18n/messages';
import { failure, noEvents, throwIfCancelled, toFailure } from './failures';

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

function byFileAndLine(files: string[]) {
  return (a: ImportIssue, b: ImportIssue) =>
    files.indexOf(a.file) - files.indexOf(b.file) || (a.line ?? 0) - (b.line ?? 0);
}
