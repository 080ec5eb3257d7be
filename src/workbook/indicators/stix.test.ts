import { describe, expect, it } from 'vitest';
import { stixBundle, stixPattern, type StixIndicator } from './stix';
import { validateStixPattern } from './stix-pattern';
import type { Indicator } from './types';

const UUID4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const RFC3339_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

const seen = [{ stepId: 'data-firewall', searchId: 'firewall-to-attacker', label: 'The firewall' }];
const LIST: Indicator[] = [
  { kind: 'ipv4', value: '160.153.91.7', seen },
  { kind: 'ipv6', value: '2001:db8::1', seen },
  { kind: 'domain', value: 'hildegardsfarm.com', seen },
  { kind: 'email', value: 'admin@hildegardsfarm.com', seen },
  { kind: 'url', value: "http://evil.com/it's\\here", seen },
  { kind: 'file', value: 'winsys32.dll', seen },
  { kind: 'file', value: "o'brien\\.exe", seen: [] },
  { kind: 'md5', value: 'd41d8cd98f00b204e9800998ecf8427e', seen },
  { kind: 'sha1', value: 'da39a3ee5e6b4b0d3255bfef95601890afd80709', seen },
  {
    kind: 'sha256',
    value: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    seen,
  },
];

describe('stixPattern', () => {
  it('compares each kind on its STIX object path', () => {
    expect(LIST.map((i) => stixPattern(i.kind, i.value))).toEqual([
      "[ipv4-addr:value = '160.153.91.7']",
      "[ipv6-addr:value = '2001:db8::1']",
      "[domain-name:value = 'hildegardsfarm.com']",
      "[email-addr:value = 'admin@hildegardsfarm.com']",
      "[url:value = 'http://evil.com/it\\'s\\\\here']",
      "[file:name = 'winsys32.dll']",
      "[file:name = 'o\\'brien\\\\.exe']",
      "[file:hashes.MD5 = 'd41d8cd98f00b204e9800998ecf8427e']",
      "[file:hashes.'SHA-1' = 'da39a3ee5e6b4b0d3255bfef95601890afd80709']",
      "[file:hashes.'SHA-256' = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855']",
    ]);
  });
});

describe('stixBundle', () => {
  const now = new Date('2026-11-29T02:03:04.005Z');
  // Parsed back from its JSON, as another tool would read the file.
  const bundle = JSON.parse(
    JSON.stringify(stixBundle(LIST, { name: 'Hunting workbook: FTP', now })),
  ) as Record<string, unknown> & { objects: Record<string, unknown>[] };

  it('is a bundle of one identity and one indicator per indicator, with unique v4 ids', () => {
    expect(bundle.type).toBe('bundle');
    expect(bundle.id).toMatch(/^bundle--/);
    expect(bundle).not.toHaveProperty('spec_version');
    const ids = [bundle.id, ...bundle.objects.map((o) => o.id)] as string[];
    for (const id of ids) expect(id.split('--')[1]).toMatch(UUID4);
    expect(new Set(ids).size).toBe(ids.length);
    expect(bundle.objects.map((o) => o.type)).toEqual(['identity', ...LIST.map(() => 'indicator')]);
    expect(bundle.objects[0]).toMatchObject({ name: 'Hunting workbook: FTP', spec_version: '2.1' });
  });

  it('gives every indicator the required properties and a valid pattern', () => {
    const identityId = bundle.objects[0].id;
    const indicators = bundle.objects.slice(1) as unknown as StixIndicator[];
    indicators.forEach((o, i) => {
      expect(o.id).toMatch(/^indicator--/);
      expect(o.spec_version).toBe('2.1');
      for (const t of [o.created, o.modified, o.valid_from]) expect(t).toMatch(RFC3339_MS);
      expect(o.created).toBe('2026-11-29T02:03:04.005Z');
      expect(o.created_by_ref).toBe(identityId);
      expect(o.pattern_type).toBe('stix');
      expect(o.indicator_types).toEqual(['malicious-activity']);
      expect(o.name).toContain(LIST[i].value);
      expect(typeof o.description).toBe('string');
      expect(validateStixPattern(o.pattern)).toBeNull();
    });
    expect(indicators[0].description).toBe('Seen in: The firewall');
  });

  it('uses the id source it is given, and refuses ids that are not v4 UUIDs', () => {
    let n = 0;
    const newId = () => `00000000-0000-4000-8000-${String(n++).padStart(12, '0')}`;
    const b = stixBundle(LIST.slice(0, 1), { name: 'x', now, newId });
    expect(b.objects[1].id).toBe('indicator--00000000-0000-4000-8000-000000000001');
    expect(() => stixBundle(LIST, { name: 'x', newId: () => 'not-a-uuid' })).toThrow(/UUID/);
  });

  it('leaves out an indicator whose value cannot make a valid pattern', () => {
    const bad: Indicator[] = [
      { kind: 'ipv4', value: '1.2.3', seen },
      { kind: 'sha256', value: 'abc', seen },
      LIST[0],
    ];
    const b = stixBundle(bad, { name: 'x', now });
    expect(b.objects.map((o) => (o.type === 'indicator' ? o.pattern : o.type))).toEqual([
      'identity',
      "[ipv4-addr:value = '160.153.91.7']",
    ]);
  });
});

describe('validateStixPattern', () => {
  it.each([
    "[ipv4-addr:value = '10.0.0.0/8']",
    "[domain-name:value = 'a.example'] OR [ipv4-addr:value = '1.2.3.4']",
    "[file:name = 'x.exe' AND file:hashes.'MD5' = 'd41d8cd98f00b204e9800998ecf8427e']",
    "[ file:name != 'x.exe' ]",
  ])('accepts %s', (p) => {
    expect(validateStixPattern(p)).toBeNull();
  });

  it.each([
    ["[ipv4-addr:value = '1.2.3.4'", /expected "\]"/],
    ["ipv4-addr:value = '1.2.3.4']", /expected "\["/],
    ["[[ipv4-addr:value = '1.2.3.4']]", /object type/],
    ["[file:name = 'o'brien.exe']", /expected "\]"/],
    ["[file:name = 'x.exe]", /unterminated/],
    ["[file:name = 'a\\x']", /escaped/],
    ["[file:hashes.MD5 = 'd41d8cd98f00b204e9800998ecf8427']", /32 hex/],
    ["[file:hashes.'SHA-256' = 'd41d8cd98f00b204e9800998ecf8427e']", /64 hex/],
    ["[file:hashes.'SHA-1' = 'zz39a3ee5e6b4b0d3255bfef95601890afd80709']", /40 hex/],
    ["[ipv4-addr:value = '1.2.3']", /not an address/],
    ["[ipv4-addr:value = '256.1.1.1']", /not an address/],
    ["[mutex:name = 'x']", /unknown object type "mutex"/],
    ["[file:size = '1']", /unsupported object path/],
    ["[file:hashes.SHA-1 = 'da39a3ee5e6b4b0d3255bfef95601890afd80709']", /unsupported/],
    ['[file:name = x.exe]', /quoted string/],
    ["[file:name 'x.exe']", /"="/],
    ["[file:name = 'x.exe' and file:name = 'y.exe']", /expected "\]"/],
    ["[url:value = 'evil.com']", /not a URL/],
    ["[file:name = 'dir/x.exe']", /not a file name/],
    ["[file:name = 'x.exe'] trailing", /unexpected/],
    ['', /expected "\["/],
  ])('rejects %s', (p, why) => {
    expect(validateStixPattern(p)).toMatch(why);
  });
});
