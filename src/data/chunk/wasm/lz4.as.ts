// AssemblyScript, compiled by `npm run build:wasm` into lz4.wasm.ts: ../lz4.ts's compressor, step
// for step (the tests hold the two to identical output), for the raw text of every chunk. In a
// Chromium worker the JS one cost ~0.8 us per event of the benchmark's export.
//
// Memory (../../wasm/heap.as.ts): the input at `input`, the output at `output`, the hash table at
// `table`.

import { alloc } from '../../wasm/heap.as';

const MIN_MATCH: i32 = 4;
const LAST_LITERALS: i32 = 5;
const MF_LIMIT: i32 = 12;
const MAX_OFFSET: i32 = 65535;
const HASH_LOG: i32 = 16;
const HASH_MUL: u32 = 2654435761;

let table: usize = 0;
let input: usize = 0;
let inputCap: i32 = 0;
let output: usize = 0;
let outputCap: i32 = 0;

export function init(): void {
  table = alloc(4 << HASH_LOG);
}

/** Where to write `n` bytes to compress; makes room for the output too. */
export function inputAt(n: i32): usize {
  if (n > inputCap) {
    // Blocks come one at a time, of about one size: some slack, not doubling.
    inputCap = n + (n >> 3);
    input = alloc(inputCap);
  }
  outputFor(n);
  return input;
}

function outputFor(n: i32): void {
  const bound = n + n / 255 + 16;
  if (bound > outputCap) {
    outputCap = bound + (bound >> 3);
    output = alloc(outputCap);
  }
}

export function outputAt(): usize {
  return output;
}

function hash(seq: u32): i32 {
  return <i32>((seq * HASH_MUL) >> (32 - HASH_LOG));
}

/** Copies `len` bytes; short runs by hand (V8 compiles memory.copy to a call). */
function copy(to: usize, from: usize, len: i32): void {
  if (len > 32) {
    memory.copy(to, from, <usize>len);
    return;
  }
  let k: i32 = 0;
  for (; k + 8 <= len; k += 8) store<u64>(to + k, load<u64>(from + k));
  for (; k < len; k++) store<u8>(to + k, load<u8>(from + k));
}

function writeLength(op: usize, extra: i32): usize {
  while (extra >= 255) {
    store<u8>(op++, 255);
    extra -= 255;
  }
  store<u8>(op++, <u8>extra);
  return op;
}

/** Compresses input[0, n) into one LZ4 block at `output`; returns its length. */
export function compress(n: i32): i32 {
  return compressFrom(input, n);
}

/** As compress, for `n` bytes at `src` anywhere in this memory (the raw store: raw.as.ts). */
export function compressAt(src: usize, n: i32): i32 {
  if (table == 0) init();
  outputFor(n);
  return compressFrom(src, n);
}

function compressFrom(src: usize, n: i32): i32 {
  let op = output;
  let anchor: i32 = 0;
  if (n > MF_LIMIT) {
    memory.fill(table, 0, 4 << HASH_LOG);
    const lastMatchStart = n - MF_LIMIT;
    const matchLimit = n - LAST_LITERALS;
    let ip: i32 = 0;
    while (ip <= lastMatchStart) {
      const seq = load<u32>(src + ip);
      const slot = table + ((<usize>hash(seq)) << 2);
      const ref = load<i32>(slot) - 1;
      store<i32>(slot, ip + 1);
      if (ref < 0 || ip - ref > MAX_OFFSET || load<u32>(src + ref) != seq) {
        ip += 1 + ((ip - anchor) >> 6);
        continue;
      }
      let start = ip;
      let from = ref;
      while (start > anchor && from > 0 && load<u8>(src + start - 1) == load<u8>(src + from - 1)) {
        start--;
        from--;
      }
      let end = ip + MIN_MATCH;
      let r = ref + MIN_MATCH;
      // Eight bytes at a time; the first that differs ends the match (little-endian: the lowest).
      while (end + 8 <= matchLimit) {
        const diff = load<u64>(src + end) ^ load<u64>(src + r);
        if (diff != 0) {
          const same = <i32>(ctz(diff) >> 3);
          end += same;
          r += same;
          break;
        }
        end += 8;
        r += 8;
      }
      while (end < matchLimit && load<u8>(src + end) == load<u8>(src + r)) {
        end++;
        r++;
      }
      const litLen = start - anchor;
      const matchExtra = end - start - MIN_MATCH;
      const tokenAt = op++;
      if (litLen >= 15) op = writeLength(op, litLen - 15);
      copy(op, src + anchor, litLen);
      op += litLen;
      const offset = start - from;
      store<u8>(op++, <u8>(offset & 255));
      store<u8>(op++, <u8>(offset >> 8));
      if (matchExtra >= 15) op = writeLength(op, matchExtra - 15);
      store<u8>(tokenAt, <u8>((min(litLen, 15) << 4) | min(matchExtra, 15)));
      anchor = end;
      ip = end;
      if (ip - 2 <= lastMatchStart) {
        store<i32>(table + ((<usize>hash(load<u32>(src + ip - 2))) << 2), ip - 1);
      }
    }
  }
  const litLen = n - anchor;
  store<u8>(op++, <u8>(min(litLen, 15) << 4));
  if (litLen >= 15) op = writeLength(op, litLen - 15);
  memory.copy(op, src + anchor, <usize>litLen);
  op += litLen;
  return <i32>(op - output);
}
