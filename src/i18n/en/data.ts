import type { Message } from '../message-types';

/**
 * Texts of the Data page added with indexes, time fields and persistent storage (the import's
 * index and time choice, the dataset's indexes, whether the data is kept), and those that report
 * on what an import could not keep as it was (hostile or damaged files). Keys start with
 * `import.`, `dataset.` or `storage.` as the rest of the page's.
 */
export const dataMessages = {
  'import.index': 'Index',
  'import.index.hint':
    'Events without an index of their own go in this one (Splunk’s upload puts them in main).',
  'import.index.empty': 'Give an index name.',
  'import.index.characters':
    'An index name may hold only lower-case letters, digits, underscores and hyphens.',
  'import.index.start': 'An index name cannot start with an underscore or a hyphen.',
  'import.index.kvstore': 'An index name cannot contain “kvstore”.',
  'import.checking': 'Looking for the time of the events in “{name}”…',

  'import.time.heading': 'Where is the time of each event?',
  'import.time.intro':
    'Nothing is stored yet. For each file below, choose the field that holds the time of its events and, if the importer cannot read it by itself, its format.',
  'import.time.none': 'No known time field (_time, @timestamp, timestamp, ts, datetime, …).',
  'import.time.unparsable': 'The importer cannot read the times in {field}.',
  'import.time.disagree': 'The fields {fields} give different times for the same events.',
  'import.time.field': 'Time field',
  'import.time.format': 'Format (strptime)',
  'import.time.formatHint':
    'As Splunk’s TIME_FORMAT, for example %d/%m/%Y %H:%M:%S or %b %d, %Y @ %H:%M:%S.%3N. Empty: ISO 8601, epoch numbers or Splunk’s own form.',
  'import.time.zone': 'Time zone of times without one',
  'import.time.preview': 'The first events’ times',
  'import.time.line': 'Line',
  'import.time.text': 'Value',
  'import.time.parsed': 'Time',
  'import.time.missing': '(no such field)',
  'import.time.unreadable': 'cannot be read',
  'import.time.import': 'Import with these times',
  'import.time.cancel': 'Cancel',

  'dataset.indexes': 'Indexes',
  'dataset.file.time': 'Time from',
  'dataset.file.timeAuto': 'found by itself',
  'dataset.file.timeRule': '{field} ({format}, {zone})',

  'storage.persisted': 'Your data is protected: the browser keeps it when space runs low.',
  'storage.notPersisted':
    'The browser may delete this data when space runs low (it did not grant persistent storage).',
  'storage.left': '{left} left for more data.',

  'dataset.rest': {
    one: 'and {count} more, with {events} events',
    other: 'and {count} more, with {events} events',
  },
  'import.fileReplaced': {
    one: '{file}: {count} character was not valid {encoding}; it shows as �.',
    other: '{file}: {count} characters were not valid {encoding}; they show as �.',
  },
  'import.fileEncoding': '{file} was read as {encoding}.',
  'assets.lookups.moreColumns': '{shown} and {count} more',
} satisfies Record<string, Message>;
