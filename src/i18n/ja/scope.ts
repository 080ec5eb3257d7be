import type { Message } from '../message-types';

/** Japanese texts of a search's scope (en/scope.ts). */
export const scopeMessagesJa = {
  'scope.label': 'サーチ対象：{what}',
  'scope.all': 'すべてのデータセット（{count} 件）',
  'scope.only': '唯一のデータセット {name}',
  'scope.some': { other: '{count} 件のデータセット {names}' },
  'scope.name': '「{name}」',
  'scope.nameSeparator': '、',
  'scope.indexes': { other: 'インデックス {indexes}' },
  'scope.hunt': 'このハントのデータを持つデータセット {names}',
  'scope.choose': 'データセットを選択',
  'scope.chooseLegend': 'このサーチの対象にするデータセット',
  'scope.datasetEvents': { other: '{count} 件のイベント' },
  'scope.default': 'デフォルトに戻す',
  'scope.leftOut':
    '{names} にもこのハントのソースタイプがありますが、同じデータを二重に数えないよう、サーチの対象から外しています。これもサーチするには「データセットを選択」で選んでください。',
  'scope.noIndex': 'index={index} を持つデータセットはありません。インデックス：{indexes}',
  'scope.indexOutside':
    'このサーチの対象データセットには index={index} がありません。{names} にあります。サーチするには、そのデータセットを選んでください。',
} satisfies Record<string, Message>;
