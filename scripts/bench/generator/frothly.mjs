// The world the events describe: Frothly's network in August 2017.

export const HOSTS = [
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
export const WINDOWS_HOSTS = HOSTS.filter(
  (h) => h.name.startsWith('wrk-') || h.name === 'venus' || h.name === 'mercury',
);
// Network data is collected by sensors, so its `host` is the sensor, not the talking machine.
export const STREAM_HOSTS = ['splunk-stream-01', 'splunk-stream-02'];
export const SURICATA_HOSTS = ['ids-suricata-01', 'ids-suricata-02'];
export const PAN_HOSTS = ['pan-fw-01'];
export const SPLUNK_SERVERS = ['idx-01.frothly.local', 'idx-02.frothly.local'];

export const DNS_SERVER = '10.0.1.100';
export const PROXY_NAMES = [
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
