// AssemblyScript, part of the csv-cells module (csv-cells.as.ts exports it): the byte path's field
// columns, filled row by row from the cells the scanner found, as ChunkBuilder's ColumnBuilders
// would fill them (../../../chunk/column-builder.ts), which then take the result whole at the end
// of the block (ColumnBuilder.load). Per column: the events that have it (slots), a code per value
// in order of first appearance, and for a column that had a list, where each slot's values start.
// Values are looked up by their bytes in one table for all columns; a new value's bytes are kept
// in the pool. In JS this cost a block worker ~1.5-2 us per event of the benchmark's export (a
// call chain per cell, and the hashing); the tests hold the two ways to the same chunks.

import { alloc, regrow } from '../../../wasm/heap.as';
import { sameBytes as same } from '../../../wasm/swar.as';
import { integerOf, rangesAt, splitLines, unescape, unescaped } from './cell-text.as';

const ESCAPED: u8 = 1;
const NEWLINE: u8 = 2;
const FNV_SEED: u32 = 2166136261;
const FNV_PRIME: u32 = 16777619;

// A column's record: 32 i32 at cols + q * 128.
const ROWS = 0; // u16 per slot: its event
const SLOTS = 4;
const CODES = 8; // u32 per value
const VALUES = 12;
const DICT = 16; // per code: pool offset, length (i32 each)
const DISTINCT = 20;
const OFFSETS = 24; // u32 per slot + 1: where its values start (once the column had a list)
const LISTS = 28; // bit per slot: whether it was a list
const MULTI = 32; // 1 once the column had a list
const ROW_CAP = 36;
const CODE_CAP = 40;
const DICT_CAP = 44;
const LIST_CAP = 48;
const BITS_CAP = 52; // slots the list bits cover
const NUMERIC = 56; // 1 while every value is a plain integer (kept as numbers, not coded)
const NUMS = 60; // f64 per value, while numeric
const NUM_CAP = 64;

let cols: usize = 0;
let colCap: i32 = 0;
let fields: usize = 0;
let pool: usize = 0;
let poolCap: i32 = 0;
let poolLength: i32 = 0;
/** Open addressing, 4 i32 per slot: hash, column + 1 (0: empty), code, unused. */
let table: usize = 0;
let mask: i32 = 0;
let entries: i32 = 0;
let given: usize = 0;
let givenCap: i32 = 0;

/** Starts a block of `n` field columns; returns where the caller writes each one's cell position. */
export function columnsReset(n: i32): usize {
  if (n > colCap) {
    const grown = alloc(n * 128);
    memory.fill(grown, 0, <usize>(n * 128));
    if (colCap > 0) memory.copy(grown, cols, <usize>(colCap * 128));
    cols = grown;
    colCap = n;
    fields = alloc(n * 4);
  }
  for (let q = 0; q < n; q++) {
    const c = cols + ((<usize>q) << 7);
    store<i32>(c, 0, SLOTS);
    store<i32>(c, 0, VALUES);
    store<i32>(c, 0, DISTINCT);
    store<i32>(c, 0, MULTI);
    store<i32>(c, 1, NUMERIC);
  }
  if (table == 0) {
    mask = 4095;
    table = alloc((mask + 1) * 16);
    poolCap = 1 << 16;
    pool = alloc(poolCap + 8);
  }
  memory.fill(table, 0, <usize>((mask + 1) * 16));
  entries = 0;
  poolLength = 0;
  return fields;
}

/** The record of column q (see the offsets above), for the caller to read at the block's end. */
export function columnAt(q: i32): usize {
  return cols + ((<usize>q) << 7);
}

export function poolAt(): usize {
  return pool;
}

export function poolBytes(): i32 {
  return poolLength;
}

/** Room for `len` bytes of the caller's (a value of the text path, UTF-8). */
export function givenAt(len: i32): usize {
  if (len > givenCap) {
    givenCap = max(len, givenCap * 2);
    given = alloc(givenCap + 8);
  }
  return given;
}

function grow(c: usize, ptrField: i32, capField: i32, need: i32, width: i32): usize {
  const cf = c + <usize>capField;
  const pf = c + <usize>ptrField;
  const cap = load<i32>(cf);
  let p = <usize>load<i32>(pf);
  if (need > cap) {
    const fresh = max(need, max(256, cap * 2));
    p = regrow(p, cap * width, fresh * width);
    store<i32>(pf, <i32>p);
    store<i32>(cf, fresh);
  }
  return p;
}

