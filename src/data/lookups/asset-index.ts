import type { LookupRecord } from '../db/schema-types';

/** What enrichment shows for one host or IP. */
export interface AssetInfo {
  /** The table it came from, e.g. `assets.csv`. */
  table: string;
  ip?: string;
  host?: string;
  owner?: string;
  role?: string;
  priority?: string;
}

export interface AssetIndex {
  /** The asset a value names (an IP, or a host name in any case), if a table lists it. */
  find(value: string): AssetInfo | undefined;
  readonly size: number;
}

// Columns by meaning, in order of preference, as Splunk ES asset lists name them.
const IP_COLUMNS = ['ip', 'ip_address', 'ipaddress', 'src_ip'];
const HOST_COLUMNS = ['nt_host', 'host', 'hostname', 'dns'];
const OWNER_COLUMNS = ['owner_name', 'owner', 'owner_email'];
const ROLE_COLUMNS = ['role', 'category', 'bunit'];
const PRIORITY_COLUMNS = ['priority'];

const IPV4 = /^(?:\d{1,3}\.){3}\d{1,3}$/;

function pick(fields: readonly string[], wanted: readonly string[]): string | undefined {
  const lower = new Map(fields.map((f) => [f.toLowerCase(), f]));
  for (const w of wanted) {
    const f = lower.get(w);
    if (f !== undefined) return f;
  }
  return undefined;
}

/**
 * Which tables count as asset lists: one with a column naming the asset (an IP or a host name)
 * and one describing it (owner, role or priority). That takes an ES-style `assets.csv` and
 * leaves out tables such as a list of bad IPs, whose `ip` column has nothing to tell.
 */
export function assetColumns(fields: readonly string[]) {
  const cols = {
    ip: pick(fields, IP_COLUMNS),
    host: pick(fields, HOST_COLUMNS),
    dns: pick(fields, ['dns']),
    owner: pick(fields, OWNER_COLUMNS),
    role: pick(fields, ROLE_COLUMNS),
    priority: pick(fields, PRIORITY_COLUMNS),
  };
  const names = cols.ip !== undefined || cols.host !== undefined;
  const describes =
    cols.owner !== undefined || cols.role !== undefined || cols.priority !== undefined;
  return names && describes ? cols : null;
}

/**
 * Indexes the asset lists among `tables` by IP and by lower-case host name (the short name and
 * the DNS name). Where two rows name the same key, the first table (by name) and row wins, so the
 * result does not depend on import order.
 */
export function buildAssetIndex(tables: readonly LookupRecord[]): AssetIndex {
  return assetIndexOf(assetEntries(tables));
}

/** The index's entries (key to asset), to build it elsewhere: they cross to another thread. */
export function assetEntries(
  tables: readonly Pick<LookupRecord, 'name' | 'fields' | 'rows'>[],
): Map<string, AssetInfo> {
  const byKey = new Map<string, AssetInfo>();
  const sorted = [...tables].sort((a, b) => a.name.localeCompare(b.name));
  for (const table of sorted) {
    const cols = assetColumns(table.fields);
    if (!cols) continue;
    for (const row of table.rows) {
      const get = (c: string | undefined) =>
        c === undefined ? undefined : row[c]?.trim() || undefined;
      const ip = get(cols.ip);
      const dns = get(cols.dns);
      let host = get(cols.host);
      // A row with only a DNS name still has a short host name: its first label.
      if (host !== undefined && host === dns) host = dns.split('.')[0];
      const info: AssetInfo = {
        table: table.name,
        ip,
        host,
        owner: get(cols.owner),
        role: get(cols.role),
        priority: get(cols.priority),
      };
      const keys = [ip, host?.toLowerCase(), dns?.toLowerCase()];
      for (const k of keys) if (k !== undefined && !byKey.has(k)) byKey.set(k, info);
    }
  }
  return byKey;
}

export function assetIndexOf(byKey: ReadonlyMap<string, AssetInfo>): AssetIndex {
  return {
    find(value: string) {
      if (value.length === 0 || value.length > 255) return undefined;
      return byKey.get(IPV4.test(value) ? value : value.toLowerCase());
    },
    get size() {
      return byKey.size;
    },
  };
}

export const EMPTY_ASSET_INDEX: AssetIndex = buildAssetIndex([]);
