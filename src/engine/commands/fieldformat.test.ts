import { describe, expect, it } from 'vitest';
import { formatCell } from '../format';
import { events, run, TEST_FUNCTIONS } from '../../test/support/engine-run';

const fns = (name: string) => TEST_FUNCTIONS.get(name);

describe('fieldformat', () => {
  it('changes how a cell shows, not the value later commands see', async () => {
    const r = await run(
      events([{ n: '5' }]),
      '* | eval n2=n | fieldformat n2="<".n2.">" | eval copy=n2 | table n2 copy',
    );
    expect(r.rows[0].n2).toBe('5');
    expect(r.rows[0].copy).toBe('5');
    expect(formatCell(r, r.rows[0], 'n2', fns)).toBe('<5>');
    expect(formatCell(r, r.rows[0], 'copy', fns)).toBe('5');
  });

  it('is evaluated on the final row, after later commands changed the value', async () => {
    const r = await run(events([{ n: 'ab' }]), '* | fieldformat n=lower(n)."!" | eval n="XY"');
    expect(formatCell(r, r.rows[0], 'n', fns)).toBe('xy!');
  });

  it('keeps the last format of a field and the formats of other fields', async () => {
    const r = await run(
      events([{ a: 'a', b: 'b' }]),
      '* | fieldformat a=a."1" | fieldformat b=b."2" | fieldformat a=a."3" | head 1',
    );
    expect(formatCell(r, r.rows[0], 'a', fns)).toBe('a3');
    expect(formatCell(r, r.rows[0], 'b', fns)).toBe('b2');
  });

  it('shows the value when the format yields nothing', async () => {
    const r = await run(events([{ a: 'a' }]), '* | fieldformat a=nosuchfield');
    expect(formatCell(r, r.rows[0], 'a', fns)).toBe('a');
  });

  it('refuses a bad expression when the search is parsed', async () => {
    await expect(run([], '| makeresults | fieldformat a=(1')).rejects.toThrow();
  });
});
