import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromEvents, readPlan, type EventChunk } from '../../engine';
import { eventsFromExport } from '../../workbook/export-events';
import { SAMPLE_DATA } from '../../../scripts/check-hunts';

/**
 * The engine's read plan took over from data/search/raw-need.ts, which walked the search's AST
 * here. On every search of the bundled hunts, over the workshop sample cut into chunks of 500
 * events, it must read what searchStored read then: the same columns, the same term pages, and
 * the raw texts of the same chunks (none on the column fast path). The expected plans were
 * recorded with raw-need.ts before it went; `raw` has one character per chunk, 1 where the raw
 * texts are read, and null means every part is read. Two read less since: cluster1-file-transfers
 * and label-entropy, counts followed by `stats` or `mvexpand`, which the fast path now takes (it
 * reads the counted columns and no raw text).
 */
interface Recorded {
  hunt: string;
  search: string;
  query: string;
  now: number;
  tz: string;
  fields: string[] | null;
  terms: { terms: string[]; prefixes: string[] } | null;
  raw: string | null;
}

const FIXTURE = path.resolve(import.meta.dirname, '../../test/fixtures/read-plan/hunts.json');
const recorded: Recorded[] = JSON.parse(readFileSync(FIXTURE, 'utf8'));

let chunks: EventChunk[] = [];
beforeAll(async () => {
  const text = gunzipSync(readFileSync(SAMPLE_DATA[0])).toString('utf8');
  const events = eventsFromExport(text, 'sample.csv').events.sort((a, b) => b.time - a.time);
  const source = fromEvents(events, { chunkSize: 500 });
  chunks = await Promise.all((await source.chunks()).map((_, i) => source.load(i)));
}, 120_000);

describe('readPlan on the hunts', () => {
  it('covers both hunts, and some searches prune raw texts by chunk', () => {
    expect(new Set(recorded.map((r) => r.hunt))).toEqual(
      new Set(['ftp-exfiltration', 'dns-exfiltration']),
    );
    expect(recorded.some((r) => r.raw && /0/.test(r.raw) && /1/.test(r.raw))).toBe(true);
  });

  it.each(recorded.map((r) => [`${r.hunt} ${r.search}`, r] as const))(
    'reads what the search read before: %s',
    (_, r) => {
      const plan = readPlan(r.query, r.now, r.tz);
      expect(plan.fields && [...plan.fields].sort()).toEqual(r.fields);
      const terms = plan.terms && {
        terms: [...plan.terms.terms].sort(),
        prefixes: [...plan.terms.prefixes].sort(),
      };
      expect(terms).toEqual(r.terms);
      const raw = plan.raw && chunks.map((c) => (plan.raw!(c) ? '1' : '0')).join('');
      expect(raw).toEqual(r.raw);
    },
  );
});
