import type { Message } from '../message-types';

/** Japanese texts of the search time limit (en/limits.ts). */
export const limitMessagesJa = {
  'limits.settings': '設定',
  'limits.setting': 'サーチの制限時間（秒）',
  'limits.setting.title':
    'これより時間のかかるサーチは停止し、「制限なしで実行」を表示します。{min}～{max} 秒で指定します。',
  'limits.timedOut':
    'サーチの制限時間（{seconds} 秒）に達したため、サーチを停止しました（制限時間はヘッダーの ⚙ で設定できます）。もっと時間が必要なサーチか、終わらないパターンで止まっている可能性があります。',
  'limits.runAnyway': '制限なしで実行',
  'limits.runAnyway.title':
    '制限時間なしでこのサーチをもう一度実行します。「キャンセル」でいつでも停止できます。',
} satisfies Record<string, Message>;
