import type { Message } from '../message-types';

/** Japanese texts of the colour themes (en/theme.ts). */
export const themeMessagesJa = {
  'theme.setting': 'テーマ',
  'theme.system': 'システム設定',
  'theme.light': 'ライト',
  'theme.dark': 'ダーク',
  'theme.projector': 'プロジェクター用（ライト・高コントラスト）',
  'theme.projector.title':
    'テーマにかかわらず、プレゼンターモードをプロジェクターでも読みやすいライト・高コントラストの配色で表示します',
} satisfies Record<string, Message>;
