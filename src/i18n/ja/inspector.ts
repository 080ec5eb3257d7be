import type { Message } from '../message-types';

/** Japanese texts of a search's inspector (en/inspector.ts). */
export const inspectorMessagesJa = {
  'inspector.open': 'インスペクタ',
  'inspector.openHint': 'このサーチの時間の内訳と、読んだチャンク・スキップしたチャンク',
  'inspector.heading': 'サーチインスペクタ',
  'inspector.close': '閉じる',
  'inspector.none': 'このサーチには表示できるプロファイルがありません。',
  'inspector.firstRun':
    'ページを開いてからこのサーチを実行するのは初めてです。時間には、ストレージからのデータの読み込みとサーチエンジンの準備（初回実行時のコードのコンパイル）が含まれます。もう一度実行すると、通常の時間を確認できます。',
  'inspector.took': 'サーチワーカーでの所要時間は {ms} ミリ秒です。',
  'inspector.fastPath':
    '高速パス：イベントごとの行を作らず、チャンクの値辞書からカウントしました。',
  'inspector.fromSummaries': {
    other: '{count} 個のチャンクはイベントを読まず、サマリーからカウントしました。',
  },
  'inspector.costs.heading': '実行コスト',
  'inspector.col.component': 'コンポーネント',
  'inspector.col.ms': '所要時間（ミリ秒）',
  'inspector.col.in': '入力',
  'inspector.col.out': '出力',
  'inspector.row.parse': '解析（マクロ展開を含む）',
  'inspector.row.list': 'データセットのチャンク一覧の読み込み',
  'inspector.row.read': 'チャンクの読み込み待ち（ストレージまたはキャッシュ）',
  'inspector.row.match.events': 'イベントの照合',
  'inspector.row.match.counts': '一致したイベントのカウント',
  'inspector.row.match.tally': '値のカウント',
  'inspector.row.match.info': 'チャンクのメタデータからカウント',
  'inspector.row.fast': '高速パスでカウント',
  'inspector.row.subsearch': 'サブサーチ {n}',
  'inspector.row.summarize': 'フィールドのカウントとタイムライン（イベント表示）',
  'inspector.row.total': '合計',
  'inspector.costs.note':
    'イベントを読むコマンドでは、入力はスキャンしたイベント数、出力は一致したイベント数です。コマンドの所要時間にはそのサブサーチを含みます。',
  'inspector.chunks.heading': 'チャンク',
  'inspector.col.dataset': 'データセット',
  'inspector.col.chunks': 'チャンク数',
  'inspector.col.events': 'サーチ済み',
  'inspector.col.term': '語の一致なし',
  'inspector.col.summary': 'サマリーから',
  'inspector.col.time': 'スキップ：時間範囲',
  'inspector.col.meta': 'スキップ：メタデータ',
  'inspector.chunks.total': 'すべてのデータセット',
  'inspector.chunks.none': 'このサーチはチャンクを読んでいません。',
  'inspector.chunks.note':
    '「サーチ済み」は、イベントを読んで照合したチャンクです（高速パスでは、カウントに要る列だけを読みます）。スキップしたチャンクはまったく読みません。時間範囲がサーチの範囲外か、一致するインデックス、ソースタイプ、ホスト、ソース、フィールドを含まないチャンクです。「語の一致なし」は時刻と語のインデックスだけを読み、サーチの語を含まなかったチャンクです。チャンクを複数回読むサーチ（サブサーチ）は、読むたびに数えます。',
  'inspector.storage.heading': 'ストレージ',
  'inspector.storage.cache': {
    other: 'サーチワーカーのキャッシュからのチャンク読み込み {count} 回',
  },
  'inspector.storage.read': { other: 'IndexedDB からのチャンク読み込み {count} 回' },
  'inspector.storage.joined': { other: '読み込み中の処理を待ったチャンク読み込み {count} 回' },
  'inspector.storage.raw': { other: 'IndexedDB から _raw を読んだチャンク {count} 個' },
  'inspector.storage.bytes': '{slices} 回のスライスで {bytes} を読み込み',
} satisfies Record<string, Message>;
