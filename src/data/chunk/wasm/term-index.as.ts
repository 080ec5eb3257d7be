// AssemblyScript, compiled by `npm run build:wasm` into term-index.wasm.ts: a chunk's term index
// (interning, term-intern.as.ts; sorting, term-sort.as.ts; encoding, term-encode.as.ts). Its JS
// side: ../term-interner-wasm.ts.

export {
  add,
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
