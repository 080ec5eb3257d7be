import { describe, expect, it } from 'vitest';
import { runSearch } from '../run/run-search';
import { fromEvents } from '../source';
import { events } from '../../test/support/engine-run';
import { EVAL_FUNCTIONS } from './functions';

// The function library through the real parser and evaluator (engine tests elsewhere use stubs).
async function evalRows(query: string, specs: Parameters<typeof events>[0]) {
  const result = await runSearch(query, {
    source: fromEvents(events(specs)),
    tz: 'America/Los_Angeles',
    now: Date.UTC(2017, 7, 24),
    functions: (name) => EVAL_FUNCTIONS.get(name),
  });
  return result.rows;
}

describe('eval functions through the evaluator', () => {
  it('mvfilter keeps the values of a multivalue field its expression accepts', async () => {
    const rows = await evalRows(
      '* | eval pdfs=mvfilter(match(files, "\\.pdf$")), n=mvcount(pdfs) | table id pdfs n',
      [{ files: ['a.pdf', 'b.exe', 'c.pdf'] }, { files: 'x.exe' }, {}],
    );
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId['1'].pdfs).toEqual(['a.pdf', 'c.pdf']);
    expect(byId['1'].n).toBe(2);
    expect(byId['2'].pdfs).toBeUndefined();
    expect(byId['3'].pdfs).toBeUndefined();
  });

  it('if, case and coalesce evaluate only what they need', async () => {
    const rows = await evalRows(
      '* | eval a=if(isnull(x), "none", x), b=case(x=="1", "one", true(), "other"), c=coalesce(y, x, "z") | table id a b c',
      [{ x: '1' }, { y: 'why' }],
    );
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId['1']).toMatchObject({ a: '1', b: 'one', c: '1' });
    expect(byId['2']).toMatchObject({ a: 'none', b: 'other', c: 'why' });
  });
});
