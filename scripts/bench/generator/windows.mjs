// Windows hosts: Sysmon's XML events and the Security log's process creations (4688).
import { WINDOWS_HOSTS } from './frothly.mjs';
import { winTime } from './times.mjs';

/** @typedef {import('./splunk-csv.mjs').GenEvent} GenEvent */

const PROCESSES = [
  [
    'C:\\Windows\\System32\\svchost.exe',
    'C:\\Windows\\system32\\svchost.exe -k netsvcs',
    'C:\\Windows\\System32\\services.exe',
  ],
  ['C:\\Windows\\System32\\cmd.exe', 'cmd.exe /c "whoami /all"', 'C:\\Windows\\explorer.exe'],
  [
    'C:\\Windows\\System32\\cmd.exe',
    'cmd.exe /c net user /domain',
    'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe',
  ],
  [
    'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe',
    'powershell.exe -nop -w hidden -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkA',
    'C:\\Windows\\System32\\wscript.exe',
  ],
  [
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
    '"C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe" --type=renderer',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  ],
  [
    'C:\\Program Files\\Microsoft Office\\root\\Office16\\WINWORD.EXE',
    '"C:\\Program Files\\Microsoft Office\\root\\Office16\\WINWORD.EXE" /n "C:\\Users\\Public\\invoice.docm"',
    'C:\\Windows\\explorer.exe',
  ],
  [
    'C:\\Windows\\System32\\schtasks.exe',
    'schtasks /create /tn "Update" /tr "C:\\ProgramData\\upd.exe" /sc onlogon',
    'C:\\Windows\\System32\\cmd.exe',
  ],
  [
    'C:\\Windows\\System32\\conhost.exe',
    '\\??\\C:\\Windows\\system32\\conhost.exe 0xffffffff -ForceV1',
    'C:\\Windows\\System32\\cmd.exe',
  ],
  [
    'C:\\Windows\\System32\\taskhostw.exe',
    'taskhostw.exe SYSTEM',
    'C:\\Windows\\System32\\svchost.exe',
  ],
  [
    'C:\\Windows\\System32\\net.exe',
    'net use \\\\10.0.1.101\\c$ /user:FROTHLY\\administrator',
    'C:\\Windows\\System32\\cmd.exe',
  ],
  [
    'C:\\ProgramData\\upd.exe',
    'C:\\ProgramData\\upd.exe -s 160.153.91.7:8443',
    'C:\\Windows\\System32\\svchost.exe',
  ],
];

