import type { Message } from '../message-types';

/** Japanese texts of the hunt library, hunt import and export, and author mode (en/library.ts). */
export const libraryMessagesJa = {
  'library.heading': 'ハント',
  'library.intro':
    'このブラウザーにあるすべてのハントです。アプリに同梱のものと、インポートしたものがあります。開いて取り組んでください。',
  'library.loading': 'ハントを読み込んでいます…',
  'library.loadFailed': '読み取れないハントがありました：{message}',
  'library.empty': 'インストールされているハントはありません。',
  'library.count': { other: '{count} 件のハント' },
  'library.open': '開く',
  'library.origin.bundled': 'アプリに同梱',
  'library.origin.imported': '{date} にインポート',
  'library.origin.draft': '作成者モードで表示中',
  'library.version': 'バージョン {version}',
  'library.techniques': 'テクニック',
  'library.languages': '言語',
  'library.language.partial': '{language}（{percent}%）',
  'library.language.en': '英語',
  'library.language.ja': '日本語',
  'library.language.separator': '、',
  'library.data': 'データ',
  'library.data.allPresent': '{count} 個のソースタイプをすべて読み込み済み',
  'library.data.missing': '不足しているソースタイプ：{names}',
  'library.data.lookupsMissing': '不足しているルックアップ：{names}',
  'library.progress': '進捗',
  'library.progress.figures':
    '{questions} 問中 {right} 問正解 · {steps} ステップ中 {visited} ステップを表示済み',
  'library.progress.none': '未着手',
  'library.broken': '保存されているこのハントは、もう読み取れません：',

  'library.export': 'エクスポート',
  'library.export.notes': { other: '自分の講師メモを含める（{count} ステップ）' },
  'library.remove': '削除',
  'library.remove.question':
    '「{title}」をこのブラウザーから削除しますか？進捗は残り、もう一度インポートすると元に戻ります。',
  'library.remove.yes': '削除する',
  'library.remove.no': '残す',
  'library.removed': '「{title}」を削除しました。',
  'library.removeFailed': '「{title}」を削除できませんでした：{message}',

  'library.import.heading': 'ハントをインポート',
  'library.import.intro':
    '講師が作成したハントファイル（.yaml）を読み込みます。先にチェックし、問題点のあるファイルはインストールしません。インストール済みのハントは何も変わりません。',
  'library.import.choose': 'ハントファイルを選択',
  'library.import.dropHere': 'またはここにドロップ',
  'library.import.dropActive': 'ドロップしてインポート',
  'library.import.checking': '{file} をチェックしています…',
  'library.import.refused': { other: '{file} はインポートしませんでした：問題点 {count} 件' },
  'library.import.done': '「{title}」をインポートしました。',
  'library.import.same': '「{title}」は、まったく同じファイルでインストール済みです。',
  'library.import.failed': '{file} をインポートできませんでした：{message}',
  'library.import.tooLarge':
    '{file} は {size} を超えています。ハントファイルはこれよりずっと小さいはずです。',
  'library.import.replace.question':
    '「{title}」はインストール済みです（{current}）。{file} で置き換えますか？',
  'library.import.replace.bundled': 'アプリに同梱のバージョン',
  'library.import.replace.imported': '{date} にインポート',
  'library.import.replace.keeps':
    '新しいバージョンにも残るステップと問題については、あなたの解答とメモはそのまま残ります。',
  'library.import.replace.loses':
    '新しいバージョンでは、あなたの解答のうち {answers} 件と、メモのうち {notes} 件がなくなります。',
  'library.import.replace.yes': '置き換える',
  'library.import.replace.no': 'インストール済みのものを残す',
  'library.import.replace.kept': 'インストール済みの「{title}」を残しました。',
  'library.problems': '問題点',
  'library.problem.where': '{line} 行目',
  'library.problem.context': 'ステップ {step}',
  'library.problem.question': '問題 {question}',
  'library.problem.search': 'サーチ {search}',

  'author.heading': '作成者モード',
  'author.intro':
    'ディスク上のハントファイルを開き、学習者に見えるとおりに表示します。変更のたびにチェックし、問題点を行番号とともに一覧にします。インストールはしません。ここで作成者モードを開いている間、ハントはファイルの内容で表示されます。',
  'author.open': 'ハントファイルを開く',
  'author.watching': '{file} を監視しています。保存した変更は 1 秒以内にここに反映されます。',
  'author.manual':
    '{file} を表示しています。このブラウザーではファイルを監視できません。保存してから「再読み込み」を押してください。',
  'author.reload': '再読み込み',
  'author.reloadFailed': 'ブラウザーが {file} を読み直せませんでした。もう一度選んでください。',
  'author.checked': '{time} にチェック：問題点はありません。',
  'author.problems': { other: '問題点 {count} 件' },
  'author.view': '学習者としてハントを表示',
  'author.close': 'ファイルを閉じる',
  'author.draftBar': '作成者モード：{file}',
  'author.back': '作成者モードに戻る',
} satisfies Record<string, Message>;
