/** Programs that start on Frothly's Windows machines on an ordinary day. */
import type { Machine } from '../cast';
import type { Rng } from '../rng';

export interface Program {
  image: string;
  /** The command line, given the machine and a source of variety. */
  commandLine: (m: Machine, rng: Rng) => string;
  /** Which of PARENTS starts it. */
  parent: keyof typeof PARENTS;
  system: boolean;
  weight: number;
  cwd: (m: Machine) => string;
}

export const PARENTS = {
  explorer: 'C:\\Windows\\explorer.exe',
  services: 'C:\\Windows\\System32\\services.exe',
  svchost: 'C:\\Windows\\System32\\svchost.exe',
  chrome: 'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  searchIndexer: 'C:\\Windows\\System32\\SearchIndexer.exe',
  splunkd: 'C:\\Program Files\\SplunkUniversalForwarder\\bin\\splunkd.exe',
  cmd: 'C:\\Windows\\System32\\cmd.exe',
} as const;

const OFFICE = 'C:\\Program Files (x86)\\Microsoft Office\\root\\Office16\\';
const home = (m: Machine) => `C:\\Users\\${m.owner}\\`;
const sys32 = () => 'C:\\Windows\\system32\\';

const DOCS = [
  'Weekly_Report',
  'Brew_Plan',
  'Vendor_List',
  'Meeting_Notes',
  'Expenses_August',
  'Inventory',
  'Tasting_Notes',
  'Roadmap_2018',
];

const doc = (rng: Rng, ext: string) =>
  `${rng.pick(DOCS)}${rng.chance(0.5) ? '_v' + rng.int(2, 6) : ''}.${ext}`;

export const DESKTOP_PROGRAMS: readonly Program[] = [
  {
    image: PARENTS.chrome,
    commandLine: (_m, rng) =>
      `"${PARENTS.chrome}" --type=renderer --field-trial-handle=1560,${rng.int(1e15, 9e15)},1 --lang=en-US --renderer-client-id=${rng.int(5, 400)} --mojo-platform-channel-handle=${rng.int(2000, 9000)} /prefetch:1`,
    parent: 'chrome',
    system: false,
    weight: 30,
    cwd: () => 'C:\\Program Files (x86)\\Google\\Chrome\\Application\\60.0.3112.101\\',
  },
  {
    image: PARENTS.chrome,
    commandLine: () => `"${PARENTS.chrome}"`,
    parent: 'explorer',
    system: false,
    weight: 3,
    cwd: () => 'C:\\Program Files (x86)\\Google\\Chrome\\Application\\',
  },
  {
    image: `${OFFICE}OUTLOOK.EXE`,
    commandLine: () => `"${OFFICE}OUTLOOK.EXE" `,
    parent: 'explorer',
    system: false,
    weight: 3,
    cwd: home,
  },
  {
    image: `${OFFICE}WINWORD.EXE`,
    commandLine: (m, rng) =>
      `"${OFFICE}WINWORD.EXE" /n "${home(m)}Documents\\${doc(rng, 'docx')}" /o ""`,
    parent: 'explorer',
    system: false,
    weight: 6,
    cwd: home,
  },
  {
    image: `${OFFICE}EXCEL.EXE`,
    commandLine: (m, rng) => `"${OFFICE}EXCEL.EXE" "${home(m)}Documents\\${doc(rng, 'xlsx')}"`,
    parent: 'explorer',
    system: false,
    weight: 6,
    cwd: home,
  },
  {
    image: 'C:\\Program Files (x86)\\Adobe\\Acrobat Reader DC\\Reader\\AcroRd32.exe',
    commandLine: (m, rng) =>
      `"C:\\Program Files (x86)\\Adobe\\Acrobat Reader DC\\Reader\\AcroRd32.exe" "${home(m)}Downloads\\${doc(rng, 'pdf')}"`,
    parent: 'explorer',
    system: false,
    weight: 3,
    cwd: home,
  },
  {
    image: 'C:\\Windows\\System32\\SearchProtocolHost.exe',
    commandLine: (_m, rng) =>
      `"C:\\Windows\\system32\\SearchProtocolHost.exe" Global\\UsGthrFltPipeMssGthrPipe${rng.int(1, 60)}_ Global\\UsGthrCtrlFltPipeMssGthrPipe${rng.int(1, 60)} 1 -2147483646 "Software\\Microsoft\\Windows Search" "Mozilla/4.0 (compatible; MSIE 6.0; Windows NT; MS Search 4.0 Robot)" "C:\\ProgramData\\Microsoft\\Search\\Data\\Temp\\usgthrsvc" "DownLevelDaemon" `,
    parent: 'searchIndexer',
    system: true,
    weight: 8,
    cwd: sys32,
  },
  {
    image: 'C:\\Windows\\System32\\conhost.exe',
    commandLine: () => '\\??\\C:\\Windows\\system32\\conhost.exe 0xffffffff -ForceV1',
    parent: 'splunkd',
    system: true,
    weight: 6,
    cwd: sys32,
  },
  {
    image: 'C:\\Windows\\System32\\taskhostw.exe',
    commandLine: (_m, rng) =>
      `taskhostw.exe ${rng.pick(['KEYROAMING', 'Install $(Arg0)', 'SYSTEM'])}`,
    parent: 'svchost',
    system: false,
    weight: 4,
    cwd: sys32,
  },
  {
    image: 'C:\\Windows\\System32\\backgroundTaskHost.exe',
    commandLine: () =>
      '"C:\\Windows\\system32\\backgroundTaskHost.exe" -ServerName:CortanaUI.AppXy7vb4pc2dr3kc93kfc509b1d0arkfb2x.mca',
    parent: 'svchost',
    system: false,
    weight: 3,
    cwd: sys32,
  },
  {
    image: 'C:\\Windows\\System32\\RuntimeBroker.exe',
    commandLine: () => 'C:\\Windows\\System32\\RuntimeBroker.exe -Embedding',
    parent: 'svchost',
    system: false,
    weight: 3,
    cwd: sys32,
  },
  {
    image: 'C:\\Program Files (x86)\\Google\\Update\\GoogleUpdate.exe',
    commandLine: () =>
      '"C:\\Program Files (x86)\\Google\\Update\\GoogleUpdate.exe" /ua /installsource scheduler',
    parent: 'svchost',
    system: true,
    weight: 2,
    cwd: sys32,
  },
  {
    image: 'C:\\Program Files\\SplunkUniversalForwarder\\bin\\splunk-netmon.exe',
    commandLine: () => '"C:\\Program Files\\SplunkUniversalForwarder\\bin\\splunk-netmon.exe"',
    parent: 'splunkd',
    system: true,
    weight: 1,
    cwd: () => 'C:\\Program Files\\SplunkUniversalForwarder\\bin\\',
  },
  {
    image: 'C:\\Windows\\System32\\notepad.exe',
    commandLine: (m, rng) =>
      `"C:\\Windows\\system32\\NOTEPAD.EXE" ${home(m)}Desktop\\${rng.pick(['todo', 'notes', 'numbers'])}.txt`,
    parent: 'explorer',
    system: false,
    weight: 1,
    cwd: home,
  },
];

