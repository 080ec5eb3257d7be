import { sniffEncoding } from '../formats/decode';
import { readFailure, type NamedBlob } from './read-text';

/** What a file is read into, in place: room for the next bytes, then what was read there. */
export interface ByteSink {
  /** Where the next bytes go (the reader detaches its buffer and hands it back to `wrote`). */
  room(): Uint8Array<ArrayBuffer>;
  /** The bytes read into the last room (a view on its buffer, maybe empty); resolves when more may come. */
  wrote(view: Uint8Array<ArrayBuffer>): Promise<void>;
  /** Whether the sink wants no more of the file. */
  stopped(): boolean;
}

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
  try {
    while (!signal.aborted && !sink.stopped()) {
      let read: ReadableStreamReadResult<Uint8Array<ArrayBuffer>>;
      try {
        read = await reader.read(sink.room());
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