/** @param {import('./draws.mjs').Draws} draw */
export function windowsEvents({ rnd, int, pick, externalIp, hex }) {
  // Counters run down because the export runs newest first.
  let recordNumber = 9_400_000;

  /** @param {number} ms @returns {GenEvent} */
  function sysmon(ms) {
    const h = pick(WINDOWS_HOSTS);
    const [image, cmd, parent] = pick(PROCESSES);
    const network = rnd() < 0.35;
    const code = network ? 3 : 1;
    const pid = int(400, 12000);
    const user = rnd() < 0.3 ? 'NT AUTHORITY\\SYSTEM' : `FROTHLY\\${h.user}`;
    const utc = new Date(ms).toISOString().replace('T', ' ').slice(0, 23);
    const computer = `${h.name}.frothly.local`;
    /** @type {Array<[string, string | string[]]>} */
    const fields = [
      ['Computer', computer],
      ['EventCode', String(code)],
      ['Image', image],
      ['ProcessId', String(pid)],
      ['User', user],
      ['dest', computer],
      ['linecount', '1'],
      ['process', image.slice(image.lastIndexOf('\\') + 1)],
      ['user', user.slice(user.indexOf('\\') + 1)],
    ];
    let data;
    if (network) {
      const dst = externalIp();
      const port = pick([80, 443, 443, 8443, 445, 53]);
      data =
        `<Data Name='UtcTime'>${utc}</Data><Data Name='ProcessId'>${pid}</Data><Data Name='Image'>${image}</Data>` +
        `<Data Name='User'>${user}</Data><Data Name='Protocol'>tcp</Data><Data Name='SourceIp'>${h.ip}</Data>` +
        `<Data Name='DestinationIp'>${dst}</Data><Data Name='DestinationPort'>${port}</Data>`;
      fields.push(['dest_ip', dst], ['dest_port', String(port)], ['src_ip', h.ip]);
    } else {
      data =
        `<Data Name='UtcTime'>${utc}</Data><Data Name='ProcessId'>${pid}</Data>` +
        `<Data Name='Image'>${image}</Data><Data Name='CommandLine'>${cmd}</Data><Data Name='User'>${user}</Data>` +
        `<Data Name='ParentImage'>${parent}</Data>`;
      fields.push(['CommandLine', cmd], ['ParentImage', parent]);
    }
    const raw =
      `<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-Sysmon'/>` +
      `<EventID>${code}</EventID><TimeCreated SystemTime='${new Date(ms).toISOString()}'/>` +
      `<Computer>${computer}</Computer></System><EventData>${data}</EventData></Event>`;
    fields.sort((a, b) => (a[0] < b[0] ? -1 : 1));
    return {
      source: 'WinEventLog:Microsoft-Windows-Sysmon/Operational',
      sourcetype: 'XmlWinEventLog:Microsoft-Windows-Sysmon/Operational',
      host: h.name,
      raw,
      fields,
      ms,
    };
  }

  /** @param {number} ms @returns {GenEvent} */
  function winEventLog(ms) {
    const h = pick(WINDOWS_HOSTS);
    const [image, cmd, parent] = pick(PROCESSES);
    const computer = `${h.name}.frothly.local`;
    const system = rnd() < 0.3;
    const account = system ? `${h.name.toUpperCase()}$` : h.user;
    const domain = system ? 'FROTHLY' : 'FROTHLY';
    // Windows 10 adds a "Target Subject" block, which is where Splunk's multivalue Account_Name comes from.
    const target = rnd() < 0.25;
    const raw =
      `${winTime(ms)}\nLogName=Security\nEventCode=4688\nComputerName=${computer}\n` +
      `SourceName=Microsoft Windows security auditing.\nRecordNumber=${recordNumber--}\n` +
      `Keywords=Audit Success\nTaskCategory=Process Creation\nMessage=A new process has been created.\n\n` +
      `Creator Subject:\n\tAccount Name:\t\t${account}\n\tAccount Domain:\t\t${domain}\n\tLogon ID:\t\t0x${hex(5).toUpperCase()}\n` +
      (target
        ? `\nTarget Subject:\n\tAccount Name:\t\t-\n\tAccount Domain:\t\t-\n\tLogon ID:\t\t0x0\n`
        : '') +
      `\nProcess Information:\n\tNew Process ID:\t\t0x${hex(4)}\n\tNew Process Name:\t${image}\n` +
      `\tCreator Process Name:\t${parent}\n\tProcess Command Line:\t${cmd}`;
    const linecount = raw.split('\n').length;
    return {
      source: 'WinEventLog:Security',
      sourcetype: 'wineventlog',
      host: h.name,
      raw,
      ms,
      fields: [
        ['Account_Domain', target ? [domain, '-'] : domain],
        ['Account_Name', target ? [account, '-'] : account],
        ['Creator_Process_Name', parent],
        ['EventCode', '4688'],
        ['LogName', 'Security'],
        ['New_Process_Name', image],
        ['Process_Command_Line', cmd],
        ['dest', computer],
        ['linecount', String(linecount)],
        ['process', image.slice(image.lastIndexOf('\\') + 1)],
        ['signature', 'A new process has been created'],
        ['user', account],
      ],
    };
  }

  return { sysmon, winEventLog };
}
