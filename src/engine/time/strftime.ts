import { dayOfYear, isoWeek, localMsToFields, weekdayOf, type LocalFields } from './calendar';
import { MONTHS, WEEKDAYS } from './names';
import { zoneAbbreviation, zoneOffsetMs } from './zone';
import { constMap } from '../data-map';

const pad = (n: number, width = 2, fill = '0'): string => String(n).padStart(width, fill);

/** "+hhmm" with an optional separator between hours and minutes. */
export function offsetText(offsetMs: number, sep = ''): string {
  const minutes = Math.round(offsetMs / 60_000);
  const a = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(a / 60))}${sep}${pad(a % 60)}`;
}

interface Moment {
  epochMs: number;
  /** Sub-second part in nanoseconds, from the seconds value (not from ms, to keep %6N and %9N). */
  nanos: number;
  f: LocalFields;
  offsetMs: number;
  tz: string;
}

function subseconds(m: Moment, digits: number): string {
  return pad(m.nanos, 9).slice(0, digits).padEnd(digits, '0');
}

// Sunday-based week of the year as C's %U: days before the first Sunday are week 0.
function sundayWeek(f: LocalFields): number {
  return Math.floor((dayOfYear(f) - 1 + 7 - weekdayOf(f)) / 7);
}

const CODES = constMap<(m: Moment) => string>({
  Y: (m) => String(m.f.year),
  y: (m) => pad(((m.f.year % 100) + 100) % 100),
  C: (m) => pad(Math.floor(m.f.year / 100)),
  m: (m) => pad(m.f.month),
  B: (m) => MONTHS[m.f.month - 1],
  b: (m) => MONTHS[m.f.month - 1].slice(0, 3),
  h: (m) => MONTHS[m.f.month - 1].slice(0, 3),
  d: (m) => pad(m.f.day),
  e: (m) => pad(m.f.day, 2, ' '),
  A: (m) => WEEKDAYS[weekdayOf(m.f)],
  a: (m) => WEEKDAYS[weekdayOf(m.f)].slice(0, 3),
  H: (m) => pad(m.f.hour),
  k: (m) => pad(m.f.hour, 2, ' '),
  I: (m) => pad(m.f.hour % 12 || 12),
  l: (m) => pad(m.f.hour % 12 || 12, 2, ' '),
  p: (m) => (m.f.hour < 12 ? 'AM' : 'PM'),
  M: (m) => pad(m.f.minute),
  S: (m) => pad(m.f.second),
  N: (m) => subseconds(m, 9),
  Q: (m) => subseconds(m, 3),
  f: (m) => subseconds(m, 6),
  j: (m) => pad(dayOfYear(m.f), 3),
  Z: (m) => zoneAbbreviation(m.epochMs, m.tz),
  z: (m) => offsetText(m.offsetMs),
  s: (m) => String(Math.floor(m.epochMs / 1000)),
  T: (m) => `${pad(m.f.hour)}:${pad(m.f.minute)}:${pad(m.f.second)}`,
  R: (m) => `${pad(m.f.hour)}:${pad(m.f.minute)}`,
  F: (m) => `${m.f.year}-${pad(m.f.month)}-${pad(m.f.day)}`,
  D: (m) => `${pad(m.f.month)}/${pad(m.f.day)}/${pad(((m.f.year % 100) + 100) % 100)}`,
  // Splunk leaves %c, %x and %X to the server's locale; these are its US English examples.
  c: (m) => expand('%a %b %e %H:%M:%S %Y', m),
  x: (m) => expand('%m/%d/%Y', m),
  X: (m) => expand('%H:%M:%S', m),
  '+': (m) => expand('%a %b %e %H:%M:%S %Z %Y', m),
  U: (m) => pad(sundayWeek(m.f)),
  V: (m) => pad(isoWeek(m.f)),
  w: (m) => String(weekdayOf(m.f)),
  u: (m) => String(weekdayOf(m.f) || 7),
  n: () => '\n',
  t: () => '\t',
  '%': () => '%',
});

function expand(format: string, m: Moment): string {
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c !== '%' || i + 1 >= format.length) {
      out += c;
      continue;
    }
    let j = i + 1;
    // Width digits apply to the sub-second codes only (%3N, %6Q); elsewhere they are kept as text.
    let digits = '';
    while (j < format.length && format[j] >= '0' && format[j] <= '9') digits += format[j++];
    const code = format[j];
    if (digits && (code === 'N' || code === 'Q')) {
      out += subseconds(m, Math.min(Math.max(Number(digits), 1), 9));
      i = j;
    } else if (!digits && code === ':' && format.slice(j, j + 2) === ':z') {
      out += offsetText(m.offsetMs, ':');
      i = j + 1;
    } else if (!digits && code === 'E' && format[j + 1] === 'z') {
      // Splunk's %Ez: the offset in minutes.
      out += String(Math.round(m.offsetMs / 60_000));
      i = j + 1;
    } else if (!digits && code !== undefined && CODES[code]) {
      out += CODES[code](m);
      i = j;
    } else {
      // Unknown codes are copied as written, as C strftime implementations commonly do.
      out += c;
    }
  }
  return out;
}

/** Formats epoch seconds (with fractions) in a zone with Splunk/C strftime codes. */
export function strftime(epochSeconds: number, format: string, tz: string): string {
  const wholeSeconds = Math.floor(epochSeconds);
  // Doubles near 1.5e9 hold about 7 fractional digits: round to microseconds so that .123 prints
  // as 123 and not 122.
  const nanos = Math.min(Math.round((epochSeconds - wholeSeconds) * 1e6), 999_999) * 1000;
  const epochMs = wholeSeconds * 1000 + Math.floor(nanos / 1e6);
  const offsetMs = zoneOffsetMs(epochMs, tz);
  const f = localMsToFields(epochMs + offsetMs);
  return expand(format, { epochMs, nanos, f, offsetMs, tz });
}
