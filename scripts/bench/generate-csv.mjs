// Generates a synthetic Splunk search-UI CSV export of BOTS-v2-like data for the import benchmark.
//
//   node scripts/bench/generate-csv.mjs out.csv [events=1000000] [seed=20170823]
//
// The output only has to *look* like what an analyst exports from Splunk (column layout, quoting,
// value shapes, sparsity, multi-line and multivalue cells, _raw sizes), so that parsing, encoding
// and indexing costs in the benchmark are the ones real files cause. It is not a faithful replay of
// any data set.
import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';

export const DEFAULT_SEED = 20170823;
/** Bump when the output for a given (events, seed) changes, so cached files get regenerated. */
export const GENERATOR_VERSION = 3;

// ---------------------------------------------------------------------------------------------
// Seeded PRNG (sfc32): fast, good enough statistically, and the same on every Node version.

/** @param {number} seed */
function makeRandom(seed) {
  let a = 0x9e3779b9 ^ seed;
  let b = 0x243f6a88 ^ (seed >>> 3);
  let c = 0xb7e15162 ^ (seed << 7);
  let d = seed | 0;
  const next = () => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // Early outputs of sfc32 correlate with the seed; discard them.
  for (let i = 0; i < 20; i++) next();
  return next;
}

// ---------------------------------------------------------------------------------------------
// CSV writing, Splunk style.

// Splunk's export writer quotes every cell that is not purely alphanumeric (that is why the header
// reads `"_serial","_time",source,...`): IPs, paths and timestamps come out quoted, plain numbers
// and words do not. Empty cells are written as nothing at all.
const NEEDS_QUOTES = /[^A-Za-z0-9]/;
const QUOTE = /"/g;

/** @param {string | string[] | undefined} v */
function cell(v) {
  if (v === undefined) return '';
  // Multivalue fields are exported as one cell with the values separated by newlines.
  const s = Array.isArray(v) ? v.join('\n') : v;
  if (s === '') return '';
  if (!NEEDS_QUOTES.test(s)) return s;
  return '"' + (s.includes('"') ? s.replace(QUOTE, '""') : s) + '"';
}

const LEADING_COLUMNS = [
  '_serial',
  '_time',
  'source',
  'sourcetype',
  'host',
  'index',
  'splunk_server',
  '_raw',
];

// Extracted fields, sparse across sourcetypes: each event fills only the ones that fit it. Splunk
// orders the non-internal columns by name (ASCII), which puts the Windows CamelCase ones first.
const FIELD_COLUMNS = [
  'Account_Domain',
  'Account_Name',
  'CommandLine',
  'Computer',
  'Creator_Process_Name',
  'EventCode',
  'Image',
  'LogName',
  'New_Process_Name',
  'ParentImage',
  'ProcessId',
  'Process_Command_Line',
  'User',
  'action',
  'alert_category',
  'answer',
  'app',
  'bytes',
  'bytes_in',
  'bytes_out',
  'dest',
  'dest_ip',
  'dest_port',
  'dest_zone',
  'event_type',
  'flow_id',
  'http_user_agent',
  'linecount',
  'method',
  'method_parameter',
  'process',
  'query',
  'query_type',
  'reply_code',
  'rule',
  'session_id',
  'severity',
  'signature',
  'signature_id',
  'site',
  'src',
  'src_ip',
  'src_port',
  'src_zone',
  'status',
  'tag',
  'transport',
  'uri_path',
  'user',
];
const FIELD_INDEX = new Map(FIELD_COLUMNS.map((name, i) => [name, i]));

export const CSV_HEADER = [...LEADING_COLUMNS, ...FIELD_COLUMNS].map(cell).join(',');

// ---------------------------------------------------------------------------------------------
// The world the events describe: Frothly's network in August 2017.

