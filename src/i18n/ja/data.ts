import type { Message } from '../message-types';

/** Japanese texts of the Data page's index, time choice and storage (en/data.ts). */
export const dataMessagesJa = {
  'import.index': 'インデックス',
  'import.index.hint':
    'インデックスを持たないイベントは、このインデックスに入ります（Splunk のアップロードでは main に入ります）。',
  'import.index.empty': 'インデックス名を入力してください。',
  'import.index.characters':
    'インデックス名に使えるのは、英小文字、数字、アンダースコア、ハイフンだけです。',
  'import.index.start': 'インデックス名をアンダースコアやハイフンで始めることはできません。',
  'import.index.kvstore': 'インデックス名に「kvstore」を含めることはできません。',
  'import.checking': '「{name}」のイベントの時刻を探しています…',

  'import.time.heading': '各イベントの時刻はどこにありますか？',
  'import.time.intro':
    'まだ何も保存していません。下の各ファイルについて、イベントの時刻を持つフィールドを選んでください。インポーターが自動で読み取れない場合は、その形式も指定してください。',
  'import.time.none':
    '既知の時刻フィールド（_time、@timestamp、timestamp、ts、datetime など）がありません。',
  'import.time.unparsable': '{field} の時刻をインポーターが読み取れません。',
  'import.time.disagree': 'フィールド {fields} は、同じイベントに異なる時刻を示しています。',
  'import.time.field': '時刻フィールド',
  'import.time.format': '形式（strptime）',
  'import.time.formatHint':
    'Splunk の TIME_FORMAT と同じ書き方です。例：%d/%m/%Y %H:%M:%S、%b %d, %Y @ %H:%M:%S.%3N。空欄なら ISO 8601、エポック秒、Splunk 独自の形式を読み取ります。',
  'import.time.zone': 'タイムゾーンのない時刻に使うタイムゾーン',
  'import.time.preview': '先頭のイベントの時刻',
  'import.time.line': '行',
  'import.time.text': '値',
  'import.time.parsed': '時刻',
  'import.time.missing': '（このフィールドはありません）',
  'import.time.unreadable': '読み取れません',
  'import.time.import': 'この時刻でインポート',
  'import.time.cancel': 'キャンセル',

  'dataset.indexes': 'インデックス',
  'dataset.file.time': '時刻の取得元',
  'dataset.file.timeAuto': '自動検出',
  'dataset.file.timeRule': '{field}（{format}、{zone}）',

  'storage.persisted':
    'データは保護されています。空き容量が少なくなっても、ブラウザーはこのデータを削除しません。',
  'storage.notPersisted':
    '空き容量が少なくなると、ブラウザーがこのデータを削除することがあります（永続ストレージが許可されませんでした）。',
  'storage.left': 'あと {left} のデータを追加できます。',
  'dataset.rest': { other: 'ほか {count} 件（イベント {events} 件）' },
  'import.fileReplaced': {
    other: '{file}：{encoding} として読めない文字が {count} 個あり、� で表示しています。',
  },
  'import.fileEncoding': '{file} は {encoding} として読み込みました。',
  'assets.lookups.moreColumns': '{shown} ほか {count} 列',
} satisfies Record<string, Message>;
