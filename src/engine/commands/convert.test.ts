import { describe, expect, it } from 'vitest';
import { runSearch } from '../run/run-search';
import { fromEvents } from '../source';
import { T0 } from '../../test/support/engine-run';

async function one(evalPart: string, convert: string, tz = 'UTC') {
  const r = await runSearch(`| makeresults | eval ${evalPart} | convert ${convert}`, {
    source: fromEvents([]),
    tz,
    now: T0,
  });
  return r.rows[0];
}

describe('convert', () => {
  it.each([
    // 2017-08-23 20:00:00 UTC; Splunk's default timeformat.
    ['ctime, default format', 't=1503518400', 'ctime(t)', 't', '08/23/2017 20:00:00'],
    [
      'ctime in the user zone',
      't=1503518400',
      'ctime(t)',
      't',
      '08/23/2017 13:00:00',
      'America/Los_Angeles',
    ],
    [
      'ctime with timeformat and as',
      't=1503518400',
      'timeformat="%H:%M" ctime(t) as hm',
      'hm',
      '20:00',
    ],
    ['mktime', 't="08/23/2017 20:00:00"', 'mktime(t)', 't', 1503518400],
    ['dur2sec', 'd="1+02:03:04"', 'dur2sec(d)', 'd', 93784],
    ['dur2sec hh:mm:ss', 'd="00:01:05"', 'dur2sec(d)', 'd', 65],
    ['mstime', 'd="2:03.5"', 'mstime(d)', 'd', 123.5],
    ['memk', 'm="2m"', 'memk(m)', 'm', 2048],
    ['rmcomma', 'n="1,234,567"', 'rmcomma(n)', 'n', 1234567],
    ['rmunit', 'n="42kb"', 'rmunit(n)', 'n', 42],
    ['auto converts numbers', 'n="1,000"', 'auto(n)', 'n', 1000],
    ['auto leaves text', 'n="abc"', 'auto(n)', 'n', 'abc'],
    ['num removes text', 'n="abc"', 'num(n)', 'n', undefined],
    ['num converts numbers', 'n="12.5"', 'num(n)', 'n', 12.5],
    ['wildcards', 'n_a="1,0", n_b="2,0"', 'rmcomma(n_*)', 'n_b', 20],
    ['none protects fields', 'n_a="1,0", n_b="2,0"', 'none(n_a) rmcomma(n_*)', 'n_a', '1,0'],
  ])('%s', async (_n, ev, conv, field, expected, tz?: string) => {
    const row = await one(ev, conv, tz);
    expect(row[field]).toEqual(expected);
  });

  it('refuses unknown functions', async () => {
    await expect(one('a=1', 'frob(a)')).rejects.toThrow(/Unknown convert function 'frob'/);
  });
});
