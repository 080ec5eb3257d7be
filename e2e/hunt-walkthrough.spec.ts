import { expect } from '@playwright/test';
import { test } from './helpers/origin-guard';
import { ftpHunt as hunt } from './helpers/hunts';
import { count } from './helpers/app';
import {
  column,
  dragBuckets,
  num,
  openSample,
  panel,
  seriesTotals,
  sorted,
  table,
  urlRange,
  walkHunt,
  type Observations,
} from './helpers/walkthrough';

// The whole FTP exfiltration hunt walked as a learner would, on the workshop sample in a fresh
// profile: step after step with the Next button, each search's key observation read off the
// page, and every step photographed at a laptop's and a projector's size for review
// (test-results/.../screenshots). Plain Playwright `test`: the sample loads by itself.

/** What each step's searches must show on the sample, read off the page. */
const OBSERVE: Observations = {
  async 'data-sourcetypes'(page) {
    const t = await table(page, 'ftp-by-sourcetype');
    expect(column(t, 'sourcetype')).toEqual(
      expect.arrayContaining([
        'stream:ftp',
        'suricata',
        'pan:traffic',
        'pan:threat',
        'XmlWinEventLog:Microsoft-Windows-Sysmon/Operational',
        'wineventlog',
      ]),
    );
  },
  async 'data-network-sensors'(page) {
    const flows = await table(page, 'sensor-flows');
    expect(new Set(column(flows, 'src'))).toEqual(new Set(['10.0.2.107', '10.0.2.109']));
    expect(new Set(column(flows, 'dest'))).toEqual(new Set(['160.153.91.7']));
    expect(new Set(column(flows, 'sourcetype'))).toEqual(new Set(['stream:ftp', 'suricata']));
    const assets = await table(page, 'sensor-flows-assets');
    const host = Object.fromEntries(assets.rows.map((r) => [r.src, r.nt_host]));
    expect(host).toEqual({ '10.0.2.107': 'wrk-btun', '10.0.2.109': 'wrk-klagerf' });
  },
  async 'data-firewall'(page) {
    const dests = await table(page, 'firewall-destinations');
    expect(column(dests, 'dest').slice(0, 2)).toEqual(['71.39.18.125', '160.153.91.7']);
    const toAttacker = await table(page, 'firewall-to-attacker');
    expect(new Set(column(toAttacker, 'src'))).toEqual(
      new Set(['10.0.1.100', '10.0.1.101', '10.0.2.107', '10.0.2.109']),
    );
    for (const r of toAttacker.rows) {
      if (r.src.startsWith('10.0.1.')) expect(r.rule).toBe('block outbound FTP');
      else expect(r.action).toBe('allowed');
    }
    const assets = await table(page, 'firewall-to-attacker-assets');
    const blocked = assets.rows.filter((r) => r.action !== 'allowed').map((r) => r.nt_host);
    expect(sorted(blocked)).toEqual(['mercury', 'venus']);
    const threats = await table(page, 'firewall-threats');
    expect(threats.rows).toHaveLength(2);
    // Both times share Pacific daylight time: the offset is said once, in the header.
    expect(threats.fields[0]).toBe('_time (UTC-07:00)');
    expect(threats.rows[0]['_time (UTC-07:00)']).toMatch(/^2017-08-25 \d\d:\d\d:\d\d\.\d{3}$/);
    for (const r of threats.rows) expect([r.src, r.dest]).toEqual(['71.39.18.125', '160.153.91.7']);
  },
  async 'data-sysmon-hosts'(page) {
    const t = await table(page, 'sysmon-hosts');
    expect(sorted(column(t, 'host'))).toEqual(['venus', 'wrk-btun', 'wrk-klagerf']);
  },
  async 'data-command-lines'(page) {
    const images = await table(page, 'sysmon-ftp-images');
    const ftp = images.rows.find((r) => /\\ftp\.exe$/i.test(r.Image));
    expect(num(ftp?.count ?? '')).toBe(8);
    const lines = await table(page, 'sysmon-ftp-command-lines');
    expect(lines.rows.reduce((n, r) => n + num(r.count), 0)).toBe(8);
    const withScript = lines.rows.filter((r) => /-s:\S+\.dll/i.test(r.CommandLine));
    expect(withScript.reduce((n, r) => n + num(r.count), 0)).toBe(7);
    const scripts = await table(page, 'sysmon-ftp-scripts');
    expect(sorted(column(scripts, 'script'))).toEqual([
      'singlefile.dll',
      'winsys32.dll',
      'winsys64.dll',
    ]);
    const open = await table(page, 'sysmon-ftp-open');
    expect(column(open, 'site')).toEqual(['hildegardsfarm.com']);
  },
  async 'time-series-firewall'(page) {
    const t = await table(page, 'firewall-first-last');
    expect(t.rows).toEqual([{ first: 'Aug 23', last: 'Aug 25' }]);
  },
  async 'time-series-sensors'(page) {
    const t = await table(page, 'sensor-days');
    expect(sorted(column(t, 'day'))).toEqual(['Aug 23', 'Aug 25']);
  },
  async 'time-series-window'(page) {
    const sources = await table(page, 'window-sources');
    expect(sorted(column(sources, 'src'))).toEqual(['10.0.2.107', '10.0.2.109']);
    // 96 hourly buckets from Aug 23 00:00; drag across 16:00-23:00 (the evening of Aug 23).
    const buckets = panel(page, 'window-timechart').locator('.chart-data summary');
    await expect(buckets).toHaveText('Show the data (96 buckets)');
    await dragBuckets(page, 'window-timechart', 16, 23, 96);
    await expect.poll(() => urlRange(page).from).toBe(Date.parse('2017-08-23T16:00:00-07:00'));
    expect(urlRange(page).to).toBe(Date.parse('2017-08-24T00:00:00-07:00'));
    await expect(buckets).toHaveText('Show the data (8 buckets)', { timeout: 30_000 });
    const evening = await seriesTotals(page, 'window-timechart');
    expect(Object.keys(evening).sort()).toEqual(['10.0.2.107', '10.0.2.109']);
    expect(evening['10.0.2.107']).toBeGreaterThan(0);
    expect(evening['10.0.2.107']).toBe(evening['10.0.2.109']);

    // Back to the four days, then the two hours of the evening of Aug 25 (buckets 70-71).
    await page.goBack();
    await expect(buckets).toHaveText('Show the data (96 buckets)', { timeout: 30_000 });
    await dragBuckets(page, 'window-timechart', 70, 71, 96);
    await expect.poll(() => urlRange(page).from).toBe(Date.parse('2017-08-25T22:00:00-07:00'));
    expect(urlRange(page).to).toBe(Date.parse('2017-08-26T00:00:00-07:00'));
    await expect(buckets).toHaveText('Show the data (2 buckets)', { timeout: 30_000 });
    const uploads = await seriesTotals(page, 'window-timechart');
    expect(uploads['10.0.2.107']).toBeGreaterThan(uploads['10.0.2.109']);
    await page.goBack();
    await expect(buckets).toHaveText('Show the data (96 buckets)', { timeout: 30_000 });
  },
  async 'time-series-zoom'(page) {
    const t = await table(page, 'zoom-counts');
    expect(t.rows).toHaveLength(2);
    expect(t.rows[0].count).toBe(t.rows[1].count);
  },
  async 'cluster-1-overview'(page) {
    // The field sidebar counts over every matching event.
    const events = panel(page, 'cluster1-events');
    const sidebar = events.getByRole('complementary', { name: 'Fields' });
    await expect(
      sidebar.getByRole('button', { name: /^dest_port: 1 distinct, in 100% of/ }),
    ).toBeVisible();
    await expect(
      sidebar.getByRole('button', { name: /^flow_id: 2 distinct, in 100% of/ }),
    ).toBeVisible();
    const t = await table(page, 'cluster1-summary');
    expect(t.rows).toHaveLength(1);
    expect(t.rows[0]).toMatchObject({ sessions: '2', dest_port: '21', files: '7' });
    const direction = await table(page, 'cluster1-direction');
    expect(direction.rows.map((r) => [r.method, r.loadway])).toEqual([['RETR', 'Download']]);
  },
  async 'cluster-1-conversation'(page) {
    const t = await table(page, 'cluster1-conversation');
    expect(t.rows[0].time).toBe('20:36:14');
    const klagerf = t.rows.find((r) => r.src === '10.0.2.109');
    expect(klagerf?.time).toBe('20:59:56');
    await expect(panel(page, 'cluster1-commands').locator('.sbs-summary')).toHaveText(
      /^Identical: (\d+) of \1 rows$/,
    );
  },
  async 'cluster-1-side-by-side'(page) {
    const summary = panel(page, 'cluster1-appendcols').locator('.sbs-summary');
    await expect(summary).toHaveText(/^Identical: (\d+) of \1 rows$/);
    await expect(panel(page, 'cluster1-appendcols').locator('.sbs-diff')).toHaveCount(0);
  },
  async 'cluster-1-files'(page) {
    const files = await table(page, 'cluster1-files');
    expect(files.rows).toHaveLength(7);
    for (const r of files.rows) {
      expect(r.count).toBe('2');
      expect(r.src.split('\n').sort()).toEqual(['10.0.2.107', '10.0.2.109']);
    }
    const transfers = await table(page, 'cluster1-file-transfers');
    expect(transfers.rows).toEqual([{ transfers: '2' }]);
  },
  async 'cluster-2-transmissions'(page) {
    const t = await table(page, 'cluster2-sessions');
    expect(t.rows.map((r) => [r.src, num(r.files)])).toEqual([
      ['10.0.2.109', 1],
      ['10.0.2.107', 213],
      ['10.0.2.107', 496],
      ['10.0.2.107', 1],
    ]);
    expect(t.rows[0].first).toMatch(/^22:2\d:\d\d$/);
  },
  async 'cluster-2-password-database'(page) {
    const t = await table(page, 'cluster2-klagerf-upload');
    expect(column(t, 'filename')).toEqual(['frothly_passwords.kdbx']);
  },
  async 'cluster-2-pdfs'(page) {
    const t = await table(page, 'cluster2-pdf-uploads');
    expect(num(t.rows[0].count)).toBe(213 + 496 + 1);
    await expect(
      panel(page, 'cluster2-repeated-pdfs').getByTestId('search-result-count'),
    ).toHaveText('150 results');
  },
  async 'cluster-2-blocked-upload'(page) {
    const last = await table(page, 'cluster2-last-session');
    expect(column(last, 'filename')).toContain('topsecretyeast.pdf');
    expect(column(last, 'kbytes_up')).toContain('0');
    const threat = await table(page, 'cluster2-threat');
    expect(threat.rows).toHaveLength(1);
    expect(threat.rows[0].action).not.toBe('allowed');
  },
  async 'cluster-2-stacking'(page) {
    const t = await table(page, 'cluster2-stack');
    expect(t.rows[0].count).toBe('2');
    await expect(panel(page, 'cluster2-stack').getByTestId('search-result-count')).toHaveText(
      `${count(213 + 496 + 1 + 1 - 150)} results`,
    );
  },
  async 'transactions-account'(page) {
    const t = await table(page, 'account-replies');
    expect(new Set(column(t, 'method_parameter'))).toEqual(new Set(['admin@hildegardsfarm.com']));
  },
  async 'transactions-sessions'(page) {
    const days = await table(page, 'sessions-by-day');
    expect(days.rows.map((r) => [r.day, r.sessions])).toEqual([
      ['Aug 23', '2'],
      ['Aug 25', '4'],
    ]);
    const hosts = await table(page, 'sessions-by-host');
    expect(hosts.rows.map((r) => [r.nt_host, r.sessions])).toEqual([
      ['wrk-btun', '4'],
      ['wrk-klagerf', '2'],
    ]);
    const sessions = await table(page, 'sessions-transactions');
    expect(sessions.rows).toHaveLength(6);
  },
  async 'loose-ends-script-names'(page) {
    const t = await table(page, 'script-names-sourcetypes');
    expect(sorted(column(t, 'sourcetype'))).toEqual([
      'XmlWinEventLog:Microsoft-Windows-Sysmon/Operational',
      'wineventlog',
    ]);
  },
  async 'loose-ends-sysmon'(page) {
    const t = await table(page, 'sysmon-script-runs');
    expect(t.rows.map((r) => r.host)).toEqual(['wrk-btun', 'wrk-klagerf', 'venus', 'wrk-btun']);
    expect(t.rows[3].time).toBe('Aug 25 23:46:08');
    for (const r of t.rows) expect(r.ParentCommandLine).toMatch(/powershell.*-en/i);
  },
  async 'loose-ends-event-log'(page) {
    const hosts = await table(page, 'event-log-hosts');
    // The two single-event hosts tie on count; they keep stats' order (by host name).
    expect(hosts.rows.map((r) => [r.host, r.count, r.percentage, r.EventCode])).toEqual([
      ['wrk-btun', '2', '50', '4688'],
      ['mercury', '1', '25', '4688'],
      ['wrk-klagerf', '1', '25', '4688'],
    ]);
    const mercury = await table(page, 'event-log-mercury');
    expect(column(mercury, 'account')).toEqual(['service3']);
  },
  async 'loose-ends-singlefile'(page) {
    const t = await table(page, 'ftp-after-singlefile');
    expect(t.rows).toEqual([{ count: '0' }]);
  },
  async 'loose-ends-seven-files'(page) {
    const t = await table(page, 'seven-files-summary');
    expect(t.rows[0]).toMatchObject({ count: '22', sourcetypes: '3', hosts: '3' });
    expect(t.rows[0].host.split('\n').sort()).toEqual(['venus', 'wrk-btun', 'wrk-klagerf']);
    const python = await table(page, 'mercury-python');
    expect(python.rows[0].minutes).toBe('10');
  },
  async findings(page) {
    const t = await table(page, 'indicator-sweep');
    expect(column(t, 'sourcetype')).toEqual(expect.arrayContaining(['stream:ftp', 'pan:threat']));
  },
};

test('walkthrough: every step of the FTP exfiltration hunt shows what the hunt says', async ({
  page,
}) => {
  test.setTimeout(360_000);
  await openSample(page);
  await page.goto(`/#/hunts/${hunt.id}`);
  await walkHunt(page, hunt, OBSERVE);
});
