// AssemblyScript, compiled to WebAssembly by `npm run build:wasm` (scripts/build-wasm.mjs) into
// term-intern.wasm.ts. The term index's hot loop: it scans an event's UTF-8 text, hashes its
// case-folded segments and interns them in an open-addressing table, as the JS interner
// (../term-interner-js.ts) does; the tests hold the two to byte-identical indexes. The same code in
// JS cost ~2.6 us per event of the benchmark's export in Chromium, this ~1.6 (bounds checks, and
// calls V8 would not inline). Segments with non-ASCII bytes are left to the caller, which folds
// them with full Unicode rules and hands the folded bytes back (postFolded).
//
// Memory: ../../wasm/heap.as.ts. Sorting and encoding, over this state: term-sort.as.ts and
// term-encode.as.ts; the module's entry: term-index.as.ts.
import { alloc, regrow } from '../../wasm/heap.as';
import { sameBytes as same } from '../../wasm/swar.as';

const FNV_SEED: u32 = 2166136261;
const FNV_PRIME: u32 = 16777619;

let kind: usize = 0; // u16[256]
let input: usize = 0; // the event being indexed: own, or the caller's (addAt)
let own: usize = 0;
let inputCap: i32 = 0;
let folded: usize = 0; // input's bytes case-folded, at the same offsets
let foldedCap: i32 = 0;
export let pool: usize = 0;
let poolCap: i32 = 0;
export let poolLength: i32 = 0;
export let meta: usize = 0; // i32[4] per term: pool start, length, last event, events
let metaCap: i32 = 0; // terms
export let termCount: i32 = 0;
// [hash, id + 1] per slot, filled up to 3/4: the bench's chunks hold about 48,000 terms, in
// 65,536 slots (512 KB). Filled up to 1/2, the table took 1 MB and, with the terms' metadata and
// bytes, outgrew a 2 MB L2: lookups cost about a fifth more.
let table: usize = 0;
let mask: i32 = 0;
export let occurrences: usize = 0;
let occCap: i32 = 0;
export let occCount: i32 = 0;
export let ends: usize = 0;
let endsCap: i32 = 0;
export let count: i32 = 0;
let partsOf: usize = 0; // [start, n] per term, n < 0: not split yet
let partIds: usize = 0;
let partCap: i32 = 0;
let partCount: i32 = 0;
let pending: usize = 0; // [start, end] per non-ASCII segment of the current event
let pendingCap: i32 = 0;
let pendingCount: i32 = 0;

export function init(): usize {
  kind = alloc(512);
  inputCap = 1 << 16;
  own = alloc(inputCap);
  input = own;
  foldedCap = 1 << 16;
  folded = alloc(foldedCap);
  poolCap = 1 << 16;
  pool = alloc(poolCap);
  metaCap = 1024;
  meta = alloc(metaCap * 16);
  partsOf = alloc(metaCap * 8);
  mask = 2047;
  table = alloc((mask + 1) * 8);
  memory.fill(table, 0, <usize>((mask + 1) * 8));
  occCap = 1 << 16;
  occurrences = alloc(occCap * 4);
  endsCap = 4096;
  ends = alloc(endsCap * 4);
  partCap = 1 << 14;
  partIds = alloc(partCap * 4);
  pendingCap = 64;
  pending = alloc(pendingCap * 8);
  return kind;
}

/** Where to write the next event's `len` bytes. */
export function inputAt(len: i32): usize {
  if (len > inputCap) {
    inputCap = max(len, inputCap * 2);
    own = alloc(inputCap);
  }
  foldedFor(len);
  input = own;
  return own;
}

function foldedFor(len: i32): void {
  if (len > foldedCap) {
    foldedCap = max(len, foldedCap * 2);
    folded = alloc(foldedCap);
  }
}

/** As add, for `len` bytes the caller holds at `at` in this memory (the raw store: raw.as.ts). */
export function addAt(at: usize, len: i32): i32 {
  foldedFor(len);
  input = at;
  return add(len);
}

function slotHash(h: u32): u32 {
  h ^= h >> 16;
  h *= 0x85ebca6b;
  return h ^ (h >> 13);
}

function kindOf(b: u32): u32 {
  return <u32>load<u16>(kind + (b << 1));
}

