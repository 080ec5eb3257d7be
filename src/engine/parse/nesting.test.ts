import { describe, expect, it } from 'vitest';
import { SplError } from '../errors';
import { parseSearch, runSearch } from '../run/run-search';
import { fromEvents } from '../source';
import { MAX_EXPRESSION_DEPTH, MAX_NESTING } from './nesting';

const N = 20_000;
const M = MAX_NESTING;

function errorOf(query: string): SplError {
  try {
    parseSearch(query);
  } catch (err) {
    expect(err, query.slice(0, 60)).toBeInstanceOf(SplError);
    return err as SplError;
  }
  throw new Error(`parsed: ${query.slice(0, 60)}`);
}

const EVAL = '| makeresults | eval x=';

describe('nesting past the limit is an error at the level too deep, never a stack overflow', () => {
  // The query at n levels, where its first level starts, and the width of one level's opening.
  const cases: [string, (n: number) => string, number, number][] = [
    ['parentheses', (n) => '('.repeat(n) + 'a' + ')'.repeat(n), 0, 1],
    ['NOT', (n) => 'NOT '.repeat(n) + 'a', 0, 4],
    ['parentheses in eval', (n) => EVAL + '('.repeat(n) + '1' + ')'.repeat(n), EVAL.length, 1],
    ['signs', (n) => EVAL + '-'.repeat(n) + '1', EVAL.length, 1],
    ['NOT in eval', (n) => EVAL + 'NOT '.repeat(n) + '1', EVAL.length, 4],
    ['calls', (n) => EVAL + 'abs('.repeat(n) + '1' + ')'.repeat(n), EVAL.length, 4],
    ['where', (n) => '| makeresults | where ' + '('.repeat(n) + '1=1' + ')'.repeat(n), 22, 1],
  ];
  it.each(cases)('%s', (_, make, offset, width) => {
    const err = errorOf(make(N));
    expect(err.message).toMatch(/nests too deeply/);
    expect(err.position).toBe(offset + M * width);
    expect(() => parseSearch(make(M))).not.toThrow();
  });

  it('nested subsearches', () => {
    const q = (n: number) =>
      '| makeresults ' + '| append [| makeresults '.repeat(n) + ']'.repeat(n);
    expect(errorOf(q(M + 5)).message).toMatch(/nests too deeply/);
    expect(() => parseSearch(q(M - 1))).not.toThrow();
  });

  it('operator chains build trees too deep to evaluate', () => {
    const q = (n: number) => EVAL + '1+'.repeat(n) + '1';
    const err = errorOf(q(N));
    expect(err.message).toMatch(/expression is too deep/);
    expect(err.position).toBe(EVAL.length + 1 + 2 * (MAX_EXPRESSION_DEPTH - 1));
    expect(() => parseSearch(q(MAX_EXPRESSION_DEPTH - 1))).not.toThrow();
  });

  it('queries at the limits run', async () => {
    const run = (q: string) =>
      runSearch(q, { source: fromEvents([{ time: 0, raw: 'a' }]), tz: 'UTC', now: 0 });
    const deepest = EVAL + 'abs('.repeat(M - 1) + '-1' + ')'.repeat(M - 1);
    expect((await run(deepest)).rows[0].x).toBe(1);
    const chain = EVAL + '1+'.repeat(MAX_EXPRESSION_DEPTH - 1) + '1';
    expect((await run(chain)).rows[0].x).toBe(MAX_EXPRESSION_DEPTH);
    expect((await run('NOT '.repeat(M - 2) + 'a')).rows).toHaveLength(1);
  });
});
