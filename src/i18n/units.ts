import { formatNumber, t } from './messages';

const KB = 1024;
const MB = KB * 1024;
const GB = MB * 1024;

/** Human-readable size; binary multiples, as file managers on most workshop laptops show. */
export function formatBytes(bytes: number): string {
  if (bytes < KB) return t('units.bytes', { value: formatNumber(bytes) });
  if (bytes < MB) return t('units.kb', { value: formatNumber(bytes / KB, 1) });
  if (bytes < GB) return t('units.mb', { value: formatNumber(bytes / MB, 1) });
  return t('units.gb', { value: formatNumber(bytes / GB, 1) });
}

/** Always in MB so that "x of y" during an import compares like with like. */
export function formatMegabytes(bytes: number): string {
  return t('units.mb', { value: formatNumber(bytes / MB, 1) });
}

export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return t('units.seconds', { value: s });
  if (s < 3600) return t('units.minutes', { min: Math.floor(s / 60), sec: s % 60 });
  return t('units.hours', { hours: Math.floor(s / 3600), min: Math.floor((s % 3600) / 60) });
}
