export { createReader } from './createReader';
export { detectFormat, SUPPORTED_FORMATS_TEXT, type FormatId } from './detect';
export type { ReaderSink, RecordReader } from './sink';
