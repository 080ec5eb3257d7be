/**
 * Clock helpers. Every time in the scenario is US Pacific, which is PDT (UTC-7) for all of
 * August 2017, so a fixed offset is exact here and no time zone database is involved.
 */
export const OFFSET_HOURS = -7;
const OFFSET_MS = OFFSET_HOURS * 3_600_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Epoch ms of a Pacific wall-clock time in August 2017. */
export function pdt(day: number, hour: number, minute: number, second: number, ms = 0): number {
  return Date.UTC(2017, 7, day, hour, minute, second, ms) - OFFSET_MS;
}

/** First and last instant of the sample: August 2017, Pacific time. */
export const MONTH_START = pdt(1, 0, 0, 0);
export const MONTH_END = pdt(32, 0, 0, 0) - 1;

function wall(ms: number): Date {
  return new Date(ms + OFFSET_MS);
}

const p2 = (n: number) => String(n).padStart(2, '0');
const p3 = (n: number) => String(n).padStart(3, '0');

/** Splunk's `_time` as exported: `2017-08-23T20:36:14.000-07:00`. */
export function isoPacific(ms: number): string {
  return wall(ms).toISOString().slice(0, 23) + '-07:00';
}

/** `2017-08-24T03:36:14.000000Z`: UTC with microseconds, as Splunk Stream writes it. */
export function isoUtcMicros(ms: number, micros = 0): string {
  return new Date(ms).toISOString().slice(0, 23) + p3(micros) + 'Z';
}

/** `2017-08-23T20:36:14.000000-0700`: Suricata's eve.json timestamp. */
export function suricataTime(ms: number, micros = 0): string {
  return wall(ms).toISOString().slice(0, 23) + p3(micros) + '-0700';
}

/** `2017/08/23 20:36:14`: Palo Alto's local time. */
export function panTime(ms: number): string {
  const d = wall(ms);
  return `${d.getUTCFullYear()}/${p2(d.getUTCMonth() + 1)}/${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`;
}

/** `Aug 23 20:36:14`: the syslog header. */
export function syslogTime(ms: number): string {
  const d = wall(ms);
  const day = String(d.getUTCDate()).padStart(2, ' ');
  return `${MONTHS[d.getUTCMonth()]} ${day} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`;
}

/** `08/23/2017 08:36:14 PM`: the first line of a classic Windows event. */
export function windowsLocalTime(ms: number): string {
  const d = wall(ms);
  const h = d.getUTCHours();
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${p2(d.getUTCMonth() + 1)}/${p2(d.getUTCDate())}/${d.getUTCFullYear()} ${p2(h12)}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`;
}

/** `2017-08-24 03:36:14.000`: Sysmon's UtcTime. */
export function sysmonUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 23).replace('T', ' ');
}

/** `2017-08-24T03:36:14.000000000Z`: SystemTime of Windows event XML. */
export function systemTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 23) + '000000Z';
}

/** Pacific wall-clock hour and weekday (0 = Sunday) of an instant. */
export function pacificHourAndWeekday(ms: number): { hour: number; weekday: number } {
  const d = wall(ms);
  return { hour: d.getUTCHours(), weekday: d.getUTCDay() };
}