const HOSTS = [
  { name: 'wrk-klagerf', ip: '10.0.2.109', user: 'klagerfield' },
  { name: 'wrk-btun', ip: '10.0.2.107', user: 'btun' },
  { name: 'wrk-aturing', ip: '10.0.2.101', user: 'aturing' },
  { name: 'wrk-fmaltes', ip: '10.0.2.102', user: 'fmaltes' },
  { name: 'wrk-ghoppy', ip: '10.0.2.103', user: 'ghoppy' },
  { name: 'wrk-mkraeus', ip: '10.0.2.104', user: 'mkraeusen' },
  { name: 'wrk-abungst', ip: '10.0.2.105', user: 'abungstein' },
  { name: 'wrk-bgist', ip: '10.0.2.106', user: 'bgist' },
  { name: 'wrk-wkoch', ip: '10.0.2.108', user: 'wkoch' },
  { name: 'wrk-amarcus', ip: '10.0.2.110', user: 'amarcus' },
  { name: 'venus', ip: '10.0.1.100', user: 'service_backup' },
  { name: 'mercury', ip: '10.0.1.101', user: 'svc_sql' },
  { name: 'gacrux', ip: '10.0.1.102', user: 'administrator' },
  { name: 'matar', ip: '10.0.1.103', user: 'administrator' },
  { name: 'jupiter', ip: '10.0.1.104', user: 'svc_web' },
];
const WINDOWS_HOSTS = HOSTS.filter(
  (h) => h.name.startsWith('wrk-') || h.name === 'venus' || h.name === 'mercury',
);
// Network data is collected by sensors, so its `host` is the sensor, not the talking machine.
const STREAM_HOSTS = ['splunk-stream-01', 'splunk-stream-02'];
const SURICATA_HOSTS = ['ids-suricata-01', 'ids-suricata-02'];
const PAN_HOSTS = ['pan-fw-01'];
const SPLUNK_SERVERS = ['idx-01.frothly.local', 'idx-02.frothly.local'];

const DNS_SERVER = '10.0.1.100';
const PROXY_NAMES = [
  'www.froth.ly',
  'www.brewertalk.com',
  'update.microsoft.com',
  'ctldl.windowsupdate.com',
  'ocsp.digicert.com',
  'www.google.com',
  'clients4.google.com',
  'outlook.office365.com',
  'login.microsoftonline.com',
  'en.wikipedia.org',
  'github.com',
  'raw.githubusercontent.com',
  'pastebin.com',
  'dropbox.com',
  'files.frothly.com',
  'prankglassinebracket.jumpingcrab.com',
  'ns1.stuffnthings.fun',
  'hildegardsfarm.com',
  'cdn.shopify.com',
  'graph.facebook.com',
];
const URI_PATHS = [
  '/',
  '/index.php',
  '/wp-login.php',
  '/wp-admin/admin-ajax.php',
  '/member.php',
  '/showthread.php',
  '/images/logo.png',
  '/static/js/app.js',
  '/api/v1/status',
  '/msdownload/update/v3/static/trustedr/en/authrootstl.cab',
  '/MFEwTzBNMEswSTAJBgUrDgMCGgUABBQ',
  '/search',
  '/favicon.ico',
  '/upload/files/shipping.pdf',
];
const USER_AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/60.0.3112.101 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko',
  'Microsoft-CryptoAPI/10.0',
  'Windows-Update-Agent/10.0.10011.16384 Client-Protocol/1.40',
  'Mozilla/5.0 (Windows NT 6.1; WOW64; rv:54.0) Gecko/20100101 Firefox/54.0',
  'curl/7.54.0',
  'python-requests/2.18.1',
  'Mozilla/5.0 (compatible; MSIE 9.0; Windows NT 6.1; Trident/5.0) ALCHEMY',
];
const HTTP_METHODS = ['GET', 'GET', 'GET', 'GET', 'POST', 'POST', 'HEAD', 'PUT'];
const HTTP_STATUSES = [200, 200, 200, 200, 200, 204, 301, 302, 304, 304, 403, 404, 404, 500];
const DNS_TYPES = ['A', 'A', 'A', 'AAAA', 'PTR', 'TXT', 'MX', 'SRV'];
const DNS_REPLY = ['NoError', 'NoError', 'NoError', 'NoError', 'NoError', 'NXDomain', 'ServFail'];
const FTP_COMMANDS = [
  'USER',
  'PASS',
  'CWD',
  'PWD',
  'LIST',
  'RETR',
  'RETR',
  'STOR',
  'TYPE',
  'PASV',
  'QUIT',
];
const FTP_FILES = [
  'python-2.7.13.amd64.msi',
  'psexec.exe',
  'nc.exe',
  'mimikatz.zip',
  'Q3_budget.xlsx',
  'brewery_recipes.docx',
  'pub',
  'incoming',
];
const FTP_REPLIES = [
  [230, 'User logged in, proceed.'],
  [226, 'Transfer complete.'],
  [250, 'CWD command successful.'],
  [150, 'Opening BINARY mode data connection.'],
  [530, 'Login incorrect.'],
  [227, 'Entering Passive Mode (160,153,91,7,195,80).'],
];
const PAN_APPS = [
  'ssl',
  'web-browsing',
  'dns',
  'ms-update',
  'ftp',
  'smb',
  'ms-rdp',
  'incomplete',
  'google-base',
  'office365-enterprise-access',
];
const PAN_RULES = [
  'Allow-Outbound',
  'Allow-Outbound',
  'Allow-DNS',
  'Allow-Internal',
  'Block-Known-Bad',
  'Deny-All',
];
const PAN_END = [
  'tcp-fin',
  'tcp-fin',
  'aged-out',
  'tcp-rst-from-client',
  'tcp-rst-from-server',
  'policy-deny',
];
const SURICATA_SIGNATURES = [
  [2013028, 'ET POLICY curl User-Agent Outbound', 'Attempted Information Leak', 2],
  [2100366, 'GPL ICMP_INFO PING *NIX', 'Misc activity', 3],
  [2027865, 'ET INFO Observed DNS Query to .cloud TLD', 'Potentially Bad Traffic', 2],
  [
    2014726,
    'ET POLICY Outdated Windows Flash Version IE',
    'Potential Corporate Privacy Violation',
    1,
  ],
  [2001219, 'ET SCAN Potential SSH Scan', 'Attempted Information Leak', 2],
  [
    2019401,
    'ET POLICY Vulnerable Java Version 1.8.x Detected',
    'Potential Corporate Privacy Violation',
    1,
  ],
  [2210045, 'SURICATA STREAM Packet with invalid ack', 'Generic Protocol Command Decode', 3],
  [2024897, 'ET USER_AGENTS Go HTTP Client User-Agent', 'Misc activity', 3],
];
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
const EXTERNAL_PREFIXES = [
  '52.114',
  '13.107',
  '172.217',
  '104.16',
  '23.96',
  '160.153',
  '45.77',
  '185.199',
  '151.101',
  '40.97',
  '204.79',
  '8.8',
];

