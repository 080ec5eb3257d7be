import { describe, expect, it } from 'vitest';
import { SplError } from '../errors';
import { run } from '../../test/support/engine-run';
import { MAKERESULTS_MAX } from './makeresults';

describe('makeresults', () => {
  it('makes one result by default, count= of them up to the limit', async () => {
    expect((await run([], '| makeresults')).rows).toHaveLength(1);
    expect((await run([], `| makeresults count=${MAKERESULTS_MAX}`)).rows).toHaveLength(
      MAKERESULTS_MAX,
    );
  });

  it('refuses a count over the limit with an error where the count is, making nothing', async () => {
    // Made a 100-million-row array (4.7 GB) and took the tab down.
    const query = '| makeresults count=100000000 | stats count';
    const err = await run([], query).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SplError);
    const spl = err as SplError;
    expect(spl.message).toBe('makeresults makes at most 50,000 results, not 100000000');
    expect(query.slice(spl.position, spl.end)).toBe('100000000');
  });
});
