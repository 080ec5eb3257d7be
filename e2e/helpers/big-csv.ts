import { closeSync, openSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const HOSTS = ['wrk-btun', 'wrk-klagerf', 'wrk-aturing', 'venus', 'mercury', 'gacrux'];
const USERS = ['btun', 'klagerfield', 'aturing', 'service_backup', 'fyodor'];
const PROCS = ['powershell.exe', 'svchost.exe', 'chrome.exe', 'cmd.exe', 'OneDrive.exe'];

/**
 * Writes a Splunk-style CSV export of `events` Sysmon-like events into the OS temp dir and
 * returns its path. Rows are built in batches and written with one syscall per batch, so
 * 300k rows (~120 MB) take a second or two.
 */
export function writeBigCsv(events = 300_000): string {
  const file = path.join(os.tmpdir(), `hunting-workbook-e2e-${events}.csv`);
  const header = '"_time","host","source","sourcetype","index","EventCode","User","_raw"\n';
  const start = Date.UTC(2017, 7, 1, 7, 0, 0);
  const stepMs = Math.floor((30 * 24 * 3600 * 1000) / events);

  const row = (i: number): string => {
    const t = new Date(start + i * stepMs).toISOString();
    const host = HOSTS[i % HOSTS.length];
    const user = USERS[(i * 7) % USERS.length];
    const proc = PROCS[(i * 13) % PROCS.length];
    const pid = 1000 + ((i * 31) % 60000);
    // Sysmon XML in _raw; its quotes are doubled as in a real CSV export.
    const raw =
      `<Event><System><EventID>1</EventID><Computer>${host}</Computer></System><EventData>` +
      `<Data Name=""ProcessId"">${pid}</Data>` +
      `<Data Name=""Image"">C:\\Windows\\System32\\${proc}</Data>` +
      `<Data Name=""User"">FROTHLY\\${user}</Data></EventData></Event>`;
    return (
      `"${t}","${host}","XmlWinEventLog:Microsoft-Windows-Sysmon/Operational",` +
      `"XmlWinEventLog","botsv2","1","FROTHLY\\${user}","${raw}"\n`
    );
  };

  const fd = openSync(file, 'w');
  try {
    writeSync(fd, header);
    const batch: string[] = [];
    for (let i = 0; i < events; i++) {
      batch.push(row(i));
      if (batch.length === 5000) {
        writeSync(fd, batch.join(''));
        batch.length = 0;
      }
    }
    if (batch.length > 0) writeSync(fd, batch.join(''));
  } finally {
    closeSync(fd);
  }
  return file;
}
