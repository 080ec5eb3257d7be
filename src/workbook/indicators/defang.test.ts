import { describe, expect, it } from 'vitest';
import { defang, refang } from './defang';
import { extractIndicators } from './extract';
import type { IndicatorKind } from './types';

const samples: [IndicatorKind, string, string][] = [
  ['ipv4', '160.153.91.7', '160[.]153[.]91[.]7'],
  ['ipv6', '2001:db8::1', '2001[:]db8[:][:]1'],
  ['domain', 'hildegardsfarm.com', 'hildegardsfarm[.]com'],
  ['email', 'admin@hildegardsfarm.com', 'admin[@]hildegardsfarm[.]com'],
  ['url', 'http://evil.com/a.php?x=1', 'hxxp://evil[.]com/a.php?x=1'],
  ['url', 'https://user@evil.com:8443/', 'hxxps://user[@]evil[.]com:8443/'],
  ['url', 'ftp://160.153.91.7/x', 'fxp://160[.]153[.]91[.]7/x'],
  ['file', 'winsys32.dll', 'winsys32.dll'],
  ['sha1', 'da39a3ee5e6b4b0d3255bfef95601890afd80709', 'da39a3ee5e6b4b0d3255bfef95601890afd80709'],
];

describe('defang', () => {
  it.each(samples)('shows a %s so that it cannot be followed', (kind, value, shown) => {
    expect(defang(value, kind)).toBe(shown);
  });

  it.each(samples)('refang undoes it for a %s', (kind, value) => {
    expect(refang(defang(value, kind))).toBe(value);
  });

  it('leaves no live scheme, dot, colon or at sign in an address or host', () => {
    for (const [kind, value] of samples) {
      if (kind === 'file' || kind === 'sha1') continue;
      const shown = defang(value, kind);
      expect(shown).not.toMatch(/\b(?:https?|ftp):/i);
      const host = kind === 'url' ? shown.split('/')[2].replace(/:\d+$/, '') : shown;
      expect(host.replace(/\[[.:@]\]/g, '')).not.toMatch(/[.:@]/);
    }
  });

  it('refang reads the other common spellings', () => {
    expect(refang('hXXps://evil[dot]com a(at)b(.)org 1.2.3{.}4')).toBe(
      'https://evil.com a@b.org 1.2.3.4',
    );
    expect(extractIndicators('hXXps://evil[dot]com')[0]).toEqual({
      kind: 'url',
      value: 'https://evil.com',
    });
  });
});
