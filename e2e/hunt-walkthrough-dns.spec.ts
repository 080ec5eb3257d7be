import { expect } from '@playwright/test';
import { test } from './helpers/origin-guard';
import { dnsHunt as hunt } from './helpers/hunts';
import {
  column,
  num,
  openSample,
  panel,
  photograph,
  seriesTotals,
  sorted,
  table,
  walkHunt,
  type Observations,
} from './helpers/walkthrough';

// The DNS exfiltration hunt walked as a learner would, from the start page (the library, since
// two hunts come with the app) on the workshop sample in a fresh profile: each step's key
// observation read off the page, every step photographed at 1280x720 and 1920x1080
// (test-results/.../screenshots).

const OBSERVE: Observations = {
  async 'data-port-53'(page) {
    const t = await table(page, 'port-53-sourcetypes');
    expect(sorted(column(t, 'sourcetype'))).toEqual(['pan:traffic', 'stream:dns', 'suricata']);
    const sysmon = await table(page, 'sysmon-event-codes');
    expect(column(sysmon, 'EventCode')).toEqual(['1']);
  },
  async 'data-resolvers'(page) {
    const t = await table(page, 'resolvers');
    expect(t.rows[0].nt_host).toBe('mars');
    expect(t.rows.find((r) => r.dest === '8.8.8.8')?.clients).toBe('1');
  },
  async 'data-firewall'(page) {
    const t = await table(page, 'firewall-dns');
    const blocked = t.rows.filter((r) => r.action === 'blocked');
    expect(sorted(blocked.map((r) => r.nt_host))).toEqual(['mercury', 'venus']);
    for (const r of blocked) expect(r.rule).toBe('block outbound DNS');
  },
  async 'time-series-servers'(page) {
    const days = await table(page, 'server-busy-days');
    expect(sorted(column(days, 'day'))).toEqual(['Aug 24', 'Aug 26', 'Aug 29']);
    expect(new Set(column(days, 'nt_host'))).toEqual(new Set(['mercury']));
    const totals = await seriesTotals(page, 'server-names-per-day');
    const [top] = Object.entries(totals).sort((a, b) => b[1] - a[1]);
    expect(top[0]).toBe('10.0.1.100');
  },
  async 'time-series-night'(page) {
    const first = await table(page, 'mercury-first-burst');
    expect(first.rows[0].first).toBe('02:00');
    const totals = await seriesTotals(page, 'night-names');
    expect(totals['10.0.1.100']).toBeGreaterThan(300);
    expect(totals['10.0.1.101']).toBeGreaterThan(150);
  },
  async 'cluster-length'(page) {
    const lengths = await table(page, 'name-lengths');
    expect(lengths.rows[0].len).toBe('81');
    const long = await table(page, 'long-names');
    expect(long.rows).toEqual([
      expect.objectContaining({ domain: 'brewcdn.net', names: '827', clients: '2' }),
    ]);
  },
  async 'cluster-entropy'(page) {
    const t = await table(page, 'label-entropy');
    expect(t.rows[0].domain).toBe('mcafee.com');
    expect(t.rows.find((r) => r.domain === 'brewcdn.net')?.avg_entropy).toBe('3.8');
  },
  async 'cluster-volume'(page) {
    const t = await table(page, 'names-per-client-domain');
    expect(t.rows.slice(0, 3).map((r) => [r.nt_host, r.domain])).toEqual([
      ['mercury', 'brewcdn.net'],
      ['saturn', 'spamhaus.org'],
      ['venus', 'brewcdn.net'],
    ]);
    const nx = await table(page, 'nxdomain-share');
    expect(nx.rows[0].nt_host).toBe('saturn');
  },
  async 'cluster-beacons'(page) {
    const t = await table(page, 'beacons');
    const byHost = Object.fromEntries(t.rows.map((r) => [r.nt_host, num(r.count)]));
    expect(byHost).toEqual({ mercury: 1145, venus: 23 });
    const gaps = await table(page, 'beacon-interval');
    expect(column(gaps, 'minutes')).toEqual(['10']);
  },
  async 'cluster-files'(page) {
    const files = await table(page, 'files');
    expect(files.rows).toHaveLength(7);
    const headers = await table(page, 'file-headers');
    expect(column(headers, 'name')).toEqual([
      'network_diagram_2017.vsdx',
      'vpn_users.csv',
      'hazy_ipa_v7.xlsx',
      'imperial_stout_2017.docx',
      'yeast_strain_FY22.xlsx',
      'pumpkin_ale_2017.docx',
      'barrel_aging_notes.txt',
    ]);
  },
  async 'loose-ends-schedule'(page) {
    const t = await table(page, 'python-then-beacon');
    expect(t.rows).toHaveLength(1);
    expect([num(t.rows[0].beacons), num(t.rows[0].after_python)]).toEqual([1145, 1145]);
  },
  async 'loose-ends-reach'(page) {
    const t = await table(page, 'domain-sweep');
    expect(sorted(column(t, 'sourcetype'))).toEqual(['stream:dns', 'suricata']);
  },
  async findings(page) {
    const t = await table(page, 'tunnel-summary');
    expect(sorted(t.rows.map((r) => `${r.nt_host} ${r.kind}`))).toEqual([
      'mercury beacon',
      'mercury data',
      'venus beacon',
      'venus data',
    ]);
    const count = (host: string, kind: string) =>
      num(t.rows.find((r) => r.nt_host === host && r.kind === kind)?.count ?? '');
    expect([count('mercury', 'beacon'), count('venus', 'beacon')]).toEqual([1145, 23]);
  },
};

test('walkthrough: every step of the DNS exfiltration hunt shows what the hunt says', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await openSample(page);
  // Two hunts come with the app: the start page is the library.
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hunts');
  await photograph(page, 'library', -1);
  const card = page.locator(`li.library-card[data-hunt-id="${hunt.id}"]`);
  await card.getByRole('link', { name: 'Open' }).click();
  await walkHunt(page, hunt, OBSERVE);
  await expect(panel(page, 'tunnel-summary')).toHaveCount(0);
});
