import { describe, expect, it } from 'vitest';
import { textPicker } from '../../test/support/random-text';
import { expectLinear } from '../../test/support/scaling';
import { events, run } from '../../test/support/engine-run';
import { wildcardMatcher } from './wildcard';

/** The regular expression the matcher stands for (with `*` crossing line ends, as Splunk's). */
function viaRegex(pattern: string, text: string, anchored: boolean): boolean {
  const body = pattern
    .split('*')
    .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(anchored ? `^${body}$` : body, 'is').test(text);
}

describe('wildcardMatcher', () => {
  it('matches as the equivalent regular expression does, anchored or not', () => {
    const pick = textPicker(11);
    for (let n = 0; n < 5000; n++) {
      const pattern = pick('ab*A.', 7);
      const text = pick('abAB.\n', 12);
      for (const anchored of [true, false]) {
        const label = JSON.stringify({ pattern, text, anchored });
        expect(wildcardMatcher(pattern, { anchored })(text), label).toBe(
          viaRegex(pattern, text, anchored),
        );
      }
    }
  });

  it('is case-sensitive on request (field names)', () => {
    expect(wildcardMatcher('src_*', { caseless: false })('SRC_ip')).toBe(false);
    expect(wildcardMatcher('src_*', { caseless: false })('src_ip')).toBe(true);
  });

  // As `^.*a.*a.*b$` the matching backtracked over every way to place the pieces.
  it('takes time linear in the text, whatever the stars', () => {
    const matches = wildcardMatcher('*a*a*b');
    expectLinear((n) => 'a'.repeat(n), matches, 300);
  });

  it('runs _raw="*a*a*a*a*a*a*b" over a long event, in a search', async () => {
    const raw = 'a'.repeat(100_000);
    const r = await run(events([{ raw }, { raw: raw + 'b' }]), '_raw="*a*a*a*a*a*a*b"');
    expect(r.rows).toHaveLength(1);
    expect(String(r.rows[0]._raw).endsWith('b')).toBe(true);
  });
});