/** Lists term `id` in event ev, once. (add() has this body in place: see there.) */
function post(ev: i32, id: i32): void {
  const m = meta + ((<usize>id) << 4);
  if (load<i32>(m, 8) != ev) {
    store<i32>(m, ev, 8);
    store<i32>(m, load<i32>(m, 12) + 1, 12);
    if (occCount >= occCap) growOccurrences();
    store<i32>(occurrences + ((<usize>occCount) << 2), id);
    occCount++;
  }
}

function growOccurrences(): void {
  occurrences = regrow(occurrences, occCount * 4, occCap * 8);
  occCap *= 2;
}

function rehash(): void {
  const size = (mask + 1) * 2;
  const fresh = alloc(size * 8);
  memory.fill(fresh, 0, <usize>(size * 8));
  const m = size - 1;
  for (let s = 0; s <= mask; s++) {
    const at = table + ((<usize>s) << 3);
    const entry = load<i32>(at, 4);
    if (entry == 0) continue;
    const h = load<u32>(at);
    let slot = <i32>(slotHash(h) & (<u32>m));
    while (load<i32>(fresh + ((<usize>slot) << 3), 4) != 0) slot = (slot + 1) & m;
    store<u32>(fresh + ((<usize>slot) << 3), h);
    store<i32>(fresh + ((<usize>slot) << 3), entry, 4);
  }
  table = fresh;
  mask = m;
}

function addTerm(src: usize, len: i32, h: u32, slot: i32): i32 {
  const id = termCount++;
  if (id >= metaCap) {
    meta = regrow(meta, metaCap * 16, metaCap * 32);
    partsOf = regrow(partsOf, metaCap * 8, metaCap * 16);
    metaCap *= 2;
  }
  store<i32>(partsOf + ((<usize>id) << 3), -1, 4);
  // Eight bytes to spare after the last term: encode copies a term's bytes a word at a time.
  if (poolLength + len + 8 > poolCap) {
    const cap = max(poolCap * 2, poolLength + len + 8);
    pool = regrow(pool, poolLength, cap);
    poolCap = cap;
  }
  memory.copy(pool + poolLength, src, <usize>len);
  const m = meta + ((<usize>id) << 4);
  store<i32>(m, poolLength);
  store<i32>(m, len, 4);
  store<i32>(m, -1, 8);
  store<i32>(m, 0, 12);
  poolLength += len;
  const at = table + ((<usize>slot) << 3);
  store<u32>(at, h);
  store<i32>(at, id + 1, 4);
  if ((id + 1) * 4 > (mask + 1) * 3) rehash();
  return id;
}

/** Id of the (already folded) bytes src[0, len) hashed as h. */
function intern(src: usize, len: i32, h: u32): i32 {
  let slot = <i32>(slotHash(h) & (<u32>mask));
  while (true) {
    const at = table + ((<usize>slot) << 3);
    const entry = load<i32>(at, 4);
    if (entry == 0) return addTerm(src, len, h, slot);
    if (load<u32>(at) == h) {
      const m = meta + ((<usize>(entry - 1)) << 4);
      if (load<i32>(m, 4) == len && same(pool + <usize>load<i32>(m), src, len)) return entry - 1;
    }
    slot = (slot + 1) & mask;
  }
}

function splitParts(id: i32, start: i32, end: i32): void {
  const from = partCount;
  let i = start;
  while (i < end) {
    let k = kindOf(load<u8>(input + i));
    if (k >= 256) {
      i++;
      continue;
    }
    const partStart = i;
    let h = FNV_SEED;
    do {
      h = (h ^ (k & 255)) * FNV_PRIME;
      if (++i == end) break;
      k = kindOf(load<u8>(input + i));
    } while (k < 256);
    const part = intern(folded + partStart, i - partStart, h);
    if (partCount >= partCap) {
      partIds = regrow(partIds, partCount * 4, partCap * 8);
      partCap *= 2;
    }
    store<i32>(partIds + ((<usize>partCount) << 2), part);
    partCount++;
  }
  const p = partsOf + ((<usize>id) << 3);
  store<i32>(p, from);
  store<i32>(p, partCount - from, 4);
}