// ---------------------------------------------------------------------------------------------

/** @param {number} n */
const pad2 = (n) => (n < 10 ? '0' + n : '' + n);
/** @param {number} n */
const pad3 = (n) => (n < 10 ? '00' + n : n < 100 ? '0' + n : '' + n);

// Pacific Daylight Time, which is what the BOTS-v2 search head showed for August 2017.
const OFFSET_MS = -7 * 3600_000;

/** `2017-08-23T20:36:14.000-07:00`, as Splunk renders _time in exports. */
function splunkTime(ms) {
  const d = new Date(ms + OFFSET_MS);
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}T${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}.${pad3(d.getUTCMilliseconds())}-07:00`;
}
/** `2017-08-24T03:36:14.123456Z` (Stream's own timestamps are UTC with microseconds). */
function isoUtcMicros(ms, micros) {
  return new Date(ms).toISOString().slice(0, 23) + pad3(micros) + 'Z';
}
/** `2017/08/23 20:36:14` local, for PAN-OS fields. */
function panTime(ms) {
  const d = new Date(ms + OFFSET_MS);
  return `${d.getUTCFullYear()}/${pad2(d.getUTCMonth() + 1)}/${pad2(d.getUTCDate())} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`;
}
/** `08/23/2017 08:36:14 PM` (classic WinEventLog header). */
function winTime(ms) {
  const d = new Date(ms + OFFSET_MS);
  const h = d.getUTCHours();
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${pad2(d.getUTCMonth() + 1)}/${pad2(d.getUTCDate())}/${d.getUTCFullYear()} ${pad2(h12)}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`;
}

/**
 * One event's cells in the export's column order.
 * @typedef {{ source: string, sourcetype: string, host: string, raw: string, fields: Array<[string, string | string[]]>, ms: number }} GenEvent
 */

