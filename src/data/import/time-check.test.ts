import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChunkColumns, readChunkBody } from '../chunk';
import { WorkbookDB } from '../db/db';
import { recordOf } from '../model';
import { toEvent } from '../normalize';
import { runImport } from './pipeline';
import { checkFileTimes, checkTimes, previewTimes } from './time-check';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const DIR = path.join(ROOT, 'src/test/fixtures/formats');
const fixture = (name: string) => readFileSync(path.join(DIR, name), 'utf8');
const KIBANA = {
  field: '@timestamp',
  format: '%b %d, %Y @ %H:%M:%S.%3N',
  tz: 'America/Los_Angeles',
};

describe('which field an event takes its time from', () => {
  it('tries _time, @timestamp, timestamp, ts, datetime, the EVTX fields, then time', () => {
    const order = [
      ['_time', '1503545400'],
      ['@timestamp', '1503545401'],
      ['timestamp', '1503545402'],
      ['ts', '1503545403'],
      ['datetime', '1503545404'],
      ['Event.System.TimeCreated.SystemTime', '1503545405'],
      ['Event.System.TimeCreated.#attributes.SystemTime', '1503545406'],
      ['TimeCreated', '1503545407'],
      ['time', '1503545408'],
    ];
    for (let i = 0; i < order.length; i++) {
      // The fields from i on, listed last first: the order tried is the list's, not the event's.
      const fields = Object.fromEntries(order.slice(i).reverse());
      const ev = toEvent(recordOf(1, fields));
      expect('time' in ev && ev.time).toBe((1503545400 + i) * 1000);
    }
  });

  it('follows a chosen field and format, in the chosen zone', () => {
    const rec = recordOf(1, { _time: '1', when: 'Aug 23, 2017 @ 20:36:14.415' });
    const ev = toEvent(rec, {
      field: 'when',
      parse: (t) => (t.startsWith('Aug') ? 7 : null),
    });
    expect('time' in ev && ev.time).toBe(7);
  });
});

describe('checking a file’s times before it is stored', () => {
  it.each([
    ['botsv2-sample.csv', null, ['_time']],
    ['events.jsonl', null, ['timestamp']],
    ['zeek-conn-dns.log', null, ['ts']],
    ['timesketch.jsonl', null, ['datetime']],
    ['kibana-discover.csv', 'unparsable', ['@timestamp']],
    ['proxy-no-time-field.jsonl', 'none', []],
    ['no-time.csv', 'none', []],
  ])('%s: %s', (file, problem, found) => {
    const check = checkTimes(fixture(file), file, true);
    expect(check.problem).toBe(problem);
    expect(check.found).toEqual(found);
  });

  it('says when two time fields of one event disagree, and suggests the first', () => {
    const text = '{"_time":"2017-08-24T03:30:00Z","datetime":"2017-08-23T20:30:00"}\n';
    const check = checkTimes(text, 'x.jsonl', true);
    expect(check.problem).toBe('disagree');
    expect(check.suggested).toBe('_time');
    // Within a second is the same time written twice.
    const same = '{"_time":"2017-08-24T03:30:00.100Z","ts":1503545400.9}\n';
    expect(checkTimes(same, 'x.jsonl', true).problem).toBeNull();
  });

  it('suggests a field named like a time when there is no known one', () => {
    const check = checkTimes(fixture('proxy-no-time-field.jsonl'), 'p.jsonl', true);
    expect(check.suggested).toBe('EventTime');
    expect(check.fields.slice(0, 3)).toEqual(['EventTime', 'ClientIP', 'User']);
  });

  it('previews the first times as a chosen format and zone read them', () => {
    const check = checkTimes(fixture('kibana-discover.csv'), 'k.csv', true);
    const preview = previewTimes(check, KIBANA, 2);
    expect(preview).toEqual([
      { line: 2, text: 'Aug 23, 2017 @ 20:36:14.415', time: Date.UTC(2017, 7, 24, 3, 36, 14, 415) },
      { line: 3, text: 'Aug 23, 2017 @ 20:36:20.004', time: Date.UTC(2017, 7, 24, 3, 36, 20, 4) },
    ]);
    expect(previewTimes(check, { field: '@timestamp' }, 1)[0].time).toBeNull();
    const proxy = checkTimes(fixture('proxy-no-time-field.jsonl'), 'p.jsonl', true);
    expect(previewTimes(proxy, { field: 'EventTime', format: '%d/%m/%Y %H:%M:%S' }, 1)).toEqual([
      { line: 1, text: '24/08/2017 03:45:02', time: Date.UTC(2017, 7, 24, 3, 45, 2) },
    ]);
  });

  it('reads the head of gzip files and finds nothing wrong with the workshop sample', async () => {
    const gz = readFileSync(path.join(ROOT, 'public/sample/botsv2-ftp-sample.csv.gz'));
    const head = gunzipSync(gz).subarray(0, 64 * 1024);
    const [check] = await checkFileTimes([new File([gz], 'botsv2-ftp-sample.csv.gz')]);
    expect(check.format).toBe('splunk-csv');
    expect(check.problem).toBeNull();
    expect(check.records.length).toBeGreaterThan(10);
    expect(check.records[0].line).toBe(2);
    expect(head.length).toBe(64 * 1024);
  });
});

describe('an import with the user’s time rule', () => {
  let db: WorkbookDB;
  let n = 0;
  beforeEach(async () => {
    db = new WorkbookDB(`time-rule-${n++}`);
    await db.open();
  });
  afterEach(async () => {
    db.close();
    await db.delete();
  });

  it('stores each event at the time the rule reads, and remembers the rule with the file', async () => {
    const files = [
      new File([fixture('kibana-discover.csv')], 'kibana-discover.csv'),
      new File([fixture('events.jsonl')], 'events.jsonl'),
    ];
    const ds = await runImport(files, {
      db,
      name: 'k',
      datasetId: 'k',
      signal: new AbortController().signal,
      timeRules: [KIBANA, undefined],
    });
    expect(ds.eventCount).toBe(15);
    expect(ds.skipped).toBe(0);
    expect(ds.files.map((f) => f.time)).toEqual([KIBANA, undefined]);
    const meta = (await db.chunks.get(['k', 0]))!;
    const cols = new ChunkColumns((await readChunkBody(meta.body, meta.count)).columns);
    expect(cols.times[0]).toBe(Date.UTC(2017, 7, 24, 3, 36, 14, 415));
    expect(cols.times[4]).toBe(Date.UTC(2017, 7, 24, 3, 38, 9, 777));
  });
});
