/**
 * How far a gzip file may inflate. Logs compress about ten to one (the workshop sample: 7.6 MB to
 * 69 MB) and the most repetitive exports a few times more; a decompression bomb inflates a
 * thousand to one. Past this the import stops, and nothing of it is kept.
 */
export const MAX_INFLATE_RATIO = 100;
/** Whatever its ratio, a file may inflate this far (a small export of near-identical events). */
export const MIN_INFLATE_LIMIT = 64 * 1024 * 1024;

/** Bytes a gzip file of `compressedBytes` may decompress to. */
export function inflateLimit(compressedBytes: number): number {
  return Math.max(MIN_INFLATE_LIMIT, compressedBytes * MAX_INFLATE_RATIO);
}

export function inflateLimitMessage(file: string, compressedBytes: number): string {
  const mb = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;
  return (
    `${file}: decompresses to more than ${mb(inflateLimit(compressedBytes))} ` +
    `(${MAX_INFLATE_RATIO} times its compressed size, or ${mb(MIN_INFLATE_LIMIT)}); ` +
    'stopped as a likely decompression bomb'
  );
}
