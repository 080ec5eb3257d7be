/**
 * How much the search worker's cache may hold, chosen from the device rather than one constant:
 * a sixteenth of its memory (`navigator.deviceMemory`, which browsers round and cap at 8 GB),
 * no more than a quarter of the JS heap the worker may grow to (`performance.memory`, Chromium
 * only), and within [MIN, MAX]. Without either figure it keeps the old 140 MB.
 */
export interface CacheBudget {
  dataBytes: number;
  rawBytes: number;
  /** What the figure came from, for the inspector and the bench. */
  basis: string;
}

const MIN_BYTES = 96e6;
const MAX_BYTES = 512e6;
const FALLBACK_BYTES = 140e6;

export function cacheBudget(
  deviceMemoryGb: number | undefined,
  heapLimitBytes: number | undefined,
): CacheBudget {
  const parts: string[] = [];
  let bytes = Infinity;
  if (deviceMemoryGb !== undefined && deviceMemoryGb > 0) {
    bytes = (deviceMemoryGb * 1e9) / 16;
    parts.push(`device memory ${deviceMemoryGb} GB`);
  }
  if (heapLimitBytes !== undefined && heapLimitBytes > 0) {
    bytes = Math.min(bytes, heapLimitBytes / 4);
    parts.push(`heap limit ${Math.round(heapLimitBytes / 1e6)} MB`);
  }
  if (bytes === Infinity) return { ...split(FALLBACK_BYTES), basis: 'default' };
  return { ...split(Math.min(MAX_BYTES, Math.max(MIN_BYTES, bytes))), basis: parts.join(', ') };
}

/** Raw texts get a sixth: only the events shown or verified read them. */
function split(bytes: number): { dataBytes: number; rawBytes: number } {
  return { dataBytes: Math.round((bytes * 5) / 6), rawBytes: Math.round(bytes / 6) };
}

/** The budget of this browsing context (a worker or the page). */
export function deviceCacheBudget(): CacheBudget {
  const nav = (globalThis as { navigator?: { deviceMemory?: number } }).navigator;
  const perf = globalThis.performance as { memory?: { jsHeapSizeLimit?: number } } | undefined;
  return cacheBudget(nav?.deviceMemory, perf?.memory?.jsHeapSizeLimit);
}
