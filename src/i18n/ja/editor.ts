import type { Message } from '../message-types';

/** Japanese texts of the SPL editor (en/editor.ts). */
export const editorMessagesJa = {
  'editor.help.label': 'カーソル位置のコマンドのヘルプ',
  'editor.help.syntax': '構文',
  'editor.help.example': '例',
  'editor.help.differences': 'Splunk との違い',
  'editor.help.transforming': '変換コマンドです。結果は「統計」に表示されます。',
  'editor.help.unknown': '{name} はこのワークブックで実行できるコマンドではありません。',
  'editor.help.show': 'コマンドのヘルプ',
  'editor.lineNumbers': '行番号',
  'editor.format': '整形（Ctrl+\\）',
} satisfies Record<string, Message>;
