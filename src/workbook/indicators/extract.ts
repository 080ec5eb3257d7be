import { refang } from './defang';
import { canonicalIpv6, isIpv4 } from './ip';
import { isDomainName, isFileName } from './names';
import type { FoundIndicator, IndicatorKind } from './types';

/*
 * Extraction runs in passes over the (refanged) text: URLs first, then e-mail addresses; each
 * found span is blanked so that later passes do not find the host of a URL or the domain of an
 * address again as pieces. Then addresses, hashes and dotted names, the last sorted into file
 * names and domains by `names.ts`. Results are ordered by where they start.
 */

interface Hit extends FoundIndicator {
  at: number;
}

const URL_RE = /\b(?:https?|ftp):\/\/[^\s<>"'`|\\^{}]+/gi;
// The local part as RFC 5321 allows without quoting, minus the rarely used symbols.
const EMAIL_RE = /(?<![\w.%+-])[\w.%+-]+@([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi;
const IPV4_RE = /(?<![\w.-])\d{1,3}(?:\.\d{1,3}){3}(?![\w-]|\.\d)/g;
// Candidates only; `canonicalIpv6` decides. Bounded so that times (12:34:56) need `::` to pass.
const IPV6_RE =
  /(?<![\w:.])(?:[0-9a-f]{0,4}:){2,7}(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f]{1,4})?(?![\w:]|\.\d)/gi;
const HASH_RE = /(?<![\w-])(?:[0-9a-f]{64}|[0-9a-f]{40}|[0-9a-f]{32})(?![\w-])/gi;
// Dotted names: file names may hold any letter (`나는_데이비드를_사랑한다.hwp`), `_`, `$`, `~`.
const DOTTED_RE = /(?<![\p{L}\p{N}_$~.-])[\p{L}\p{N}_$~-]+(?:\.[\p{L}\p{N}_$~-]+)+/gu;

const HASH_KIND: Record<number, IndicatorKind> = { 32: 'md5', 40: 'sha1', 64: 'sha256' };

/** The text with the spans blanked, in one pass (blanking one at a time is quadratic). */
function blank(text: string, spans: [number, number][]): string {
  if (spans.length === 0) return text;
  const parts: string[] = [];
  let from = 0;
  for (const [start, end] of spans) {
    parts.push(text.slice(from, start), ' '.repeat(end - start));
    from = end;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/**
 * Strips what prose and Markdown put after a URL: punctuation, emphasis, an unopened `)` or `]`.
 * The brackets are counted once and the counts kept as the end moves back: counting them again
 * for every character trimmed took 7 s on a URL followed by 30,000 `)`.
 */
function trimUrl(url: string): string {
  let parens = 0; // `(` less `)`
  let squares = 0; // `[` less `]`
  for (const c of url) {
    if (c === '(') parens++;
    else if (c === ')') parens--;
    else if (c === '[') squares++;
    else if (c === ']') squares--;
  }
  let end = url.length;
  while (end > 0) {
    const last = url[end - 1];
    if (TRAILING.includes(last)) end--;
    else if (last === ')' && parens < 0) {
      parens++;
      end--;
    } else if (last === ']' && squares < 0) {
      squares++;
      end--;
    } else break;
  }
  return url.slice(0, end);
}

const TRAILING = `.,;:!?*_'"`;

/** Scheme and host in lower case; the rest as written (paths are case-sensitive). */
function normaliseUrl(url: string): { url: string; host: FoundIndicator | null } | null {
  const m = /^([a-z]+):\/\/([^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)(.*)$/is.exec(url);
  if (!m) return null;
  const [, scheme, userinfo = '', rawHost, rest] = m;
  const lowerHost = rawHost.toLowerCase();
  const host = hostIndicator(lowerHost);
  if (host === null && !/^[a-z0-9-]+$/.test(lowerHost)) return null;
  return { url: `${scheme.toLowerCase()}://${userinfo}${lowerHost}${rest}`, host };
}

function hostIndicator(host: string): FoundIndicator | null {
  if (isIpv4(host)) return { kind: 'ipv4', value: host };
  if (host.startsWith('[') && host.endsWith(']')) {
    const v6 = canonicalIpv6(host.slice(1, -1));
    return v6 === null ? null : { kind: 'ipv6', value: v6 };
  }
  return isDomainName(host) ? { kind: 'domain', value: host } : null;
}

/** Candidate indicators in free text (a note, a raw event, a cell). Deduplicated, in order of first appearance. */
export function extractIndicators(text: string): FoundIndicator[] {
  let work = refang(text);
  const hits: Hit[] = [];
  const add = (at: number, kind: IndicatorKind, value: string) => hits.push({ at, kind, value });

  const urls: [number, number][] = [];
  for (const m of work.matchAll(URL_RE)) {
    const raw = trimUrl(m[0]);
    const found = normaliseUrl(raw);
    if (found === null) continue;
    add(m.index, 'url', found.url);
    if (found.host) add(m.index + 1, found.host.kind, found.host.value);
    urls.push([m.index, m.index + raw.length]);
  }
  work = blank(work, urls);
  const emails: [number, number][] = [];
  for (const m of work.matchAll(EMAIL_RE)) {
    const domain = m[1].toLowerCase();
    if (!isDomainName(domain) || isFileName(domain)) continue;
    const local = m[0].slice(0, m[0].length - m[1].length - 1).replace(/^\.+|\.+$/g, '');
    if (local === '') continue;
    add(m.index, 'email', `${local.toLowerCase()}@${domain}`);
    emails.push([m.index, m.index + m[0].length]);
  }
  work = blank(work, emails);
  for (const m of work.matchAll(IPV4_RE)) if (isIpv4(m[0])) add(m.index, 'ipv4', m[0]);
  for (const m of work.matchAll(IPV6_RE)) {
    const v6 = m[0].includes('::') || m[0].split(':').length === 8 ? canonicalIpv6(m[0]) : null;
    if (v6 !== null) add(m.index, 'ipv6', v6);
  }
  for (const m of work.matchAll(HASH_RE)) add(m.index, HASH_KIND[m[0].length], m[0].toLowerCase());
  for (const m of work.matchAll(DOTTED_RE)) {
    const name = m[0];
    if (isFileName(name)) add(m.index, 'file', name);
    else if (isDomainName(name)) add(m.index, 'domain', name.toLowerCase());
  }

  hits.sort((a, b) => a.at - b.at);
  const seen = new Set<string>();
  const out: FoundIndicator[] = [];
  for (const { kind, value } of hits) {
    const key = indicatorKey(kind, value);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ kind, value });
  }
  return out;
}

/**
 * What makes two indicators the same. Values are already normalised, except file names, which
 * keep the case they were written in but match whatever the case (Windows ignores it).
 */
export function indicatorKey(kind: IndicatorKind, value: string): string {
  return `${kind}\u0000${kind === 'file' ? value.toLowerCase() : value}`;
}
