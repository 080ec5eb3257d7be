import { CsvReader } from './csvReader';
import type { FormatId } from './detect';
import { JsonElementsReader } from './jsonElementsReader';
import { JsonLinesReader } from './jsonLinesReader';
import type { ReaderSink, RecordReader } from './sink';

/** A streaming reader for a file of the given (detected) format. */
export function createReader(format: FormatId, sink: ReaderSink): RecordReader {
  switch (format) {
    case 'splunk-csv':
      return new CsvReader(sink);
    case 'splunk-json-rows':
      return new JsonLinesReader(sink, 'splunk-rows');
    case 'json-lines':
      return new JsonLinesReader(sink, 'events');
    case 'json-array':
      return new JsonElementsReader(sink, 'array');
    case 'json-results':
      return new JsonElementsReader(sink, 'results');
  }
}
