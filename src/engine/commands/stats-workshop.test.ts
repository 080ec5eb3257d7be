import { describe, expect, it } from 'vitest';
import { runSearch } from '../run/run-search';
import { fromEvents, type PlainEvent } from '../source';
import { T0 } from '../../test/support/engine-run';

// The second workshop search of the FTP exfiltration hunt, verbatim, on made-up events of the
// same shape: Security log process creations (4688) naming the disguised ftp scripts.
const QUERY = `index=botsv2 sourcetype=wineventlog (singlefile.dll OR winsys32.dll) | reverse
| stats count values(EventCode) as EventCode by host
| eventstats sum(count) as perc | eval percentage=round(count*100/perc,2) | fields - perc |sort - count`;

function processEvent(
  i: number,
  host: string,
  cmd: string,
  sourcetype = 'wineventlog',
): PlainEvent {
  return {
    time: T0 + i * 60_000,
    raw: `08/23/2017 08:${10 + i}:00 PM\nLogName=Security\nEventCode=4688\nComputerName=${host}.frothly.local\nProcess_Command_Line=${cmd}`,
    fields: {
      index: 'botsv2',
      sourcetype,
      host,
      EventCode: '4688',
      Process_Command_Line: cmd,
    },
  };
}

const EVENTS: PlainEvent[] = [
  processEvent(0, 'wrk-btun', 'ftp.exe -s:C:\\Windows\\Temp\\winsys32.dll'),
  processEvent(1, 'wrk-btun', 'ftp.exe -s:C:\\Windows\\Temp\\singlefile.dll'),
  processEvent(2, 'wrk-klagerf', 'ftp.exe -s:C:\\Windows\\Temp\\winsys32.dll'),
  processEvent(3, 'mercury', 'ftp.exe -s:C:\\Windows\\Temp\\singlefile.dll'),
  // Noise the base search must leave out.
  processEvent(4, 'venus', 'ftp.exe -s:C:\\Windows\\Temp\\winsys64.dll'),
  processEvent(5, 'wrk-btun', 'notepad.exe'),
  processEvent(
    6,
    'wrk-klagerf',
    'ftp.exe -s:winsys32.dll',
    'XmlWinEventLog:Microsoft-Windows-Sysmon/Operational',
  ),
];

describe('workshop search: hosts running the disguised ftp scripts', () => {
  it('gives each host its count, event code and share of the total', async () => {
    const r = await runSearch(QUERY, {
      source: fromEvents(EVENTS, { chunkSize: 3 }),
      tz: 'America/Los_Angeles',
      now: T0 + 86_400_000,
    });
    expect(r.fields).toEqual(['host', 'count', 'EventCode', 'percentage']);
    const rows = r.rows.map((row) => ({ ...row, percentage: Number(row.percentage) }));
    expect(rows[0]).toEqual({ host: 'wrk-btun', count: 2, EventCode: '4688', percentage: 50 });
    // The two single-event hosts tie on count; sort keeps them in stats order (by host).
    expect(rows.slice(1)).toEqual([
      { host: 'mercury', count: 1, EventCode: '4688', percentage: 25 },
      { host: 'wrk-klagerf', count: 1, EventCode: '4688', percentage: 25 },
    ]);
  });
});
