/**
 * Reads the committed sample the way an outsider would: gunzip, then papaparse, then plain
 * objects. Nothing here comes from the generator, so the facts tests check the data itself.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import Papa from 'papaparse';
import {
  SAMPLE_ASSETS_FILE,
  SAMPLE_DIR,
  SAMPLE_EXPORT_FILE,
} from '../../../src/data/sample/sample-files';

const PUBLIC_SAMPLE = path.resolve(import.meta.dirname, '../../../public', SAMPLE_DIR);
export const EXPORT_PATH = path.join(PUBLIC_SAMPLE, SAMPLE_EXPORT_FILE);
export const ASSETS_PATH = path.join(PUBLIC_SAMPLE, SAMPLE_ASSETS_FILE);

export interface Row {
  /** Epoch ms. */
  time: number;
  /** Pacific wall clock as exported: `2017-08-23 20:36:14.000`. */
  wall: string;
  /** Day of August (Pacific). */
  day: number;
  host: string;
  source: string;
  sourcetype: string;
  raw: string;
  /** The cell of an extracted field; undefined when empty. */
  get(field: string): string | undefined;
  /** A multivalue field's values (one value for an ordinary field, none when absent). */
  values(field: string): string[];
}

export interface SampleExport {
  header: string[];
  rows: Row[];
  /** The decompressed CSV text. */
  text: string;
}

let cached: SampleExport | undefined;

export function decompressedExport(): string {
  return gunzipSync(readFileSync(EXPORT_PATH)).toString('utf8');
}

export function loadExport(): SampleExport {
  if (cached) return cached;
  const text = decompressedExport();
  // Arrays rather than header mode: half the parse time on this 60 MB file.
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
  if (parsed.errors.length > 0)
    throw new Error(`CSV errors: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
  const [header, ...records] = parsed.data;
  const column = new Map(header.map((name, i) => [name, i]));
  const at = (cells: string[], field: string) => cells[column.get(field) ?? -1] || undefined;
  const rows = records.map((cells): Row => {
    const time = at(cells, '_time') ?? '';
    return {
      time: Date.parse(time),
      wall: time.slice(0, 23).replace('T', ' '),
      day: Number(time.slice(8, 10)),
      host: at(cells, 'host') ?? '',
      source: at(cells, 'source') ?? '',
      sourcetype: at(cells, 'sourcetype') ?? '',
      raw: at(cells, '_raw') ?? '',
      get: (field) => at(cells, field),
      values: (field) => at(cells, field)?.split('\n') ?? [],
    };
  });
  cached = { header, rows, text };
  return cached;
}

export function loadAssets(): Record<string, string>[] {
  const text = readFileSync(ASSETS_PATH, 'utf8');
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

/**
 * Whether `text` holds `term` as a search for it would find it: case-insensitive, not inside a
 * longer run of letters and digits (Splunk's breakers, `.` `\` `:` `_` and the like, may border
 * it).
 */
export function mentions(text: string, term: string): boolean {
  const hay = text.toLowerCase();
  const needle = term.toLowerCase();
  const word = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    if (!word(hay[i - 1]) && !word(hay[i + needle.length])) return true;
  }
  return false;
}

export function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const item of items) out.set(key(item), (out.get(key(item)) ?? 0) + 1);
  return out;
}

export const SYSMON = 'XmlWinEventLog:Microsoft-Windows-Sysmon/Operational';
export const POWERSHELL = 'XmlWinEventLog:Microsoft-Windows-PowerShell/Operational';
export const ATTACKER_IP = '160.153.91.7';
export const FIREWALL_IP = '71.39.18.125';
export const BTUN_IP = '10.0.2.107';
export const KLAGERF_IP = '10.0.2.109';
export const MERCURY_IP = '10.0.1.100';
export const VENUS_IP = '10.0.1.101';
export const SEVEN_FILES = [
  'nc.exe',
  'psexec.exe',
  'wget64.exe',
  'winsys64.dll',
  'python-2.7.6.amd64.msi',
  'dns.py',
  '나는_데이비드를_사랑한다.hwp',
];
