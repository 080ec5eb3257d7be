import { describe, expect, it } from 'vitest';
import { SplError } from './errors';
import { runSearch } from './run/run-search';
import { fromEvents, type PlainEvent } from './source';
import type { Row } from './values';

const NAMES = Object.getOwnPropertyNames(Object.prototype).sort();
const T0 = Date.UTC(2017, 7, 24, 3, 0, 0);

function run(query: string, events: PlainEvent[] = []) {
  return runSearch(query, { source: fromEvents(events), tz: 'UTC', now: T0 + 60_000 });
}

async function failure(query: string): Promise<SplError> {
  const err = await run(query).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err, query).toBeInstanceOf(SplError);
  return err as SplError;
}

const own = (row: Row) => Object.fromEntries(Object.entries(row));

describe('names from a query or from data that are Object.prototype members', () => {
  it.each(['constructor', 'toString', '__proto__', 'valueOf'])(
    'are unknown as functions, converters and units: %s',
    async (name) => {
      expect((await failure(`| makeresults | convert ${name}(x)`)).message).toMatch(
        /Unknown convert function/,
      );
      expect((await failure(`| makeresults | stats ${name}(x)`)).message).toMatch(/function/i);
      expect((await failure(`| makeresults | bin _time span=1${name}`)).message).toMatch(/span/i);
    },
  );

  it('are fields like any other in eval, rename, table and fieldformat', async () => {
    const events: PlainEvent[] = [
      { time: T0, raw: 'a', fields: { id: '1', constructor: 'c1', __proto__x: 'p1' } },
      { time: T0 + 1000, raw: 'b', fields: { id: '2' } },
    ].map((e) => {
      // `__proto__` cannot be written in a literal; the field is set as data would set it.
      const fields = Object.create(null) as Record<string, string>;
      for (const [k, v] of Object.entries(e.fields))
        fields[k === '__proto__x' ? '__proto__' : k] = v;
      return { ...e, fields };
    });
    const r = await run(
      '* | sort id | eval m=mvappend("x", "y") | eval kept=mvfilter(m="x")' +
        ' | eval v=if(isnull(valueOf), "none", valueOf), c=coalesce(constructor, "none")' +
        ' | rename __proto__ AS proto | fieldformat toString="t" | table id constructor proto toString kept v c',
      events,
    );
    expect(r.fields).toEqual(['id', 'constructor', 'proto', 'toString', 'kept', 'v', 'c']);
    expect(r.rows.map(own)).toEqual<Record<string, string>[]>([
      { id: '1', constructor: 'c1', proto: 'p1', kept: 'x', v: 'none', c: 'c1' },
      { id: '2', kept: 'x', v: 'none', c: 'none' },
    ]);
    expect(r.formats?.constructor).toBeUndefined();
    for (const name of NAMES) expect(r.rows[1][name]).toBeUndefined();
  });
});
