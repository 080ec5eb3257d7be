import type { Message } from '../message-types';

/** Japanese texts of lookup tables and asset enrichment (en/assets.ts). */
export const assetMessagesJa = {
  'assets.marker': '既知の資産：{details}',
  'assets.host': 'ホスト {value}',
  'assets.ip': 'IP {value}',
  'assets.owner': '所有者 {value}',
  'assets.role': '役割 {value}',
  'assets.priority': '優先度 {value}',
  'assets.card.title': '資産（{table}）',
  'assets.card.host': 'ホスト',
  'assets.card.ip': 'IP',
  'assets.card.owner': '所有者',
  'assets.card.role': '役割',
  'assets.card.priority': '優先度',
  'assets.lookups.title': 'ルックアップテーブル',
  'assets.lookups.intro':
    'ヘッダー行のある CSV ファイルで、サーチの lookup と inputlookup がファイル名で読み込みます。資産リスト（ip、nt_host、owner、role、priority などの列を持つもの）は、結果に現れる既知のホストと IP に印も付けます。',
  'assets.lookups.import': 'ルックアップテーブル（CSV）をインポート',
  'assets.lookups.importing': '{name} をインポートしています…',
  'assets.lookups.imported': { other: '{name} をインポートしました：{count} 行。' },
  'assets.lookups.replaced': { other: '{name} を新しいファイルで置き換えました：{count} 行。' },
  'assets.lookups.failed':
    'インポートしませんでした：{message}。同じ名前の保存済みテーブルは変更されていません。',
  'assets.lookups.replaceNote':
    '保存済みテーブルと同じ名前のファイルは、そのテーブルを置き換えます。',
  'assets.lookups.none': 'ルックアップテーブルはまだありません。',
  'assets.lookups.name': '名前',
  'assets.lookups.rows': '行数',
  'assets.lookups.columns': '列',
  'assets.lookups.origin': '入手元',
  'assets.lookups.origin.sample': 'ワークショップ用サンプル',
  'assets.lookups.origin.outputlookup': 'サーチで作成（outputlookup）',
  'assets.lookups.date': 'インポート日時',
  'assets.lookups.actions': '操作',
  'assets.lookups.delete': '削除',
  'assets.lookups.confirmDelete':
    'ルックアップテーブル {name} を削除しますか？このテーブルを使うサーチは失敗するようになります。',
  'assets.lookups.confirmDelete.yes': 'テーブルを削除',
  'assets.lookups.confirmDelete.no': '残す',
  'assets.lookups.deleteFailed': '{name} を削除できませんでした：{message}',
} satisfies Record<string, Message>;
