import type { EventRecord, FieldValue } from '../../data/model';

/**
 * A deterministic mix of the event kinds a hunt over Splunk exports meets (Stream FTP/DNS/HTTP
 * JSON, Palo Alto CSV, Sysmon XML, Windows 4688 text), with the cardinalities that decide codec
 * sizes: a few hosts and sourcetypes, pools of IPs and users, unique timestamps, ports and byte
 * counts. Used by the tests and the bench; averages ~300 B of _raw and ~13 fields per event.
 */

export type Rand = () => number;

/** A small seeded PRNG (mulberry32) so generated test data is the same on every run. */
export function seededRandom(seed: number): Rand {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Gen {
  rnd: Rand;
  int(n: number): number;
  pick<T>(xs: readonly T[]): T;
  hex(len: number): string;
}

function makeGen(seed: number): Gen {
  const rnd = seededRandom(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  return {
    rnd,
    int,
    pick: (xs) => xs[int(xs.length)],
    hex: (len) => {
      let s = '';
      for (let i = 0; i < len; i++) s += '0123456789abcdef'[int(16)];
      return s;
    },
  };
}

function pool(n: number, seed: number, make: (g: Gen, i: number) => string): string[] {
  const g = makeGen(seed);
  return Array.from({ length: n }, (_, i) => make(g, i));
}

const INTERNAL = pool(300, 1, (g) => `10.0.${g.int(8)}.${g.int(250) + 2}`);
const EXTERNAL = pool(
  2000,
  2,
  (g) => `${g.int(220) + 1}.${g.int(256)}.${g.int(256)}.${g.int(254) + 1}`,
);
const USERS = pool(
  150,
  3,
  (g, i) =>
    `${g.pick(['a', 'b', 'j', 'k', 'm', 's'])}${['lee', 'kim', 'smith', 'chen', 'park'][i % 5]}${i}`,
);
const HOSTS = pool(40, 4, (_, i) => `WS-${String(i).padStart(3, '0')}`);
const FILES = [
  'report.pdf',
  'frothly_passwords.kdbx',
  '보고서_2024.pdf',
  'payroll.xlsx',
  'backup.tar.gz',
  'notes.txt',
  'Ünïcode-Überblick.docx',
  'setup.exe',
];
const DOMAINS = pool(
  800,
  5,
  (g) =>
    `${g.pick(['cdn', 'api', 'www', 'mail', 'static', 'login'])}.${g.hex(6)}.${g.pick(['com', 'net', 'org', 'io', 'kr'])}`,
);
const URIS = pool(
  500,
  6,
  (g) =>
    `/${g.pick(['api', 'static', 'img', 'login', 'v2'])}/${g.hex(8)}/${g.pick(['index.html', 'app.js', 'logo.png', 'data.json', 'auth'])}`,
);
const IMAGES = [
  'C:\\Windows\\System32\\ftp.exe',
  'C:\\Windows\\System32\\cmd.exe',
  'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Windows\\System32\\svchost.exe',
  'C:\\Windows\\explorer.exe',
  'C:\\Users\\Public\\update.exe',
];
const GUIDS = pool(500, 7, (g) => `{${g.hex(8)}-${g.hex(4)}-${g.hex(4)}-${g.hex(4)}-${g.hex(12)}}`);
const AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0 Safari/537.36',
  'curl/8.4.0',
  'Microsoft-CryptoAPI/10.0',
  'python-requests/2.31.0',
];

interface Kind {
  sourcetype: string;
  source: string;
  index: string;
  make(g: Gen, t: number, host: string): { raw: string; fields: Record<string, FieldValue> };
}

function iso(t: number, micros: number): string {
  return new Date(t).toISOString().replace('Z', `${String(micros).padStart(3, '0')}Z`);
}

function sys(t: number): string {
  const d = new Date(t).toISOString();
  return `${d.slice(0, 4)}/${d.slice(5, 7)}/${d.slice(8, 10)} ${d.slice(11, 19)}`;
}

const KINDS: Kind[] = [
  {
    sourcetype: 'stream:ftp',
    source: 'stream',
    index: 'botsv2',
    make(g, t) {
      const src = g.pick(INTERNAL);
      const dest = g.pick(EXTERNAL.slice(0, 20));
      const method = g.pick(['RETR', 'STOR', 'USER', 'PASS', 'LIST', 'CWD']);
      const sport = 49152 + g.int(16000);
      const bin = g.int(2000);
      const bout = g.int(90000);
      const user = g.pick(USERS);
      const code = g.pick(['226', '150', '331', '230', '250']);
      const raw =
        `{"endtime":"${iso(t + g.int(900), g.int(1000))}","timestamp":"${iso(t, g.int(1000))}",` +
        `"bytes_in":${bin},"bytes_out":${bout},"dest_ip":"${dest}","dest_port":21,` +
        `"flow_id":"${g.hex(8)}-${g.hex(4)}-${g.hex(4)}","method":"${method}","method_parameter":"${g.pick(FILES)}",` +
        `"reply_code":${code},"src_ip":"${src}","src_port":${sport},"user":"${user}"}`;
      return {
        raw,
        fields: {
          src_ip: src,
          dest_ip: dest,
          src_port: String(sport),
          dest_port: '21',
          method,
          reply_code: code,
          user,
          bytes_in: String(bin),
          bytes_out: String(bout),
        },
      };
    },
  },
  {
    sourcetype: 'pan:traffic',
    source: 'udp:514',
    index: 'pan',
    make(g, t, host) {
      const src = g.pick(INTERNAL);
      const dest =
        g.rnd() < 0.7
          ? g.pick(EXTERNAL)
          : `${g.int(223) + 1}.${g.int(256)}.${g.int(256)}.${g.int(256)}`;
      const sport = 1024 + g.int(64000);
      const dport = g.pick(['443', '80', '53', '22', '8080', '3389']);
      const app = g.pick(['ssl', 'web-browsing', 'dns', 'ssh', 'ms-rdp', 'incomplete']);
      const action = g.rnd() < 0.9 ? 'allow' : g.pick(['deny', 'drop', 'reset-both']);
      const bytes = g.int(200000);
      const sent = Math.floor(bytes / 3);
      const session = 100000 + g.int(900000);
      const rule = g.pick(['allow-web', 'allow-dns', 'block-bad', 'default-deny']);
      const ts = sys(t);
      const raw =
        `${ts} ${host} 1,${ts},013201001234,TRAFFIC,end,2304,${ts},${src},${dest},0.0.0.0,0.0.0.0,` +
        `${rule},,,${app},vsys1,trust,untrust,ethernet1/2,ethernet1/1,splunk-fwd,${ts},${session},1,` +
        `${sport},${dport},0,0,0x19,${dport === '53' ? 'udp' : 'tcp'},${action},${bytes},${sent},${bytes - sent},` +
        `${g.int(40) + 1},${ts},${g.int(60)},any,0,${g.hex(10)},0x0,10.0.0.0-10.255.255.255,United States,0`;
      return {
        raw,
        fields: {
          src_ip: src,
          dest_ip: dest,
          src_port: String(sport),
          dest_port: dport,
          app,
          action,
          bytes: String(bytes),
          rule,
          session_id: String(session),
        },
      };
    },
  },
  {
    sourcetype: 'XmlWinEventLog:Microsoft-Windows-Sysmon/Operational',
    source: 'XmlWinEventLog:Microsoft-Windows-Sysmon/Operational',
    index: 'botsv2',
    make(g, t, host) {
      const image = g.pick(IMAGES);
      const dest = g.pick(EXTERNAL);
      const dport = g.pick(['443', '80', '21', '445']);
      const pid = 1000 + g.int(9000);
      const raw =
        `<Event><System><EventID>3</EventID><TimeCreated SystemTime='${new Date(t).toISOString()}'/>` +
        `<Computer>${host}.corp.local</Computer></System><EventData>` +
        `<Data Name='ProcessGuid'>${g.pick(GUIDS)}</Data><Data Name='ProcessId'>${pid}</Data>` +
        `<Data Name='Image'>${image}</Data><Data Name='User'>CORP\\${g.pick(USERS)}</Data>` +
        `<Data Name='DestinationIp'>${dest}</Data><Data Name='DestinationPort'>${dport}</Data></EventData></Event>`;
      return {
        raw,
        fields: {
          EventCode: '3',
          Image: image,
          ProcessId: String(pid),
          dest_ip: dest,
          dest_port: dport,
          Computer: `${host}.corp.local`,
        },
      };
    },
  },
  {
    sourcetype: 'WinEventLog:Security',
    source: 'WinEventLog:Security',
    index: 'wineventlog',
    make(g, t, host) {
      const image = g.pick(IMAGES);
      const user = g.pick(USERS);
      const pid = `0x${g.hex(4)}`;
      const cmd = `${image.split('\\').pop()} ${g.pick(['/c whoami', '-enc ' + g.hex(16), 'open 160.153.91.7', '/s /q', ''])}`;
      const raw =
        `${new Date(t).toISOString()}\nLogName=Security\nEventCode=4688\nComputerName=${host}.corp.local\n` +
        `Message=A new process has been created.\nAccount Name:\t${user}\nNew Process ID:\t${pid}\n` +
        `New Process Name:\t${image}\nProcess Command Line:\t${cmd}`;
      return {
        raw,
        fields: {
          EventCode: '4688',
          Account_Name: [`${host}$`, user],
          New_Process_ID: pid,
          New_Process_Name: image,
          Process_Command_Line: cmd,
          ComputerName: `${host}.corp.local`,
        },
      };
    },
  },
  {
    sourcetype: 'stream:dns',
    source: 'stream',
    index: 'botsv2',
    make(g, t) {
      const src = g.pick(INTERNAL);
      const q = g.rnd() < 0.9 ? g.pick(DOMAINS) : `${g.hex(12)}.${g.pick(DOMAINS)}`;
      const qt = g.pick(['A', 'AAAA', 'TXT', 'MX']);
      const sport = 1024 + g.int(64000);
      const raw =
        `{"timestamp":"${iso(t, g.int(1000))}","src_ip":"${src}","src_port":${sport},"dest_ip":"10.0.1.100",` +
        `"dest_port":53,"transaction_id":${g.int(65536)},"query":["${q}"],"query_type":["${qt}"],` +
        `"reply_code":"NoError","answer":["${g.pick(EXTERNAL)}"],"ttl":[${g.int(3600)}]}`;
      return {
        raw,
        fields: {
          src_ip: src,
          dest_ip: '10.0.1.100',
          src_port: String(sport),
          dest_port: '53',
          query: q,
          query_type: qt,
          reply_code: 'NoError',
        },
      };
    },
  },
  {
    sourcetype: 'stream:http',
    source: 'stream',
    index: 'botsv2',
    make(g, t) {
      const src = g.pick(INTERNAL);
      const site = g.pick(DOMAINS);
      const uri = g.pick(URIS);
      const status = g.pick(['200', '200', '200', '304', '404', '302', '500']);
      const bin = g.int(3000);
      const bout = g.int(500000);
      const method = g.rnd() < 0.8 ? 'GET' : 'POST';
      const raw =
        `{"timestamp":"${iso(t, g.int(1000))}","src_ip":"${src}","dest_ip":"${g.pick(EXTERNAL)}","dest_port":443,` +
        `"http_method":"${method}","site":"${site}","uri_path":"${uri}","status":${status},` +
        `"bytes_in":${bin},"bytes_out":${bout},"http_user_agent":"${g.pick(AGENTS)}"}`;
      return {
        raw,
        fields: {
          src_ip: src,
          site,
          uri_path: uri,
          status,
          http_method: method,
          bytes_in: String(bin),
          bytes_out: String(bout),
          http_user_agent: g.pick(AGENTS),
        },
      };
    },
  },
];

/** `n` events in time order starting 2024-03-05, deterministic for a given seed. */
export function realisticEvents(n: number, seed = 42): EventRecord[] {
  const g = makeGen(seed);
  const out: EventRecord[] = [];
  let t = Date.UTC(2024, 2, 5);
  for (let i = 0; i < n; i++) {
    t += g.int(200);
    const kind = g.pick(KINDS);
    const host = g.pick(HOSTS);
    const { raw, fields } = kind.make(g, t, host);
    out.push({
      time: t,
      raw,
      fields: {
        host,
        source: kind.source,
        sourcetype: kind.sourcetype,
        index: kind.index,
        splunk_server: 'idx1',
        ...fields,
      },
    });
  }
  return out;
}

function csvCell(v: string): string {
  return /[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

/**
 * Bytes these events take as a Splunk CSV export (one column per field seen, multivalue joined by
 * newlines as Splunk does), the yardstick the stored size must stay under.
 */
export function csvBytes(events: readonly EventRecord[]): number {
  const names = [...new Set(events.flatMap((e) => Object.keys(e.fields)))];
  const enc = new TextEncoder();
  let bytes = enc.encode(['_time', '_raw', ...names].join(',') + '\n').length;
  for (const e of events) {
    const cells = [new Date(e.time).toISOString(), e.raw];
    for (const name of names) {
      const v = e.fields[name];
      cells.push(v === undefined ? '' : Array.isArray(v) ? v.join('\n') : v);
    }
    bytes += enc.encode(cells.map(csvCell).join(',') + '\n').length;
  }
  return bytes;
}
