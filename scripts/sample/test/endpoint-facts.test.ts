/** The spec's endpoint facts (Sysmon, the Windows event log, loose ends) on the committed export. */
import { describe, expect, it } from 'vitest';
import {
  countBy,
  loadExport,
  mentions,
  POWERSHELL,
  SEVEN_FILES,
  SYSMON,
  type Row,
} from './export-rows';

const rows = loadExport().rows;
const sysmon = rows.filter((r) => r.sourcetype === SYSMON);
const security = rows.filter((r) => r.sourcetype === 'wineventlog');
const minute = (r: Row) => r.wall.slice(11, 16);

/** Whether a command line is `powershell ... -enc <base64>` whose payload decodes to PowerShell. */
function isEncodedPowerShell(commandLine: string | undefined): boolean {
  const m = /^powershell(?:\.exe)?\s.*-enc\s+([A-Za-z0-9+/=]+)$/i.exec(commandLine ?? '');
  if (!m) return false;
  const script = Buffer.from(m[1], 'base64').toString('utf16le');
  return /New-Object/.test(script) && /\bIEX\b/.test(script);
}

describe('Sysmon', () => {
  const ftpRuns = sysmon.filter((r) => /\\ftp\.exe$/i.test(r.get('Image') ?? ''));

  it('shows ftp.exe from C:\\Windows\\System32 starting 8 times: 7 with -s: and a .dll, once open', () => {
    expect(ftpRuns).toHaveLength(8);
    for (const r of ftpRuns) {
      expect(r.get('EventCode')).toBe('1');
      expect(r.get('Image')?.toLowerCase()).toBe('c:\\windows\\system32\\ftp.exe');
    }
    const commandLines = ftpRuns.map((r) => r.get('CommandLine') ?? '');
    expect(commandLines.filter((c) => /-s:\S+\.dll\b/i.test(c))).toHaveLength(7);
    expect(commandLines.filter((c) => /\bopen hildegardsfarm\.com\b/.test(c))).toHaveLength(1);
  });

  it('mentions ftp on exactly wrk-btun, wrk-klagerf and venus', () => {
    const hosts = new Set(sysmon.filter((r) => mentions(r.raw, 'ftp')).map((r) => r.host));
    expect([...hosts].sort()).toEqual(['venus', 'wrk-btun', 'wrk-klagerf']);
  });

  it('has the three winsys32.dll runs on Aug 23, each from an encoded PowerShell command', () => {
    const runs = sysmon
      .filter((r) => mentions(r.get('CommandLine') ?? '', 'winsys32.dll'))
      .sort((a, b) => a.time - b.time);
    expect(runs.map((r) => [r.day, r.host, minute(r)])).toEqual([
      [23, 'wrk-btun', '20:36'],
      [23, 'wrk-klagerf', '20:59'],
      [23, 'venus', '21:06'],
    ]);
    for (const r of runs) expect(isEncodedPowerShell(r.get('ParentCommandLine'))).toBe(true);
  });

  it('has one singlefile.dll run, on wrk-btun at Aug 25 23:46:08, from PowerShell', () => {
    const runs = sysmon.filter((r) => mentions(r.raw, 'singlefile.dll'));
    expect(runs.map((r) => [r.host, r.wall.slice(0, 19)])).toEqual([
      ['wrk-btun', '2017-08-25 23:46:08'],
    ]);
    expect(isEncodedPowerShell(runs[0].get('ParentCommandLine'))).toBe(true);
  });
});

