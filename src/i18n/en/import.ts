import type { Message } from '../message-types';

/**
 * Texts of what goes wrong reading a file: a record skipped (`import.problem.`, shown after the
 * file and line) and an import refused or stopped (`import.fail.`). Written in the import's
 * workers, which are told the interface's language when they start.
 */
export const importMessages = {
  'import.problem.oversize':
    'stopped reading: the record starting on line {line} is longer than {mb} MB (an unclosed quote or bracket?)',
  'import.problem.unterminatedQuote': 'unterminated quoted cell (is the file truncated?)',
  'import.problem.malformedQuote': 'malformed quoted cell in column {column}',
  'import.problem.columnCount': 'expected {expected} columns, found {count}',
  'import.problem.unnamedColumn': 'column {column} has no name; its values are kept as "{name}"',
  'import.problem.duplicateColumn':
    'column name "{original}" appears more than once; column {column} is kept as "{name}"',
  'import.problem.noTime': 'no {field} field',
  'import.problem.badTime': 'unparsable {field} "{value}"',
  'import.problem.notJson': 'not valid JSON: {text}',
  'import.problem.notObject': 'expected a JSON object, found {found}',
  'import.problem.singleValue': 'expected a JSON object, found a single value',
  'import.problem.unreadable': 'could not read the event: {error}',
  'import.problem.endsInside': 'the file ends inside this element (is it truncated?)',
  'import.problem.noArray': 'no JSON array found',
  'import.problem.noObject': 'no JSON object found',
  'import.problem.noResults': 'no "results" array found in the document',
  'import.problem.notClosed': 'the JSON document is not closed (is the file truncated?)',
  'import.problem.unbalanced': 'malformed element: its brackets do not balance',
  'import.problem.trailing': 'unexpected text after the end of the JSON document',
  'import.problem.expectedArray': 'expected a JSON array ([) at the start of the file',
  'import.problem.expectedObject': 'expected a JSON object ({) at the start of the file',
  'import.problem.runawayStringStop':
    'malformed JSON: a string runs past the end of its line; stopped reading',
  'import.problem.runawayString': 'malformed element: a string runs past the end of its line',
  'import.json.array': 'an array',
  'import.json.string': 'a string',
  'import.json.number': 'a number',
  'import.json.boolean': 'a boolean',

  'import.fail.noFile': 'No file was chosen.',
  'import.fail.empty': '{file}: the file is empty.',
  'import.fail.unsupported': '{file}: not a supported format.',
  'import.fail.unsupportedGzip': '{file}: not a supported format (after gunzip).',
  'import.fail.supported':
    'Supported: Splunk CSV export; Splunk JSON export (one {"result":…} per line); JSON lines (one event object per line); a JSON array of events; a Splunk {"results":[…]} document; each may be gzip-compressed (.gz).',
  'import.fail.noTime':
    '{file}: no event has a time. Splunk exports carry it in the _time column or field; export with _time included (for example keep it in `table` or `fields`).',
  'import.fail.noEvents': 'No events could be imported.',
  'import.fail.noEventsFirst':
    'No events could be imported. The first problem: {file}:{line}: {message}',
  'import.fail.error': 'Import failed: {message}',
  'import.fail.quota':
    'The browser ran out of storage for this site, so the import was stopped and nothing of it was kept. Delete datasets you no longer need in the Data manager, or free disk space on this computer, then import again.',
  'import.fail.gzipCorrupt':
    '{file}: the gzip data is corrupt or truncated (after {mb} MB): {error}',
  'import.fail.unreadable': '{file}: the file could not be read (after {mb} MB): {error}',
  'import.fail.workerStopped': 'An import worker stopped: {message}',
  'import.fail.stopped': 'The import stopped unexpectedly: {message}',
  'import.fail.readsStalled':
    'the browser stopped answering its reads ({count} times, {ms} ms each)',
  'import.fail.workerError': 'worker error',

  'import.lookup.problem': '{file}, line {line}: {problem}',
  'import.lookup.notCsv': 'a lookup table must be a .csv file',
  'import.lookup.tooLarge': 'too large for a lookup table (over {mb} MB)',
  'import.lookup.noHeader': 'the file must start with a header row naming the columns',
} satisfies Record<string, Message>;
