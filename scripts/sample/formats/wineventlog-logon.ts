/** Logon (4624) and logoff (4634) events in the classic Windows Security text; see wineventlog.ts. */
import type { Machine } from '../cast';
import type { SampleEvent } from '../event';
import { hexId, type WindowsAccount } from './windows-common';
import { securityEvent, securityHeader, subjectLines } from './wineventlog';

export interface Logon {
  time: number;
  machine: Machine;
  subject: WindowsAccount;
  account: WindowsAccount;
  /** 2 interactive, 3 network, 7 unlock, 5 service, 11 cached interactive. */
  logonType: 2 | 3 | 5 | 7 | 11;
  logonGuid: string;
  processId: number;
  processName: string;
  workstationName: string;
  sourceAddress: string;
  sourcePort: number;
  logonProcess: string;
  authPackage: string;
}

const LOGON_NOTE =
  'This event is generated when a logon session is created. It is generated on the computer that was accessed.';

export function accountLoggedOn(l: Logon): SampleEvent {
  const raw = [
    securityHeader(l.time, l.machine, 4624, 'Logon', 'An account was successfully logged on.'),
    '',
    subjectLines('Subject', l.subject),
    '',
    'Logon Information:',
    `\tLogon Type:\t\t${l.logonType}`,
    '\tRestricted Admin Mode:\t-',
    '\tVirtual Account:\t\tNo',
    `\tElevated Token:\t\t${l.logonType === 5 ? 'Yes' : 'No'}`,
    '',
    'Impersonation Level:\t\tImpersonation',
    '',
    subjectLines('New Logon', l.account),
    '\tLinked Logon ID:\t\t0x0',
    '\tNetwork Account Name:\t-',
    '\tNetwork Account Domain:\t-',
    `\tLogon GUID:\t\t${l.logonGuid}`,
    '',
    'Process Information:',
    `\tProcess ID:\t\t${hexId(l.processId)}`,
    `\tProcess Name:\t\t${l.processName}`,
    '',
    'Network Information:',
    `\tWorkstation Name:\t${l.workstationName}`,
    `\tSource Network Address:\t${l.sourceAddress}`,
    `\tSource Port:\t\t${l.sourcePort}`,
    '',
    'Detailed Authentication Information:',
    `\tLogon Process:\t\t${l.logonProcess}`,
    `\tAuthentication Package:\t${l.authPackage}`,
    '\tTransited Services:\t-',
    '\tPackage Name (NTLM only):\t-',
    '\tKey Length:\t\t0',
    '',
    LOGON_NOTE,
  ].join('\n');
  return securityEvent(l.time, l.machine, raw, {
    EventCode: 4624,
    TaskCategory: 'Logon',
    Account_Name: [l.subject.name, l.account.name],
    Account_Domain: [l.subject.domain, l.account.domain],
    Logon_Type: l.logonType,
    Workstation_Name: l.workstationName,
    Source_Network_Address: l.sourceAddress,
    Logon_Process: l.logonProcess,
    Authentication_Package: l.authPackage,
  });
}

export function accountLoggedOff(
  time: number,
  machine: Machine,
  account: WindowsAccount,
  logonType: number,
): SampleEvent {
  const raw = [
    securityHeader(time, machine, 4634, 'Logoff', 'An account was logged off.'),
    '',
    subjectLines('Subject', account),
    '',
    `Logon Type:\t\t\t${logonType}`,
    '',
    'This event is generated when a logon session is destroyed. It may be positively correlated with a logon event using the Logon ID value. Logon IDs are only unique between reboots on the same computer.',
  ].join('\n');
  return securityEvent(time, machine, raw, {
    EventCode: 4634,
    TaskCategory: 'Logoff',
    Account_Name: account.name,
    Account_Domain: account.domain,
    Logon_Type: logonType,
  });
}
