/**
 * Sysmon process creation (event 1) as Splunk's XmlWinEventLog input indexes it: `_raw` is the
 * rendered event XML on one line; the extracted fields are the EventData values under their
 * Data names, plus `Computer` and `EventCode`.
 */
import type { Machine } from '../cast';
import type { SampleEvent } from '../event';
import { SOURCETYPE } from '../event';
import { sysmonUtc, systemTime } from '../time';
import { RECORD_ID } from '../sequences';
import { computerName, xmlText } from './windows-common';

export interface ProcessStart {
  time: number;
  machine: Machine;
  /** `FROTHLY\billy.tun` or `NT AUTHORITY\SYSTEM`. */
  user: string;
  logonId: string;
  integrity: 'Low' | 'Medium' | 'High' | 'System';
  processGuid: string;
  processId: number;
  image: string;
  commandLine: string;
  currentDirectory: string;
  sha1: string;
  parentGuid: string;
  parentProcessId: number;
  parentImage: string;
  parentCommandLine: string;
  sysmonPid: number;
  sysmonTid: number;
}

export function sysmonProcessStart(p: ProcessStart): SampleEvent {
  const data: [string, string][] = [
    ['UtcTime', sysmonUtc(p.time)],
    ['ProcessGuid', p.processGuid],
    ['ProcessId', String(p.processId)],
    ['Image', p.image],
    ['CommandLine', p.commandLine],
    ['CurrentDirectory', p.currentDirectory],
    ['User', p.user],
    ['LogonId', p.logonId],
    ['TerminalSessionId', p.user.startsWith('NT AUTHORITY') ? '0' : '1'],
    ['IntegrityLevel', p.integrity],
    ['Hashes', `SHA1=${p.sha1}`],
    ['ParentProcessGuid', p.parentGuid],
    ['ParentProcessId', String(p.parentProcessId)],
    ['ParentImage', p.parentImage],
    ['ParentCommandLine', p.parentCommandLine],
  ];
  const computer = computerName(p.machine);
  const raw =
    "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System>" +
    "<Provider Name='Microsoft-Windows-Sysmon' Guid='{5770385F-C22A-43E0-BF4C-06F5698FFBD9}'/>" +
    '<EventID>1</EventID><Version>5</Version><Level>4</Level><Task>1</Task><Opcode>0</Opcode>' +
    `<Keywords>0x8000000000000000</Keywords><TimeCreated SystemTime='${systemTime(p.time)}'/>` +
    `<EventRecordID>${RECORD_ID}</EventRecordID><Correlation/>` +
    `<Execution ProcessID='${p.sysmonPid}' ThreadID='${p.sysmonTid}'/>` +
    `<Channel>Microsoft-Windows-Sysmon/Operational</Channel><Computer>${computer}</Computer>` +
    "<Security UserID='S-1-5-18'/></System><EventData>" +
    data.map(([name, value]) => `<Data Name='${name}'>${xmlText(value)}</Data>`).join('') +
    '</EventData></Event>';
  return {
    time: p.time,
    host: p.machine.host,
    source: SOURCETYPE.sysmon,
    sourcetype: SOURCETYPE.sysmon,
    raw,
    fields: {
      EventCode: 1,
      Computer: computer,
      ProcessId: p.processId,
      Image: p.image,
      CommandLine: p.commandLine,
      CurrentDirectory: p.currentDirectory,
      User: p.user,
      IntegrityLevel: p.integrity,
      Hashes: `SHA1=${p.sha1}`,
      ParentProcessId: p.parentProcessId,
      ParentImage: p.parentImage,
      ParentCommandLine: p.parentCommandLine,
    },
  };
}
