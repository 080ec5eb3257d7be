import type { Message } from '../message-types';

/** Japanese texts of the search history and saved searches (en/searches.ts). */
export const searchesMessagesJa = {
  'searches.save': 'サーチを保存',
  'searches.save.name': '保存するサーチの名前',
  'searches.save.confirm': '保存',
  'searches.save.cancel': 'キャンセル',
  'searches.save.done': '「{name}」として保存しました。',
  'searches.history.heading': 'サーチ履歴',
  'searches.history.filter': '履歴を絞り込む',
  'searches.history.empty': 'まだサーチを実行していません。',
  'searches.history.none': '一致するサーチは履歴にありません。',
  'searches.history.clear': '履歴を消去',
  'searches.history.clearQuestion': '履歴のサーチをすべて消去しますか？',
  'searches.history.clearConfirm': '消去',
  'searches.history.results': { other: '{count} 件の結果' },
  'searches.run': '実行',
  'searches.allTime': '全時間',
  'searches.saved.heading': '保存済みサーチ',
  'searches.saved.empty': '保存済みサーチはまだありません。「サーチを保存」で保存できます。',
  'searches.saved.rename': '名前を変更',
  'searches.saved.renameLabel': '新しい名前',
  'searches.saved.delete': '削除',
  'searches.saved.deleteQuestion': '保存済みサーチ「{name}」を削除しますか？',
  'searches.saved.export': '保存済みサーチをエクスポート',
  'searches.saved.import': '保存済みサーチをインポート',
  'searches.saved.imported':
    '{file} をインポートしました：新規 {added} 件、置き換え {replaced} 件。',
  'searches.saved.error.json':
    '{file} は保存済みサーチのファイルではありません（JSON ではありません）。',
  'searches.saved.error.format':
    '{file} はこのワークブックからエクスポートした保存済みサーチのファイルではありません。',
  'searches.saved.error.entry':
    '{file}、{entry} 番目のサーチ：フィールド {field} がないか誤っています。何もインポートしていません。',
} satisfies Record<string, Message>;
