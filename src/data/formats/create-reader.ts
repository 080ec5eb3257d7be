import { CsvReader } from './csv-reader';
import type { FormatId } from './detect';
import { JsonElementsReader } from './json-elements-reader';
import { JsonLinesReader } from './json-lines-reader';
import type { ReaderSink, RecordReader } from './sink';
import { ZeekTsvReader } from './zeek-tsv-reader';

/** What a reader may need to know about its file besides the text. */
export interface ReaderContext {
  /** The file's name: it tells the log type of a Zeek log that does not say it. */
  fileName?: string;
}

/** A streaming reader for a file of the given (detected) format. */
export function createReader(
  format: FormatId,
  sink: ReaderSink,
  context: ReaderContext = {},
): RecordReader {
  const fileName = context.fileName ?? '';
  switch (format) {
    case 'splunk-csv':
      return new CsvReader(sink);
    case 'splunk-json-rows':
      return new JsonLinesReader(sink, 'splunk-rows');
    case 'json-lines':
      return new JsonLinesReader(sink, 'events', fileName);
    case 'json-array':
      return new JsonElementsReader(sink, 'array');
    case 'json-results':
      return new JsonElementsReader(sink, 'results');
    case 'zeek-tsv':
      return new ZeekTsvReader(sink, fileName);
  }
}
