/**
 * The background must not touch what the story owns: a stray mention of a scenario file, the
 * adversary's address or domain, or `ftp` in the wrong place would change an answer of the hunt.
 * Every background event is checked; the generator stops on the first one that trespasses.
 */
import { ATTACKER, FIREWALL } from '../cast';
import { TUNNEL_DOMAIN } from '../scenario/dns-tunnel';
import type { SampleEvent } from '../event';
import { SOURCETYPE } from '../event';
import {
  PASSWORD_DB,
  SCRIPT_DOWNLOAD,
  SCRIPT_SINGLE,
  TOOL_NAMES,
  TOPSECRET,
} from '../scenario/files';

const FORBIDDEN = [
  ...TOOL_NAMES,
  SCRIPT_DOWNLOAD,
  SCRIPT_SINGLE,
  PASSWORD_DB.name,
  TOPSECRET.name,
  ATTACKER.ftpIp,
  ATTACKER.c2Ip,
  'hildegardsfarm',
  TUNNEL_DOMAIN,
  'service3',
  '-enc',
  'python',
];
const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// One pass over each event for all terms; the look-arounds are the word boundaries of `mentions`.
const FORBIDDEN_RE = new RegExp(
  `(?<![a-z0-9\\u0080-\\uffff])(${FORBIDDEN.map(escape).join('|')})(?![a-z0-9\\u0080-\\uffff])`,
  'i',
);
const FTP_RE = /(?<![a-z0-9\u0080-\uffff])ftp(?![a-z0-9\u0080-\uffff])/i;

/**
 * Whether `text` contains `term` as Splunk would find it: case-insensitive, and not as part of
 * a longer word (letters and digits around it, ASCII or not, would make it a different token).
 */
export function mentions(text: string, term: string): boolean {
  const hay = text.toLowerCase();
  const needle = term.toLowerCase();
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    const before = i === 0 ? '' : hay[i - 1];
    const after = hay[i + needle.length] ?? '';
    if (!isWordChar(before) && !isWordChar(after)) return true;
  }
  return false;
}

function isWordChar(c: string): boolean {
  return c !== '' && (/[a-z0-9]/.test(c) || c.charCodeAt(0) > 127);
}

// The extracted fields are taken from _raw (the formats keep them in agreement), so checking
// _raw and the indexed fields covers every value a search can see.
function text(e: SampleEvent): string {
  return `${e.raw}\n${e.host}\n${e.source}`;
}

/** The only background events allowed to say `ftp`: scanners probing the firewall's outside. */
function isInboundProbe(e: SampleEvent): boolean {
  return e.sourcetype === SOURCETYPE.panTraffic && e.fields.dest_ip === FIREWALL.externalIp;
}

export function checkBackground(e: SampleEvent): void {
  const all = text(e);
  const found = FORBIDDEN_RE.exec(all);
  if (found) throw new Error(`background event mentions ${found[1]}: ${e.raw.slice(0, 200)}`);
  if (FTP_RE.test(all) && !isInboundProbe(e)) {
    throw new Error(`background event mentions ftp: ${e.raw.slice(0, 200)}`);
  }
  if (e.sourcetype === SOURCETYPE.ftp || e.sourcetype === SOURCETYPE.panThreat) {
    throw new Error(`background event in ${e.sourcetype}, which only the story writes`);
  }
}
