/**
 * PowerShell script block logging (event 4104 of Microsoft-Windows-PowerShell/Operational) as
 * XmlWinEventLog indexes it: the event XML on one line, the script block's text in
 * `ScriptBlockText`. Blocks here are single-line, so the field is one value.
 */
import type { Machine } from '../cast';
import type { SampleEvent } from '../event';
import { SOURCETYPE } from '../event';
import { systemTime } from '../time';
import { RECORD_ID } from '../sequences';
import { computerName, xmlText } from './windows-common';

export interface ScriptBlock {
  time: number;
  machine: Machine;
  userSid: string;
  text: string;
  scriptBlockId: string;
  activityId: string;
  /** Blocks PowerShell flags as suspicious are logged as warnings (level 3), others verbose. */
  suspicious: boolean;
  processId: number;
  threadId: number;
}

export function scriptBlockLogged(b: ScriptBlock): SampleEvent {
  const computer = computerName(b.machine);
  const level = b.suspicious ? 3 : 5;
  const raw =
    "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System>" +
    "<Provider Name='Microsoft-Windows-PowerShell' Guid='{A0C1853B-5C40-4B15-8766-3CF1C58F985A}'/>" +
    `<EventID>4104</EventID><Version>1</Version><Level>${level}</Level><Task>2</Task>` +
    `<Opcode>15</Opcode><Keywords>0x0</Keywords><TimeCreated SystemTime='${systemTime(b.time)}'/>` +
    `<EventRecordID>${RECORD_ID}</EventRecordID><Correlation ActivityID='${b.activityId}'/>` +
    `<Execution ProcessID='${b.processId}' ThreadID='${b.threadId}'/>` +
    `<Channel>Microsoft-Windows-PowerShell/Operational</Channel><Computer>${computer}</Computer>` +
    `<Security UserID='${b.userSid}'/></System><EventData>` +
    "<Data Name='MessageNumber'>1</Data><Data Name='MessageTotal'>1</Data>" +
    `<Data Name='ScriptBlockText'>${xmlText(b.text)}</Data>` +
    `<Data Name='ScriptBlockId'>${b.scriptBlockId}</Data><Data Name='Path'></Data>` +
    '</EventData></Event>';
  return {
    time: b.time,
    host: b.machine.host,
    source: SOURCETYPE.powershell,
    sourcetype: SOURCETYPE.powershell,
    raw,
    fields: {
      EventCode: 4104,
      Computer: computer,
      Level: level,
      MessageNumber: 1,
      MessageTotal: 1,
      ScriptBlockText: b.text,
      ScriptBlockId: b.scriptBlockId,
      UserID: b.userSid,
    },
  };
}