function hashOf(q: i32, src: usize, len: i32): u32 {
  let h: u32 = FNV_SEED ^ (<u32>q);
  let k: i32 = 0;
  for (; k + 4 <= len; k += 4) h = (h ^ load<u32>(src + k)) * FNV_PRIME;
  for (; k < len; k++) h = (h ^ load<u8>(src + k)) * FNV_PRIME;
  h ^= h >> 16;
  h *= 0x85ebca6b;
  return h ^ (h >> 13);
}

function rehash(): void {
  const size = (mask + 1) * 2;
  const fresh = alloc(size * 16);
  memory.fill(fresh, 0, <usize>(size * 16));
  const m = size - 1;
  for (let s = 0; s <= mask; s++) {
    const at = table + ((<usize>s) << 4);
    if (load<i32>(at, 4) == 0) continue;
    let slot = (<i32>load<u32>(at)) & m;
    while (load<i32>(fresh + ((<usize>slot) << 4), 4) != 0) slot = (slot + 1) & m;
    v128.store(fresh + ((<usize>slot) << 4), v128.load(at));
  }
  table = fresh;
  mask = m;
}

/** Column q's code of the value src[0, len), a new one when the column has not had it. */
function codeOf(q: i32, c: usize, src: usize, len: i32): i32 {
  const h = hashOf(q, src, len);
  let slot = (<i32>h) & mask;
  const dict = <usize>load<i32>(c, DICT);
  for (;;) {
    const at = table + ((<usize>slot) << 4);
    const col = load<i32>(at, 4);
    if (col == 0) break;
    if (col == q + 1 && load<u32>(at) == h) {
      const code = load<i32>(at, 8);
      const d = dict + ((<usize>code) << 3);
      if (load<i32>(d, 4) == len && same(pool + <usize>load<i32>(d), src, len)) return code;
    }
    slot = (slot + 1) & mask;
  }
  const code = load<i32>(c, DISTINCT);
  const d = grow(c, DICT, DICT_CAP, code + 1, 8) + ((<usize>code) << 3);
  if (poolLength + len + 8 > poolCap) {
    const cap = max(poolCap * 2, poolLength + len + 8);
    pool = regrow(pool, poolLength, cap + 8);
    poolCap = cap;
  }
  memory.copy(pool + poolLength, src, <usize>len);
  store<i32>(d, poolLength);
  store<i32>(d, len, 4);
  poolLength += len;
  store<i32>(c, code + 1, DISTINCT);
  const at = table + ((<usize>slot) << 4);
  store<u32>(at, h);
  store<i32>(at, q + 1, 4);
  store<i32>(at, code, 8);
  entries++;
  if (entries * 2 > mask + 1) rehash();
  return code;
}

function slotFor(c: usize, ev: i32): i32 {
  const slot = load<i32>(c, SLOTS);
  const rows = grow(c, ROWS, ROW_CAP, slot + 1, 2);
  store<u16>(rows + ((<usize>slot) << 1), <u16>ev);
  store<i32>(c, slot + 1, SLOTS);
  return slot;
}

let digits: usize = 0;

/** Codes the column's first n values, all integers so far, as the dictionary strings they spell. */
function toDictionary(q: i32, c: usize, n: i32): void {
  store<i32>(c, 0, NUMERIC);
  if (digits == 0) digits = alloc(32);
  const codes = grow(c, CODES, CODE_CAP, n + 1, 4);
  const nums = <usize>load<i32>(c, NUMS);
  for (let k = 0; k < n; k++) {
    const x = load<f64>(nums + ((<usize>k) << 3));
    let v = <i64>(x < 0 ? -x : x);
    let o: i32 = 24;
    do {
      store<u8>(digits + --o, <u8>(48 + <i32>(v % 10)));
      v /= 10;
    } while (v != 0);
    if (x < 0) store<u8>(digits + --o, 45);
    store<i32>(codes + ((<usize>k) << 2), codeOf(q, c, digits + o, 24 - o));
  }
}

function push(q: i32, c: usize, src: usize, len: i32): void {
  const at = load<i32>(c, VALUES);
  if (load<i32>(c, NUMERIC) != 0) {
    const v = integerOf(src, len);
    if (v == v) {
      const nums = grow(c, NUMS, NUM_CAP, at + 1, 8);
      store<f64>(nums + ((<usize>at) << 3), v);
      store<i32>(c, at + 1, VALUES);
      return;
    }
    toDictionary(q, c, at);
  }
  const codes = grow(c, CODES, CODE_CAP, at + 1, 4);
  store<i32>(codes + ((<usize>at) << 2), codeOf(q, c, src, len));
  store<i32>(c, at + 1, VALUES);
}

