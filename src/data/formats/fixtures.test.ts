import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordOf, type EventRecord } from '../model';
import { eventRecord, toEvent } from '../normalize';
import { formatRange } from '../time/format-time';
import { detectFormat, type FormatId } from './detect';
import { readAll } from './read-all';

const DIR = path.resolve(import.meta.dirname, '../../test/fixtures/formats');

function fixture(name: string): string {
  return new TextDecoder().decode(readFileSync(path.join(DIR, name)));
}

/** The numbers the fixtures README promises (and the e2e tests rely on). */
const FIXTURES: {
  file: string;
  format: FormatId;
  events: number;
  skipped: number;
  range: string;
  lines?: number[];
}[] = [
  {
    file: 'botsv2-sample.csv',
    format: 'splunk-csv',
    events: 30,
    skipped: 0,
    range: '2017-08-23 20:31:18 – 2017-08-23 20:39:11 (UTC-07:00)',
    lines: [
      2, 4, 39, 41, 43, 45, 80, 82, 84, 86, 88, 90, 92, 94, 129, 131, 133, 135, 137, 139, 174, 176,
      178, 180, 182, 184, 186, 188, 223, 225,
    ],
  },
  {
    file: 'botsv2-sample.json',
    format: 'splunk-json-rows',
    events: 30,
    skipped: 0,
    range: '2017-08-23 20:31:18 – 2017-08-23 20:39:11 (UTC-07:00)',
    lines: Array.from({ length: 30 }, (_, i) => i + 2),
  },
  {
    file: 'events.jsonl',
    format: 'json-lines',
    events: 10,
    skipped: 0,
    range: '2017-08-23 20:40:02 – 2017-08-23 20:44:17 (UTC-07:00)',
    lines: [1, 2, 3, 4, 5, 7, 8, 9, 10, 11],
  },
  {
    file: 'events-array.json',
    format: 'json-array',
    events: 13,
    skipped: 0,
    range: '2017-08-23 20:31:18 – 2017-08-23 20:39:11 (UTC-07:00)',
    lines: [2, 17, 35, 50, 68, 85, 103, 121, 136, 154, 171, 189, 204],
  },
  {
    file: 'results.json',
    format: 'json-results',
    events: 11,
    skipped: 0,
    range: '2017-08-23 20:31:45 – 2017-08-23 20:38:51 (UTC-07:00)',
    lines: Array.from({ length: 11 }, () => 1),
  },
  {
    file: 'broken.csv',
    format: 'splunk-csv',
    events: 5,
    skipped: 2,
    range: '2017-08-23 20:45:01 – 2017-08-23 20:45:07 (UTC-07:00)',
    lines: [2, 3, 8, 10, 11],
  },
  { file: 'no-time.csv', format: 'splunk-csv', events: 0, skipped: 5, range: '' },
];

function importLike(format: FormatId, text: string, pieceSize?: number) {
  const { records, issues } = readAll(format, text, pieceSize);
  const events: EventRecord[] = [];
  const skipped: { line: number; message: string }[] = issues.map(({ line, message }) => ({
    line,
    message,
  }));
  for (const rec of records) {
    const ev = toEvent(recordOf(rec.line, rec.fields));
    if ('error' in ev) skipped.push({ line: rec.line, message: ev.error });
    else events.push(eventRecord(ev));
  }
  return { records, events, skipped };
}

describe.each(FIXTURES)('$file', ({ file, format, events, skipped, range, lines }) => {
  const text = fixture(file);

  it(`is detected as ${format}`, () => {
    expect(detectFormat(text.slice(0, 64 * 1024), file)).toBe(format);
  });

  it(`holds ${events} good events and ${skipped} skipped`, () => {
    const got = importLike(format, text);
    expect(got.events).toHaveLength(events);
    expect(got.skipped).toHaveLength(skipped);
    if (lines) expect(got.records.map((r) => r.line)).toEqual(lines);
    const times = got.events.map((e) => e.time);
    const shown = events === 0 ? '' : formatRange(Math.min(...times), Math.max(...times), LA);
    expect(shown).toBe(range);
  });

  it.each([1, 7, 64])('reads the same when fed %i characters at a time', (size) => {
    const whole = readAll(format, text);
    expect(readAll(format, text, size)).toEqual(whole);
  });

  it('reads the same with CRLF line ends', () => {
    // JSON strings cannot hold a raw CR, so only line ends change; CSV cells spanning lines
    // keep their CRLF inside quotes, which is what a Windows tool writing the export would do.
    const crlf = text.replace(/\n/g, '\r\n');
    const plain = readAll(format, text);
    const got = readAll(format, crlf, 64);
    expect(got.issues).toEqual(plain.issues);
    expect(got.records.map((r) => r.line)).toEqual(plain.records.map((r) => r.line));
    if (format !== 'splunk-csv') return;
    const unCr = (v: unknown) => JSON.parse(JSON.stringify(v).replaceAll('\\r', '')) as unknown;
    expect(unCr(got.records)).toEqual(unCr(plain.records));
  });
});

