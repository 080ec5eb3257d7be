import type { Message } from '../message-types';

/**
 * Texts of the Data page that report on what an import could not keep as it was (hostile or
 * damaged files). Keys start with `dataset.` or `import.` as the page's others do.
 */
export const dataMessages = {
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
