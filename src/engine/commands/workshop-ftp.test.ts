import { describe, expect, it } from 'vitest';
import { runSearch } from '../run/run-search';
import { fromEvents, type PlainEvent } from '../source';
import { strftime } from '../time';
import { WORKSHOP_FTP_SEARCH as FIRST } from '../../test/support/workshop-searches';

const LA = 'America/Los_Angeles';
const FILES = [
  'nc.exe',
  'psexec.exe',
  'wget64.exe',
  'winsys64.dll',
  'python-2.7.6.amd64.msi',
  'dns.py',
  '나는_데이비드를_사랑한다.hwp',
];

/** One scripted session: login, noise (TYPE, PORT, NLST), a PORT + RETR per file, QUIT. */
function session(src: string, startMs: number): PlainEvent[] {
  const steps: [string, string, string?][] = [
    ['USER', 'admin@hildegardsfarm.com'],
    ['PASS', '********'],
    ['TYPE', 'I'],
    ['PORT', `${src.replace(/\./g, ',')},195,80`],
    ['NLST', ''],
  ];
  for (const f of FILES) {
    steps.push(['PORT', `${src.replace(/\./g, ',')},196,12`]);
    steps.push(['RETR', f, f]);
  }
  steps.push(['QUIT', '']);
  return steps.map(([method, param, filename], i) => {
    const fields: Record<string, string> = {
      index: 'botsv2',
      sourcetype: 'stream:ftp',
      src,
      src_ip: src,
      dest: '160.153.91.7',
      dest_ip: '160.153.91.7',
      dest_port: '21',
      method,
      method_parameter: param,
    };
    if (filename) fields.filename = filename;
    return {
      time: startMs + i * 3000,
      raw: JSON.stringify({
        src_ip: src,
        dest_ip: '160.153.91.7',
        method,
        method_parameter: param,
      }),
      fields,
    };
  });
}

// 20:36:14 and 20:59:56 PDT on Aug 23, 2017 (UTC-7).
const BTUN = Date.UTC(2017, 7, 24, 3, 36, 14);
const KLAGERF = Date.UTC(2017, 7, 24, 3, 59, 56);

async function runFirst(query = FIRST) {
  const noise: PlainEvent[] = [
    {
      time: BTUN + 500,
      raw: 'dns query',
      fields: { index: 'botsv2', sourcetype: 'stream:dns', src: '10.0.2.107' },
    },
  ];
  const evs = [...session('10.0.2.107', BTUN), ...session('10.0.2.109', KLAGERF), ...noise];
  return runSearch(query, {
    source: fromEvents(evs, { chunkSize: 7 }),
    tz: LA,
    now: Date.UTC(2017, 7, 31),
  });
}

describe('workshop search: the two Aug 23 FTP sessions side by side', () => {
  it('pairs the sessions row by row, in time order, without the noise methods', async () => {
    const r = await runFirst();
    expect(r.fields).toEqual([
      '_time',
      'src',
      'filename',
      'method',
      'method_parameter',
      'time_s',
      'src_s',
      'filename_s',
      'method_s',
      'method_parameter_s',
    ]);
    // USER, PASS, 7 RETR, QUIT in each session.
    expect(r.rows).toHaveLength(10);
    expect(r.rows.map((row) => row.method)).toEqual([
      'USER',
      'PASS',
      ...FILES.map(() => 'RETR'),
      'QUIT',
    ]);
    for (const row of r.rows) {
      expect(row.src).toBe('10.0.2.107');
      expect(row.src_s).toBe('10.0.2.109');
      expect(row.method_s).toBe(row.method);
      expect(row.filename_s).toBe(row.filename);
    }
    expect(r.rows.filter((row) => row.filename !== undefined).map((row) => row.filename)).toEqual(
      FILES,
    );
  });

  it('shows the second session clock time as %H:%M:%S in the user zone', async () => {
    const r = await runFirst();
    expect(r.rows[0].time_s).toBe('20:59:56');
    expect(r.rows[0]._time).toBe(BTUN / 1000);
    expect(strftime(r.rows[0]._time as number, '%H:%M:%S', LA)).toBe('20:36:14');
    // The second session's events are 3 s apart, PORT/TYPE/NLST dropped between them.
    expect(r.rows[2].time_s).toBe('21:00:14');
  });

  it('carries no internal field of the subsearch, even before the last table', async () => {
    const r = await runFirst(FIRST.slice(0, FIRST.lastIndexOf('\n| table')));
    expect(r.fields.filter((f) => f.startsWith('_'))).toEqual(['_time']);
    for (const row of r.rows) {
      expect(Object.keys(row).filter((k) => k.startsWith('_'))).toEqual(['_time']);
      // fieldformat changed only the display: the number itself crossed appendcols.
      expect(typeof row.time).toBe('number');
    }
    // The main search's _time is kept: the subsearch's does not override it.
    expect(r.rows[0]._time).toBe(BTUN / 1000);
  });
});
