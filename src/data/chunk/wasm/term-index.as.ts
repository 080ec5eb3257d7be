// AssemblyScript, compiled by `npm run build:wasm` into term-index.wasm.ts: a chunk's term index
// (interning, term-intern.as.ts; sorting, term-sort.as.ts; encoding, term-encode.as.ts) and the raw
// texts it reads (raw.as.ts, compressed with lz4.as.ts). Its JS side: ../term-interner-wasm.ts
// and ../raw-store-wasm.ts.

export {
  add,
  addAt,
  endEvent,
  events,
  init,
  inputAt,
  pendingAt,
  postAscii,
  postFolded,
  reset,
  scratchAt,
  terms,
} from './term-intern.as';
export { sort } from './term-sort.as';
export {
  blocksAt,
  encode,
  lexiconAt,
  lexiconBytes,
  postingsAt,
  postingsBytes,
} from './term-encode.as';
export { addRaw, packedAt, packRaw, rawAt, rawBytes, rawLast, rawStart, resetRaw } from './raw.as';
