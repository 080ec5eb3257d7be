import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SplError } from '../../engine/errors';
import { parseSearch } from '../../engine/run/run-search';
import { FUZZ, SIGNIFICANT } from './settings';

/** Queries of the kinds the hunts run, to mutate. */
const QUERIES = [
  'sourcetype=stream:ftp dest=160.153.91.7 | stats count by src',
  '* | timechart span=1h count by sourcetype',
  'index=botsv2 (host=wrk-* OR host="we 9041") NOT user=*$ earliest=-24h',
  '| makeresults count=3 | eval x=if(len("a\\"b")>1, round(3.14159, 2), null()) | where x>1',
  '| inputlookup assets.csv where priority=high | rex field=ip "(?<net>\\d+\\.\\d+)" | table net',
  'ftp | transaction src maxspan=5m | eval d=mvcount(command) | sort - d | head 5',
  '| makeresults | append [| makeresults | eval a=1] | appendcols [search x | stats count]',
  'a | eval y=case(x=1,"one",x=2,"two",true(),"other") | fieldformat y=upper(y) | fields - _raw',
  'ftp ```a comment``` | convert ctime(_time) | bin _time span=10m | dedup src sortby -_time',
];

const token = fc.oneof(fc.constantFrom(...SIGNIFICANT), fc.string({ maxLength: 4 }));
const randomQuery = fc.array(token, { maxLength: 60 }).map((parts) => parts.join(''));

/** A query with a few characters inserted, removed or replaced. */
const mutatedQuery = fc
  .tuple(
    fc.constantFrom(...QUERIES),
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 3 }), token), { minLength: 1, maxLength: 6 }),
  )
  .map(([query, edits]) => {
    let q = query;
    for (const [at, cut, insert] of edits) {
      const i = at % (q.length + 1);
      q = q.slice(0, i) + insert + q.slice(i + cut);
    }
    return q;
  });

/** Parses; anything thrown must be the structured error, inside the query, and quick. */
function parsesOrExplains(query: string): void {
  const t0 = performance.now();
  try {
    parseSearch(query);
  } catch (err) {
    if (!(err instanceof SplError)) throw err;
    expect(err.position).toBeGreaterThanOrEqual(0);
    expect(err.position).toBeLessThanOrEqual(query.length);
    expect(err.message.length).toBeGreaterThan(0);
  }
  expect(performance.now() - t0).toBeLessThan(1000);
}

describe('the SPL parser on random and damaged queries', () => {
  it('parses the unmutated queries', () => {
    for (const q of QUERIES) expect(() => parseSearch(q), q).not.toThrow();
  });

  it('throws nothing but SplError, at a position in the query (random text)', () => {
    fc.assert(fc.property(randomQuery, parsesOrExplains), FUZZ);
  });

  it('throws nothing but SplError, at a position in the query (mutated real queries)', () => {
    fc.assert(fc.property(mutatedQuery, parsesOrExplains), FUZZ);
  });

  it('answers deep nesting of every kind with SplError', () => {
    const opener = fc.constantFrom('(', 'NOT ', '[search ', '| eval x=(', 'abs(', '-');
    fc.assert(
      fc.property(fc.array(opener, { minLength: 1, maxLength: 4 }), fc.nat(5000), (os, n) =>
        parsesOrExplains(os.join('').repeat(n) + 'a'),
      ),
      { ...FUZZ, numRuns: Math.min(FUZZ.numRuns, 50) },
    );
  });
});
