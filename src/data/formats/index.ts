export { createReader } from './create-reader';
export { detectFormat, SUPPORTED_FORMATS_TEXT, type FormatId } from './detect';
export type { ReaderSink, RecordReader } from './sink';
