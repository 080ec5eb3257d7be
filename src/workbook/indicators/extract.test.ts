import { describe, expect, it } from 'vitest';
import { bundledHunt } from '../../../scripts/hunts/bundled';
import { expectLinear } from '../../test/support/scaling';
import { collectIndicators } from './collect';
import { extractIndicators } from './extract';
import { canonicalIpv6, isInternalAddress, isIpv4 } from './ip';
import type { IndicatorKind } from './types';

const values = (text: string, kind?: IndicatorKind) =>
  extractIndicators(text)
    .filter((i) => kind === undefined || i.kind === kind)
    .map((i) => i.value);

const ftpExfiltrationHunt = bundledHunt('ftp-exfiltration');

describe('extractIndicators over the FTP hunt', () => {
  const texts = ftpExfiltrationHunt.steps.flatMap((s) => [
    s.narrative,
    ...s.searches.map((q) => q.notice),
  ]);
  const found = extractIndicators(texts.join('\n\n'));
  const byKind = (kind: IndicatorKind) => found.filter((i) => i.kind === kind).map((i) => i.value);

  it('finds the adversary’s address, domain, account and script names', () => {
    expect(byKind('ipv4')).toContain('160.153.91.7');
    expect(byKind('domain')).toEqual(['hildegardsfarm.com']);
    expect(byKind('email')).toEqual(['admin@hildegardsfarm.com']);
    for (const f of ['winsys32.dll', 'winsys64.dll', 'singlefile.dll']) {
      expect(byKind('file')).toContain(f);
    }
  });

  it('finds nothing that is not an address, domain, account or file name', () => {
    // Every file has an extension a file name has; no time, version or sourcetype slips in.
    expect(byKind('file').every((f) => /\.(dll|exe|pdf|kdbx|csv|py|msi|hwp)$/.test(f))).toBe(true);
    expect(byKind('ipv4').every(isIpv4)).toBe(true);
    expect(new Set(found.map((i) => i.kind))).toEqual(new Set(['ipv4', 'domain', 'email', 'file']));
    expect(found.map((i) => i.value)).not.toContain('com');
  });
});

