/** A file to import: a Blob with a name (the browser's File, or a Blob named in tests). */
import { formatNumber, t } from '../../i18n/messages';
export interface NamedBlob extends Blob {
  readonly name: string;
}

const HEAD_CHARS = 64 * 1024;

export async function isGzip(file: Blob): Promise<boolean> {
  const magic = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  return magic[0] === 0x1f && magic[1] === 0x8b;
}

/** Counts bytes as they are read from disk (before decompression), for progress. */
function byteCounter(onBytes: (n: number) => void): TransformStream<Uint8Array, Uint8Array> {
  return new TransformStream({
    transform(chunk, controller) {
      onBytes(chunk.byteLength);
      controller.enqueue(chunk);
    },
  });
}

function byteStream(
  file: Blob,
  gzip: boolean,
  onBytes: (n: number) => void,
): ReadableStream<Uint8Array> {
  const bytes = file.stream().pipeThrough(byteCounter(onBytes));
  if (!gzip) return bytes;
  return bytes.pipeThrough(
    new DecompressionStream('gzip') as TransformStream<Uint8Array, Uint8Array>,
  );
}

/**
 * The file's decoded text in pieces as they stream in. Throws a readable error for a corrupt
 * gzip stream, naming the file and how far it got.
 */
export function readText(
  file: NamedBlob,
  gzip: boolean,
  onBytes: (n: number) => void,
  signal: AbortSignal,
): AsyncGenerator<string> {
  return readPieces(file, gzip, onBytes, signal, (bytes) =>
    bytes.pipeThrough(new TextDecoderStream() as TransformStream<Uint8Array, string>),
  );
}

/** The file's bytes (gunzipped) in pieces as they stream in; errors as {@link readText}. */
export function readBytes(
  file: NamedBlob,
  gzip: boolean,
  onBytes: (n: number) => void,
  signal: AbortSignal,
): AsyncGenerator<Uint8Array> {
  return readPieces(file, gzip, onBytes, signal, (bytes) => bytes);
}

async function* readPieces<T extends { length: number }>(
  file: NamedBlob,
  gzip: boolean,
  onBytes: (n: number) => void,
  signal: AbortSignal,
  decode: (bytes: ReadableStream<Uint8Array>) => ReadableStream<T>,
): AsyncGenerator<T> {
  let consumed = 0;
  const reader = decode(
    byteStream(file, gzip, (n) => {
      consumed += n;
      onBytes(n);
    }),
  ).getReader();
  try {
    for (;;) {
      if (signal.aborted) return;
      let step: ReadableStreamReadResult<T>;
      try {
        step = await reader.read();
      } catch (err) {
        const params = {
          file: file.name,
          mb: formatNumber(consumed / 1e6, 1),
          error: String((err as Error).message ?? err),
        };
        throw new Error(t(gzip ? 'import.fail.gzipCorrupt' : 'import.fail.unreadable', params), {
          cause: err,
        });
      }
      if (step.done) return;
      if (step.value.length > 0) yield step.value;
    }
  } finally {
    reader.cancel().catch(() => {});
  }
}

/** The first ~64 KB of decoded text, for format detection. Never throws on corrupt data. */
export async function readHead(file: NamedBlob, gzip: boolean): Promise<string> {
  let head = '';
  const controller = new AbortController();
  try {
    for await (const piece of readText(file, gzip, () => {}, controller.signal)) {
      head += piece;
      if (head.length >= HEAD_CHARS) break;
    }
  } catch {
    // A corrupt stream shows up as an unrecognised head; the full read reports the details.
  }
  return head.slice(0, HEAD_CHARS);
}
