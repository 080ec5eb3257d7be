import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldsOf, type FieldValue } from '../model';
import { toEvent } from '../normalize';
import { formatRange } from '../time/format-time';
import { createReader } from './create-reader';
import { detectFormat, type FormatId } from './detect';

const DIR = path.resolve(import.meta.dirname, '../../test/fixtures/formats');
const fixture = (name: string) => readFileSync(path.join(DIR, name), 'utf8');

interface Read {
  events: { line: number; time: number; raw: string; fields: Record<string, FieldValue> }[];
  issues: string[];
}

/** A file read as the importer reads it, in pieces of `piece` characters. */
function read(text: string, fileName: string, piece = text.length): Read {
  const format = detectFormat(text.slice(0, 65536), fileName);
  if (format === null) throw new Error(`${fileName}: not detected`);
  const out: Read = { events: [], issues: [] };
  const reader = createReader(
    format,
    {
      record(rec) {
        const ev = toEvent(rec);
        if ('error' in ev) out.issues.push(`${rec.line}: ${ev.error}`);
        else
          out.events.push({
            line: rec.line,
            time: ev.time,
            raw: ev.raw,
            fields: fieldsOf(ev.columns, ev.values),
          });
      },
      issue: (line, message) => out.issues.push(`${line}: ${message}`),
    },
    { fileName },
  );
  for (let i = 0; i < text.length; i += Math.max(1, piece)) reader.push(text.slice(i, i + piece));
  reader.end();
  return out;
}

const LA = 'America/Los_Angeles';
function rangeOf(r: Read): string {
  const times = r.events.map((e) => e.time);
  return formatRange(Math.min(...times), Math.max(...times), LA);
}
function countBy(r: Read, field: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const e of r.events) {
    const v = e.fields[field];
    const key = v === undefined ? '(none)' : String(v);
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}

/** The numbers the fixtures README promises for the other tools' formats. */
const FORMATS: {
  file: string;
  format: FormatId;
  events: number;
  range: string;
  sourcetypes: Record<string, number>;
}[] = [
  {
    file: 'zeek-conn-dns.log',
    format: 'zeek-tsv',
    events: 9,
    range: '2017-08-23 20:30:02 – 2017-08-23 20:31:00 (UTC-07:00)',
    sourcetypes: { 'zeek:conn': 5, 'zeek:dns': 4 },
  },
  {
    file: 'conn.json',
    format: 'json-lines',
    events: 4,
    range: '2017-08-23 20:32:00 – 2017-08-23 20:33:01 (UTC-07:00)',
    sourcetypes: { 'zeek:conn': 4 },
  },
  {
    file: 'elastic-ecs.ndjson',
    format: 'json-lines',
    events: 4,
    range: '2017-08-23 20:33:00 – 2017-08-23 20:35:41 (UTC-07:00)',
    sourcetypes: { '(none)': 4 },
  },
  {
    file: 'winlogbeat.ndjson',
    format: 'json-lines',
    events: 3,
    range: '2017-08-23 20:38:02 – 2017-08-23 20:39:11 (UTC-07:00)',
    sourcetypes: { '(none)': 3 },
  },
  {
    file: 'timesketch.jsonl',
    format: 'json-lines',
    events: 4,
    range: '2017-08-23 20:39:58 – 2017-08-23 20:41:12 (UTC-07:00)',
    sourcetypes: { '(none)': 4 },
  },
  {
    file: 'evtx_dump.jsonl',
    format: 'json-lines',
    events: 3,
    range: '2017-08-23 20:42:00 – 2017-08-23 20:42:40 (UTC-07:00)',
    sourcetypes: { '(none)': 3 },
  },
  {
    file: 'evtxecmd.json',
    format: 'json-lines',
    events: 2,
    range: '2017-08-23 20:43:00 – 2017-08-23 20:43:40 (UTC-07:00)',
    sourcetypes: { '(none)': 2 },
  },
];

describe('other tools’ logs', () => {
  it.each(FORMATS)('$file: $format, $events events, $range', (f) => {
    const text = fixture(f.file);
    expect(detectFormat(text, f.file)).toBe(f.format);
    for (const piece of [text.length, 7]) {
      const r = read(text, f.file, piece);
      expect(r.issues).toEqual([]);
      expect(r.events).toHaveLength(f.events);
      expect(rangeOf(r)).toBe(f.range);
      expect(countBy(r, 'sourcetype')).toEqual(f.sourcetypes);
    }
  });

  it('a Kibana CSV export and a log without a known time field are read, but their events have no time', () => {
    expect(read(fixture('kibana-discover.csv'), 'kibana-discover.csv').issues[0]).toBe(
      '2: unparsable @timestamp "Aug 23, 2017 @ 20:36:14.415"',
    );
    expect(read(fixture('proxy-no-time-field.jsonl'), 'p.jsonl').issues[0]).toBe(
      '1: no _time field',
    );
  });
});

