/**
 * IP address text, parsed in one place for the engine (`cidrmatch`) and the workbook (indicators,
 * STIX): the two used to disagree on `010` as an octet. An octet with a leading zero is refused,
 * as inet_pton does, because some parsers read it as octal (010 = 8) and others as decimal.
 */

const OCTET = /^(?:0|[1-9]\d{0,2})$/;
const GROUP = /^[0-9a-f]{1,4}$/i;

/** A dotted-quad IPv4 address as a 32-bit unsigned number, or null. */
export function parseIPv4(text: string): number | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let n = 0;
  for (const p of parts) {
    if (!OCTET.test(p)) return null;
    const octet = Number(p);
    if (octet > 255) return null;
    n = n * 256 + octet;
  }
  return n;
}

export function isIpv4(text: string): boolean {
  return parseIPv4(text) !== null;
}

/** IPv6 text as eight 16-bit groups, or null. Accepts `::` and a dotted IPv4 tail. */
export function ipv6Groups(text: string): number[] | null {
  let head = text;
  const tail: number[] = [];
  const lastColon = text.lastIndexOf(':');
  if (lastColon < 0) return null;
  if (text.includes('.', lastColon)) {
    const v4 = parseIPv4(text.slice(lastColon + 1));
    if (v4 === null) return null;
    tail.push(Math.floor(v4 / 65536), v4 % 65536);
    head = text.slice(0, lastColon + 1);
    if (!head.endsWith('::')) head = head.slice(0, -1);
  }
  const halves = head.split('::');
  if (halves.length > 2) return null;
  const parse = (s: string): number[] | null => {
    if (s === '') return [];
    const groups = s.split(':');
    if (!groups.every((g) => GROUP.test(g))) return null;
    return groups.map((g) => parseInt(g, 16));
  };
  const left = parse(halves[0]);
  const right = halves.length === 2 ? parse(halves[1]) : [];
  if (left === null || right === null) return null;
  const given = left.length + right.length + tail.length;
  if (halves.length === 1) return given === 8 ? [...left, ...tail] : null;
  if (given > 7) return null;
  return [...left, ...new Array<number>(8 - given).fill(0), ...right, ...tail];
}

export function isIpv6(text: string): boolean {
  return ipv6Groups(text) !== null;
}

/** An IPv6 address as a 128-bit BigInt (a `%zone` suffix ignored), or null. */
export function parseIPv6(text: string): bigint | null {
  const percent = text.indexOf('%');
  const groups = ipv6Groups(percent < 0 ? text : text.slice(0, percent));
  return groups === null ? null : groups.reduce((acc, g) => (acc << 16n) | BigInt(g), 0n);
}

/** RFC 5952 text of an IPv6 address (lower case, longest zero run as `::`), or null. */
export function canonicalIpv6(text: string): string | null {
  const groups = ipv6Groups(text);
  if (groups === null) return null;
  // IPv4-mapped addresses keep the dotted quad, as RFC 5952 (section 5) recommends.
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    const [hi, lo] = [groups[6], groups[7]];
    return `::ffff:${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  }
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) [best, bestLen] = [i, j - i];
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best < 0) return hex.join(':');
  return `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLen).join(':')}`;
}
