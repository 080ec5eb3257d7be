import type { Message } from '../message-types';

/** Texts of a search's scope (its datasets and indexes). Keys start with `scope.`. */
export const scopeMessages = {
  'scope.label': 'Searching: {what}',
  'scope.all': 'all {count} datasets',
  'scope.only': 'the only dataset, {name}',
  'scope.some': { one: '{names}', other: '{count} datasets: {names}' },
  // A dataset's name in a sentence, and what separates several: quotes and commas are the
  // language's own (「」 and 、 in Japanese).
  'scope.name': '“{name}”',
  'scope.nameSeparator': ', ',
  'scope.indexes': { one: 'index {indexes}', other: 'indexes {indexes}' },
  'scope.hunt': 'the dataset holding this hunt’s data: {names}',
  'scope.choose': 'Choose datasets',
  'scope.chooseLegend': 'Datasets this search covers',
  'scope.datasetEvents': { one: '{count} event', other: '{count} events' },
  'scope.default': 'Back to the default',
  'scope.leftOut':
    'Also holding this hunt’s sourcetypes, not searched so that the same data is not counted twice: {names}. Choose datasets to search it too.',
  'scope.noIndex': 'No dataset has index={index}. Indexes: {indexes}',
  'scope.indexOutside':
    'No dataset this search covers has index={index}; {names} has it. Choose it to search it.',
} satisfies Record<string, Message>;
