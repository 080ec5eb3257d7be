// Splunk Stream's wire data: DNS, HTTP and FTP, one JSON event per transaction.
import { DNS_SERVER, HOSTS, PROXY_NAMES, STREAM_HOSTS } from './frothly.mjs';
import { isoUtcMicros } from './times.mjs';

/** @typedef {import('./splunk-csv.mjs').GenEvent} GenEvent */

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

/** @param {import('./draws.mjs').Draws} draw */
export function streamEvents({ rnd, int, pick, bytesLike, externalIp, ephemeralPort }) {
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

  return { streamDns, streamHttp, streamFtp };
}
