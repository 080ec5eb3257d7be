import type { Message } from '../message-types';

/** Japanese texts of search macros (en/macros.ts). */
export const macroMessagesJa = {
  'macros.title': 'サーチマクロ',
  'macros.intro':
    'Splunk の macros.conf のマクロです。サーチの中で `name` または `name(arg1, arg2)` の形で呼び出します。名前と引数の数が同じマクロは、保存済みのマクロを置き換えます。',
  'macros.import': 'macros.conf をインポート',
  'macros.importing': '{name} をインポートしています…',
  'macros.imported': '{name} をインポートしました：新規 {added} 件、置き換え {replaced} 件。',
  'macros.failed': 'インポートしませんでした：{message}。保存済みのマクロは変更されていません。',
  'macros.none': 'マクロはまだありません。',
  'macros.name': 'マクロ',
  'macros.args': '引数',
  'macros.definition': '定義',
  'macros.iseval': 'eval 式',
  'macros.origin': '入手元',
  'macros.originLine': '{file}、{line} 行目',
  'macros.actions': '操作',
  'macros.delete': '削除',
  'macros.confirmDelete':
    'マクロ {name} を削除しますか？このマクロを呼び出すサーチは失敗するようになります。',
  'macros.confirmDelete.yes': 'マクロを削除',
  'macros.confirmDelete.no': '残す',
  'macros.deleteFailed': '{name} を削除できませんでした：{message}',
  'macros.used': '使用しているマクロ：',
  'macros.showExpanded': '展開したサーチを表示',
  'macros.hideExpanded': '展開したサーチを隠す',
  'macros.expandedHeading': '展開したサーチ',
  'macros.expandHint': 'Ctrl+Shift+E で、マクロを展開したサーチの表示と非表示を切り替えます。',
  'macros.noMacros': 'このサーチはマクロを使っていません。',
} satisfies Record<string, Message>;
