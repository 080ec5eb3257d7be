import { daysInMonth, fieldsToLocalMs, localMsToFields, MS_PER_DAY, weekdayOf } from './calendar';
import { FIXED_UNIT_MS, timeUnit, type TimeUnit } from './units';
import { fromLocalMs, toLocalMs } from './zone';

/** A time modifier (earliest=, latest=, relative_time) that cannot be read. */
export class TimeModifierError extends Error {
  constructor(
    readonly modifier: string,
    message: string,
  ) {
    super(message);
    this.name = 'TimeModifierError';
  }
}

/**
 * Moves an instant by n units. Seconds, minutes and hours are elapsed time; days and longer are
 * calendar steps in the zone that keep the wall-clock time (a day across a DST change is 23 or 25
 * hours). A month step from the 31st lands on the last day of a shorter month.
 */
export function addUnits(epochMs: number, n: number, unit: TimeUnit, tz: string): number {
  const fixed = FIXED_UNIT_MS[unit];
  if (fixed !== undefined) return epochMs + n * fixed;
  const local = toLocalMs(epochMs, tz);
  if (unit === 'd' || unit === 'w') {
    return fromLocalMs(local + n * (unit === 'w' ? 7 : 1) * MS_PER_DAY, tz);
  }
  const months = n * (unit === 'mon' ? 1 : unit === 'q' ? 3 : 12);
  const f = localMsToFields(local);
  const index = f.year * 12 + (f.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const day = Math.min(f.day, daysInMonth(year, month));
  return fromLocalMs(fieldsToLocalMs({ ...f, year, month, day }), tz);
}

/**
 * Rounds an instant down to the start of a unit in the zone's local time. `weekday` (0 = Sunday)
 * picks the day weeks start on, for @w0..@w7; @w alone is Sunday.
 */
export function snapTo(epochMs: number, unit: TimeUnit, tz: string, weekday = 0): number {
  const fixed = FIXED_UNIT_MS[unit];
  const local = toLocalMs(epochMs, tz);
  if (fixed !== undefined) {
    const snapped = local - (((local % fixed) + fixed) % fixed);
    return fromLocalMs(snapped, tz);
  }
  const f = localMsToFields(local);
  const midnight = { ...f, hour: 0, minute: 0, second: 0, ms: 0 };
  switch (unit) {
    case 'd':
      return fromLocalMs(fieldsToLocalMs(midnight), tz);
    case 'w': {
      const back = (weekdayOf(f) - weekday + 7) % 7;
      return fromLocalMs(fieldsToLocalMs(midnight) - back * MS_PER_DAY, tz);
    }
    case 'mon':
      return fromLocalMs(fieldsToLocalMs({ ...midnight, day: 1 }), tz);
    case 'q':
      return fromLocalMs(
        fieldsToLocalMs({ ...midnight, day: 1, month: f.month - ((f.month - 1) % 3) }),
        tz,
      );
    default:
      return fromLocalMs(fieldsToLocalMs({ ...midnight, day: 1, month: 1 }), tz);
  }
}

// Splunk's default timeformat for earliest/latest: %m/%d/%Y:%H:%M:%S.
const ABSOLUTE = /^(\d{1,2})\/(\d{1,2})\/(\d{4}):(\d{1,2}):(\d{1,2}):(\d{1,2})$/;
const EPOCH = /^\d+(?:\.\d+)?$/;
const STEP = /^(?:([+-])(\d*)([a-z]+)|@([a-z]+)(\d?))/i;

/**
 * Reads a time modifier and returns epoch ms: "now", epoch seconds ("0", "1503460800"), an
 * absolute "08/23/2017:20:00:00" in `tz`, or relative steps read left to right, such as "-24h@h",
 * "@d", "-1d@d+8h", "@w1", "-1mon@mon". Throws TimeModifierError for anything else.
 */
export function parseTimeModifier(text: string, now: number, tz: string): number {
  const s = text.trim();
  if (s === '') throw new TimeModifierError(text, 'Empty time modifier.');
  if (s.toLowerCase() === 'now') return now;
  if (EPOCH.test(s)) return Math.round(Number(s) * 1000);
  const abs = ABSOLUTE.exec(s);
  if (abs) {
    const [mo, d, y, h, mi, se] = abs.slice(1).map(Number);
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || se > 59) {
      throw new TimeModifierError(text, `Invalid date or time in "${text}".`);
    }
    return fromLocalMs(
      fieldsToLocalMs({ year: y, month: mo, day: d, hour: h, minute: mi, second: se, ms: 0 }),
      tz,
    );
  }
  let t = now;
  let rest = s;
  while (rest.length > 0) {
    const m = STEP.exec(rest);
    if (!m) {
      throw new TimeModifierError(
        text,
        `Cannot read time modifier "${text}" at "${rest}": expected [+|-]<number><unit>, @<unit>, "now", epoch seconds or MM/DD/YYYY:HH:MM:SS.`,
      );
    }
    rest = rest.slice(m[0].length);
    if (m[1] !== undefined) {
      const unit = timeUnit(m[3]);
      if (!unit) throw new TimeModifierError(text, `Unknown time unit "${m[3]}" in "${text}".`);
      const n = m[2] === '' ? 1 : Number(m[2]);
      t = addUnits(t, m[1] === '-' ? -n : n, unit, tz);
    } else {
      const word = m[4].toLowerCase();
      const unit = timeUnit(word);
      if (!unit) throw new TimeModifierError(text, `Unknown snap unit "@${m[4]}" in "${text}".`);
      let weekday = 0;
      if (m[5] !== '') {
        if (unit !== 'w')
          throw new TimeModifierError(text, `Only weeks take a day number: "@${m[4]}${m[5]}".`);
        weekday = Number(m[5]);
        if (weekday > 7)
          throw new TimeModifierError(text, `Week days are @w0 to @w7: "@w${m[5]}".`);
        weekday %= 7;
      }
      t = snapTo(t, unit, tz, weekday);
    }
  }
  return t;
}
