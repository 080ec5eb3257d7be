export { ChunkBuilder } from './chunk-builder';
export { ChunkColumns } from './chunk-columns';
export {
  lookupInPages,
  packChunkBody,
  releasePackWriter,
  pageCountOf,
  pagesFor,
  partIndex,
  readChunkBody,
  unpackColumnPart,
  unpackRaw,
  unpackTermPage,
  unpackTimes,
  type ChunkBody,
  type PartKey,
} from './chunk-body';
export { summarizeChunk, SUMMARY_CELL_MS, SUMMARY_FIELDS } from './chunk-summary';
export {
  countChunkValues,
  forEachValue,
  listOf,
  tallyColumn,
  type ChunkValueCounts,
} from './value-counts';
export { codeArray, columnCodes } from './column-codes';
export type { ColumnReader, DictColumnReader, NumberColumnReader } from './column-reader';
export { BLOCK_BYTES, CHUNK_EVENTS, MAX_CHUNK_EVENTS } from './constants';
export { rawAt } from './raw-store';
export type {
  ChunkMeta,
  CodeArray,
  ColumnRecord,
  ColumnsRecord,
  ColumnTally,
  DictColumnRecord,
  EncodedChunk,
  NumberColumnRecord,
  RawRecord,
  TermIndexRecord,
} from './records';
export { splitTerms } from '../../engine';
export { lookupPrefix, lookupTerm, termCount } from './term-index-reader';
