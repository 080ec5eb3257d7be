import { BLOCK_BYTES, ChunkBuilder, CHUNK_EVENTS, type EncodedChunk } from '../chunk';
import { createReader } from '../formats';
import { oversizeMessage } from '../formats/sink';
import type { SourceRecord } from '../model';
import { toEvent } from '../normalize';
import { timeReading } from '../time/time-rule';
import type { BlockJob } from './blocks/process';
import { createSplitter, CsvByteSplitter, type ByteBlock, type TextBlock } from './blocks/splitter';
import { writeChunk } from './chunk-writer';
import { MAX_ISSUES, type ImportContext, type PlannedFile } from './import-context';
import type { ByteSink } from './read-into';

/*
 * What a file's pieces go to, by format: cut into blocks that the pool parses, encodes and
 * stores (CSV as bytes, line-oriented JSON as text), or parsed here (JSON arrays and results
 * documents). pipeline.ts reads the files and picks the consumer.
 */

export interface Consumer<T> {
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
export function csvConsumer(
  plan: PlannedFile,
  ctx: ImportContext,
): Consumer<Uint8Array> & ByteSink {
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
export function storeRows(ctx: ImportContext, all: boolean): Promise<void> | undefined {
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
export function blockConsumer(plan: PlannedFile, ctx: ImportContext): Consumer<string> {
  const splitter = createSplitter(plan.format, CHUNK_EVENTS, BLOCK_BYTES);
  return splitConsumer(plan, ctx, splitter, (b: TextBlock) => ({ text: b.text }));
}

/** JSON arrays and results documents: parse here (their records need a full scan to find). */
export function streamConsumer(plan: PlannedFile, ctx: ImportContext): Consumer<string> {
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
