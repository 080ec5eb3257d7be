/** The spec's Palo Alto facts and the time window of the story, on the committed export. */
import { describe, expect, it } from 'vitest';
import {
  ATTACKER_IP,
  BTUN_IP,
  countBy,
  FIREWALL_IP,
  KLAGERF_IP,
  loadExport,
  mentions,
  MERCURY_IP,
  SYSMON,
  VENUS_IP,
} from './export-rows';

const rows = loadExport().rows;
const traffic = rows.filter((r) => r.sourcetype === 'pan:traffic');
const ftpTraffic = traffic.filter((r) => r.get('app') === 'ftp');

describe('pan:traffic', () => {
  it('has its ftp events going mostly to the firewall’s own external address', () => {
    const toFirewall = ftpTraffic.filter((r) => r.get('dest_ip') === FIREWALL_IP);
    expect(toFirewall.length / ftpTraffic.length).toBeGreaterThan(0.9);
    expect(new Set(toFirewall.map((r) => r.get('action')))).toEqual(new Set(['blocked']));
  });

  it('sends the rest to 160.153.91.7, with mercury and venus blocked by "block outbound FTP"', () => {
    const rest = ftpTraffic.filter((r) => r.get('dest_ip') !== FIREWALL_IP);
    expect(new Set(rest.map((r) => r.get('dest_ip')))).toEqual(new Set([ATTACKER_IP]));
    const bySrc = countBy(rest, (r) => r.get('src_ip') ?? '');
    expect([...bySrc.keys()].sort()).toEqual([MERCURY_IP, VENUS_IP, BTUN_IP, KLAGERF_IP].sort());
    for (const r of rest) {
      const server = r.get('src_ip') === MERCURY_IP || r.get('src_ip') === VENUS_IP;
      expect([r.get('action'), r.get('rule') === 'block outbound FTP']).toEqual(
        server ? ['blocked', true] : ['allowed', false],
      );
    }
  });

  it('has by far the most events mentioning ftp', () => {
    const counts = countBy(
      rows.filter((r) => mentions(r.raw, 'ftp')),
      (r) => r.sourcetype,
    );
    for (const st of [
      'suricata',
      'stream:ftp',
      'pan:traffic',
      'pan:threat',
      SYSMON,
      'wineventlog',
    ]) {
      expect(counts.get(st), st).toBeGreaterThan(0);
    }
    const [top, second] = [...counts].sort((a, b) => b[1] - a[1]);
    expect(top[0]).toBe('pan:traffic');
    expect(top[1]).toBeGreaterThan(2 * second[1]);
  });
});

describe('pan:threat', () => {
  it('has exactly two events, 71.39.18.125 to 160.153.91.7, the second blocking topsecretyeast.pdf', () => {
    const threats = rows
      .filter((r) => r.sourcetype === 'pan:threat')
      .sort((a, b) => a.time - b.time);
    expect(threats.map((r) => [r.get('src_ip'), r.get('dest_ip')])).toEqual([
      [FIREWALL_IP, ATTACKER_IP],
      [FIREWALL_IP, ATTACKER_IP],
    ]);
    expect(threats[1].get('file_name')).toBe('topsecretyeast.pdf');
    expect(threats[1].get('action')).toBe('blocked');
    expect(threats[0].get('action')).toBe('allowed');
  });
});

describe('the story’s time window', () => {
  it('keeps all traffic with 160.153.91.7 between Aug 23 and Aug 26', () => {
    const touching = rows.filter(
      (r) => r.get('dest_ip') === ATTACKER_IP || r.get('src_ip') === ATTACKER_IP,
    );
    expect(touching.length).toBeGreaterThan(0);
    for (const r of touching) expect(r.day >= 23 && r.day <= 25, r.wall).toBe(true);
    expect(new Set(touching.map((r) => r.sourcetype))).toEqual(
      new Set(['stream:ftp', 'suricata', 'pan:traffic', 'pan:threat']),
    );
  });

  it('shows mercury and venus with 160.153.91.7 only in pan:traffic', () => {
    const servers = rows.filter(
      (r) =>
        mentions(r.raw, ATTACKER_IP) && (mentions(r.raw, MERCURY_IP) || mentions(r.raw, VENUS_IP)),
    );
    expect(servers.length).toBe(2);
    expect(new Set(servers.map((r) => r.sourcetype))).toEqual(new Set(['pan:traffic']));
  });
});
