import { describe, expect, it } from 'vitest';
import { events, run } from '../../test/support/engine-run';

const ROWS = events([
  { host: 'h1', src_ip: '10.0.0.1', src_port: '80', dest: 'a' },
  { host: 'h2', src_ip: '10.0.0.2', dest: 'b' },
]);

describe('table', () => {
  it('keeps the named fields in the named order, expanding wildcards', async () => {
    const r = await run(ROWS, '* | table dest src_* nothing');
    expect(r.fields).toEqual(['dest', 'src_ip', 'src_port', 'nothing']);
    expect(r.rows[0]).toEqual({ dest: 'b', src_ip: '10.0.0.2' });
    expect(Object.getPrototypeOf(r.rows[0])).toBeNull();
  });

  it('accepts commas and quoted names', async () => {
    const r = await run(ROWS, '* | table "dest", host');
    expect(r.fields).toEqual(['dest', 'host']);
  });
});

describe('fields', () => {
  it('keeps named fields plus _time and _raw', async () => {
    const r = await run(ROWS, '* | fields dest, host, nothing');
    expect(r.fields).toEqual(['_time', '_raw', 'dest', 'host']);
    expect(Object.keys(r.rows[0]).sort()).toEqual(['_raw', '_time', 'dest', 'host']);
  });

  it('removes named fields, and _* removes the internal ones', async () => {
    const r = await run(ROWS, '* | fields - src_* id | fields - _*');
    expect(r.fields).toEqual(['dest', 'host']);
    expect(r.rows[1]).toEqual({ dest: 'a', host: 'h1' });
  });
});

describe('rename', () => {
  it('renames fields in place, with wildcards', async () => {
    const r = await run(
      ROWS,
      '* | table host src_ip src_port | rename host AS machine, src_* as source_*',
    );
    expect(r.fields).toEqual(['machine', 'source_ip', 'source_port']);
    expect(r.rows[1]).toEqual({ machine: 'h1', source_ip: '10.0.0.1', source_port: '80' });
  });

  it('replaces an existing field of the new name', async () => {
    const r = await run(ROWS, '* | table host dest | rename host as dest');
    expect(r.fields).toEqual(['dest']);
    expect(r.rows.map((row) => row.dest)).toEqual(['h2', 'h1']);
  });

  it('handles quoted names with spaces', async () => {
    const r = await run(ROWS, '* | table host | rename host as "Host name"');
    expect(r.fields).toEqual(['Host name']);
  });
});
