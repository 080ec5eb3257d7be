import type { Message } from '../message-types';

/** Japanese texts of offline use (en/offline.ts). */
export const offlineMessagesJa = {
  'offline.ready': 'オフラインで使えます',
  'offline.ready.title':
    'アプリとワークショップ用サンプルはこのブラウザーに保存されているため、ネットワークがなくても開いて使えます。',
  'offline.updateReady': '新しいバージョンを利用できます。',
  'offline.reload': '再読み込みして更新',
} satisfies Record<string, Message>;
