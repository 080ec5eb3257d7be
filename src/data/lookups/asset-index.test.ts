import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LookupRecord } from '../db/schema-types';
import { assetColumns, buildAssetIndex } from './asset-index';
import { readLookupCsv } from './read-lookup';

const sampleAssets = readFileSync(
  new URL('../../../public/sample/assets.csv', import.meta.url),
  'utf8',
);

function table(name: string, csv: string): LookupRecord {
  return { name, ...readLookupCsv(name, csv), origin: name, importedAt: 0 };
}

describe('asset index', () => {
  const index = buildAssetIndex([table('assets.csv', sampleAssets)]);

  it('finds the sample hosts by IP and by host name in any case, with owner, role and priority', () => {
    const byIp = index.find('10.0.1.10');
    expect(byIp).toEqual({
      table: 'assets.csv',
      ip: '10.0.1.10',
      host: 'mars',
      owner: 'Kevin Lagerfield',
      role: 'domain controller and DNS server',
      priority: 'critical',
    });
    expect(index.find('MARS')).toBe(byIp);
    expect(index.find('mars.frothly.local')).toBe(byIp);
    expect(index.find('10.0.1.11')).toBeUndefined();
    expect(index.find('')).toBeUndefined();
  });

  it('counts only tables that name an asset and describe it', () => {
    expect(assetColumns(['ip', 'threat'])).toBeNull();
    expect(assetColumns(['owner', 'priority'])).toBeNull();
    expect(assetColumns(['IP', 'Category'])).toMatchObject({ ip: 'IP', role: 'Category' });
    const idx = buildAssetIndex([table('badips.csv', 'ip,threat\n10.9.9.9,botnet\n')]);
    expect(idx.find('10.9.9.9')).toBeUndefined();
  });

  it('prefers owner_name to owner, role to category, and takes a short name from a DNS-only list', () => {
    const idx = buildAssetIndex([
      table('dnsonly.csv', 'dns,owner,owner_name,category\nweb.example.org,jdoe,Jane Doe,server\n'),
    ]);
    expect(idx.find('web')).toMatchObject({ host: 'web', owner: 'Jane Doe', role: 'server' });
    expect(idx.find('WEB.example.org')).toBe(idx.find('web'));
  });

  it('does not depend on import order: the first table by name wins a shared key', () => {
    const a = table('a.csv', 'ip,owner\n10.0.0.1,alice\n');
    const b = table('b.csv', 'ip,owner\n10.0.0.1,bob\n');
    expect(buildAssetIndex([b, a]).find('10.0.0.1')?.owner).toBe('alice');
    expect(buildAssetIndex([a, b]).find('10.0.0.1')?.owner).toBe('alice');
  });
});
