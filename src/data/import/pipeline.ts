import { ChunkBuilder, CHUNK_EVENTS } from '../chunk';
import type { WorkbookDB } from '../db/db';
import { notifyDatasetsChanged, removeDatasetRows } from '../db/datasets';
import type { DatasetFile, DatasetRecord } from '../db/schema-types';
import { createReader, detectFormat, SUPPORTED_FORMATS_TEXT, type FormatId } from '../formats';
import type { ImportIssue, SourceRecord } from '../model';
import { toEvent } from '../normalize';
import { ChunkWriter } from './chunkWriter';
import { isGzip, readHead, readText, type NamedBlob } from './readText';
import { ImportFailureError, type ImportFailure, type ImportProgress } from './types';
import { DatasetTally } from './tally';
import { describeStorageFailure, isQuotaError } from './quota';

/** How many skipped records are kept as examples in the summary. */
export const MAX_ISSUES = 20;
const PROGRESS_INTERVAL_MS = 100;

export interface PipelineOptions {
  db: WorkbookDB;
  name: string;
  datasetId: string;
  signal: AbortSignal;
  onProgress?: (p: ImportProgress) => void;
}

interface PlannedFile {
  file: NamedBlob;
  gzip: boolean;
  format: FormatId;
}

/**
 * Imports files into one new dataset: detect every format first (so an unsupported file stores
 * nothing), then stream each file through its reader, the normaliser and the chunk builder, and
 * write chunks while reading. The dataset becomes visible only when its record turns 'ready'; on
 * any failure or cancel everything written for it is removed again.
 */
export async function runImport(files: NamedBlob[], opts: PipelineOptions): Promise<DatasetRecord> {
  const { db, datasetId, signal } = opts;
  const planned = await planFiles(files);
  const tally = new DatasetTally(MAX_ISSUES);
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
    bytes: files.reduce((n, f) => n + f.size, 0),
    storedBytes: 0,
    chunkCount: 0,
    importedAt: Date.now(),
    skipped: 0,
    issues: [],
  };
  await db.datasets.put(record);
  const writer = new ChunkWriter(db, datasetId);
  try {
    const progress = new ProgressMeter(record.bytes, files.length, opts.onProgress);
    const builder = new ChunkBuilder();
    for (const [index, plan] of planned.entries()) {
      record.files.push(
        await importFile(plan, { builder, writer, tally, progress, signal, fileIndex: index }),
      );
    }
    if (builder.count > 0) await writer.write(builder.build());
    progress.finishing(tally.events, tally.skipped);
    await writer.flush();
    throwIfCancelled(signal);
    if (tally.events === 0) throw noEvents(tally.issues);
    Object.assign(record, tally.summary(), {
      status: 'ready',
      storedBytes: writer.storedBytes,
      chunkCount: writer.chunkCount,
      importedAt: Date.now(),
    });
    await db.datasets.put(record);
    notifyDatasetsChanged();
    return record;
  } catch (err) {
    await writer.settle();
    await removeDatasetRows(datasetId, db);
    throw toFailure(err, tally.issues);
  }
}

async function planFiles(files: NamedBlob[]): Promise<PlannedFile[]> {
  if (files.length === 0) throw failure('error', 'No file was chosen.');
  const planned: PlannedFile[] = [];
  const rejected: string[] = [];
  for (const file of files) {
    if (file.size === 0) {
      rejected.push(`${file.name}: the file is empty.`);
      continue;
    }
    const gzip = await isGzip(file);
    const format = detectFormat(await readHead(file, gzip), file.name);
    if (format) planned.push({ file, gzip, format });
    else rejected.push(`${file.name}: not a supported format${gzip ? ' (after gunzip)' : ''}.`);
  }
  if (rejected.length > 0) {
    throw failure('unsupported', `${rejected.join(' ')} Supported: ${SUPPORTED_FORMATS_TEXT}`);
  }
  return planned;
}

interface FileContext {
  builder: ChunkBuilder;
  writer: ChunkWriter;
  tally: DatasetTally;
  progress: ProgressMeter;
  signal: AbortSignal;
  fileIndex: number;
}

