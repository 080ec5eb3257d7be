import type { IndicatorKind } from './types';
import { constMap } from '../../engine';

/*
 * One convention, the most common in threat reports: `hxxp://` / `hxxps://` / `fxp://` for the
 * scheme, `[.]` for every dot of an address, domain or e-mail, `[@]` for the at sign and `[:]`
 * for IPv6 colons. In a URL only the scheme and the host are defanged: that is enough for no
 * program to open or link it. File names and hashes are shown as they are.
 */

const SCHEMES = constMap<string>({ http: 'hxxp', https: 'hxxps', ftp: 'fxp' });

const dots = (s: string) => s.replace(/\./g, '[.]');

/** Display form that cannot be clicked or auto-linked: hxxp://, 1.2.3[.]4, evil[.]com, a[@]b[.]com. */
export function defang(value: string, kind: IndicatorKind): string {
  switch (kind) {
    case 'ipv4':
    case 'domain':
      return dots(value);
    case 'ipv6':
      return value.replace(/:/g, '[:]');
    case 'email':
      return dots(value).replace('@', '[@]');
    case 'url':
      return defangUrl(value);
    default:
      return value;
  }
}

function defangUrl(url: string): string {
  const m = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)(.*)$/is.exec(url);
  if (!m) return dots(url);
  const [, scheme, authority, rest] = m;
  const lower = scheme.toLowerCase();
  const safeScheme = SCHEMES[lower] ?? lower;
  return `${safeScheme}://${dots(authority).replace('@', '[@]')}${rest}`;
}

/**
 * Undoes `defang`, and the other spellings seen in reports (`[dot]`, `(.)`, `{.}`, `[at]`,
 * `(at)`, `hxxp`, `hXXp`, `[:]`), over a value or a whole text.
 */
export function refang(text: string): string {
  return text
    .replace(/\bh[xX]{2}p(s?)(?=(?::|\[:\])\/\/)/g, 'http$1')
    .replace(/\bf[xX]p(?=(?::|\[:\])\/\/)/g, 'ftp')
    .replace(/\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)/gi, '.')
    .replace(/\[@\]|\(@\)|\[at\]|\(at\)/gi, '@')
    .replace(/\[:\]/g, ':');
}
