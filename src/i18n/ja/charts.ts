import type { Message } from '../message-types';

/** Japanese texts of time charts, zoom and side-by-side comparison (en/charts.ts). */
export const chartMessagesJa = {
  'chart.axis.time': '時刻（{offset}）',
  'chart.legend': '表示する系列',
  'chart.dragHint': 'チャート上をドラッグすると、その時間帯にズームします。',
  'chart.data.show': { other: 'データを表示（{count} 件）' },
  'chart.data.time': '時刻',
  'chart.data.zoom': 'ズーム',
  'chart.data.zoomTo': '{time} にズーム',
  'chart.zoomOut': 'ズームアウト',
  'chart.resetZoom': 'ズームをリセット',
  'chart.histogram.label': 'イベントの時間分布',
  'chart.histogram.series': 'イベント',
  'chart.notTimeSeries':
    'この結果には _time 列がないため、時間軸で描けません。テーブル表示を試してください。',
  'chart.timechart.label': 'タイムチャート',
  'chart.timechart.summary': { other: '{series} のタイムチャート（{count} 区間）' },
  'chart.mode': '表示形式',
  'chart.mode.columns': '積み上げ縦棒',
  'chart.mode.lines': '折れ線',
  'chart.sbs.label': '並べて比較',
  'chart.sbs.tableLabel': '2 つのセッションを行ごとに比較',
  'chart.sbs.splitBy': '比較の基準',
  'chart.sbs.chooseField': 'フィールドを選択…',
  'chart.sbs.leftSession': '左',
  'chart.sbs.rightSession': '右',
  'chart.sbs.askField':
    '比較する 2 つのセッションを値で示すフィールドを選んでください（例：src や flow_id）。',
  'chart.sbs.needTwoValues': '比較するには {field} に 2 つ以上の値が必要です。',
  'chart.sbs.leftGroup': '1 つ目のセッション',
  'chart.sbs.rightGroup': '2 つ目のセッション',
  'chart.sbs.summary': { other: '一致：{count} 行中 {identical} 行' },
  'chart.sbs.counts': '左は {left} 行、右は {right} 行です。',
  'chart.sbs.differs': '（相違あり）',
} satisfies Record<string, Message>;
