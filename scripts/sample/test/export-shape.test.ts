/**
 * The committed export has the shape of a Splunk CSV export of August 2017, with enough
 * background to look like a real network, and every extracted field agrees with `_raw`.
 */
import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXPORT_PATH, loadAssets, loadExport, POWERSHELL, SYSMON, type Row } from './export-rows';

const { header, rows } = loadExport();

describe('the export', () => {
  it('is under 10 MB compressed', () => {
    expect(statSync(EXPORT_PATH).size).toBeLessThan(10_000_000);
  });

  it('has Splunk’s columns, index botsv2 and ISO times with the Pacific offset, newest first', () => {
    for (const c of ['_time', 'host', 'source', 'sourcetype', 'index', '_raw'])
      expect(header).toContain(c);
    expect(header).not.toContain('_serial');
    const { text } = loadExport();
    expect(new Set(rows.map((r) => r.get('index')))).toEqual(new Set(['botsv2']));
    for (const r of rows) {
      expect(r.time).toBeGreaterThanOrEqual(Date.parse('2017-08-01T00:00:00-07:00'));
      expect(r.time).toBeLessThan(Date.parse('2017-09-01T00:00:00-07:00'));
    }
    expect(text.split('\n', 2)[1]).toMatch(/^"2017-08-\d\dT\d\d:\d\d:\d\d\.\d{3}-07:00",/);
    for (let i = 1; i < rows.length; i++)
      expect(rows[i].time).toBeLessThanOrEqual(rows[i - 1].time);
  });

  it('holds at least 50,000 events over 8 sourcetypes and 20 hosts (short names)', () => {
    expect(rows.length).toBeGreaterThanOrEqual(50_000);
    expect(new Set(rows.map((r) => r.sourcetype)).size).toBeGreaterThanOrEqual(8);
    const hosts = new Set(rows.map((r) => r.host));
    expect(hosts.size).toBeGreaterThanOrEqual(20);
    for (const h of hosts) expect(h).not.toContain('.');
  });

  it('follows the office day and the week', () => {
    const perHour = (keep: (r: Row) => boolean, hours: number) => rows.filter(keep).length / hours;
    const hour = (r: Row) => Number(r.wall.slice(11, 13));
    const weekday = (r: Row) => new Date(Date.UTC(2017, 7, r.day)).getUTCDay();
    const workday = (r: Row) => weekday(r) >= 1 && weekday(r) <= 5;
    // August 2017: 23 working days, 8 weekend days.
    const office = perHour((r) => workday(r) && hour(r) >= 9 && hour(r) < 17, 23 * 8);
    const night = perHour((r) => workday(r) && hour(r) < 5, 23 * 5);
    const weekend = perHour((r) => !workday(r) && hour(r) >= 9 && hour(r) < 17, 8 * 8);
    expect(office).toBeGreaterThan(3 * night);
    expect(office).toBeGreaterThan(3 * weekend);
  });
});

/**
 * Checks the extracted fields against what the event's own format says; returns the
 * disagreements (collected rather than asserted one by one: there are half a million checks).
 */
