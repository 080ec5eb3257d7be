import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const FIXTURES = join(ROOT, 'src/test/fixtures/formats');
const fixture = (name: string) => join(FIXTURES, name);

/** Runs the command line as a user would (through tsx), returning its exit code and output. */
function spl(...args: string[]) {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'scripts/spl.ts'), ...args],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  return { code: r.status, out: r.stdout, err: r.stderr, json: () => JSON.parse(r.stdout) };
}

const countsBy = (rows: Array<Record<string, unknown>>, field: string) =>
  Object.fromEntries(rows.map((r) => [r[field], r.count]));

describe('npm run spl', { timeout: 60_000 }, () => {
  it('counts the CSV fixture by sourcetype', () => {
    const r = spl('--data', fixture('botsv2-sample.csv'), '* | stats count by sourcetype');
    expect(r.code).toBe(0);
    const doc = r.json();
    expect(doc.fields).toEqual(['sourcetype', 'count']);
    expect(countsBy(doc.rows, 'sourcetype')).toEqual({
      'stream:ftp': 6,
      suricata: 6,
      'pan:traffic': 7,
      'XmlWinEventLog:Microsoft-Windows-Sysmon/Operational': 6,
      wineventlog: 5,
    });
  });

  it('reads gzip and several files of different formats as one set', () => {
    const dir = mkdtempSync(join(tmpdir(), 'spl-'));
    const gz = join(dir, 'sample.json.gz');
    writeFileSync(gz, gzipSync(readFileSync(fixture('botsv2-sample.json'))));
    const r = spl(
      '--data',
      gz,
      '--data',
      fixture('events.jsonl'),
      '--data',
      fixture('results.json'),
      '* | stats count',
    );
    expect(r.code).toBe(0);
    expect(r.json()).toEqual({ fields: ['count'], rows: [{ count: 30 + 10 + 11 }] });
  });

  it('prints events with _time in epoch seconds, multivalue fields as arrays, absent fields left out', () => {
    const r = spl(
      '--data',
      fixture('botsv2-sample.csv'),
      'sourcetype=wineventlog | sort _time | head 1 | table _time Account_Name nosuch host',
    );
    expect(r.code).toBe(0);
    const doc = r.json();
    expect(doc.fields).toEqual(['_time', 'Account_Name', 'nosuch', 'host']);
    expect(doc.rows).toHaveLength(1);
    expect(Object.keys(doc.rows[0])).toEqual(['_time', 'Account_Name', 'host']);
    expect(doc.rows[0].Account_Name).toEqual(['WRK-BTUN$', 'billy.tun']);
    expect(typeof doc.rows[0]._time).toBe('number');
    // The fixture's times are 2017-08-24 03:31:18 – 03:39:11 UTC.
    expect(doc.rows[0]._time).toBeGreaterThanOrEqual(Date.UTC(2017, 7, 24, 3, 31, 18) / 1000);
    expect(doc.rows[0]._time).toBeLessThan(Date.UTC(2017, 7, 24, 3, 39, 12) / 1000);
  });

  it('applies --earliest/--latest in --tz', () => {
    const args = ['--data', fixture('botsv2-sample.csv'), '--tz', 'America/Los_Angeles'];
    const all = spl(...args, '* | stats count').json().rows[0].count;
    const late = spl(...args, '--earliest', '08/23/2017:20:35:00', '* | stats count').json();
    expect(all).toBe(30);
    expect(late.rows[0].count).toBeGreaterThan(0);
    expect(late.rows[0].count).toBeLessThan(30);
  });

  it('gives a bad query as a JSON error with its position, exit code 2', () => {
    const r = spl('--data', fixture('botsv2-sample.csv'), 'stats count by | nosuchcommand');
    expect(r.code).toBe(2);
    const { error } = r.json();
    expect(error.message).toMatch(/nosuchcommand/);
    expect(error.position).toBe('stats count by | '.length);
  });

  it('stops with a message on stderr and exit code 1 for files it cannot use', () => {
    const missing = spl('--data', join(FIXTURES, 'missing.csv'), '*');
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/missing\.csv: cannot read the file/);
    expect(missing.out).toBe('');
    const binary = spl('--data', fixture('not-a-log.bin'), '*');
    expect(binary.code).toBe(1);
    expect(binary.err).toMatch(/not-a-log\.bin: not a supported format/);
  });

  it('gives events without an index --index (default main), keeps their own, and checks the name', () => {
    const files = ['--data', fixture('botsv2-sample.csv'), '--data', fixture('events.jsonl')];
    const byIndex = (...args: string[]) =>
      countsBy(spl(...files, ...args, 'index=* | stats count by index').json().rows, 'index');
    expect(byIndex()).toEqual({ botsv2: 30, main: 10 });
    expect(byIndex('--index', 'suricata_eve')).toEqual({ botsv2: 30, suricata_eve: 10 });
    const bad = spl(...files, '--index', '_audit', '*');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/--index '_audit': an index name cannot start with an underscore/);
  });

  it('reads a Zeek TSV log, each log its own sourcetype', () => {
    const r = spl('--data', fixture('zeek-conn-dns.log'), 'index=main | stats count by sourcetype');
    expect(countsBy(r.json().rows, 'sourcetype')).toEqual({ 'zeek:conn': 5, 'zeek:dns': 4 });
  });

  it('serves --lookup tables to lookup commands', () => {
    const dir = mkdtempSync(join(tmpdir(), 'spl-'));
    const table = join(dir, 'assets.csv');
    writeFileSync(table, 'ip,owner\n10.0.2.109,billy\n10.0.2.107,\n');
    const r = spl('--lookup', `assets=${table}`, '| inputlookup assets');
    expect(r.code).toBe(0);
    expect(r.json()).toEqual({
      fields: ['ip', 'owner'],
      rows: [{ ip: '10.0.2.109', owner: 'billy' }, { ip: '10.0.2.107' }],
    });
  });

  it('reads a lookup as the app does: a bad file is refused with its line, not half read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'spl-'));
    const table = join(dir, 'bad.csv');
    writeFileSync(table, 'ip,owner\n10.0.2.109,billy\n10.0.2.107,"unclosed\n');
    const r = spl('--lookup', `assets=${table}`, '| inputlookup assets');
    expect(r.code).not.toBe(0);
    expect(r.err).toContain('bad.csv');
    expect(r.err).toMatch(/line 3/);
  });

  it('expands macros from --macros files, the later file winning, and names an undefined one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'spl-'));
    const a = join(dir, 'a.conf');
    const b = join(dir, 'b.conf');
    writeFileSync(
      a,
      '[ftp]\ndefinition = sourcetype=suricata\n[by(1)]\nargs = f\ndefinition = stats count by $f$\n',
    );
    writeFileSync(b, '[ftp]\ndefinition = sourcetype="stream:ftp"\n');
    const csv = fixture('botsv2-sample.csv');
    const r = spl('--data', csv, '--macros', a, '--macros', b, '`ftp` | `by(sourcetype)`');
    expect(r.code).toBe(0);
    expect(r.json().rows).toEqual([{ sourcetype: 'stream:ftp', count: 6 }]);
    const missing = spl('--data', csv, '--macros', a, '`sysmon` | stats count');
    expect(missing.code).toBe(2);
    expect(missing.json().error).toEqual({
      message: 'Macro `sysmon` is not defined',
      position: 0,
      end: 8,
    });
    writeFileSync(b, '[broken(1)]\ndefinition = x\n');
    const bad = spl('--data', csv, '--macros', b, '*');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/b\.conf, line 1: macro \[broken\(1\)\] takes 1 argument/);
  });

  it('keeps columns named after Object.prototype members, __proto__ included', () => {
    const hostile = (name: string) => join(ROOT, 'src/test/fixtures/hostile', name);
    const r = spl(
      '--data',
      hostile('proto-names.csv'),
      '--lookup',
      `p=${hostile('proto-lookup.csv')}`,
      '* | sort _time | lookup p host OUTPUT constructor AS owner | table host __proto__ constructor owner toString',
    );
    expect(r.code).toBe(0);
    const doc = r.json();
    expect(doc.fields).toEqual(['host', '__proto__', 'constructor', 'owner', 'toString']);
    expect(doc.rows.map((row: object) => Object.entries(row))).toEqual([
      [
        ['host', 'proto-host'],
        ['__proto__', 'c___proto__'],
        ['constructor', 'c_constructor'],
        ['owner', 'l_constructor'],
        ['toString', 'c_toString'],
      ],
      [['host', 'plain-host']],
    ]);
  });

  it('answers 20,000 nested parentheses with the JSON error at the level too deep, exit 2', () => {
    const r = spl('('.repeat(20_000) + 'a' + ')'.repeat(20_000));
    expect(r.code).toBe(2);
    expect(r.err).toBe('');
    expect(r.json().error).toEqual({
      message: expect.stringMatching(/nests too deeply/),
      position: 100,
      end: 101,
    });
  });

  it('stops a gzip bomb at the size limit with a message, exit 1, no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'spl-'));
    const bomb = join(dir, 'bomb.json.gz');
    // An array whose second element never comes: cheap to scan, so the limit decides.
    const body = Buffer.alloc(70 * 1024 * 1024, ' ');
    writeFileSync(bomb, gzipSync(Buffer.concat([Buffer.from('[{"_time":"1503543600"},'), body])));
    const r = spl('--data', bomb, '* | stats count');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/bomb\.json\.gz: decompresses to more than 64 MB .*decompression bomb/);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('reads UTF-16 with a byte order mark and reports characters that are not valid UTF-8', () => {
    const dir = mkdtempSync(join(tmpdir(), 'spl-'));
    const le = join(dir, 'le.csv');
    const text = '_time,host,_raw\n1503543600,wrk-é,a\n';
    writeFileSync(le, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const bad = join(dir, 'bad.csv');
    const rows = '1503543601,h,ok\n'.repeat(50);
    writeFileSync(
      bad,
      Buffer.concat([
        Buffer.from('_time,host,_raw\n1503543600,h,a'),
        Buffer.from([0xff]),
        Buffer.from(`\n${rows}`),
      ]),
    );
    const r = spl('--data', le, '--data', bad, '* | stats count by host');
    expect(r.code).toBe(0);
    expect(r.json().rows).toEqual([
      { host: 'h', count: 51 },
      { host: 'wrk-é', count: 1 },
    ]);
    expect(r.err).toMatch(/bad\.csv: 1 character\(s\) not valid UTF-8/);
  });
});
