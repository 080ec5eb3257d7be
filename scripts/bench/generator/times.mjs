// The timestamps each source writes, in its own format.

/** @param {number} n */
const pad2 = (n) => (n < 10 ? '0' + n : '' + n);
/** @param {number} n */
export const pad3 = (n) => (n < 10 ? '00' + n : n < 100 ? '0' + n : '' + n);

// Pacific Daylight Time, which is what the BOTS-v2 search head showed for August 2017.
export const OFFSET_MS = -7 * 3600_000;

/** `2017-08-23T20:36:14.000-07:00`, as Splunk renders _time in exports. */
export function splunkTime(ms) {
  const d = new Date(ms + OFFSET_MS);
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}T${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}.${pad3(d.getUTCMilliseconds())}-07:00`;
}
/** `2017-08-24T03:36:14.123456Z` (Stream's own timestamps are UTC with microseconds). */
export function isoUtcMicros(ms, micros) {
  return new Date(ms).toISOString().slice(0, 23) + pad3(micros) + 'Z';
}
/** `2017/08/23 20:36:14` local, for PAN-OS fields. */
export function panTime(ms) {
  const d = new Date(ms + OFFSET_MS);
  return `${d.getUTCFullYear()}/${pad2(d.getUTCMonth() + 1)}/${pad2(d.getUTCDate())} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`;
}
/** `08/23/2017 08:36:14 PM` (classic WinEventLog header). */
export function winTime(ms) {
  const d = new Date(ms + OFFSET_MS);
  const h = d.getUTCHours();
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${pad2(d.getUTCMonth() + 1)}/${pad2(d.getUTCDate())}/${d.getUTCFullYear()} ${pad2(h12)}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`;
}
