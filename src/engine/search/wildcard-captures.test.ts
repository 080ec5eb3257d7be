import { describe, expect, it } from 'vitest';
import { textPicker } from '../../test/support/random-text';
import { expectLinear } from '../../test/support/scaling';
import { events, plain, runReal } from '../../test/support/engine-run';
import { wildcardCaptures } from './wildcard';

/** What the regular expression the field patterns used to be built as captures. */
function viaRegex(pattern: string, text: string, greedy: boolean): string[] | null {
  const body = pattern
    .split('*')
    .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join(greedy ? '(.*)' : '(.*?)');
  const m = new RegExp(`^${body}$`, 's').exec(text);
  return m ? m.slice(1) : null;
}

describe('wildcardCaptures', () => {
  it('captures what the equivalent regular expression captures, greedy and lazy', () => {
    const pick = textPicker(7);
    for (let n = 0; n < 20000; n++) {
      const pattern = pick('ab**.', 7);
      const text = pick('abAb.', 12);
      for (const greedy of [true, false]) {
        expect(wildcardCaptures(pattern, { greedy })(text), `${pattern} ~ ${text}`).toEqual(
          viaRegex(pattern, text, greedy),
        );
      }
    }
  });

  it('takes time linear in the name where the regular expression backtracked', () => {
    const pattern = '*a*a*a*a*a*a*b';
    for (const greedy of [true, false]) {
      const captures = wildcardCaptures(pattern, { greedy });
      expectLinear(
        (n) => 'a'.repeat(n),
        (name) => captures(name),
        20_000,
      );
    }
  });

  it('gives rename, convert and foreach the parts a star matched', async () => {
    const input = events([{ src_ip: '10.0.0.1', dest_ip: '10.0.0.2', n_bytes: '5' }]);
    const renamed = await runReal(input, '* | rename *_ip AS ip_* | table ip_src ip_dest');
    expect(plain(renamed.rows)).toEqual([{ ip_src: '10.0.0.1', ip_dest: '10.0.0.2' }]);
    const each = await runReal(
      input,
      '* | foreach *_ip [eval <<MATCHSTR>>_seen=<<FIELD>>] | table src_seen dest_seen',
    );
    expect(plain(each.rows)).toEqual([{ src_seen: '10.0.0.1', dest_seen: '10.0.0.2' }]);
    const converted = await runReal(input, '* | convert num(n_*) AS count_* | table count_bytes');
    expect(plain(converted.rows)).toEqual([{ count_bytes: 5 }]);
  });
});
