import type { Message } from '../message-types';

/** Texts of the search history and saved searches. Keys start with `searches.`. */
export const searchesMessages = {
  'searches.save': 'Save search',
  'searches.save.name': 'Name of the saved search',
  'searches.save.confirm': 'Save',
  'searches.save.cancel': 'Cancel',
  'searches.save.done': 'Saved as “{name}”.',
  'searches.history.heading': 'Search history',
  'searches.history.filter': 'Filter the history',
  'searches.history.empty': 'No searches run yet.',
  'searches.history.none': 'No search in the history matches.',
  'searches.history.clear': 'Clear history',
  'searches.history.clearQuestion': 'Clear every search from the history?',
  'searches.history.clearConfirm': 'Clear',
  'searches.history.results': { one: '{count} result', other: '{count} results' },
  'searches.run': 'Run',
  'searches.allTime': 'All time',
  'searches.saved.heading': 'Saved searches',
  'searches.saved.empty': 'No saved searches yet. Save one with “Save search”.',
  'searches.saved.rename': 'Rename',
  'searches.saved.renameLabel': 'New name',
  'searches.saved.delete': 'Delete',
  'searches.saved.deleteQuestion': 'Delete the saved search “{name}”?',
  'searches.saved.export': 'Export saved searches',
  'searches.saved.import': 'Import saved searches',
  'searches.saved.imported': 'Imported {file}: {added} new, {replaced} replaced.',
  'searches.saved.error.json': '{file} is not a saved-searches file (not JSON).',
  'searches.saved.error.format': '{file} is not a saved-searches file exported by this workbook.',
  'searches.saved.error.entry':
    '{file}, search {entry}: the field {field} is missing or wrong. Nothing was imported.',
} satisfies Record<string, Message>;