async function importFile(plan: PlannedFile, ctx: FileContext): Promise<DatasetFile> {
  const { builder, writer, tally, progress, signal } = ctx;
  const name = plan.file.name;
  const full: ReturnType<ChunkBuilder['build']>[] = [];
  const before = { events: tally.events, skipped: tally.skipped };
  const sink = {
    record(rec: SourceRecord) {
      const ev = toEvent(rec);
      if ('error' in ev) {
        tally.skip({ file: name, line: rec.line, field: ev.field, message: ev.error });
        return;
      }
      tally.add(ev);
      builder.add(ev);
      if (builder.count >= CHUNK_EVENTS) full.push(builder.build());
    },
    issue(line: number, message: string, field?: string) {
      tally.skip({ file: name, line, field, message });
    },
  };
  const reader = createReader(plan.format, sink);
  const onBytes = (n: number) => progress.addBytes(n);
  for await (const text of readText(plan.file, plan.gzip, onBytes, signal)) {
    reader.push(text);
    // The reader is synchronous; chunks it filled are written here, where we may wait.
    for (const chunk of full.splice(0)) await writer.write(chunk);
    throwIfCancelled(signal);
    progress.report(name, ctx.fileIndex, tally.events, tally.skipped);
  }
  throwIfCancelled(signal);
  reader.end();
  for (const chunk of full.splice(0)) await writer.write(chunk);
  const events = tally.events - before.events;
  const skipped = tally.skipped - before.skipped;
  if (events === 0 && tally.missingTimeIn(name)) {
    throw failure(
      'no-events',
      `${name}: no event has a time. Splunk exports carry it in the _time column or field; ` +
        'export with _time included (for example keep it in `table` or `fields`).',
    );
  }
  return { name, bytes: plan.file.size, format: plan.format, events, skipped };
}

function throwIfCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw failure('cancelled', 'Import cancelled; nothing was stored.');
}

function failure(kind: ImportFailure['kind'], message: string, issues: ImportIssue[] = []) {
  return new ImportFailureError({ kind, message, issues });
}

function noEvents(issues: ImportIssue[]): ImportFailureError {
  const first = issues[0];
  const why = first ? ` The first problem: ${first.file}:${first.line ?? '?'}: ${first.message}` : '';
  return failure('no-events', `No events could be imported.${why}`, issues);
}

function toFailure(err: unknown, issues: ImportIssue[]): ImportFailureError {
  if (err instanceof ImportFailureError) {
    if (err.failure.issues.length > 0 || issues.length === 0) return err;
    return failure(err.failure.kind, err.failure.message, issues);
  }
  if (isQuotaError(err)) return failure('quota', describeStorageFailure(), issues);
  const message = err instanceof Error ? err.message : String(err);
  return failure('error', `Import failed: ${message}`, issues);
}

/** Turns byte and event counts into the throttled progress the UI shows. */
class ProgressMeter {
  private bytesRead = 0;
  private lastReport = 0;
  private readonly started = performance.now();

  constructor(
    private readonly totalBytes: number,
    private readonly fileCount: number,
    private readonly onProgress?: (p: ImportProgress) => void,
  ) {}

  addBytes(n: number): void {
    this.bytesRead += n;
  }

  report(file: string, fileIndex: number, events: number, skipped: number): void {
    const now = performance.now();
    if (!this.onProgress || now - this.lastReport < PROGRESS_INTERVAL_MS) return;
    this.lastReport = now;
    const seconds = (now - this.started) / 1000;
    const bytesPerSec = this.bytesRead / Math.max(seconds, 1e-3);
    this.onProgress({
      file,
      fileIndex,
      fileCount: this.fileCount,
      events,
      skipped,
      bytesRead: this.bytesRead,
      totalBytes: this.totalBytes,
      eventsPerSec: events / Math.max(seconds, 1e-3),
      etaSec: seconds > 0.5 ? (this.totalBytes - this.bytesRead) / bytesPerSec : null,
      phase: 'reading',
    });
  }

  finishing(events: number, skipped: number): void {
    const seconds = (performance.now() - this.started) / 1000;
    this.onProgress?.({
      file: '',
      fileIndex: this.fileCount - 1,
      fileCount: this.fileCount,
      events,
      skipped,
      bytesRead: this.totalBytes,
      totalBytes: this.totalBytes,
      eventsPerSec: events / Math.max(seconds, 1e-3),
      etaSec: 0,
      phase: 'finishing',
    });
  }
}
