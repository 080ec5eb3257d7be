import type { Message } from '../message-types';

/** Texts of search macros: the data manager's section and the search bar. Keys start with `macros.`. */
export const macroMessages = {
  'macros.title': 'Search macros',
  'macros.intro':
    'Macros from a Splunk macros.conf, called in searches as `name` or `name(arg1, arg2)`. A macro of the same name and argument count replaces the stored one.',
  'macros.import': 'Import a macros.conf',
  'macros.importing': 'Importing {name}…',
  'macros.imported': 'Imported {name}: {added} new, {replaced} replaced.',
  'macros.failed': 'Not imported: {message}. The stored macros are unchanged.',
  'macros.none': 'No macros yet.',
  'macros.name': 'Macro',
  'macros.args': 'Arguments',
  'macros.definition': 'Definition',
  'macros.iseval': 'eval expression',
  'macros.origin': 'From',
  'macros.originLine': '{file}, line {line}',
  'macros.actions': 'Actions',
  'macros.delete': 'Delete',
  'macros.confirmDelete': 'Delete the macro {name}? Searches calling it will fail.',
  'macros.confirmDelete.yes': 'Delete macro',
  'macros.confirmDelete.no': 'Keep',
  'macros.deleteFailed': 'Could not delete {name}: {message}',
  'macros.used': 'Macros used:',
  'macros.showExpanded': 'Show expanded search',
  'macros.hideExpanded': 'Hide expanded search',
  'macros.expandedHeading': 'Expanded search',
  'macros.expandHint': 'Ctrl+Shift+E shows or hides the search with its macros expanded.',
  'macros.noMacros': 'This search uses no macros.',
} satisfies Record<string, Message>;