describe('extractIndicators', () => {
  it('takes valid IPv4 only, not versions, octets over 255 or longer dotted numbers', () => {
    expect(values('1.2.3 and v1.2.3.4 and 256.1.1.1 and 1.2.3.4.5 and 01.2.3.4')).toEqual([]);
    expect(values('from 10.0.2.107:21 to 160.153.91.7.', 'ipv4')).toEqual([
      '10.0.2.107',
      '160.153.91.7',
    ]);
  });

  it('keeps private addresses, which the UI may mark', () => {
    expect(values('10.0.2.107 192.168.1.1 8.8.8.8')).toEqual([
      '10.0.2.107',
      '192.168.1.1',
      '8.8.8.8',
    ]);
    expect(['10.0.2.107', '192.168.1.1', '172.20.0.1', 'fe80::1'].map(isInternalAddress)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['8.8.8.8', '172.32.0.1', '2001:db8::1'].map(isInternalAddress)).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('takes IPv6 in its canonical form, but not times or MAC addresses', () => {
    expect(values('fe80::1 2001:DB8:0:0:0:0:0:1 ::ffff:1.2.3.4', 'ipv6')).toEqual([
      'fe80::1',
      '2001:db8::1',
      '::ffff:1.2.3.4',
    ]);
    expect(values('at 12:34:56, 08:00:27:ab:cd:ef, %H:%M:%S, std::map')).toEqual([]);
    expect(canonicalIpv6('1:0:0:2:0:0:0:3')).toBe('1:0:0:2::3');
    expect(canonicalIpv6('::FFFF:0102:0304')).toBe('::ffff:1.2.3.4');
    expect(canonicalIpv6('1::2::3')).toBeNull();
  });

  it('tells file names from domains', () => {
    expect(extractIndicators('winsys32.dll report.pdf dns.py evil.com www.example.py')).toEqual([
      { kind: 'file', value: 'winsys32.dll' },
      { kind: 'file', value: 'report.pdf' },
      { kind: 'file', value: 'dns.py' },
      { kind: 'domain', value: 'evil.com' },
      { kind: 'domain', value: 'www.example.py' },
    ]);
    expect(values('e.g. i.e. T1059.001 sentence.Next 3.14 pan:traffic readme.unknownext')).toEqual(
      [],
    );
    // Field paths of JSON events are not domains.
    expect(
      values('event.id process.name host.name source.as process.pe dns.question.name'),
    ).toEqual([]);
  });

  it('takes the file name out of a path, and non-Latin names', () => {
    expect(values('C:\\Windows\\Temp\\x.exe and /tmp/나는_데이비드를_사랑한다.hwp')).toEqual([
      'x.exe',
      '나는_데이비드를_사랑한다.hwp',
    ]);
    expect(values('python-2.7.6.amd64.msi')).toEqual(['python-2.7.6.amd64.msi']);
  });

  it('lower-cases domains, e-mail addresses and hashes', () => {
    expect(values('Evil.COM Admin@HildegardsFarm.com D41D8CD98F00B204E9800998ECF8427E')).toEqual([
      'evil.com',
      'admin@hildegardsfarm.com',
      'd41d8cd98f00b204e9800998ecf8427e',
    ]);
  });

  it('tells hashes by length', () => {
    const md5 = 'd41d8cd98f00b204e9800998ecf8427e';
    const sha1 = 'da39a3ee5e6b4b0d3255bfef95601890afd80709';
    const sha256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
    expect(extractIndicators(`${md5} ${sha1} ${sha256} ${md5}0`)).toEqual([
      { kind: 'md5', value: md5 },
      { kind: 'sha1', value: sha1 },
      { kind: 'sha256', value: sha256 },
    ]);
  });

  it('takes URLs without trailing punctuation, and their hosts', () => {
    expect(
      extractIndicators(
        'See (HTTP://Evil.com/Drop.php?a=1). Also **https://[2001:db8::1]:8080/x**',
      ),
    ).toEqual([
      { kind: 'url', value: 'http://evil.com/Drop.php?a=1' },
      { kind: 'domain', value: 'evil.com' },
      { kind: 'url', value: 'https://[2001:db8::1]:8080/x' },
      { kind: 'ipv6', value: '2001:db8::1' },
    ]);
  });

  it('reads defanged text', () => {
    expect(
      values('hxxp://evil[.]com/a and admin[@]hildegardsfarm[.]com and 160.153.91[.]7'),
    ).toEqual(['http://evil.com/a', 'evil.com', 'admin@hildegardsfarm.com', '160.153.91.7']);
  });

  it('does not take an e-mail address’s domain, or a domain that is a file, as an address', () => {
    expect(extractIndicators('admin@hildegardsfarm.com user@report.pdf')).toEqual([
      { kind: 'email', value: 'admin@hildegardsfarm.com' },
      { kind: 'file', value: 'report.pdf' },
    ]);
  });

  it('reads a megabyte of log text in well under the time a quadratic pass took (10 s)', () => {
    const line = `src=10.0.2.107 user=admin@hildegardsfarm.com url=http://hildegardsfarm.com/x.php
 CommandLine="ftp.exe -s:C:\\Windows\\Temp\\winsys32.dll" md5=d41d8cd98f00b204e9800998ecf8427e\n`;
    const text = line.repeat(Math.ceil(1_000_000 / line.length));
    const t0 = performance.now();
    expect(extractIndicators(text)).toHaveLength(7);
    expect(performance.now() - t0).toBeLessThan(4000);
  });

  // Trimming re-counted the brackets of the whole URL for each character it took off the end:
  // 30 KB of `)` after a URL in a pinned event took 7 s when the findings opened.
  it.each([
    ['`)`', (n: number) => 'see http://evil.com/a' + ')'.repeat(n)],
    ['`]`', (n: number) => 'see http://evil.com/a' + ']'.repeat(n)],
    ['`.)`', (n: number) => 'see http://evil.com/a' + '.)'.repeat(n / 2)],
  ])('trims a URL followed by a long run of %s in linear time', (_, make) => {
    expect(extractIndicators(make(100)).map((i) => i.value)).toContain('http://evil.com/a');
    expectLinear(make, extractIndicators, 4_000);
  });

  it('lists each indicator once, in order of first appearance', () => {
    expect(values('b.exe a.exe B.EXE 1.1.1.1 a.exe 1.1.1.1')).toEqual([
      'b.exe',
      'a.exe',
      '1.1.1.1',
    ]);
  });
});

describe('collectIndicators', () => {
  it('merges sightings of the same indicator, once each', () => {
    const step = { stepId: 's1', searchId: 'q1', label: 'Step 1' };
    const pin = { pinId: 'p1', label: 'Pinned event' };
    const list = collectIndicators([
      { text: 'to 160.153.91.7 via hildegardsfarm.com', sighting: step },
      { text: 'again 160.153.91.7', sighting: step },
      { text: 'HILDEGARDSFARM.COM and winsys32.dll', sighting: pin },
    ]);
    expect(list).toEqual([
      { kind: 'ipv4', value: '160.153.91.7', seen: [step] },
      { kind: 'domain', value: 'hildegardsfarm.com', seen: [step, pin] },
      { kind: 'file', value: 'winsys32.dll', seen: [pin] },
    ]);
  });
});