describe('Windows event log', () => {
  it('answers the workshop search: wrk-btun 2 (50%), wrk-klagerf 1 (25%), mercury 1 (25%)', () => {
    const hits = security.filter(
      (r) => mentions(r.raw, 'singlefile.dll') || mentions(r.raw, 'winsys32.dll'),
    );
    const counts = countBy(hits, (r) => r.host);
    const total = hits.length;
    const table = [...counts]
      .map(([host, n]) => [host, n, Math.round((n * 10_000) / total) / 100])
      .sort((a, b) => Number(b[1]) - Number(a[1]) || String(a[0]).localeCompare(String(b[0])));
    expect(table).toEqual([
      ['wrk-btun', 2, 50],
      ['mercury', 1, 25],
      ['wrk-klagerf', 1, 25],
    ]);
    expect(new Set(hits.map((r) => r.get('EventCode')))).toEqual(new Set(['4688']));
    const mercury = hits.find((r) => r.host === 'mercury');
    expect(mercury?.values('Account_Name')).toContain('service3');
    expect(mercury?.get('New_Process_Name')).toMatch(/\\ftp\.exe$/i);
  });

  it('is, with Sysmon, the only place the disguised script names appear', () => {
    const where = new Set(
      rows
        .filter((r) => mentions(r.raw, 'singlefile.dll') || mentions(r.raw, 'winsys32.dll'))
        .map((r) => r.sourcetype),
    );
    expect([...where].sort()).toEqual([SYSMON, 'wineventlog'].sort());
  });

  it('has no process auditing on venus and no Sysmon on mercury', () => {
    expect(
      security.filter((r) => r.host === 'venus' && r.get('EventCode') === '4688'),
    ).toHaveLength(0);
    expect(sysmon.filter((r) => r.host === 'mercury')).toHaveLength(0);
  });
});

describe('loose ends', () => {
  const downloadEnd = Math.max(
    ...rows.filter((r) => r.sourcetype === 'stream:ftp' && r.day === 23).map((r) => r.time),
  );
  const namingTools = (from: number) =>
    rows.filter(
      (r) =>
        r.time >= from &&
        r.sourcetype !== 'stream:ftp' &&
        SEVEN_FILES.some((f) => mentions(r.raw, f)),
    );

  it('after the Aug 23 download, 22 events outside stream:ftp name the seven files: 3 sourcetypes, 3 hosts', () => {
    // However "after the download" is read (its first or last event), the answer is the same.
    for (const from of [Date.parse('2017-08-23T20:36:00-07:00'), downloadEnd]) {
      const hits = namingTools(from);
      expect(hits).toHaveLength(22);
      expect([...new Set(hits.map((r) => r.sourcetype))].sort()).toEqual(
        [POWERSHELL, SYSMON, 'wineventlog'].sort(),
      );
      expect([...new Set(hits.map((r) => r.host))].sort()).toEqual([
        'venus',
        'wrk-btun',
        'wrk-klagerf',
      ]);
    }
    expect(namingTools(Date.parse('2017-08-01T00:00:00-07:00'))).toHaveLength(22);
  });

  it('shows ftp -s:winsys64.dll on wrk-klagerf and wrk-btun, and python dns.py on venus from a cradle', () => {
    const hits = namingTools(downloadEnd).filter((r) => r.sourcetype === SYSMON);
    const upload = (host: string) =>
      hits.filter(
        (r) => r.host === host && /ftp.*-s:winsys64\.dll/.test(r.get('CommandLine') ?? ''),
      );
    expect(upload('wrk-klagerf')).toHaveLength(1);
    expect(upload('wrk-btun').length).toBeGreaterThanOrEqual(1);
    const python = hits.filter(
      (r) => r.host === 'venus' && r.get('CommandLine') === 'python dns.py',
    );
    expect(python).toHaveLength(1);
    expect(isEncodedPowerShell(python[0].get('ParentCommandLine'))).toBe(true);
  });

  it('has mercury run the same Python script every ten minutes', () => {
    const runs = security
      .filter(
        (r) => r.host === 'mercury' && /\\python\.exe$/i.test(r.get('New_Process_Name') ?? ''),
      )
      .sort((a, b) => a.time - b.time);
    expect(runs.length).toBeGreaterThan(100);
    expect(new Set(runs.map((r) => r.get('Process_Command_Line'))).size).toBe(1);
    for (let i = 1; i < runs.length; i++) {
      expect(Math.abs(runs[i].time - runs[i - 1].time - 600_000)).toBeLessThan(5_000);
    }
    // The job's folder is the one venus copied dns.py into.
    const task = security.find((r) => r.host === 'mercury' && r.get('EventCode') === '4698');
    const folder = /<WorkingDirectory>C:\\(.*)<\/WorkingDirectory>/.exec(task?.raw ?? '')?.[1];
    expect(folder).toBeTruthy();
    expect(task?.raw).toContain('<Interval>PT10M</Interval>');
    const copy = rows.find(
      (r) =>
        r.host === 'venus' &&
        r.sourcetype === POWERSHELL &&
        mentions(r.raw, 'dns.py') &&
        r.raw.includes('mercury'),
    );
    expect(copy?.raw).toContain(`\\\\mercury\\C$\\${folder}`);
  });
});
