import { sniffEncoding } from '../formats/decode';
import { readFailure, type NamedBlob } from './read-text';
import { t } from '../../i18n/messages';

/** What a file is read into, in place: room for the next bytes, then what was read there. */
export interface ByteSink {
  /** Where the next bytes go (the reader detaches its buffer and hands it back to `wrote`). */
  room(): Uint8Array<ArrayBuffer>;
  /** The bytes read into the last room (a view on its buffer, maybe empty); resolves when more may come. */
  wrote(view: Uint8Array<ArrayBuffer>): Promise<void>;
  /** Whether the sink wants no more of the file. */
  stopped(): boolean;
  /** How many of the file's bytes, up to where the reads stopped, the buffer of the last room held. */
  held(): number;
  /** That buffer again, after a read kept it: a new one holding `bytes` (the held bytes, read anew). */
  restore(bytes: Uint8Array): void;
}

/**
 * A read not answered in this long is given up and the file opened again where it stopped.
 * Chromium 156's BYOB reads of a file's stream could stop answering for good in the middle of a
 * 2 GB file (2 of 4 imports of 3M events hung; scripts/bench/byob-stall.mjs, plain BYOB mode,
 * stalls on the 2nd or 3rd pass over the 3M export). Raced with a timer like this, no read
 * stalled in 8 passes (the slowest answered in 14 ms); if one still does, the import goes on.
 */
export const STALL_MS = 3000;
/** Reopenings allowed in one file before it is reported unreadable. */
const MAX_REOPENS = 20;

/**
 * Reads an uncompressed UTF-8 file straight into the sink's buffers (BYOB reads of its stream),
 * so no buffer is made per piece and nothing is copied on the way. Resolves false, having read
 * nothing, where that cannot be: a UTF-16 file (decoded on the text path) or a stream that is not
 * a byte stream. Errors as readBytes's.
 */
export async function readInto(
  file: NamedBlob,
  sink: ByteSink,
  onBytes: (n: number) => void,
  signal: AbortSignal,
  step: () => void,
  stallMs = STALL_MS,
): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  if (sniffEncoding(head) !== 'utf-8') return false;
  let reader: ReadableStreamBYOBReader;
  try {
    reader = file.stream().getReader({ mode: 'byob' });
  } catch {
    return false;
  }
  let consumed = 0;
  let reopens = 0;
  try {
    while (!signal.aborted && !sink.stopped()) {
      let read: ReadableStreamReadResult<Uint8Array<ArrayBuffer>> | null;
      try {
        read = await answered(reader.read(sink.room()), stallMs);
        if (read === null) {
          // The stalled read keeps the sink's buffer: its bytes are read again, and the file
          // is read on from where the reads stopped, by a new stream.
          const stalled = () =>
            new Error(t('import.fail.readsStalled', { count: reopens, ms: stallMs }));
          if (++reopens > MAX_REOPENS) throw stalled();
          reader.cancel().catch(() => {});
          const held = sink.held();
          const again = await answered(
            file.slice(consumed - held, consumed).arrayBuffer(),
            stallMs,
          );
          if (again === null) throw stalled();
          sink.restore(new Uint8Array(again));
          reader = file.slice(consumed).stream().getReader({ mode: 'byob' });
          continue;
        }
      } catch (err) {
        throw readFailure(file, false, consumed, err);
      }
      // Done or not, the view is on the sink's buffer, which the read took: it goes back.
      if (read.value !== undefined) await sink.wrote(read.value);
      if (read.done) break;
      consumed += read.value.length;
      onBytes(read.value.length);
      step();
    }
  } finally {
    reader.cancel().catch(() => {});
  }
  return true;
}

/** The promise's value, or null when it has not settled in `ms`. */
async function answered<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms))),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