const LA = 'America/Los_Angeles';

describe('botsv2-sample.csv in detail', () => {
  const text = fixture('botsv2-sample.csv');
  const { records } = readAll('splunk-csv', text);
  const fileLines = text.split('\n');

  it('puts each record on the line where its row starts', () => {
    for (const rec of records) {
      expect(
        fileLines[rec.line - 1].startsWith(`${rec.fields._serial},"${rec.fields._time}"`),
      ).toBe(true);
    }
  });

  it('keeps multi-line _raw whole and splits other multivalue cells', () => {
    const win = records.filter((r) => r.fields.sourcetype === 'wineventlog');
    expect(win).toHaveLength(5);
    for (const rec of win) {
      const raw = rec.fields._raw as string;
      expect(raw.split('\n')).toHaveLength(Number(rec.fields.linecount));
      expect(raw).toContain('\tProcess Command Line:\t');
      expect(rec.fields.Account_Name).toEqual([
        rec.fields.host === 'wrk-btun' ? 'WRK-BTUN$' : 'WRK-KLAGERF$',
        rec.fields.user,
      ]);
      expect(rec.fields).not.toHaveProperty('__mv_Account_Name');
    }
    for (const rec of records) expect(rec.fields._si).toEqual(['idx-01.frothly.local', 'botsv2']);
  });

  it('unescapes doubled quotes and keeps commas inside cells', () => {
    const stor = records.find((r) => (r.fields._raw as string).includes('"method":"STOR"'));
    expect(stor).toBeDefined();
    const ftp = JSON.parse(stor!.fields._raw as string) as Record<string, unknown>;
    expect(ftp.method_parameter).toBe('Frothly_Brewing_Recipes_2017, "final".zip');
    const pan = records.find((r) => r.fields.sourcetype === 'pan:traffic');
    expect((pan!.fields._raw as string).split(',')).toHaveLength(54);
    expect(pan!.fields.user).toMatch(/^frothly\\/);
  });

  it('leaves empty cells out', () => {
    const ftp = records.find((r) => r.fields.sourcetype === 'stream:ftp')!;
    expect(ftp.fields).not.toHaveProperty('EventCode');
    expect(ftp.fields).not.toHaveProperty('Account_Name');
  });
});

describe('the same events in every export shape', () => {
  it('gives equal events from the CSV and the JSON rows export', () => {
    const csv = importLike('splunk-csv', fixture('botsv2-sample.csv')).events;
    const json = importLike('splunk-json-rows', fixture('botsv2-sample.json')).events;
    expect(json).toEqual(csv);
  });

  it('gives the array and results documents the same times and raw text as the CSV', () => {
    const csv = importLike('splunk-csv', fixture('botsv2-sample.csv')).events;
    const byRaw = new Map(csv.map((e) => [e.raw, e]));
    for (const [format, file] of [
      ['json-array', 'events-array.json'],
      ['json-results', 'results.json'],
    ] as const) {
      for (const ev of importLike(format, fixture(file)).events) {
        const twin = byRaw.get(ev.raw);
        expect(twin, `${file}: ${ev.raw.slice(0, 60)}`).toBeDefined();
        expect(ev.time).toBe(twin!.time);
        for (const [name, value] of Object.entries(ev.fields)) {
          expect(value, `${file}: ${name}`).toEqual(twin!.fields[name]);
        }
      }
    }
  });
});

describe('events.jsonl in detail', () => {
  const { records } = readAll('json-lines', fixture('events.jsonl'));

  it('flattens nested objects and arrays with spath names', () => {
    const answer = records[1].fields;
    expect(answer['dns.rrname']).toBe('hildegardsfarm.com');
    expect(answer['dns.answers{}.rdata']).toEqual(['ftp.hildegardsfarm.com', '160.153.91.7']);
    expect(answer['dns.qr']).toBe('true');
    const http = records[4].fields;
    expect(http['http.request_headers{}.name']).toEqual(['Host', 'Cookie']);
    expect(http['http.status']).toBe('200');
    const alert = records[6].fields;
    expect(alert['alert.metadata.updated_at{}']).toBe('2017_06_12');
  });

  it('keeps each line as the event text', () => {
    const lines = fixture('events.jsonl').split('\n');
    for (const rec of records) expect(rec.fields._raw).toBe(lines[rec.line - 1]);
  });
});

describe('not-a-log.bin', () => {
  it('is not detected as anything', () => {
    const text = new TextDecoder().decode(readFileSync(path.join(DIR, 'not-a-log.bin')));
    expect(detectFormat(text, 'not-a-log.bin')).toBeNull();
    expect(detectFormat(text, 'not-a-log.csv')).toBeNull();
  });
});
