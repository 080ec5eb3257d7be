// AssemblyScript, compiled to WebAssembly by `npm run build:wasm` (scripts/build-wasm.mjs) into
// term-intern.wasm.ts. The term index's hot loop: it scans an event's UTF-8 text, hashes its
// case-folded segments and interns them in an open-addressing table, as the JS interner
// (../term-interner-js.ts) does; the tests hold the two to byte-identical indexes. The same code in
// JS cost ~2.6 us per event of the benchmark's export in Chromium, this ~1.6 (bounds checks, and
// calls V8 would not inline). Segments with non-ASCII bytes are left to the caller, which folds
// them with full Unicode rules and hands the folded bytes back (postFolded).
//
// Memory is a bump allocator: a region that must grow is copied to a new one and the old one is
// abandoned, so a builder holds at most about twice its largest chunk's working set.
const FNV_SEED: u32 = 2166136261;
const FNV_PRIME: u32 = 16777619;

let top: usize = 0;
let kind: usize = 0; // u16[256]
let input: usize = 0;
let inputCap: i32 = 0;
let folded: usize = 0;
let pool: usize = 0;
let poolCap: i32 = 0;
let poolLength: i32 = 0;
let meta: usize = 0; // i32[4] per term: pool start, length, last event, events
let metaCap: i32 = 0; // terms
let termCount: i32 = 0;
let table: usize = 0; // [hash, id + 1] per slot
let mask: i32 = 0;
let occurrences: usize = 0;
let occCap: i32 = 0;
let occCount: i32 = 0;
let ends: usize = 0;
let endsCap: i32 = 0;
let count: i32 = 0;
let partsOf: usize = 0; // [start, n] per term, n < 0: not split yet
let partIds: usize = 0;
let partCap: i32 = 0;
let partCount: i32 = 0;
let pending: usize = 0; // [start, end] per non-ASCII segment of the current event
let pendingCap: i32 = 0;
let pendingCount: i32 = 0;

function alloc(bytes: i32): usize {
  const p = (top + 15) & ~15;
  top = p + <usize>bytes;
  const have = (<usize>memory.size()) << 16;
  if (top > have) {
    const pages = <i32>((top - have + 0xffff) >> 16);
    if (memory.grow(pages) < 0) unreachable();
  }
  return p;
}

function regrow(old: usize, used: i32, bytes: i32): usize {
  const p = alloc(bytes);
  if (used > 0) memory.copy(p, old, <usize>used);
  return p;
}

export function init(): usize {
  top = __heap_base;
  kind = alloc(512);
  inputCap = 1 << 16;
  input = alloc(inputCap);
  folded = alloc(inputCap);
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
    input = alloc(inputCap);
    folded = alloc(inputCap);
  }
  return input;
}

function slotHash(h: u32): u32 {
  h ^= h >> 16;
  h *= 0x85ebca6b;
  return h ^ (h >> 13);
}

function kindOf(b: u32): u32 {
  return <u32>load<u16>(kind + (b << 1));
}

function post(ev: i32, id: i32): void {
  const m = meta + ((<usize>id) << 4);
  if (load<i32>(m, 8) == ev) return;
  store<i32>(m, ev, 8);
  store<i32>(m, load<i32>(m, 12) + 1, 12);
  if (occCount >= occCap) {
    occurrences = regrow(occurrences, occCount * 4, occCap * 8);
    occCap *= 2;
  }
  store<i32>(occurrences + ((<usize>occCount) << 2), id);
  occCount++;
}

