import type { ChunkBody } from '../chunk';

/**
 * Parts of one body closer than this are read as one slice: in Chromium each read of a stored
 * Blob is a round trip to the browser process and a file read (the bench at 3M spent about 13 ms
 * per chunk on a field filter's first run with 32 KB), while a quarter megabyte more costs little.
 */
const GAP_BYTES = 256 * 1024;

/** Counters of what was read from the bodies: slices and bytes. */
export interface ReadStats {
  slices: number;
  bytes: number;
}

export interface ReadPart {
  buf: ArrayBuffer;
  /** Where the part starts in buf. */
  at: number;
}

/**
 * Reads parts of a chunk's body (by part number), neighbours together in one slice of its Blob.
 * Only the bytes of the slices are read: a count by one field reads that column and no other.
 */
export async function readParts(
  body: ChunkBody,
  parts: readonly number[],
  stats: ReadStats,
): Promise<Map<number, ReadPart>> {
  const sorted = [...new Set(parts)].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const p of sorted) {
    const run = runs[runs.length - 1];
    if (run && body.at[p] - body.at[run[run.length - 1] + 1] <= GAP_BYTES) run.push(p);
    else runs.push([p]);
  }
  const out = new Map<number, ReadPart>();
  await Promise.all(
    runs.map(async (run) => {
      const start = body.at[run[0]];
      const end = body.at[run[run.length - 1] + 1];
      const buf = await body.blob.slice(start, end).arrayBuffer();
      stats.slices++;
      stats.bytes += buf.byteLength;
      for (const p of run) out.set(p, { buf, at: body.at[p] - start });
    }),
  );
  return out;
}
