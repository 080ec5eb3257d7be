import type { Message } from '../message-types';

/** Texts of the hunt library, hunt import and export, and author mode. Keys start with `library.` or `author.`. */
export const libraryMessages = {
  'library.heading': 'Hunts',
  'library.intro':
    'Every hunt in this browser: those that come with the app and those you imported. Open one to work through it.',
  'library.loading': 'Loading the hunts…',
  'library.loadFailed': 'Some hunts could not be read: {message}',
  'library.empty': 'No hunt is installed.',
  'library.count': { one: '{count} hunt', other: '{count} hunts' },
  'library.open': 'Open',
  'library.origin.bundled': 'Comes with the app',
  'library.origin.imported': 'Imported {date}',
  'library.origin.draft': 'Open in author mode',
  'library.version': 'Version {version}',
  'library.techniques': 'Techniques',
  'library.languages': 'Languages',
  'library.language.partial': '{language} ({percent}%)',
  'library.language.en': 'English',
  'library.language.ja': 'Japanese',
  'library.language.separator': ', ',
  'library.data': 'Data',
  'library.data.allPresent': 'All {count} sourcetypes loaded',
  'library.data.missing': 'Missing: {names}',
  'library.data.lookupsMissing': 'Lookups missing: {names}',
  'library.progress': 'Progress',
  'library.progress.figures':
    '{right} of {questions} questions right · {visited} of {steps} steps visited',
  'library.progress.none': 'Not started',
  'library.broken': 'This stored hunt no longer reads:',

  'library.export': 'Export',
  'library.export.notes': {
    one: 'with my trainer notes ({count} step)',
    other: 'with my trainer notes ({count} steps)',
  },
  'library.remove': 'Remove',
  'library.remove.question':
    'Remove “{title}” from this browser? Your progress in it stays and returns if you import it again.',
  'library.remove.yes': 'Yes, remove',
  'library.remove.no': 'Keep',
  'library.removed': 'Removed “{title}”.',
  'library.removeFailed': 'Could not remove “{title}”: {message}',

  'library.import.heading': 'Import a hunt',
  'library.import.intro':
    'A hunt file (.yaml) written by a trainer. It is checked first; a file with problems is not installed, and nothing installed changes.',
  'library.import.choose': 'Choose a hunt file',
  'library.import.dropHere': 'or drop it here',
  'library.import.dropActive': 'Drop to import',
  'library.import.checking': 'Checking {file}…',
  'library.import.refused': {
    one: '{file} was not imported: {count} problem',
    other: '{file} was not imported: {count} problems',
  },
  'library.import.done': 'Imported “{title}”.',
  'library.import.same': '“{title}” is already installed with exactly this file.',
  'library.import.failed': 'Could not import {file}: {message}',
  'library.import.tooLarge': '{file} is larger than {size}; a hunt file is far smaller.',
  'library.import.replace.question':
    '“{title}” is already installed ({current}). Replace it with {file}?',
  'library.import.replace.bundled': 'the version that comes with the app',
  'library.import.replace.imported': 'imported {date}',
  'library.import.replace.keeps':
    'Your answers and notes are kept for every step and question the new version still has.',
  'library.import.replace.loses':
    'The new version drops {answers} of your answers and {notes} of your notes.',
  'library.import.replace.yes': 'Replace',
  'library.import.replace.no': 'Keep the installed one',
  'library.import.replace.kept': 'Kept the installed “{title}”.',
  'library.problems': 'Problems',
  'library.problem.where': 'line {line}',
  'library.problem.context': 'step {step}',
  'library.problem.question': 'question {question}',
  'library.problem.search': 'search {search}',

  'author.heading': 'Author mode',
  'author.intro':
    'Open a hunt file from your disk to see it as learners will. It is checked on every change; problems are listed with their lines. Nothing is installed: the hunt is shown from the file while author mode is open here.',
  'author.open': 'Open a hunt file',
  'author.watching': 'Watching {file}: saved changes show here within a second.',
  'author.manual': 'Showing {file}. This browser cannot watch files: save, then press Reload.',
  'author.reload': 'Reload',
  'author.reloadFailed': 'The browser could not read {file} again; choose it once more.',
  'author.checked': 'Checked {time}: no problems.',
  'author.problems': { one: '{count} problem', other: '{count} problems' },
  'author.view': 'View the hunt as a learner',
  'author.close': 'Close the file',
  'author.draftBar': 'Author mode: {file}',
  'author.back': 'Back to author mode',
} satisfies Record<string, Message>;