/** Notes where the slot's values end (and whether it was a list) in a column that had lists. */
function endSlot(c: usize, slot: i32, list: bool): void {
  if (load<i32>(c, MULTI) == 0) return;
  const offsets = grow(c, OFFSETS, LIST_CAP, slot + 2, 4);
  store<u32>(offsets + ((<usize>(slot + 1)) << 2), load<i32>(c, VALUES));
  if (list) setListBit(c, slot);
}

function setListBit(c: usize, slot: i32): void {
  const cap = load<i32>(c, BITS_CAP);
  if (slot >= cap) {
    const fresh = max(slot + 1, max(256, cap * 2));
    const before = (cap + 7) >> 3;
    const bytes = (fresh + 7) >> 3;
    const p = regrow(<usize>load<i32>(c, LISTS), before, bytes);
    memory.fill(p + <usize>before, 0, <usize>(bytes - before));
    store<i32>(c, <i32>p, LISTS);
    store<i32>(c, fresh, BITS_CAP);
  }
  const bit = <usize>load<i32>(c, LISTS) + <usize>(slot >> 3);
  store<u8>(bit, <u8>((<i32>load<u8>(bit)) | (1 << (slot & 7))));
}

/** A column's first list, at `slot`: every slot before it held one value. */
function startLists(c: usize, slot: i32): void {
  store<i32>(c, 1, MULTI);
  const need = max(256, slot + 2);
  const offsets = grow(c, OFFSETS, LIST_CAP, need, 4);
  // The list bits of the column's last chunk, cleared (setListBit grows them).
  memory.fill(<usize>load<i32>(c, LISTS), 0, <usize>((load<i32>(c, BITS_CAP) + 7) >> 3));
  for (let s = 0; s <= slot; s++) store<u32>(offsets + ((<usize>s) << 2), s);
}

function addOne(q: i32, ev: i32, src: usize, len: i32): void {
  const c = cols + ((<usize>q) << 7);
  const slot = slotFor(c, ev);
  push(q, c, src, len);
  endSlot(c, slot, false);
}

function addList(q: i32, ev: i32, src: usize, n: i32): void {
  const c = cols + ((<usize>q) << 7);
  const slot = slotFor(c, ev);
  if (load<i32>(c, MULTI) == 0) startLists(c, slot);
  for (let k = 0; k < n; k++) {
    const r = rangesAt(0) + ((<usize>k) << 3);
    const s = load<i32>(r);
    push(q, c, src + <usize>s, load<i32>(r, 4) - s);
  }
  endSlot(c, slot, true);
}

/**
 * Adds the current row's field cells (block bytes; the cells at starts, ends, flags), event ev,
 * as the JS row loop does: an escaped cell unescaped, a cell with newlines split into its
 * non-empty lines (a list when more than one).
 */
export function codeFields(
  ev: i32,
  n: i32,
  block: usize,
  starts: usize,
  ends: usize,
  flags: usize,
): void {
  for (let q = 0; q < n; q++) {
    const k = <usize>load<i32>(fields + ((<usize>q) << 2));
    let s = load<i32>(starts + (k << 2));
    let e = load<i32>(ends + (k << 2));
    if (s == e) continue;
    const f = load<u8>(flags + k);
    if (f == 0) {
      addOne(q, ev, block + <usize>s, e - s);
      continue;
    }
    let src = block;
    if (f & ESCAPED) {
      e = unescape(block, s, e);
      s = 0;
      src = unescaped();
    }
    if ((f & NEWLINE) == 0) {
      addOne(q, ev, src + <usize>s, e - s);
      continue;
    }
    const lines = splitLines(src, s, e);
    if (lines == 0) continue;
    if (lines == 1) {
      const r = rangesAt(0);
      const a = load<i32>(r);
      addOne(q, ev, src + <usize>a, load<i32>(r, 4) - a);
    } else addList(q, ev, src, lines);
  }
}

/** Adds the caller's value (len bytes at givenAt) to column q, event ev. */
export function addGiven(q: i32, ev: i32, len: i32): void {
  addOne(q, ev, given, len);
}

/** Adds the caller's list (n ranges at rangesAt, into givenAt) to column q, event ev. */
export function addGivenList(q: i32, ev: i32, n: i32): void {
  addList(q, ev, given, n);
}

/** Whether column q's last value is event ev's. */
export function hasValue(q: i32, ev: i32): bool {
  const c = cols + ((<usize>q) << 7);
  const slot = load<i32>(c, SLOTS);
  return slot > 0 && <i32>load<u16>(<usize>load<i32>(c, ROWS) + ((<usize>(slot - 1)) << 1)) == ev;
}
