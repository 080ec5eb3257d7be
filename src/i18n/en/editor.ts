import type { Message } from '../message-types';

/** Texts of the SPL editor: command help, line numbers. Keys start with `editor.`. */
export const editorMessages = {
  'editor.help.label': 'Help for the command under the cursor',
  'editor.help.syntax': 'Syntax',
  'editor.help.example': 'Example',
  'editor.help.differences': 'Differs from Splunk',
  'editor.help.transforming': 'Transforming command: its results show under Statistics.',
  'editor.help.unknown': '{name} is not a command this workbook runs.',
  'editor.help.show': 'Command help',
  'editor.lineNumbers': 'Line numbers',
  'editor.format': 'Format (Ctrl+\\)',
} satisfies Record<string, Message>;
