/**
 * Names the background looks up besides the sites it visits: telemetry, updates, CDNs and the
 * directory, several of them long or made of random-looking labels, as a real network's DNS is.
 * Lookups only: what follows them (TLS to a CDN, a Windows service) is not modelled.
 */
export interface NoiseName {
  name: string;
  weight: number;
  /** A records; 0 for a name that does not exist. */
  addresses: number;
  type?: 'A' | 'AAAA' | 'SRV';
}

export const WORKSTATION_NAMES: readonly NoiseName[] = [
  { name: 'v10.events.data.microsoft.com', weight: 6, addresses: 2 },
  { name: 'settings-win.data.microsoft.com', weight: 3, addresses: 1 },
  { name: 'watson.telemetry.microsoft.com', weight: 1, addresses: 1 },
  { name: 'ctldl.windowsupdate.com', weight: 2, addresses: 2 },
  { name: 'fe2.update.microsoft.com', weight: 1, addresses: 2 },
  { name: 'time.windows.com', weight: 1, addresses: 1 },
  { name: 'dns.msftncsi.com', weight: 2, addresses: 1 },
  { name: 'www.msftconnecttest.com', weight: 2, addresses: 1 },
  { name: 'frothly-my.sharepoint.com', weight: 4, addresses: 2 },
  { name: 'frothly.sharepoint.com', weight: 3, addresses: 2 },
  { name: 'nexus.officeapps.live.com', weight: 2, addresses: 1 },
  { name: 'officeclient.microsoft.com', weight: 2, addresses: 1 },
  { name: 'outlook.office365.com', weight: 4, addresses: 3, type: 'AAAA' },
  { name: 'safebrowsing.googleapis.com', weight: 3, addresses: 1 },
  { name: 'update.googleapis.com', weight: 1, addresses: 1 },
  { name: 'clientservices.googleapis.com', weight: 2, addresses: 1 },
  { name: 'ssl.gstatic.com', weight: 3, addresses: 1 },
  { name: 'www.gstatic.com', weight: 2, addresses: 1 },
  { name: 'r3---sn-a5mekn7k.googlevideo.com', weight: 1, addresses: 1 },
  { name: 'r5---sn-n4v7sn7y.googlevideo.com', weight: 1, addresses: 1 },
  { name: 'e6858.dscx.akamaiedge.net', weight: 2, addresses: 1 },
  { name: 'a1089.dscd.akamai.net', weight: 1, addresses: 2 },
  { name: 'd3c33hcgiwev3.cloudfront.net', weight: 2, addresses: 2 },
  { name: 'dpm2t4qegrt2h.cloudfront.net', weight: 1, addresses: 2 },
  { name: 'prod.cloudops.mozgcp.net', weight: 1, addresses: 1 },
  { name: 'global.fastly.net', weight: 1, addresses: 2 },
  { name: 'edge-star-mini-shv-01-sea1.facebook.com', weight: 1, addresses: 1 },
  { name: 'slack-imgs.com', weight: 2, addresses: 2 },
  { name: 'wss-primary.slack.com', weight: 2, addresses: 1 },
  { name: 'api.dropboxapi.com', weight: 1, addresses: 1 },
  { name: 'platform.linkedin.com', weight: 1, addresses: 1 },
  { name: 'pagead2.googlesyndication.com', weight: 1, addresses: 1 },
  { name: 'securepubads.g.doubleclick.net', weight: 1, addresses: 1 },
  { name: 'isatap.frothly.local', weight: 1, addresses: 0 },
  {
    name: '_ldap._tcp.Default-First-Site-Name._sites.dc._msdcs.frothly.local',
    weight: 2,
    addresses: 0,
    type: 'SRV',
  },
  { name: '_kerberos._tcp.dc._msdcs.frothly.local', weight: 1, addresses: 0, type: 'SRV' },
];

/** The antivirus asks its vendor's cloud about files by hash: long, random-looking, legitimate. */
export const REPUTATION_SUFFIX = 'avqs.mcafee.com';

/** The mail server checks senders against a block list: many names under one domain. */
export const BLOCKLIST_SUFFIX = 'zen.spamhaus.org';
