import { CountingDecoder, FileDecoder, sniffEncoding, type TextEncoding } from '../formats/decode';
import { inflateLimit, inflateLimitMessage } from '../formats/limits';
import { ImportFailureError } from './types';

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
  file: NamedBlob,
  gzip: boolean,
  onBytes: (n: number) => void,
): ReadableStream<Uint8Array> {
  const bytes = file.stream().pipeThrough(byteCounter(onBytes));
  if (!gzip) return bytes;
  return bytes
    .pipeThrough(new DecompressionStream('gzip') as TransformStream<Uint8Array, Uint8Array>)
    .pipeThrough(inflateGuard(file));
}

/** Stops a gzip stream that inflates past its limit (a decompression bomb), naming the file. */
function inflateGuard(file: NamedBlob): TransformStream<Uint8Array, Uint8Array> {
  const limit = inflateLimit(file.size);
  let total = 0;
  return new TransformStream({
    transform(chunk, controller) {
      total += chunk.byteLength;
      if (total > limit) {
        const message = `${inflateLimitMessage(file.name, file.size)}; nothing was stored.`;
        controller.error(new ImportFailureError({ kind: 'error', message, issues: [] }));
        return;
      }
      controller.enqueue(chunk);
    },
  });
}

/** What decoding a file found: its encoding, and how many characters were not valid in it. */
export interface DecodeStats {
  encoding: TextEncoding;
  replaced: number;
}

export function decodeStats(): DecodeStats {
  return { encoding: 'utf-8', replaced: 0 };
}

/** Bytes to text in the encoding the file announces, counting replacements into `stats`. */
function decoding(stats: DecodeStats): TransformStream<Uint8Array, string> {
  const decoder = new FileDecoder();
  const update = (text: string, controller: TransformStreamDefaultController<string>) => {
    stats.encoding = decoder.encoding;
    stats.replaced = decoder.replaced;
    if (text.length > 0) controller.enqueue(text);
  };
  return new TransformStream({
    transform: (chunk, controller) => update(decoder.push(chunk), controller),
    flush: (controller) => update(decoder.end(), controller),
  });
}

/**
 * The bytes as UTF-8: as they are unless the file announces UTF-16, which is decoded (counting
 * replacements into `stats`) and encoded again. UTF-8's own replacements are counted where the
 * bytes are decoded (the block workers).
 */
function asUtf8(stats: DecodeStats): TransformStream<Uint8Array, Uint8Array> {
  const encoder = new TextEncoder();
  let decoder: CountingDecoder | null = null;
  // The first pieces, until two bytes tell the encoding.
  let head: Uint8Array[] | null = [];
  const emit = (text: string, controller: TransformStreamDefaultController<Uint8Array>) => {
    stats.replaced = decoder?.replaced ?? 0;
    if (text.length > 0) controller.enqueue(encoder.encode(text));
  };
  const start = (controller: TransformStreamDefaultController<Uint8Array>) => {
    const bytes = joinBytes(head ?? []);
    head = null;
    stats.encoding = sniffEncoding(bytes);
    if (stats.encoding === 'utf-8') {
      if (bytes.length > 0) controller.enqueue(bytes);
      return;
    }
    decoder = new CountingDecoder(stats.encoding);
    emit(decoder.decode(bytes), controller);
  };
  return new TransformStream({
    transform(chunk, controller) {
      if (head !== null) {
        head.push(chunk);
        if (head.reduce((n, c) => n + c.length, 0) >= 2) start(controller);
      } else if (decoder === null) {
        controller.enqueue(chunk);
      } else {
        emit(decoder.decode(chunk), controller);
      }
    },
    flush(controller) {
      if (head !== null) start(controller);
      if (decoder !== null) emit(decoder.end(), controller);
    },
  });
}

function joinBytes(pieces: Uint8Array[]): Uint8Array {
  if (pieces.length === 1) return pieces[0];
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
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
  stats: DecodeStats = decodeStats(),
): AsyncGenerator<string> {
  return readPieces(file, gzip, onBytes, signal, (bytes) => bytes.pipeThrough(decoding(stats)));
}

/**
 * The file's bytes (gunzipped, as UTF-8) in pieces as they stream in; errors as
 * {@link readText}.
 */
export function readBytes(
  file: NamedBlob,
  gzip: boolean,
  onBytes: (n: number) => void,
  signal: AbortSignal,
  stats: DecodeStats = decodeStats(),
): AsyncGenerator<Uint8Array> {
  return readPieces(file, gzip, onBytes, signal, (bytes) => bytes.pipeThrough(asUtf8(stats)));
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
        if (err instanceof ImportFailureError) throw err;
        throw readFailure(file, gzip, consumed, err);
      }
      if (step.done) return;
      if (step.value.length > 0) yield step.value;
    }
  } finally {
    reader.cancel().catch(() => {});
  }
}

/** A read error in words: the file, and how far it got. */
export function readFailure(file: NamedBlob, gzip: boolean, consumed: number, err: unknown): Error {
  const params = {
    file: file.name,
    mb: formatNumber(consumed / 1e6, 1),
    error: String((err as Error).message ?? err),
  };
  return new Error(t(gzip ? 'import.fail.gzipCorrupt' : 'import.fail.unreadable', params), {
    cause: err,
  });
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
