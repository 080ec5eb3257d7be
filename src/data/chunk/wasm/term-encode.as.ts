// AssemblyScript, part of the term index module (term-index.as.ts): ../term-index-encoding.ts's
// encodeTermIndex, step for step, over the interned terms in the order term-sort.as.ts made.

import { alloc } from '../../wasm/heap.as';
import {
  count,
  ends,
  meta,
  occCount,
  occurrences,
  pool,
  poolLength,
  termCount,
} from './term-intern.as';
import { order } from './term-sort.as';

/** Terms per lexicon block; as BLOCK in ../term-index-encoding.ts. */
const BLOCK: i32 = 32;

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
    // Most gaps take one byte: written here, not by a call per event (writeVarint is not inlined).
    const gap = ev - prev - 1;
    if (gap < 0x80) store<u8>(p++, <u8>gap);
    else p = writeVarint(p, gap);
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
  const lexiconNeed = poolLength + terms * 11 + 8;
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
    // A word at a time (the pool and the lexicon have 8 bytes to spare): V8 makes memory.copy
    // a call, which cost more than copying a suffix of a few bytes.
    for (let c = 0; c < suffix; c += 8) store<u64>(lx + c, load<u64>(at + shared + c));
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
