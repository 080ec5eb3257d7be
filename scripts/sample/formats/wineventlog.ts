/**
 * Windows Security events in the classic multi-line text that Splunk's WinEventLog input writes
 * (sourcetype `wineventlog`, source `WinEventLog:Security`): a date line, `key=value` header
 * lines, then the message with tab-indented `Label: value` lines. Splunk extracts the header keys
 * and the labels (spaces turned into `_`); a label that occurs twice, such as the two
 * `Account Name` lines, becomes a multivalue field.
 */
import type { Machine } from '../cast';
import type { FieldValue, SampleEvent } from '../event';
import { SOURCETYPE } from '../event';
import { windowsLocalTime } from '../time';
import { RECORD_ID } from '../sequences';
import { computerName, hexId, type WindowsAccount } from './windows-common';

export const SECURITY_SOURCE = 'WinEventLog:Security';

export function securityHeader(
  time: number,
  machine: Machine,
  eventCode: number,
  taskCategory: string,
  message: string,
): string {
  return [
    windowsLocalTime(time),
    'LogName=Security',
    'SourceName=Microsoft Windows security auditing.',
    `EventCode=${eventCode}`,
    'EventType=0',
    'Type=Information',
    `ComputerName=${computerName(machine)}`,
    `TaskCategory=${taskCategory}`,
    'OpCode=Info',
    `RecordNumber=${RECORD_ID}`,
    'Keywords=Audit Success',
    `Message=${message}`,
  ].join('\n');
}

export function subjectLines(title: string, a: WindowsAccount): string {
  return [
    `${title}:`,
    `\tSecurity ID:\t\t${a.sid}`,
    `\tAccount Name:\t\t${a.name}`,
    `\tAccount Domain:\t\t${a.domain}`,
    `\tLogon ID:\t\t${a.logonId}`,
  ].join('\n');
}

export function securityEvent(
  time: number,
  machine: Machine,
  raw: string,
  fields: Record<string, FieldValue | undefined>,
): SampleEvent {
  return {
    time,
    host: machine.host,
    source: SECURITY_SOURCE,
    sourcetype: SOURCETYPE.security,
    raw,
    fields: { ComputerName: computerName(machine), RecordNumber: RECORD_ID, ...fields },
  };
}

/** What Windows shows as the target of a process started under the creator's own account. */
const NO_TARGET: WindowsAccount = { name: '-', domain: '-', sid: 'S-1-0-0', logonId: '0x0' };

const ELEVATION_NOTE = [
  'Token Elevation Type indicates the type of token that was assigned to the new process in accordance with User Account Control policy.',
  'Type 1 is a full token with no privileges removed or groups disabled.  A full token is only used if User Account Control is disabled or if the user is the built-in Administrator account or a service account.',
  'Type 2 is an elevated token with no privileges removed or groups disabled.  An elevated token is used when User Account Control is enabled and the user chooses to start the program using Run as administrator.  An elevated token is also used when an application is configured to always require administrative privilege or to always require maximum privilege, and the user is a member of the Administrators group.',
  'Type 3 is a limited token with administrative privileges removed and administrative groups disabled.  The limited token is used when User Account Control is enabled, the application does not require administrative privilege, and the user does not choose to start the program using Run as administrator.',
].join('\n\n');

export interface ProcessCreated {
  time: number;
  machine: Machine;
  creator: WindowsAccount;
  /** Set when the new process runs under another account than its creator (services, tasks). */
  target?: WindowsAccount;
  newProcessId: number;
  newProcessName: string;
  creatorProcessId: number;
  creatorProcessName: string;
  commandLine: string;
  /** %%1936 full, %%1937 elevated, %%1938 limited. */
  elevation: '%%1936' | '%%1937' | '%%1938';
  label: 'Medium' | 'High' | 'System';
}

/** Event 4688, "A new process has been created", with command-line auditing on. */
export function processCreated(p: ProcessCreated): SampleEvent {
  const target = p.target ?? NO_TARGET;
  const raw = [
    securityHeader(p.time, p.machine, 4688, 'Process Creation', 'A new process has been created.'),
    '',
    subjectLines('Creator Subject', p.creator),
    '',
    subjectLines('Target Subject', target),
    '',
    'Process Information:',
    `\tNew Process ID:\t\t${hexId(p.newProcessId)}`,
    `\tNew Process Name:\t${p.newProcessName}`,
    `\tToken Elevation Type:\t${p.elevation}`,
    `\tMandatory Label:\t\tMandatory Label\\${p.label} Mandatory Level`,
    `\tCreator Process ID:\t${hexId(p.creatorProcessId)}`,
    `\tCreator Process Name:\t${p.creatorProcessName}`,
    `\tProcess Command Line:\t${p.commandLine}`,
    '',
    ELEVATION_NOTE,
  ].join('\n');
  return securityEvent(p.time, p.machine, raw, {
    EventCode: 4688,
    TaskCategory: 'Process Creation',
    Account_Name: [p.creator.name, target.name],
    Account_Domain: [p.creator.domain, target.domain],
    New_Process_ID: hexId(p.newProcessId),
    New_Process_Name: p.newProcessName,
    Creator_Process_ID: hexId(p.creatorProcessId),
    Creator_Process_Name: p.creatorProcessName,
    Process_Command_Line: p.commandLine || undefined,
  });
}

export interface TaskCreated {
  time: number;
  machine: Machine;
  subject: WindowsAccount;
  taskName: string;
  /** The task's XML definition as Windows prints it, one element per line. */
  taskContent: string;
}

/** Event 4698, "A scheduled task was created", with the task's XML in the message. */
export function scheduledTaskCreated(e: TaskCreated): SampleEvent {
  const raw = [
    securityHeader(
      e.time,
      e.machine,
      4698,
      'Other Object Access Events',
      'A scheduled task was created.',
    ),
    '',
    subjectLines('Subject', e.subject),
    '',
    'Task Information:',
    `\tTask Name: \t\t${e.taskName}`,
    `\tTask Content: \t\t${e.taskContent}`,
  ].join('\n');
  return securityEvent(e.time, e.machine, raw, {
    EventCode: 4698,
    TaskCategory: 'Other Object Access Events',
    Account_Name: e.subject.name,
    Account_Domain: e.subject.domain,
    Task_Name: e.taskName,
  });
}
