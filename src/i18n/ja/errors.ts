import type { Message } from '../message-types';

/** Japanese texts shown when part of the page fails or a link cannot be read (en/errors.ts). */
export const errorMessagesJa = {
  'errors.app': 'アプリで回復できないエラーが発生しました。',
  'errors.screen': 'この画面を表示できませんでした。',
  'errors.view': 'この結果はこの表示形式では表示できませんでした。',
  'errors.event': 'このイベントを表示できませんでした。',
  'errors.detail': 'エラーの内容：{message}',
  'errors.retry': '再試行',
  'errors.reload': 'アプリを再読み込み',
  'errors.link':
    'このリンクを読み取れませんでした。「{hash}」に不正な「%」エスケープがあります。代わりにスタートページを表示しています。',
  'errors.link.dismiss': '閉じる',
} satisfies Record<string, Message>;
