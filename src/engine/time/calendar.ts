/** Wall-clock fields of an instant in some zone. `month` is 1-12, `weekday` 0 (Sunday) to 6. */
export interface LocalFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
}

export const MS_PER_DAY = 86_400_000;

/** Wall-clock fields read as if they were UTC: the "local epoch" used for calendar arithmetic. */
export function fieldsToLocalMs(f: LocalFields): number {
  // Date.UTC maps years 0-99 to 1900-1999; setUTCFullYear does not.
  const d = new Date(Date.UTC(2000, f.month - 1, f.day, f.hour, f.minute, f.second, f.ms));
  d.setUTCFullYear(f.year);
  return d.getTime();
}

export function localMsToFields(localMs: number): LocalFields {
  const d = new Date(localMs);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    ms: d.getUTCMilliseconds(),
  };
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeap(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** 0 = Sunday. */
export function weekdayOf(f: Pick<LocalFields, 'year' | 'month' | 'day'>): number {
  const days = Math.floor(
    fieldsToLocalMs({ ...f, hour: 0, minute: 0, second: 0, ms: 0 }) / MS_PER_DAY,
  );
  // 1970-01-01 was a Thursday (4).
  return (((days + 4) % 7) + 7) % 7;
}

/** 1-based day of the year. */
export function dayOfYear(f: Pick<LocalFields, 'year' | 'month' | 'day'>): number {
  const start = fieldsToLocalMs({
    year: f.year,
    month: 1,
    day: 1,
    hour: 0,
    minute: 0,
    second: 0,
    ms: 0,
  });
  const at = fieldsToLocalMs({ ...f, hour: 0, minute: 0, second: 0, ms: 0 });
  return Math.round((at - start) / MS_PER_DAY) + 1;
}

/** ISO 8601 week number (weeks start Monday; week 1 holds the year's first Thursday). */
export function isoWeek(f: Pick<LocalFields, 'year' | 'month' | 'day'>): number {
  const wd = (weekdayOf(f) + 6) % 7; // Monday = 0
  const thursday =
    fieldsToLocalMs({ ...f, hour: 0, minute: 0, second: 0, ms: 0 }) + (3 - wd) * MS_PER_DAY;
  const t = localMsToFields(thursday);
  return Math.floor((dayOfYear(t) - 1) / 7) + 1;
}
