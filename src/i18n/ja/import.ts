import type { Message } from '../message-types';

/** Japanese texts of what goes wrong reading a file (en/import.ts). */
export const importMessagesJa = {
  'import.problem.oversize':
    '読み込みを中止しました：{line} 行目から始まるレコードが {mb} MB を超えています（引用符か括弧が閉じていないのでは？）',
  'import.problem.unterminatedQuote':
    '引用符で囲まれたセルが閉じていません（ファイルが途中で切れているのでは？）',
  'import.problem.malformedQuote': '{column} 列目の引用符の使い方が正しくありません',
  'import.problem.columnCount': '列数が {expected} のはずが {count} です',
  'import.problem.unnamedColumn': '{column} 列目に名前がありません。値は「{name}」として保持します',
  'import.problem.duplicateColumn':
    '列名「{original}」が重複しています。{column} 列目は「{name}」として保持します',
  'import.problem.noTime': '{field} フィールドがありません',
  'import.problem.badTime': '{field} を時刻として解釈できません：「{value}」',
  'import.problem.notJson': 'JSON として正しくありません：{text}',
  'import.problem.notObject': 'JSON オブジェクトのはずが、{found}でした',
  'import.problem.singleValue': 'JSON オブジェクトのはずが、単一の値でした',
  'import.problem.unreadable': 'イベントを読み取れませんでした：{error}',
  'import.problem.endsInside':
    'この要素の途中でファイルが終わっています（途中で切れているのでは？）',
  'import.problem.noArray': 'JSON の配列が見つかりません',
  'import.problem.noObject': 'JSON のオブジェクトが見つかりません',
  'import.problem.noResults': 'ドキュメントに "results" 配列が見つかりません',
  'import.problem.notClosed':
    'JSON ドキュメントが閉じていません（ファイルが途中で切れているのでは？）',
  'import.problem.unbalanced': '要素が正しくありません：括弧の対応が取れていません',
  'import.problem.trailing': 'JSON ドキュメントの終わりの後に余分なテキストがあります',
  'import.problem.expectedArray': 'ファイルの先頭は JSON の配列（[）のはずです',
  'import.problem.expectedObject': 'ファイルの先頭は JSON のオブジェクト（{）のはずです',
  'import.problem.runawayStringStop':
    'JSON が正しくありません：文字列が行末を越えて続いているため、読み込みを中止しました',
  'import.problem.runawayString': '要素が正しくありません：文字列が行末を越えて続いています',
  'import.json.array': '配列',
  'import.json.string': '文字列',
  'import.json.number': '数値',
  'import.json.boolean': '真偽値',

  'import.fail.noFile': 'ファイルが選ばれていません。',
  'import.fail.empty': '{file}：ファイルが空です。',
  'import.fail.unsupported': '{file}：対応していない形式です。',
  'import.fail.unsupportedGzip': '{file}：対応していない形式です（gzip 展開後）。',
  'import.fail.supported':
    '対応形式：Splunk の CSV エクスポート、Splunk の JSON エクスポート（1 行に 1 つの {"result":…}）、JSON Lines（1 行に 1 つのイベントオブジェクト）、イベントの JSON 配列、Splunk の {"results":[…]} ドキュメント。いずれも gzip 圧縮（.gz）でもかまいません。',
  'import.fail.noTime':
    '{file}：時刻を持つイベントがありません。Splunk のエクスポートでは時刻は _time 列（フィールド）にあります。_time を含めてエクスポートしてください（例：`table` や `fields` に _time を残す）。',
  'import.fail.noEvents': 'イベントを 1 件もインポートできませんでした。',
  'import.fail.noEventsFirst':
    'イベントを 1 件もインポートできませんでした。最初の問題：{file}:{line}：{message}',
  'import.fail.error': 'インポートに失敗しました：{message}',
  'import.fail.quota':
    'このサイトで使えるブラウザーのストレージが不足したため、インポートを中止しました。途中までのデータも保存していません。データ管理で不要なデータセットを削除するか、このコンピューターの空き容量を増やしてから、もう一度インポートしてください。',
  'import.fail.gzipCorrupt':
    '{file}：gzip データが壊れているか途中で切れています（{mb} MB 読んだ時点）：{error}',
  'import.fail.unreadable': '{file}：ファイルを読み取れませんでした（{mb} MB 読んだ時点）：{error}',
  'import.fail.workerStopped': 'インポート用ワーカーが停止しました：{message}',
  'import.fail.stopped': 'インポートが予期せず停止しました：{message}',
  'import.fail.readsStalled':
    'ブラウザーが読み取りに応答しなくなりました（{count} 回、各 {ms} ミリ秒）',
  'import.fail.workerError': 'ワーカーのエラー',

  'import.lookup.problem': '{file}、{line} 行目：{problem}',
  'import.lookup.notCsv': 'ルックアップテーブルは .csv ファイルでなければなりません',
  'import.lookup.tooLarge': 'ルックアップテーブルとしては大きすぎます（{mb} MB 超）',
  'import.lookup.noHeader': 'ファイルは列名を並べたヘッダー行で始まる必要があります',
} satisfies Record<string, Message>;
