/**
 * Labels for time axes in the analyst's zone. echarts would format in the browser's zone, so
 * axis labels and tooltips are produced here from the bucket starts.
 */
import { zoneOffsetLabel } from '../data/time/format-time';
import { intlLocale, type Language } from '../i18n/languages';
import { getLocale } from '../i18n/messages';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(
  key: string,
  tz: string,
  language: Language,
  options: Intl.DateTimeFormatOptions,
) {
  const id = `${key}|${tz}|${language}`;
  let f = formatters.get(id);
  if (!f) {
    const locale = intlLocale(language);
    f = new Intl.DateTimeFormat(locale, { timeZone: tz, hourCycle: 'h23', ...options });
    formatters.set(id, f);
  }
  return f;
}

const DAY_MS = 86_400_000;

/**
 * Short axis label in the interface's language: `Aug 23 20:36` (`8月23日 20:36`), with seconds
 * when buckets are shorter than a minute and without the clock when buckets are whole days.
 */
export function axisLabel(
  ms: number,
  tz: string,
  spanMs: number,
  language: Language = getLocale(),
): string {
  if (spanMs >= DAY_MS) {
    return formatter('day', tz, language, { month: 'short', day: 'numeric' }).format(ms);
  }
  const withSeconds = spanMs < 60_000;
  const parts = formatter(withSeconds ? 'sec' : 'min', tz, language, {
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    ...(withSeconds ? { second: '2-digit' } : {}),
  }).formatToParts(ms);
  return joinParts(parts);
}

/**
 * Full label with the zone's offset: `Aug 23 2017 20:36:00 UTC-07:00`, for tooltips and tables.
 * The offset is named as the rest of the app names it, not as Intl does (`GMT-07:00`).
 */
export function fullLabel(ms: number, tz: string, language: Language = getLocale()): string {
  const parts = formatter('full', tz, language, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(ms);
  return `${joinParts(parts)} ${zoneOffsetLabel(ms, tz)}`;
}

// Intl puts a comma between date and clock ("Aug 23, 20:36"); the axis reads better without.
// (Japanese has none: "8月23日 20:36".)
function joinParts(parts: Intl.DateTimeFormatPart[]): string {
  let out = '';
  for (const p of parts) {
    if (p.type === 'literal') out += p.value.replace(',', '');
    else out += p.value;
  }
  return out.replace(/\s+/g, ' ').trim();
}