function disagreements(r: Row): string[] {
  const found: string[] = [];
  const same = (field: string, value: unknown) => {
    const expected = value === '' || value == null ? undefined : String(value);
    if (r.get(field) !== expected)
      found.push(`${field}: ${r.get(field)} ≠ ${expected} in ${r.raw.slice(0, 120)}`);
  };
  if (r.sourcetype.startsWith('stream:') || r.sourcetype === 'suricata') {
    const json = JSON.parse(r.raw) as Record<string, unknown>;
    const fields = ['src_ip', 'dest_ip', 'dest_port'];
    if (r.sourcetype === 'suricata') fields.push('flow_id', 'event_type', 'app_proto', 'proto');
    for (const f of fields) same(f, json[f]);
    same('src', json.src_ip);
    same('dest', json.dest_ip);
    const stamp = String(json.timestamp)
      .replace(/(\.\d{3})\d+/, '$1')
      .replace(/([+-]\d\d)(\d\d)$/, '$1:$2');
    if (Date.parse(stamp) !== r.time) found.push(`timestamp ${stamp} ≠ _time ${r.wall}`);
    if (r.sourcetype === 'stream:ftp') {
      for (const f of [
        'method',
        'method_parameter',
        'reply_code',
        'reply_content',
        'filename',
        'loadway',
      ])
        same(f, json[f]);
    }
    if (r.sourcetype === 'stream:dns') {
      same('query', (json.query as string[])[0]);
      same('answer', (json.host_addr as string[]).join('\n'));
    }
    if (r.sourcetype === 'stream:http')
      for (const f of ['site', 'uri_path', 'status', 'http_method']) same(f, json[f]);
  } else if (r.sourcetype.startsWith('pan:')) {
    const [, line] = /^\w{3} [ \d]\d \d\d:\d\d:\d\d gw-01 (.*)$/.exec(r.raw) ?? [];
    const cells = line.split(',');
    same('src_ip', cells[7]);
    same('dest_ip', cells[8]);
    same('rule', cells[11]);
    same('app', cells[14]);
    same('dest_port', cells[25]);
    same('vendor_action', cells[30]);
    if (r.sourcetype === 'pan:traffic') same('src_translated_ip', cells[9]);
    else same('file_name', cells[31].replace(/^"|"$/g, ''));
    if (cells[6] !== r.wall.slice(0, 19).replace(/-/g, '/'))
      found.push(`time ${cells[6]} ≠ ${r.wall}`);
  } else if (r.sourcetype === SYSMON || r.sourcetype === POWERSHELL) {
    const data = new Map<string, string>();
    for (const m of r.raw.matchAll(/<Data Name='(\w+)'>(.*?)<\/Data>/g)) {
      data.set(m[1], m[2].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
    }
    const names =
      r.sourcetype === SYSMON
        ? [
            'Image',
            'CommandLine',
            'ParentImage',
            'ParentCommandLine',
            'User',
            'ProcessId',
            'CurrentDirectory',
          ]
        : ['ScriptBlockText', 'ScriptBlockId'];
    for (const f of names) same(f, data.get(f));
    same('Computer', /<Computer>(.*?)<\/Computer>/.exec(r.raw)?.[1]);
    same('EventCode', /<EventID>(\d+)<\/EventID>/.exec(r.raw)?.[1]);
  } else if (r.sourcetype === 'wineventlog') {
    const label = (name: string) =>
      [...r.raw.matchAll(new RegExp(`^\\t${name}:\\t+(.*)$`, 'gm'))].map((m) => m[1]);
    same('EventCode', /^EventCode=(\d+)$/m.exec(r.raw)?.[1]);
    same('ComputerName', /^ComputerName=(.*)$/m.exec(r.raw)?.[1]);
    same('RecordNumber', /^RecordNumber=(\d+)$/m.exec(r.raw)?.[1]);
    same('Account_Name', label('Account Name').join('\n'));
    if (r.get('EventCode') === '4688') {
      same('New_Process_Name', label('New Process Name')[0]);
      same('Creator_Process_Name', label('Creator Process Name')[0]);
      same('Process_Command_Line', label('Process Command Line')[0]);
    }
  } else {
    found.push(`unexpected sourcetype ${r.sourcetype}`);
  }
  return found;
}

describe('extracted fields', () => {
  it('agree with _raw in every event', () => {
    expect(rows.flatMap(disagreements).slice(0, 5)).toEqual([]);
  });
});

describe('the asset and identity lookup', () => {
  it('names the cast with their addresses, owners and roles', () => {
    const byHost = new Map<string, Record<string, string>[]>();
    for (const a of loadAssets()) byHost.set(a.nt_host, [...(byHost.get(a.nt_host) ?? []), a]);
    const one = (host: string) => byHost.get(host)?.[0];
    expect(one('wrk-btun')).toMatchObject({ ip: '10.0.2.107', owner: 'billy.tun' });
    expect(one('wrk-klagerf')).toMatchObject({ ip: '10.0.2.109', owner: 'kevin.lagerfield' });
    expect(one('mercury')).toMatchObject({ ip: '10.0.1.100', category: 'server' });
    expect(one('venus')).toMatchObject({ ip: '10.0.1.101', category: 'server' });
    expect(byHost.get('gw-01')?.map((a) => a.ip)).toContain('71.39.18.125');
    // Every Windows host of the export is in the lookup.
    const windows = new Set(
      rows
        .filter((r) => r.source.startsWith('WinEventLog') || r.source.startsWith('XmlWinEventLog'))
        .map((r) => r.host),
    );
    for (const h of windows) expect(byHost.has(h), h).toBe(true);
  });
});