/** What the IT administrator runs besides the usual. */
export const ADMIN_PROGRAMS: readonly Program[] = [
  {
    image: 'C:\\Windows\\System32\\mmc.exe',
    commandLine: (_m, rng) =>
      `"C:\\Windows\\system32\\mmc.exe" "C:\\Windows\\system32\\${rng.pick(['dsa.msc', 'gpmc.msc', 'dnsmgmt.msc', 'compmgmt.msc'])}"`,
    parent: 'explorer',
    system: false,
    weight: 3,
    cwd: sys32,
  },
  {
    image: 'C:\\Windows\\System32\\mstsc.exe',
    commandLine: (_m, rng) =>
      `"C:\\Windows\\system32\\mstsc.exe" /v:${rng.pick(['venus', 'saturn', 'mars', 'jupiter'])}`,
    parent: 'explorer',
    system: false,
    weight: 2,
    cwd: sys32,
  },
  {
    image: 'C:\\Windows\\System32\\ipconfig.exe',
    commandLine: (_m, rng) => `ipconfig ${rng.pick(['/all', '/flushdns', '/displaydns'])}`,
    parent: 'cmd',
    system: false,
    weight: 2,
    cwd: home,
  },
  {
    image: 'C:\\Windows\\System32\\PING.EXE',
    commandLine: (_m, rng) => `ping ${rng.pick(['mars', 'venus', 'saturn', '8.8.8.8'])}`,
    parent: 'cmd',
    system: false,
    weight: 2,
    cwd: home,
  },
  {
    image: 'C:\\Windows\\System32\\gpupdate.exe',
    commandLine: () => 'gpupdate /force',
    parent: 'cmd',
    system: false,
    weight: 1,
    cwd: home,
  },
];

/** Services and maintenance on the servers. */
export const SERVER_PROGRAMS: readonly Program[] = [
  {
    image: 'C:\\Windows\\System32\\svchost.exe',
    commandLine: (_m, rng) =>
      `C:\\Windows\\system32\\svchost.exe -k ${rng.pick(['netsvcs -p', 'LocalServiceNetworkRestricted', 'wsappx'])}`,
    parent: 'services',
    system: true,
    weight: 3,
    cwd: sys32,
  },
  {
    image: 'C:\\Windows\\System32\\wbem\\WmiPrvSE.exe',
    commandLine: () => 'C:\\Windows\\system32\\wbem\\wmiprvse.exe -secured -Embedding',
    parent: 'svchost',
    system: true,
    weight: 3,
    cwd: sys32,
  },
  {
    image: 'C:\\Windows\\System32\\conhost.exe',
    commandLine: () => '\\??\\C:\\Windows\\system32\\conhost.exe 0xffffffff -ForceV1',
    parent: 'splunkd',
    system: true,
    weight: 4,
    cwd: sys32,
  },
  {
    image: 'C:\\Windows\\System32\\Robocopy.exe',
    commandLine: (m) =>
      `robocopy D:\\Shares \\\\saturn\\Backup$\\${m.host} /MIR /R:1 /W:1 /NP /LOG:C:\\IT\\logs\\backup.log`,
    parent: 'svchost',
    system: true,
    weight: 0.3,
    cwd: sys32,
  },
  {
    image: 'C:\\Windows\\System32\\taskhostw.exe',
    commandLine: () => 'taskhostw.exe',
    parent: 'svchost',
    system: true,
    weight: 2,
    cwd: sys32,
  },
];
