/**
 * The DNS exfiltration facts (docs/sample.md), on the committed export, in plain TypeScript over
 * the parsed rows: nothing here goes through the search engine or the generator.
 */
import { describe, expect, it } from 'vitest';
import { countBy, loadExport, mentions, MERCURY_IP, VENUS_IP, type Row } from './export-rows';

const rows = loadExport().rows;
const dns = rows.filter((r) => r.sourcetype === 'stream:dns');
const tunnel = dns.filter((r) => (r.get('query') ?? '').endsWith('.brewcdn.net'));
const BEACON = /^([0-9a-f]{8})-(\d+)\.brewcdn\.net$/;
const CHUNK = /^([0-9a-f]+)\.([0-9a-f]{4})-(\d+)\.brewcdn\.net$/;
const beacons = tunnel.filter((r) => BEACON.test(r.get('query') ?? ''));
const chunks = tunnel.filter((r) => CHUNK.test(r.get('query') ?? ''));
const byTime = (a: Row, b: Row) => a.time - b.time;
const MARS_IP = '10.0.1.10';

function decode(hex: string): string {
  return Buffer.from(hex, 'hex').toString('utf8');
}

describe('the DNS tunnel', () => {
  it('is venus and mercury asking mars for names under brewcdn.net: beacons and chunks only', () => {
    expect(new Set(tunnel.map((r) => r.get('src')))).toEqual(new Set([VENUS_IP, MERCURY_IP]));
    expect(new Set(tunnel.map((r) => r.get('dest')))).toEqual(new Set([MARS_IP]));
    expect(beacons.length + chunks.length).toBe(tunnel.length);
    // No name repeats: a cached answer would never reach the adversary.
    expect(new Set(tunnel.map((r) => r.get('query'))).size).toBe(tunnel.length);
  });

  it('beacons every ten minutes: 23 times from venus, 1,145 from mercury, numbered without gaps', () => {
    const perHost = countBy(beacons, (r) => r.get('src') ?? '');
    expect(Object.fromEntries(perHost)).toEqual({ [VENUS_IP]: 23, [MERCURY_IP]: 1145 });
    for (const ip of [VENUS_IP, MERCURY_IP]) {
      const mine = beacons.filter((r) => r.get('src') === ip).sort(byTime);
      mine.forEach((r, i) => expect(BEACON.exec(r.get('query') ?? '')?.[2]).toBe(String(i + 1)));
      for (let i = 1; i < mine.length; i++) {
        expect(Math.round((mine[i].time - mine[i - 1].time) / 60_000)).toBe(10);
      }
    }
    const answers = countBy(beacons, (r) => r.get('answer') ?? '');
    expect(Object.fromEntries(answers)).toEqual({ '127.0.0.1': 1164, '127.0.0.2': 4 });
  });

  it('sends seven files, each announced by name and size in its chunk 0, after a "send" beacon', () => {
    const files = new Map<string, { src: string; name: string; bytes: number; chunks: number }>();
    for (const r of chunks.sort(byTime)) {
      const [, payload, id, seq] = CHUNK.exec(r.get('query') ?? '') ?? [];
      if (seq === '0') {
        const [name, bytes] = decode(payload).split('|');
        files.set(id, { src: r.get('src') ?? '', name, bytes: Number(bytes), chunks: 0 });
      } else {
        const file = files.get(id);
        if (!file) throw new Error(`chunk before its header: ${r.get('query')}`);
        file.chunks++;
        expect(payload.length).toBeLessThanOrEqual(60);
      }
    }
    expect([...files.values()].map((f) => [f.src, f.name, f.bytes])).toEqual([
      [VENUS_IP, 'network_diagram_2017.vsdx', 3562],
      [VENUS_IP, 'vpn_users.csv', 1318],
      [MERCURY_IP, 'hazy_ipa_v7.xlsx', 4771],
      [MERCURY_IP, 'imperial_stout_2017.docx', 4190],
      [MERCURY_IP, 'yeast_strain_FY22.xlsx', 6284],
      [MERCURY_IP, 'pumpkin_ale_2017.docx', 2833],
      [MERCURY_IP, 'barrel_aging_notes.txt', 1774],
    ]);
    for (const f of files.values()) expect(f.chunks).toBe(Math.ceil(f.bytes / 30));
    // Every burst starts within seconds of a beacon answered 127.0.0.2.
    const sends = beacons.filter((r) => r.get('answer') === '127.0.0.2');
    const firsts = chunks.filter((r) => r.get('query')?.includes('-0.brewcdn.net'));
    for (const first of firsts) {
      const before = sends.filter((s) => s.time <= first.time && first.time - s.time < 300_000);
      expect(before.length, first.wall).toBeGreaterThan(0);
    }
    expect(new Set(chunks.map((r) => r.wall.slice(11, 13)))).toEqual(new Set(['02', '03', '21']));
  });

  it('has every name longer than 65 characters, and no other name, in its chunks', () => {
    const long = new Set(dns.map((r) => r.get('query') ?? '').filter((q) => q.length > 65));
    expect(long.size).toBe(827);
    for (const q of long) expect(q.endsWith('.brewcdn.net')).toBe(true);
    expect(Math.max(...[...long].map((q) => q.length))).toBe(81);
  });

  it('follows each of mercury’s Python starts by a beacon within six seconds', () => {
    const starts = rows
      .filter(
        (r) =>
          r.host === 'mercury' &&
          r.sourcetype === 'wineventlog' &&
          r.get('EventCode') === '4688' &&
          mentions(r.raw, '-m dns'),
      )
      .map((r) => r.time)
      .sort((a, b) => a - b);
    const mine = beacons.filter((r) => r.get('src') === MERCURY_IP);
    expect(starts).toHaveLength(mine.length);
    for (const b of mine) {
      const start = starts.filter((s) => s <= b.time).at(-1) ?? -Infinity;
      expect(b.time - start, b.wall).toBeLessThan(6_000);
    }
  });

  it('shows in stream:dns and Suricata only; the firewall sees mars and the blocked first tries', () => {
    const named = rows.filter((r) => mentions(r.raw, 'brewcdn.net'));
    expect(new Set(named.map((r) => r.sourcetype))).toEqual(new Set(['stream:dns', 'suricata']));
    const blocked = rows.filter(
      (r) => r.sourcetype === 'pan:traffic' && r.get('rule') === 'block outbound DNS',
    );
    expect(Object.fromEntries(countBy(blocked, (r) => r.get('src_ip') ?? ''))).toEqual({
      [VENUS_IP]: 3,
      [MERCURY_IP]: 3,
    });
    // The endpoints log no DNS queries: Sysmon here is process creation only.
    const sysmon = rows.filter((r) => r.sourcetype.includes('Sysmon'));
    expect(new Set(sysmon.map((r) => r.get('EventCode')))).toEqual(new Set(['1']));
  });
});

describe('the DNS background', () => {
  it('has legitimate look-alikes: more random antivirus names, a mail server with many NXDOMAINs', () => {
    const distinct = (suffix: string) =>
      new Set(dns.map((r) => r.get('query') ?? '').filter((q) => q.endsWith(suffix))).size;
    expect(distinct('.avqs.mcafee.com')).toBeGreaterThan(827);
    expect(distinct('.zen.spamhaus.org')).toBeGreaterThan(400);
    const share = new Map<string, number>();
    for (const [src, n] of countBy(dns, (r) => r.get('src') ?? '')) {
      const nx = dns.filter((r) => r.get('src') === src && r.get('reply_code') === 'NXDomain');
      share.set(src, nx.length / n);
    }
    const [top] = [...share].sort((a, b) => b[1] - a[1]);
    expect(top[0]).toBe('10.0.1.25');
  });

  it('has many clients and two resolvers', () => {
    expect(new Set(dns.map((r) => r.get('src'))).size).toBeGreaterThanOrEqual(20);
    expect(new Set(dns.map((r) => r.get('dest')))).toEqual(new Set([MARS_IP, '8.8.8.8']));
  });
});
