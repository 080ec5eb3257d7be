import type { Message } from '../message-types';

/**
 * Texts of a search's inspector (where the time went, what was read; Splunk's Job Inspector is
 * the model). Keys start with `inspector.`.
 */
export const inspectorMessages = {
  'inspector.open': 'Inspect',
  'inspector.openHint': 'Where this search spent its time, and which chunks it read or skipped',
  'inspector.heading': 'Search inspector',
  'inspector.close': 'Close',
  'inspector.none': 'This search has no profile to show.',
  'inspector.took': 'The search took {ms} ms in the search worker.',
  'inspector.firstRun':
    'The first run of this search since the page opened: its times include reading the data from storage and the search engine getting ready (its code is compiled on first use). Run it again to see its steady times.',
  'inspector.fastPath':
    'Fast path: the count was made from the chunks’ value dictionaries, without a row per event.',
  'inspector.fromSummaries': {
    one: '{count} chunk was counted from its summary, without reading its events.',
    other: '{count} chunks were counted from their summaries, without reading their events.',
  },
  'inspector.costs.heading': 'Execution costs',
  'inspector.col.component': 'Component',
  'inspector.col.ms': 'Duration (ms)',
  'inspector.col.in': 'In',
  'inspector.col.out': 'Out',
  'inspector.row.parse': 'Parse (macros expanded)',
  'inspector.row.list': 'Read the datasets’ chunk lists',
  'inspector.row.read': 'Waiting for chunks (storage or cache)',
  'inspector.row.match.events': 'Matching events',
  'inspector.row.match.counts': 'Counting matching events',
  'inspector.row.match.tally': 'Counting values',
  'inspector.row.match.info': 'Counted from the chunks’ metadata',
  'inspector.row.fast': 'counted by the fast path',
  'inspector.row.subsearch': 'Subsearch {n}',
  'inspector.row.summarize': 'Field counts and timeline (events view)',
  'inspector.row.total': 'Total',
  'inspector.costs.note':
    'For a command that reads events, In is the events scanned and Out the events matched. A command’s time includes its subsearches.',
  'inspector.chunks.heading': 'Chunks',
  'inspector.col.dataset': 'Dataset',
  'inspector.col.chunks': 'Chunks',
  'inspector.col.events': 'Searched',
  'inspector.col.term': 'No term match',
  'inspector.col.summary': 'From summaries',
  'inspector.col.time': 'Skipped: time range',
  'inspector.col.meta': 'Skipped: metadata',
  'inspector.chunks.total': 'All datasets',
  'inspector.chunks.none': 'This search read no chunks.',
  'inspector.chunks.note':
    '“Searched”: the chunk’s events were read and matched (on the fast path, only the columns the count needs). A skipped chunk is not read at all: its time range is outside the search’s, or it holds no matching index, sourcetype, host, source or field. “No term match”: only its times and term index were read, and it holds none of the search’s words. A search that reads the chunks more than once (a subsearch) counts each read.',
  'inspector.storage.heading': 'Storage',
  'inspector.storage.cache': {
    one: '{count} chunk load from the search worker’s cache',
    other: '{count} chunk loads from the search worker’s cache',
  },
  'inspector.storage.read': {
    one: '{count} chunk load read from IndexedDB',
    other: '{count} chunk loads read from IndexedDB',
  },
  'inspector.storage.joined': {
    one: '{count} chunk load waited for a read already under way',
    other: '{count} chunk loads waited for reads already under way',
  },
  'inspector.storage.raw': {
    one: '{count} chunk’s _raw texts read from IndexedDB',
    other: '{count} chunks’ _raw texts read from IndexedDB',
  },
  'inspector.storage.bytes': '{bytes} read in {slices} slices',
} satisfies Record<string, Message>;
