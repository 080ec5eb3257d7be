import { constMap } from '../data-map';
import { parseIPv4, parseIPv6 } from '../net/ip';
import type { ResultSet, Row } from '../values';

export type Location = Partial<Record<'City' | 'Country' | 'Region' | 'lat' | 'lon', string>>;

export interface IpTable {
  find(ip: string): Location | null;
}

class IpTableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IpTableError';
  }
}

const NAMES = constMap<readonly string[]>({
  start: ['start_ip', 'ip_start', 'start', 'range_start', 'first_ip'],
  end: ['end_ip', 'ip_end', 'end', 'range_end', 'last_ip'],
  network: ['network', 'cidr', 'prefix', 'subnet'],
  Country: [
    'country',
    'country_code',
    'countrycode',
    'country_iso_code',
    'iso_code',
    'country_name',
  ],
  Region: ['region', 'region_name', 'subdivision', 'subdivision_1_name', 'state'],
  City: ['city', 'city_name'],
  lat: ['lat', 'latitude'],
  lon: ['lon', 'lng', 'long', 'longitude'],
});

interface Range<N> {
  start: N;
  end: N;
  loc: Location;
}

/**
 * An IP range table for iplocation, searched by binary search: IPv4 and IPv6 ranges kept
 * apart (numbers and BigInts). Columns are found by name (start_ip/end_ip or network, country,
 * region, city, lat, lon); a table whose header is itself a start,end,country row (a headerless
 * file imported as a lookup) is read by position.
 */
export function buildIpTable(t: ResultSet): IpTable {
  const lower = new Map(t.fields.map((f) => [f.toLowerCase(), f]));
  const col = (k: string) => NAMES[k].map((n) => lower.get(n)).find((f) => f !== undefined);
  let rows: Row[] = t.rows;
  let start = col('start');
  let end = col('end');
  const network = col('network');
  let country = col('Country');
  if (t.fields.length >= 3 && isIp(t.fields[0]) && isIp(t.fields[1])) {
    // Headerless: the "header" is the first range.
    const [s, e, c] = t.fields;
    rows = [Object.assign(Object.create(null) as Row, { [s]: s, [e]: e, [c]: c }), ...t.rows];
    [start, end, country] = [s, e, c];
  }
  if (!country || (!network && (!start || !end))) {
    throw new IpTableError(
      'needs columns start_ip and end_ip (or network) and country; it has ' + t.fields.join(', '),
    );
  }
  const other = (['Region', 'City', 'lat', 'lon'] as const).map((k) => [k, col(k)] as const);
  const v4: Range<number>[] = [];
  const v6: Range<bigint>[] = [];
  for (const row of rows) {
    const loc: Location = { Country: text(row, country) };
    for (const [k, f] of other) if (f) loc[k] = text(row, f);
    const bounds = network ? cidrBounds(text(row, network)) : [text(row, start!), text(row, end!)];
    if (!bounds) continue;
    const [a, b] = bounds;
    const a4 = parseIPv4(a);
    const b4 = parseIPv4(b);
    if (a4 !== null && b4 !== null) v4.push({ start: a4, end: b4, loc });
    else {
      const a6 = parseIPv6(a);
      const b6 = parseIPv6(b);
      if (a6 !== null && b6 !== null) v6.push({ start: a6, end: b6, loc });
    }
  }
  v4.sort((x, y) => x.start - y.start);
  v6.sort((x, y) => (x.start < y.start ? -1 : x.start > y.start ? 1 : 0));
  return {
    find(ip) {
      const n4 = parseIPv4(ip);
      if (n4 !== null) return search(v4, n4);
      const n6 = parseIPv6(ip);
      return n6 === null ? null : search(v6, n6);
    },
  };
}

function search<N extends number | bigint>(ranges: Range<N>[], ip: N): Location | null {
  let lo = 0;
  let hi = ranges.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid].start <= ip) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && ip <= ranges[found].end ? ranges[found].loc : null;
}

function text(row: Row, field: string): string {
  const v = row[field];
  return typeof v === 'string' ? v.trim() : v === undefined || v === null ? '' : String(v);
}

function isIp(s: string): boolean {
  return parseIPv4(s.trim()) !== null || parseIPv6(s.trim()) !== null;
}

/** First and last address of a CIDR block, as text. */
function cidrBounds(cidr: string): [string, string] | null {
  const [net, bitsText] = cidr.split('/');
  const v4 = parseIPv4(net);
  if (v4 !== null) {
    const bits = bitsText === undefined ? 32 : Number(bitsText);
    if (!Number.isInteger(bits) || bits < 0 || bits > 32) return null;
    const size = 2 ** (32 - bits);
    const first = Math.floor(v4 / size) * size;
    return [v4Text(first), v4Text(first + size - 1)];
  }
  const v6 = parseIPv6(net);
  if (v6 === null) return null;
  const bits = bitsText === undefined ? 128 : Number(bitsText);
  if (!Number.isInteger(bits) || bits < 0 || bits > 128) return null;
  const size = 1n << BigInt(128 - bits);
  const first = (v6 / size) * size;
  return [v6Text(first), v6Text(first + size - 1n)];
}

function v4Text(n: number): string {
  return [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');
}

function v6Text(n: bigint): string {
  const groups: string[] = [];
  for (let i = 7; i >= 0; i--) groups.push(((n >> BigInt(i * 16)) & 0xffffn).toString(16));
  return groups.join(':');
}
