import type { Value } from '../engine';

// A spreadsheet treats a cell starting with one of these as a formula (or strips it), and log
// data is attacker-controlled: such cells get a leading quote so they stay text. Some
// spreadsheets trim leading white space before they look, so ` =1` counts too.
const FORMULA_START = /^(?:[=+\-@\t\r]|\s+[=+\-@])/;

/** One cell as text: multivalue joined by newlines (as Splunk exports them), formula-safe. */
export function csvCell(value: Value | undefined): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value) ? value.map(String).join('\n') : String(value);
  const safe = FORMULA_START.test(text) ? "'" + text : text;
  return /[",\n\r]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A CSV document (RFC 4180, CRLF line ends) of the rows' `fields`, header first. */
export function toCsv(fields: string[], rows: Array<Record<string, Value>>): string {
  const lines = [fields.map((f) => csvCell(f)).join(',')];
  for (const row of rows) lines.push(fields.map((f) => csvCell(row[f])).join(','));
  return lines.join('\r\n') + '\r\n';
}
