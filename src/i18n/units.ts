import { intlLocale, type Language } from './languages';
import { formatNumber, getLocale, t } from './messages';

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

const STEPS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 86_400],
  ['month', 30 * 86_400],
  ['week', 7 * 86_400],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
];
const relativeFormats = new Map<Language, Intl.RelativeTimeFormat>();

/**
 * How long ago (or how far ahead) an instant is, in the interface's language and its largest
 * whole unit: `3 days ago`, `3 日前`, `yesterday`, `昨日`; under a minute it is `now` (`今`).
 */
export function formatRelativeTime(ms: number, now = Date.now()): string {
  const language = getLocale();
  let fmt = relativeFormats.get(language);
  if (!fmt) {
    fmt = new Intl.RelativeTimeFormat(intlLocale(language), { numeric: 'auto' });
    relativeFormats.set(language, fmt);
  }
  const seconds = (ms - now) / 1000;
  for (const [unit, size] of STEPS) {
    if (Math.abs(seconds) >= size) return fmt.format(Math.trunc(seconds / size), unit);
  }
  return fmt.format(0, 'second');
}