function same(a: usize, b: usize, len: i32): bool {
  let k: i32 = 0;
  for (; k + 8 <= len; k += 8) if (load<u64>(a + k) != load<u64>(b + k)) return false;
  for (; k < len; k++) if (load<u8>(a + k) != load<u8>(b + k)) return false;
  return true;
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
  if (poolLength + len > poolCap) {
    const cap = max(poolCap * 2, poolLength + len);
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
  if ((id + 1) * 2 > mask + 1) rehash();
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
    post(ev, id);
    if (minors == 0) continue;
    // splitParts may move partsOf: address it after.
    if (load<i32>(partsOf + ((<usize>id) << 3), 4) < 0) splitParts(id, majorStart, i);
    const p = partsOf + ((<usize>id) << 3);
    const q0 = load<i32>(p);
    const q1 = q0 + load<i32>(p, 4);
    for (let q = q0; q < q1; q++) post(ev, load<i32>(partIds + ((<usize>q) << 2)));
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
export function poolAt(): usize {
  return pool;
}
export function poolBytes(): i32 {
  return poolLength;
}
export function metaAt(): usize {
  return meta;
}
export function terms(): i32 {
  return termCount;
}
export function occurrencesAt(): usize {
  return occurrences;
}
export function occurrenceCount(): i32 {
  return occCount;
}
export function endsAt(): usize {
  return ends;
}
export function events(): i32 {
  return count;
}

// --- Encoding (../term-index-encoding.ts's encodeTermIndex, step for step) -----------------------

/** Terms per lexicon block; as BLOCK in ../term-index-encoding.ts. */
const BLOCK: i32 = 32;

let order: usize = 0;
let orderCap: i32 = 0;
let lists: usize = 0; // u16 per occurrence, grouped by term
let listsCap: i32 = 0;
let listStart: usize = 0; // i32 per term + 1
let nextFree: usize = 0; // i32 per term: while grouping, where its next event goes
let listStartCap: i32 = 0;
let lexicon: usize = 0;
let lexiconCap: i32 = 0;
let postings: usize = 0;
let postingsCap: i32 = 0;
let blocks: usize = 0;
let blocksCap: i32 = 0;
let lexiconLength: i32 = 0;
let postingsLength: i32 = 0;

/** Room for the terms' sorted order (an id per term). */
function orderAt(): usize {
  if (termCount > orderCap) {
    orderCap = max(termCount, orderCap * 2);
    order = alloc(orderCap * 4);
  }
  return order;
}

function varintSize(v: i32): i32 {
  return v < 0x80 ? 1 : v < 0x4000 ? 2 : v < 0x200000 ? 3 : v < 0x10000000 ? 4 : 5;
}

function writeVarint(at: usize, v: i32): usize {
  let u = <u32>v;
  while (u >= 0x80) {
    store<u8>(at++, <u8>((u & 0x7f) | 0x80));
    u >>= 7;
  }
  store<u8>(at++, <u8>u);
  return at;
}

function listAt(k: i32): i32 {
  return <i32>load<u16>(lists + ((<usize>k) << 1));
}

/** Every term's events, grouped by term id (a counting sort of the occurrences). */
function eventLists(): void {
  if (occCount > listsCap) {
    listsCap = max(occCount, listsCap * 2);
    lists = alloc(listsCap * 2);
  }
  if (termCount + 1 > listStartCap) {
    listStartCap = max(termCount + 1, listStartCap * 2);
    listStart = alloc(listStartCap * 4);
    nextFree = alloc(listStartCap * 4);
  }
  let sum: i32 = 0;
  for (let id = 0; id < termCount; id++) {
    store<i32>(listStart + ((<usize>id) << 2), sum);
    sum += load<i32>(meta + ((<usize>id) << 4), 12);
  }
  store<i32>(listStart + ((<usize>termCount) << 2), sum);
  const next = nextFree;
  memory.copy(next, listStart, <usize>(termCount * 4));
  let o: i32 = 0;
  for (let ev = 0; ev < count; ev++) {
    const end = load<i32>(ends + ((<usize>ev) << 2));
    for (; o < end; o++) {
      const id = load<i32>(occurrences + ((<usize>o) << 2));
      const at = next + ((<usize>id) << 2);
      const p = load<i32>(at);
      store<u16>(lists + ((<usize>p) << 1), <u16>ev);
      store<i32>(at, p + 1);
    }
  }
}

function writePostings(at: usize, from: i32, to: i32, bitmapBytes: i32): usize {
  if (to - from == count) {
    store<u8>(at++, 1);
    return at;
  }
  if (to - from == 1) {
    const ev = listAt(from);
    store<u8>(at++, <u8>(varintSize(ev) << 1));
    return writeVarint(at, ev);
  }
  const df = to - from;
  let listBytes = df;
  let prev: i32 = -1;
  if (df <= bitmapBytes && 3 * df > bitmapBytes) {
    listBytes = 0;
    for (let k = from; k < to; k++) {
      const ev = listAt(k);
      listBytes += varintSize(ev - prev - 1);
      prev = ev;
    }
  } else if (df <= bitmapBytes) listBytes = -1;
  if (bitmapBytes < listBytes) {
    at = writeVarint(at, (bitmapBytes << 1) | 1);
    memory.fill(at, 0, <usize>bitmapBytes);
    for (let k = from; k < to; k++) {
      const ev = listAt(k);
      const b = at + <usize>(ev >> 3);
      store<u8>(b, <u8>((<i32>load<u8>(b)) | (1 << (ev & 7))));
    }
    return at + <usize>bitmapBytes;
  }
  const headerRoom = listBytes < 0 ? 3 : varintSize(listBytes << 1);
  let p = at + <usize>headerRoom;
  prev = -1;
  for (let k = from; k < to; k++) {
    const ev = listAt(k);
    p = writeVarint(p, ev - prev - 1);
    prev = ev;
  }
  const bytes = <i32>(p - at) - headerRoom;
  const header = varintSize(bytes << 1);
  if (header != headerRoom) memory.copy(at + header, at + headerRoom, <usize>bytes);
  writeVarint(at, bytes << 1);
  return at + <usize>(header + bytes);
}

/**
 * Encodes the terms in the order written at orderAt(): the lexicon, postings and blocks then lie
 * at lexiconAt(), postingsAt() and blocksAt(), lexiconBytes() and postingsBytes() long.
 */
export function encode(): void {
  eventLists();
  const terms = termCount;
  const bitmapBytes = (count + 7) >> 3;
  const lexiconNeed = poolLength + terms * 11;
  if (lexiconNeed > lexiconCap) {
    lexiconCap = max(lexiconNeed, lexiconCap * 2);
    lexicon = alloc(lexiconCap);
  }
  const postingsNeed = terms * 5 + occCount * 3 + 16;
  if (postingsNeed > postingsCap) {
    postingsCap = max(postingsNeed, postingsCap * 2);
    postings = alloc(postingsCap);
  }
  const blockCount = (terms + BLOCK - 1) / BLOCK;
  if (2 * blockCount > blocksCap) {
    blocksCap = max(2 * blockCount, blocksCap * 2);
    blocks = alloc(blocksCap * 4);
  }
  let lx = lexicon;
  let px = postings;
  let prevAt: usize = 0;
  let prevLen: i32 = 0;
  for (let k = 0; k < terms; k++) {
    const id = load<i32>(order + ((<usize>k) << 2));
    const m = meta + ((<usize>id) << 4);
    const at = pool + <usize>load<i32>(m);
    const len = load<i32>(m, 4);
    let shared: i32 = 0;
    if (k % BLOCK == 0) {
      const b = blocks + ((<usize>(k / BLOCK)) << 3);
      store<i32>(b, <i32>(lx - lexicon));
      store<i32>(b, <i32>(px - postings), 4);
    } else {
      const n = min(len, prevLen);
      while (shared < n && load<u8>(at + shared) == load<u8>(prevAt + shared)) shared++;
    }
    const suffix = len - shared;
    store<u8>(lx++, <u8>((min(shared, 15) << 4) | min(suffix, 15)));
    if (shared >= 15) lx = writeVarint(lx, shared - 15);
    if (suffix >= 15) lx = writeVarint(lx, suffix - 15);
    memory.copy(lx, at + shared, <usize>suffix);
    lx += suffix;
    prevAt = at;
    prevLen = len;
    const from = load<i32>(listStart + ((<usize>id) << 2));
    const to = load<i32>(listStart + ((<usize>(id + 1)) << 2));
    px = writePostings(px, from, to, bitmapBytes);
  }
  lexiconLength = <i32>(lx - lexicon);
  postingsLength = <i32>(px - postings);
}

export function lexiconAt(): usize {
  return lexicon;
}
export function lexiconBytes(): i32 {
  return lexiconLength;
}
export function postingsAt(): usize {
  return postings;
}
export function postingsBytes(): i32 {
  return postingsLength;
}
export function blocksAt(): usize {
  return blocks;
}

// --- Sorting (../sort-terms.ts's order, by a simpler road: any correct sort gives it) --------------

/** Runs this short are ordered by insertion. */
const SMALL_RUN: i32 = 24;

let keys: usize = 0; // u32 per position: the 4-byte digit at the current depth
let keysTmp: usize = 0;
let idsTmp: usize = 0;
let sortCap: i32 = 0;
let counts: usize = 0; // i32[256]

function idAt(i: i32): i32 {
  return load<i32>(order + ((<usize>i) << 2));
}

function keyAt(i: i32): u32 {
  return load<u32>(keys + ((<usize>i) << 2));
}

/** Compares terms a and b from byte `depth` on: bytes, then a proper prefix first. */
function compareFrom(a: i32, b: i32, depth: i32): i32 {
  const ma = meta + ((<usize>a) << 4);
  const mb = meta + ((<usize>b) << 4);
  const la = load<i32>(ma, 4);
  const lb = load<i32>(mb, 4);
  const n = min(la, lb);
  const sa = pool + <usize>load<i32>(ma);
  const sb = pool + <usize>load<i32>(mb);
  for (let k = depth; k < n; k++) {
    const d = <i32>load<u8>(sa + k) - <i32>load<u8>(sb + k);
    if (d != 0) return d;
  }
  return la - lb;
}

function insertionSort(lo: i32, hi: i32, depth: i32): void {
  for (let i = lo + 1; i < hi; i++) {
    const id = idAt(i);
    let j = i - 1;
    while (j >= lo && compareFrom(idAt(j), id, depth) > 0) {
      store<i32>(order + ((<usize>(j + 1)) << 2), idAt(j));
      j--;
    }
    store<i32>(order + ((<usize>(j + 1)) << 2), id);
  }
}

/** Orders (keys, ids)[lo, hi) by key, stably, a byte of the key per pass. */
function sortByKey(lo: i32, hi: i32): void {
  const n = hi - lo;
  if (n <= 32) {
    for (let i = lo + 1; i < hi; i++) {
      const k = keyAt(i);
      const id = idAt(i);
      let j = i - 1;
      while (j >= lo && keyAt(j) > k) {
        store<u32>(keys + ((<usize>(j + 1)) << 2), keyAt(j));
        store<i32>(order + ((<usize>(j + 1)) << 2), idAt(j));
        j--;
      }
      store<u32>(keys + ((<usize>(j + 1)) << 2), k);
      store<i32>(order + ((<usize>(j + 1)) << 2), id);
    }
    return;
  }
  for (let shift: u32 = 0; shift < 32; shift += 8) {
    memory.fill(counts, 0, 1024);
    for (let i = lo; i < hi; i++) {
      const c = counts + ((<usize>((keyAt(i) >> shift) & 255)) << 2);
      store<i32>(c, load<i32>(c) + 1);
    }
    // A byte shared by the whole run orders nothing.
    if (load<i32>(counts + ((<usize>((keyAt(lo) >> shift) & 255)) << 2)) == n) continue;
    let sum = lo;
    for (let d = 0; d < 256; d++) {
      const c = counts + ((<usize>d) << 2);
      const k = load<i32>(c);
      store<i32>(c, sum);
      sum += k;
    }
    for (let i = lo; i < hi; i++) {
      const k = keyAt(i);
      const c = counts + ((<usize>((k >> shift) & 255)) << 2);
      const to = load<i32>(c);
      store<i32>(c, to + 1);
      store<u32>(keysTmp + ((<usize>to) << 2), k);
      store<i32>(idsTmp + ((<usize>to) << 2), idAt(i));
    }
    memory.copy(keys + ((<usize>lo) << 2), keysTmp + ((<usize>lo) << 2), <usize>(n << 2));
    memory.copy(order + ((<usize>lo) << 2), idsTmp + ((<usize>lo) << 2), <usize>(n << 2));
  }
}

function sortRange(lo: i32, hi: i32, depth: i32): void {
  if (hi - lo <= SMALL_RUN) {
    insertionSort(lo, hi, depth);
    return;
  }
  let longest: i32 = 0;
  for (let i = lo; i < hi; i++) {
    const m = meta + ((<usize>idAt(i)) << 4);
    const len = load<i32>(m, 4) - depth;
    if (len > longest) longest = len;
    const at = pool + <usize>(load<i32>(m) + depth);
    let key: u32 = 0;
    if (len >= 4) key = bswap<u32>(load<u32>(at));
    else if (len > 0) {
      key = (<u32>load<u8>(at)) << 24;
      if (len > 1) key |= (<u32>load<u8>(at, 1)) << 16;
      if (len > 2) key |= (<u32>load<u8>(at, 2)) << 8;
    }
    store<u32>(keys + ((<usize>i) << 2), key);
  }
  // Every term ended before this digit: they differ only in trailing zero bytes.
  if (longest <= 0) {
    insertionSort(lo, hi, depth);
    return;
  }
  sortByKey(lo, hi);
  for (let i = lo; i < hi;) {
    let j = i + 1;
    const k = keyAt(i);
    while (j < hi && keyAt(j) == k) j++;
    if (j - i > 1) {
      // Zero padding makes "ab" and "ab\0" tie: such runs are ordered by their bytes and length.
      if (longest <= 4) insertionSort(i, j, depth);
      else sortRange(i, j, depth + 4);
    }
    i = j;
  }
}

/** Writes the term ids, ordered by their bytes, at orderAt(). */
export function sort(): void {
  const n = termCount;
  orderAt();
  if (n > sortCap) {
    sortCap = max(n, sortCap * 2);
    keys = alloc(sortCap * 4);
    keysTmp = alloc(sortCap * 4);
    idsTmp = alloc(sortCap * 4);
  }
  if (counts == 0) counts = alloc(1024);
  for (let i = 0; i < n; i++) store<i32>(order + ((<usize>i) << 2), i);
  sortRange(0, n, 0);
}