/** @param {() => number} rnd */
function makeGenerators(rnd) {
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  /** @template T @param {readonly T[]} a @returns {T} */
  const pick = (a) => a[Math.floor(rnd() * a.length)];
  // Heavy-tailed sizes: most flows are small, a few are large.
  const bytesLike = (scale) => Math.floor(scale * Math.exp(rnd() * 6)) + int(40, 120);
  const externalIp = () => `${pick(EXTERNAL_PREFIXES)}.${int(0, 255)}.${int(1, 254)}`;
  const ephemeralPort = () => int(49152, 65535);
  const hex = (n) => {
    let s = '';
    for (let i = 0; i < n; i++) s += '0123456789abcdef'[int(0, 15)];
    return s;
  };
  // Counters run down because the export runs newest first.
  let recordNumber = 9_400_000;
  let flowId = 1_234_567_890_123_456;

  /** @param {number} ms @returns {GenEvent} */
  function streamDns(ms) {
    const h = pick(HOSTS);
    const q = pick(PROXY_NAMES);
    const qtype = pick(DNS_TYPES);
    const reply = pick(DNS_REPLY);
    const answers =
      reply !== 'NoError'
        ? []
        : rnd() < 0.15
          ? [externalIp(), externalIp(), externalIp()]
          : [externalIp()];
    const bytesIn = int(30, 90);
    const bytesOut = bytesIn + answers.length * 16 + int(10, 60);
    const srcPort = ephemeralPort();
    const micros = int(0, 999);
    const raw =
      `{"timestamp":"${isoUtcMicros(ms, micros)}","bytes_in":${bytesIn},"bytes_out":${bytesOut},"dest_ip":"${DNS_SERVER}","dest_port":53,"query":["${q}"],"query_type":["${qtype}"],` +
      `"reply_code":"${reply}","src_ip":"${h.ip}","src_port":${srcPort},"transport":"udp"` +
      (answers.length ? `,"answer":${JSON.stringify(answers)}}` : '}');
    /** @type {Array<[string, string | string[]]>} */
    const fields = [
      ['answer', answers.length > 1 ? answers : (answers[0] ?? '')],
      ['bytes', String(bytesIn + bytesOut)],
      ['bytes_in', String(bytesIn)],
      ['bytes_out', String(bytesOut)],
      ['dest_ip', DNS_SERVER],
      ['dest_port', '53'],
      ['linecount', '1'],
      ['query', q],
      ['query_type', qtype],
      ['reply_code', reply],
      ['src_ip', h.ip],
      ['src_port', String(srcPort)],
      ['transport', 'udp'],
    ];
    if (rnd() < 0.1) fields.push(['tag', ['network', 'resolution', 'dns']]);
    return {
      source: 'stream:dns',
      sourcetype: 'stream:dns',
      host: pick(STREAM_HOSTS),
      raw,
      fields,
      ms,
    };
  }

  /** @param {number} ms @returns {GenEvent} */
  function streamHttp(ms) {
    const h = pick(HOSTS);
    const site = pick(PROXY_NAMES);
    const method = pick(HTTP_METHODS);
    const status = pick(HTTP_STATUSES);
    const uri = pick(URI_PATHS);
    const ua = pick(USER_AGENTS);
    const dest = externalIp();
    const srcPort = ephemeralPort();
    const bytesIn = bytesLike(20);
    const bytesOut = bytesLike(200);
    const micros = int(0, 999);
    const raw =
      `{"timestamp":"${isoUtcMicros(ms, micros)}","bytes_in":${bytesIn},` +
      `"bytes_out":${bytesOut},"dest_ip":"${dest}","dest_port":80,"http_method":"${method}","http_user_agent":"${ua}",` +
      `"site":"${site}","src_ip":"${h.ip}","src_port":${srcPort},"status":${status},"uri_path":"${uri}"}`;
    return {
      source: 'stream:http',
      sourcetype: 'stream:http',
      host: pick(STREAM_HOSTS),
      raw,
      ms,
      fields: [
        ['bytes_in', String(bytesIn)],
        ['bytes_out', String(bytesOut)],
        ['dest_ip', dest],
        ['dest_port', '80'],
        ['http_user_agent', ua],
        ['linecount', '1'],
        ['method', method],
        ['site', site],
        ['src_ip', h.ip],
        ['src_port', String(srcPort)],
        ['status', String(status)],
        ['uri_path', uri],
      ],
    };
  }

  /** @param {number} ms @returns {GenEvent} */
  function streamFtp(ms) {
    const h = pick(HOSTS);
    const cmd = pick(FTP_COMMANDS);
    const param =
      cmd === 'RETR' || cmd === 'STOR' || cmd === 'CWD'
        ? pick(FTP_FILES)
        : cmd === 'USER'
          ? 'anonymous'
          : '';
    const [code, text] = pick(FTP_REPLIES);
    const dest = rnd() < 0.7 ? '160.153.91.7' : externalIp();
    const srcPort = ephemeralPort();
    const bytesIn = int(6, 80);
    const bytesOut = int(20, 120);
    const micros = int(0, 999);
    const raw =
      `{"timestamp":"${isoUtcMicros(ms, micros)}","bytes_in":${bytesIn},"bytes_out":${bytesOut},` +
      `"dest_ip":"${dest}","dest_port":21,"method":"${cmd}",` +
      (param ? `"method_parameter":"${param}",` : '') +
      `"reply_code":${code},"reply_content":"${text}","src_ip":"${h.ip}","src_port":${srcPort}}`;
    return {
      source: 'stream:ftp',
      sourcetype: 'stream:ftp',
      host: pick(STREAM_HOSTS),
      raw,
      ms,
      fields: [
        ['bytes_in', String(bytesIn)],
        ['bytes_out', String(bytesOut)],
        // Splunk Stream's CIM aliases, which hunts search by (dest=160.153.91.7, by src).
        ['dest', dest],
        ['dest_ip', dest],
        ['dest_port', '21'],
        ['linecount', '1'],
        ['method', cmd],
        ['method_parameter', param],
        ['reply_code', String(code)],
        ['src', h.ip],
        ['src_ip', h.ip],
        ['src_port', String(srcPort)],
      ],
    };
  }

  /** @param {number} ms @returns {GenEvent} */
  function suricata(ms) {
    const h = pick(HOSTS);
    const outbound = rnd() < 0.8;
    const src = outbound ? h.ip : externalIp();
    const dst = outbound ? externalIp() : h.ip;
    const srcPort = outbound ? ephemeralPort() : pick([80, 443, 22, 8443]);
    const dstPort = outbound ? pick([80, 443, 443, 53, 8443, 21]) : ephemeralPort();
    const proto = dstPort === 53 ? 'UDP' : 'TCP';
    const d = new Date(ms + OFFSET_MS);
    const ts = d.toISOString().slice(0, 23) + pad3(int(0, 999)) + '-0700';
    const id = flowId--;
    const kind = rnd();
    /** @type {Array<[string, string | string[]]>} */
    const fields = [
      ['dest_ip', dst],
      ['dest_port', String(dstPort)],
      ['flow_id', String(id)],
      ['linecount', '1'],
      ['src_ip', src],
      ['src_port', String(srcPort)],
      ['transport', proto.toLowerCase()],
    ];
    let raw = `{"timestamp":"${ts}","flow_id":${id},`;
    if (kind < 0.35) {
      const [sid, sig, cat, sev] = pick(SURICATA_SIGNATURES);
      raw +=
        `"event_type":"alert","src_ip":"${src}","src_port":${srcPort},"dest_ip":"${dst}","dest_port":${dstPort},"proto":"${proto}",` +
        `"alert":{"action":"allowed","gid":1,"signature_id":${sid},"signature":"${sig}","category":"${cat}","severity":${sev}}}`;
      fields.push(
        ['action', 'allowed'],
        ['alert_category', cat],
        ['event_type', 'alert'],
        ['severity', String(sev)],
        ['signature', sig],
        ['signature_id', String(sid)],
      );
      if (rnd() < 0.3) fields.push(['tag', ['ids', 'attack']]);
    } else if (kind < 0.8) {
      const pIn = int(1, 40);
      const pOut = int(1, 60);
      const bIn = bytesLike(30);
      const bOut = bytesLike(120);
      raw +=
        `"event_type":"flow","src_ip":"${src}","src_port":${srcPort},"dest_ip":"${dst}","dest_port":${dstPort},"proto":"${proto}",` +
        `"flow":{"pkts_toserver":${pIn},"pkts_toclient":${pOut},"bytes_toserver":${bIn},"bytes_toclient":${bOut}}}`;
      fields.push(['bytes_in', String(bIn)], ['bytes_out', String(bOut)], ['event_type', 'flow']);
    } else {
      const sni = pick(PROXY_NAMES);
      raw +=
        `"event_type":"tls","src_ip":"${src}","src_port":${srcPort},"dest_ip":"${dst}","dest_port":${dstPort},"proto":"${proto}",` +
        `"tls":{"subject":"CN=${sni}","sni":"${sni}","version":"TLS 1.2"}}`;
      fields.push(['event_type', 'tls'], ['site', sni]);
    }
    fields.sort((a, b) => (a[0] < b[0] ? -1 : 1));
    return {
      source: '/var/log/suricata/eve.json',
      sourcetype: 'suricata',
      host: pick(SURICATA_HOSTS),
      raw,
      fields,
      ms,
    };
  }

  /** @param {number} ms @returns {GenEvent} */
  function panTraffic(ms) {
    const h = pick(HOSTS);
    const app = pick(PAN_APPS);
    const rule = pick(PAN_RULES);
    const deny = rule.startsWith('Block') || rule === 'Deny-All';
    const action = deny ? 'deny' : 'allow';
    const dst = externalIp();
    const srcPort = ephemeralPort();
    const dstPort =
      app === 'dns'
        ? 53
        : app === 'web-browsing'
          ? 80
          : app === 'ftp'
            ? 21
            : app === 'smb'
              ? 445
              : app === 'ms-rdp'
                ? 3389
                : 443;
    const transport = dstPort === 53 ? 'udp' : 'tcp';
    const bIn = deny ? 0 : bytesLike(40);
    const bOut = deny ? int(60, 200) : bytesLike(15);
    const session = int(10000, 999999);
    const user = rnd() < 0.6 ? `frothly\\${h.user}` : '';
    const t = panTime(ms);
    const raw =
      `1,${t},001801010877,TRAFFIC,end,1,${t},${h.ip},${dst},0.0.0.0,0.0.0.0,${rule},${user},,${app},vsys1,trust,untrust,` +
      `ethernet1/2,ethernet1/1,default,${t},${session},1,${srcPort},${dstPort},0,0,0x19,${transport},${action},` +
      `${bIn + bOut},${bOut},${bIn},${int(1, 60)},${t},${int(0, 120)},any,0,${int(1e8, 9e8)},0x0,10.0.0.0-10.255.255.255,US,0,${int(1, 30)},${int(0, 30)},${deny ? 'policy-deny' : pick(PAN_END)}`;
    /** @type {Array<[string, string | string[]]>} */
    const fields = [
      ['action', deny ? 'blocked' : 'allowed'],
      ['app', app],
      ['bytes', String(bIn + bOut)],
      ['bytes_in', String(bIn)],
      ['bytes_out', String(bOut)],
      ['dest', dst],
      ['dest_ip', dst],
      ['dest_port', String(dstPort)],
      ['dest_zone', 'untrust'],
      ['linecount', '1'],
      ['rule', rule],
      ['session_id', String(session)],
      ['src', h.ip],
      ['src_ip', h.ip],
      ['src_port', String(srcPort)],
      ['src_zone', 'trust'],
      ['transport', transport],
    ];
    if (user) fields.push(['user', user]);
    return { source: 'udp:514', sourcetype: 'pan:traffic', host: pick(PAN_HOSTS), raw, fields, ms };
  }

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

  // Rough shares of the BOTS-v2 sourcetypes that matter for hunting; weights sum to 1.
  const MIX = [
    [0.22, panTraffic],
    [0.3, streamDns],
    [0.13, streamHttp],
    [0.05, streamFtp],
    [0.2, suricata],
    [0.05, sysmon],
    [0.05, winEventLog],
  ];
  const cumulative = [];
  let acc = 0;
  for (const [w, fn] of MIX) cumulative.push([(acc += w), fn]);

  /** @param {number} ms */
  return function next(ms) {
    const r = rnd() * acc;
    for (const [c, fn] of cumulative) if (r < c) return fn(ms);
    return cumulative[cumulative.length - 1][1](ms);
  };
}