describe('Zeek TSV logs', () => {
  const text = fixture('zeek-conn-dns.log');

  it('reads each log with its own fields, types, sourcetype and the line as _raw', () => {
    const r = read(text, 'zeek-conn-dns.log');
    const [conn] = r.events;
    expect(conn.line).toBe(9);
    expect(conn.raw).toBe(text.split('\n')[8]);
    expect(conn.time).toBe(1503545402118);
    expect(conn.fields).toMatchObject({
      ts: '1503545402.118431',
      'id.orig_h': '10.0.2.109',
      'id.resp_p': '53',
      service: 'dns',
      sourcetype: 'zeek:conn',
    });
    // (empty) and - are absent fields; a set is a multivalue field split on the set separator.
    expect(conn.fields.tunnel_parents).toBeUndefined();
    expect(r.events[3].fields.duration).toBeUndefined();
    expect(r.events[4].fields.tunnel_parents).toEqual(['Cq5Y0y2OA0cHq3fuk', 'CzAE7z1E3QjDMI4pPe']);

    const dns = r.events[5];
    expect(dns.line).toBe(23);
    expect(dns.fields).toMatchObject({
      sourcetype: 'zeek:dns',
      query: 'hildegardsfarm.com',
      answers: ['ftp.hildegardsfarm.com', '160.153.91.7'],
      TTLs: ['3600.000000', '600.000000'],
      rejected: 'F',
    });
    expect(r.events[6].fields.answers).toBeUndefined();
    // \xHH escapes are decoded.
    expect(r.events[8].fields.query).toBe('tab\tin\tname.example');
    expect(r.events[8].fields.answers).toBe('TXT 11 v=spf1 -all');
  });

  it('takes the log type from the file name without #path, and reports bad records with their line', () => {
    const bare = [
      '#separator \\x09',
      '#fields\tts\tuid\tquery',
      '#types\ttime\tstring\tstring',
      '1503545402.1\tC1\texample.com',
      '1503545403.1\tC2',
    ].join('\n');
    const r = read(bare, 'dns.2017-08-24-03-00-00.log');
    expect(r.events.map((e) => e.fields.sourcetype)).toEqual(['zeek:dns']);
    expect(r.issues).toEqual(['5: expected 3 fields, found 2']);
    const orphan = read('#separator \\x09\n1503545402.1\tx\n', 'x.log');
    expect(orphan.issues).toEqual(['2: a record before the #fields header line']);
  });

  it('starts over at each #separator line, a different separator included', () => {
    const two = [
      '#separator \\x09',
      '#path\tconn',
      '#fields\tts\tuid',
      '1503545402.1\tC1',
      '#close\t2017-08-24-03-31-00',
      '#separator ,',
      '#path,weird',
      '#fields,ts,name',
      '1503545403.1,bad_TCP_checksum',
    ].join('\n');
    const r = read(two, 'x.log');
    expect(r.events.map((e) => [e.fields.sourcetype, e.fields.uid ?? e.fields.name])).toEqual([
      ['zeek:conn', 'C1'],
      ['zeek:weird', 'bad_TCP_checksum'],
    ]);
  });
});

describe('Zeek JSON logs', () => {
  const line = (doc: object) => JSON.stringify(doc) + '\n';

  it('become zeek:<log> from _path, else from the file name; other JSON is left alone', () => {
    const withPath = line({ _path: 'dns', ts: 1503545402.1, uid: 'C1', query: 'a.example' });
    expect(read(withPath, 'export.json').events[0].fields.sourcetype).toBe('zeek:dns');
    const byName = line({ ts: '2017-08-24T03:30:02.118431Z', uid: 'C1' });
    expect(read(byName, 'http.00:00:00-01:00:00.log').events[0].fields.sourcetype).toBe(
      'zeek:http',
    );
    const own = line({ ts: 1503545402.1, uid: 'C1', sourcetype: 'bro:conn:json' });
    expect(read(own, 'conn.log').events[0].fields.sourcetype).toBe('bro:conn:json');
    const notZeek = line({ ts: 1503545402.1, user: 'x' });
    expect(read(notZeek, 'conn.log').events[0].fields.sourcetype).toBeUndefined();
  });
});
