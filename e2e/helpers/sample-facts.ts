import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import Papa from 'papaparse';
import { SAMPLE_DIR, SAMPLE_EXPORT_FILE } from '../../src/data/sample/sample-files';

export const SAMPLE_NAME = 'BOTS v2 workshop sample (FTP exfiltration)';
export const SAMPLE_URL_PATH = `/${SAMPLE_DIR}/${SAMPLE_EXPORT_FILE}`;

export interface SampleFacts {
  events: number;
  /** As the app shows it in America/Los_Angeles, its default zone. */
  rangeLosAngeles: string;
}

let facts: SampleFacts | undefined;

/**
 * What the shipped sample must import as, read from the file itself (gunzip and papaparse,
 * outside the app). Its `_time` values are Pacific wall-clock times with their offset, so the
 * range shown in Los Angeles time is their first 19 characters.
 */
export function sampleFacts(): SampleFacts {
  if (facts) return facts;
  const file = path.resolve(import.meta.dirname, '../../public', SAMPLE_DIR, SAMPLE_EXPORT_FILE);
  const text = gunzipSync(readFileSync(file)).toString('utf8');
  const [header, ...rows] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  const at = header.indexOf('_time');
  const times = rows.map((r) => r[at]).sort();
  const wall = (iso: string) => iso.slice(0, 19).replace('T', ' ');
  for (const t of [times[0], times[times.length - 1]]) {
    if (!t.endsWith('-07:00')) throw new Error(`expected Pacific daylight time, got ${t}`);
  }
  facts = {
    events: rows.length,
    rangeLosAngeles: `${wall(times[0])} – ${wall(times[times.length - 1])} (UTC-07:00)`,
  };
  return facts;
}