// Export window: all of August 2017 (PDT), newest first as Splunk returns them.
const END_MS = Date.UTC(2017, 8, 1, 7, 0, 0) - 1; // 2017-08-31T23:59:59.999-07:00
const SPAN_MS = 31 * 24 * 3600_000;

/**
 * Writes the export to `path`.
 * @param {string} path
 * @param {{ events: number, seed?: number }} options
 * @returns {Promise<{ path: string, events: number, bytes: number, rawBytes: number, seed: number }>}
 */
export async function generateCsv(path, { events, seed = DEFAULT_SEED }) {
  if (!Number.isInteger(events) || events < 1)
    throw new Error(`events must be a positive integer, got ${events}`);
  const rnd = makeRandom(seed);
  const next = makeGenerators(rnd);
  const out = createWriteStream(path, { highWaterMark: 1 << 20 });
  const failed = new Promise((_, reject) => out.once('error', reject));
  failed.catch(() => {});
  /** @param {Buffer} s */
  const write = async (s) => {
    if (!out.write(s)) await Promise.race([new Promise((r) => out.once('drain', r)), failed]);
  };

  const row = new Array(FIELD_COLUMNS.length);
  const slot = SPAN_MS / events;
  let prevTime = END_MS;
  let rawBytes = 0;
  // Rows go straight into a byte buffer: appending to one big string makes V8 build ropes that it
  // has to flatten and collect, which cost more than generating the rows.
  const FLUSH_AT = 4 << 20;
  let buf = Buffer.allocUnsafe(FLUSH_AT + (1 << 20));
  let used = buf.write(CSV_HEADER + '\n', 0, 'latin1');
  for (let i = 0; i < events; i++) {
    // One random moment per equal slot: newest first, and inside August whatever the count.
    const ms = END_MS - Math.floor((i + rnd()) * slot);
    const e = next(ms);
    row.fill('');
    for (const [k, v] of e.fields) row[FIELD_INDEX.get(k)] = cell(v);
    // Most sources log whole seconds; Stream and Suricata keep milliseconds.
    // Truncating can step past the previous row; the clamp keeps the order strictly newest first.
    const t = Math.min(
      prevTime,
      e.sourcetype.startsWith('stream') || e.sourcetype === 'suricata' ? ms : ms - (ms % 1000),
    );
    prevTime = t;
    // Everything generated is ASCII, so string length is byte length and latin1 writes are exact.
    rawBytes += e.raw.length;
    const line =
      `${i},"${splunkTime(t)}",${cell(e.source)},${cell(e.sourcetype)},${cell(e.host)},botsv2,` +
      `${cell(SPLUNK_SERVERS[i & 1])},${cell(e.raw)},${row.join(',')}\n`;
    if (used + line.length > buf.length)
      throw new Error(`row ${i} too long (${line.length} bytes)`);
    used += buf.write(line, used, 'latin1');
    if (used >= FLUSH_AT) {
      await write(buf.subarray(0, used));
      buf = Buffer.allocUnsafe(FLUSH_AT + (1 << 20));
      used = 0;
    }
  }
  await write(buf.subarray(0, used));
  await new Promise((resolve, reject) =>
    out.end((/** @type {Error|undefined} */ err) => (err ? reject(err) : resolve(undefined))),
  );
  const { size } = await stat(path);
  return { path, events, bytes: size, rawBytes, seed };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [path, eventsArg = '1000000', seedArg] = process.argv.slice(2);
  if (!path) {
    console.error('usage: node scripts/bench/generate-csv.mjs OUT.csv [events=1000000] [seed]');
    process.exit(2);
  }
  const started = performance.now();
  const r = await generateCsv(path, {
    events: Number(eventsArg),
    seed: seedArg ? Number(seedArg) : DEFAULT_SEED,
  });
  const secs = (performance.now() - started) / 1000;
  console.log(
    `${r.path}: ${r.events.toLocaleString('en-US')} rows, ${(r.bytes / 1e6).toFixed(1)} MB, ` +
      `_raw avg ${(r.rawBytes / r.events).toFixed(0)} B, seed ${r.seed}, ${secs.toFixed(1)} s`,
  );
}
