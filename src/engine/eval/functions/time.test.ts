import { describe, expect, it } from 'vitest';
import { EvalFunctionError } from '../function-types';
import { call, TEST_CTX } from '../../../test/support/eval-call';

// TEST_CTX: now is 2017-08-24T03:36:14Z, zone America/Los_Angeles.
describe('time functions', () => {
  it('now() is the search start in epoch seconds', () => {
    expect(call('now', [])).toBe(1503545774);
  });

  it('time() is the wall clock', () => {
    const t = call('time', []) as number;
    expect(Math.abs(t - Date.now() / 1000)).toBeLessThan(5);
  });

  it.each([
    [[1503545774, '%B %H:%M:%S'], 'August 20:36:14'],
    [['1503545774', '%Z %z'], 'PDT -0700'],
    [[null, '%F'], null],
  ])('strftime(%j) is %j', (args, want) => {
    expect(call('strftime', args)).toBe(want);
  });

  it('strftime uses the context zone', () => {
    expect(call('strftime', [1503545774, '%H:%M'], { ...TEST_CTX, tz: 'Asia/Kolkata' })).toBe(
      '09:06',
    );
  });

  it.each([
    [['2017-08-23 20:36:14', '%Y-%m-%d %H:%M:%S'], 1503545774],
    [['2017-08-24T03:36:14Z', '%Y-%m-%dT%H:%M:%S%z'], 1503545774],
    [['not a date', '%Y-%m-%d'], null],
    [[null, '%Y'], null],
  ])('strptime(%j) is %j', (args, want) => {
    expect(call('strptime', args)).toBe(want);
  });

  it.each([
    [[1503545774, '-1d@d'], Date.UTC(2017, 7, 22, 7) / 1000],
    [[1503545774, '@w1'], Date.UTC(2017, 7, 21, 7) / 1000],
    [[1503545774, '+1h'], 1503545774 + 3600],
    [[null, '-1d'], null],
  ])('relative_time(%j) is %j', (args, want) => {
    expect(call('relative_time', args)).toBe(want);
  });

  it('relative_time reports a bad modifier as an EvalFunctionError', () => {
    expect(() => call('relative_time', [0, 'yesterday'])).toThrow(EvalFunctionError);
  });

  it('strftime needs a format', () => {
    expect(() => call('strftime', [0, null])).toThrow(EvalFunctionError);
  });
});
