/** What Frothly's people and machines talk to on an ordinary day. */
export interface Site {
  name: string;
  /** Plain HTTP sites show up in stream:http; the rest is TLS. */
  https: boolean;
  /** Palo Alto App-ID and URL category. */
  app: string;
  category: string;
  paths: readonly string[];
  contentType: string;
  weight: number;
  /** How many A records the name has. */
  addresses: number;
}

export const SITES: readonly Site[] = [
  {
    name: 'outlook.office365.com',
    https: true,
    app: 'office365-enterprise-access',
    category: 'computer-and-internet-info',
    paths: ['/'],
    contentType: 'application/json',
    weight: 10,
    addresses: 3,
  },
  {
    name: 'login.microsoftonline.com',
    https: true,
    app: 'office365-enterprise-access',
    category: 'computer-and-internet-info',
    paths: ['/'],
    contentType: 'text/html',
    weight: 4,
    addresses: 2,
  },
  {
    name: 'www.google.com',
    https: true,
    app: 'google-base',
    category: 'search-engines',
    paths: ['/'],
    contentType: 'text/html',
    weight: 8,
    addresses: 1,
  },
  {
    name: 'clients4.google.com',
    https: true,
    app: 'google-base',
    category: 'computer-and-internet-info',
    paths: ['/'],
    contentType: 'application/json',
    weight: 3,
    addresses: 1,
  },
  {
    name: 'fonts.gstatic.com',
    https: true,
    app: 'ssl',
    category: 'computer-and-internet-info',
    paths: ['/'],
    contentType: 'font/woff2',
    weight: 2,
    addresses: 1,
  },
  {
    name: 'www.linkedin.com',
    https: true,
    app: 'linkedin-base',
    category: 'social-networking',
    paths: ['/'],
    contentType: 'text/html',
    weight: 2,
    addresses: 2,
  },
  {
    name: 'slack.com',
    https: true,
    app: 'slack-base',
    category: 'business-and-economy',
    paths: ['/'],
    contentType: 'application/json',
    weight: 4,
    addresses: 2,
  },
  {
    name: 'www.dropbox.com',
    https: true,
    app: 'dropbox-base',
    category: 'online-storage-and-backup',
    paths: ['/'],
    contentType: 'text/html',
    weight: 1,
    addresses: 2,
  },
  {
    name: 'en.wikipedia.org',
    https: true,
    app: 'ssl',
    category: 'reference-and-research',
    paths: ['/'],
    contentType: 'text/html',
    weight: 2,
    addresses: 1,
  },
  {
    name: 'www.youtube.com',
    https: true,
    app: 'youtube-base',
    category: 'streaming-media',
    paths: ['/'],
    contentType: 'text/html',
    weight: 2,
    addresses: 2,
  },
  {
    name: 'settings-win.data.microsoft.com',
    https: true,
    app: 'ssl',
    category: 'computer-and-internet-info',
    paths: ['/'],
    contentType: 'application/json',
    weight: 3,
    addresses: 1,
  },
  {
    name: 'www.untappd.com',
    https: true,
    app: 'ssl',
    category: 'alcohol-and-tobacco',
    paths: ['/'],
    contentType: 'text/html',
    weight: 1,
    addresses: 1,
  },
  {
    name: 'www.beeradvocate.com',
    https: true,
    app: 'ssl',
    category: 'alcohol-and-tobacco',
    paths: ['/'],
    contentType: 'text/html',
    weight: 1,
    addresses: 1,
  },
  {
    name: 'www.brewertalk.com',
    https: false,
    app: 'web-browsing',
    category: 'alcohol-and-tobacco',
    paths: [
      '/',
      '/forumdisplay.php?fid=2',
      '/showthread.php?tid=7',
      '/showthread.php?tid=12',
      '/member.php?action=profile&uid=3',
      '/images/logo.png',
    ],
    contentType: 'text/html',
    weight: 3,
    addresses: 1,
  },
  {
    name: 'ctldl.windowsupdate.com',
    https: false,
    app: 'ms-update',
    category: 'computer-and-internet-info',
    paths: [
      '/msdownload/update/v3/static/trustedr/en/authrootstl.cab',
      '/msdownload/update/v3/static/trustedr/en/disallowedcertstl.cab',
    ],
    contentType: 'application/vnd.ms-cab-compressed',
    weight: 2,
    addresses: 2,
  },
  {
    name: 'ocsp.digicert.com',
    https: false,
    app: 'web-browsing',
    category: 'computer-and-internet-info',
    paths: [
      '/MFEwTzBNMEswSTAJBgUrDgMCGgUABBQ50otx%2Fh0Ztl%2Bz8SiPI7wEWVxDlQQUTiJUIBiV5uNu5g%2F6%2BrkS7QYXjzkCEAUZZSZEml49Gjh0j13P68w%3D',
    ],
    contentType: 'application/ocsp-response',
    weight: 2,
    addresses: 1,
  },
  {
    name: 'www.weather.gov',
    https: false,
    app: 'web-browsing',
    category: 'news',
    paths: ['/', '/sew/', '/images/nws/nws_logo.png'],
    contentType: 'text/html',
    weight: 1,
    addresses: 1,
  },
];

/** Internal names workstations look up (answered by mars). */
export const INTERNAL_NAMES: readonly (readonly [string, string])[] = [
  ['mars.frothly.local', '10.0.1.10'],
  ['venus.frothly.local', '10.0.1.101'],
  ['saturn.frothly.local', '10.0.1.25'],
  ['intranet.frothly.local', '10.0.1.20'],
  ['_ldap._tcp.dc._msdcs.frothly.local', ''],
  ['wpad.frothly.local', ''],
];

export const USER_AGENTS: readonly string[] = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/60.0.3112.101 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/60.0.3112.90 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko',
  'Microsoft-CryptoAPI/10.0',
];