/**
 * Indexes input[0, len) as the next event. Segments with non-ASCII bytes are left for the caller
 * (listed in `pending`); then it must call endEvent. Returns how many there are.
 */
export function add(len: i32): i32 {
  const ev = count++;
  pendingCount = 0;
  let i: i32 = 0;
  while (i < len) {
    let k = kindOf(load<u8>(input + i));
    if (k >= 512) {
      i++;
      continue;
    }
    const majorStart = i;
    let h = FNV_SEED;
    let bits: u32 = 0;
    let minors: i32 = 0;
    for (;;) {
      if (k >= 256) minors++;
      else bits |= k | 1024;
      const c = k & 255;
      store<u8>(folded + i, <u8>c);
      h = (h ^ c) * FNV_PRIME;
      if (++i == len) break;
      k = kindOf(load<u8>(input + i));
      if (k >= 512) break;
    }
    if (bits == 0) continue;
    if ((bits & 1023) >= 128) {
      if (pendingCount >= pendingCap) {
        pending = regrow(pending, pendingCount * 8, pendingCap * 16);
        pendingCap *= 2;
      }
      store<i32>(pending + ((<usize>pendingCount) << 3), majorStart);
      store<i32>(pending + ((<usize>pendingCount) << 3), i, 4);
      pendingCount++;
      continue;
    }
    const id = intern(folded + majorStart, i - majorStart, h);
    let q: i32 = 0;
    let q1: i32 = 0;
    if (minors > 0) {
      // splitParts may move partsOf: address it after.
      if (load<i32>(partsOf + ((<usize>id) << 3), 4) < 0) splitParts(id, majorStart, i);
      const p = partsOf + ((<usize>id) << 3);
      q = load<i32>(p);
      q1 = q + load<i32>(p, 4);
    }
    // The term, then its parts, each posted with post()'s body in place: about 50 posts an event,
    // and a call each cost more than the body (Binaryen inlines a function with one caller only).
    let t = id;
    for (;;) {
      const m = meta + ((<usize>t) << 4);
      if (load<i32>(m, 8) != ev) {
        store<i32>(m, ev, 8);
        store<i32>(m, load<i32>(m, 12) + 1, 12);
        if (occCount >= occCap) growOccurrences();
        store<i32>(occurrences + ((<usize>occCount) << 2), t);
        occCount++;
      }
      if (q >= q1) break;
      t = load<i32>(partIds + ((<usize>q) << 2));
      q++;
    }
  }
  if (pendingCount == 0) endEvent();
  return pendingCount;
}

export function endEvent(): void {
  const ev = count - 1;
  if (ev >= endsCap) {
    ends = regrow(ends, endsCap * 4, endsCap * 8);
    endsCap *= 2;
  }
  store<i32>(ends + ((<usize>ev) << 2), occCount);
}

/** Interns src[0, len), bytes already folded, and posts it to the current event. Returns the id. */
export function postFolded(src: usize, len: i32): i32 {
  let h = FNV_SEED;
  for (let k = 0; k < len; k++) h = (h ^ load<u8>(src + k)) * FNV_PRIME;
  const id = intern(src, len, h);
  post(count - 1, id);
  return id;
}

/** ASCII input[start, end): folds and posts it. */
export function postAscii(start: i32, end: i32): void {
  let h = FNV_SEED;
  for (let i = start; i < end; i++) {
    const c = kindOf(load<u8>(input + i)) & 255;
    store<u8>(folded + i, <u8>c);
    h = (h ^ c) * FNV_PRIME;
  }
  post(count - 1, intern(folded + start, end - start, h));
}

let scratch: usize = 0;
let scratchCap: i32 = 0;

/** Scratch of at least len bytes (for folded text from the caller). */
export function scratchAt(len: i32): usize {
  if (len > scratchCap) {
    scratchCap = max(len, scratchCap * 2);
    scratch = alloc(scratchCap);
  }
  return scratch;
}

export function reset(): void {
  count = 0;
  termCount = 0;
  poolLength = 0;
  memory.fill(table, 0, <usize>((mask + 1) * 8));
  occCount = 0;
  partCount = 0;
}

export function pendingAt(): usize {
  return pending;
}
export function terms(): i32 {
  return termCount;
}
export function events(): i32 {
  return count;
}
