import { describe, expect, it } from 'vitest';
import { SplError } from '../errors';
import { parseSearch, runSearch } from '../run/run-search';
import { events, run } from '../../test/support/engine-run';
import { fromEvents } from '../source';
import { expandMacros, MAX_MACRO_DEPTH } from './expand';
import type { MacroDefinition } from './types';

const m = (name: string, definition: string, args: string[] = [], more = {}): MacroDefinition => ({
  name,
  args,
  definition,
  ...more,
});

function errorOf(fn: () => unknown): SplError {
  try {
    fn();
  } catch (err) {
    if (err instanceof SplError) return err;
    throw err;
  }
  throw new Error('expected an SplError');
}

describe('expandMacros', () => {
  it('leaves a query without macros as it is', () => {
    const q = 'index=main | stats count';
    expect(expandMacros(q, []).text).toBe(q);
  });

  it('substitutes $arg$ and keeps quotes of arguments (drop_dm_object_name("Web"))', () => {
    const defs = [m('drop_dm_object_name', 'rename $object$.* AS *', ['object'])];
    const e = expandMacros('| tstats count | `drop_dm_object_name("Web")`', defs);
    expect(e.text).toBe('| tstats count | rename "Web".* AS *');
    expect(e.used).toEqual(['drop_dm_object_name(1)']);
  });

  it('expands nested macros and reports every one used, in order of first use', () => {
    const defs = [
      m('outer', '`inner` | `ctime(t)`'),
      m('inner', 'index=main'),
      m('ctime', 'convert ctime($f$)', ['f']),
    ];
    const e = expandMacros('`outer` | `inner`', defs);
    expect(e.text).toBe('index=main | convert ctime(t) | index=main');
    expect(e.used).toEqual(['outer', 'inner', 'ctime(1)']);
  });

  it('splits arguments at commas outside quotes and parentheses', () => {
    const defs = [m('pair', '$a$ / $b$', ['a', 'b'])];
    expect(expandMacros('`pair("x,y", if(a,b,c))`', defs).text).toBe('"x,y" / if(a,b,c)');
  });

  it('evaluates iseval definitions after substitution (Splunk example shape)', () => {
    const defs = [
      m('window', '"earliest=-" . $days$ . "d@d"', ['days'], { iseval: true }),
      m('sum2', '$a$ + $b$', ['a', 'b'], { iseval: true }),
    ];
    expect(expandMacros('index=x `window(7)`', defs).text).toBe('index=x earliest=-7d@d');
    expect(expandMacros('| eval n=`sum2(2, 3)`', defs).text).toBe('| eval n=5');
  });

  it('checks validation with errormsg', () => {
    const defs = [
      m('top_n', 'head $n$', ['n'], { validation: 'isnum($n$)', errormsg: 'n must be a number' }),
    ];
    expect(expandMacros('x | `top_n(5)`', defs).text).toBe('x | head 5');
    const err = errorOf(() => expandMacros('x | `top_n(five)`', defs));
    expect(err.message).toBe('Macro `top_n(1)`: n must be a number');
  });

  it('names an undefined macro at its position', () => {
    const err = errorOf(() => expandMacros('index=x `sysmon` | stats count', []));
    expect(err.message).toBe('Macro `sysmon` is not defined');
    expect([err.position, err.end]).toEqual([8, 16]);
  });

  it('says which argument counts a macro has when a call uses another', () => {
    const err = errorOf(() => expandMacros('`ctime(a, b)`', [m('ctime', 'x', ['f'])]));
    expect(err.message).toBe('Macro `ctime(2)` is not defined: `ctime` takes 1 argument');
  });

  it('reports an undefined nested macro at the outer call', () => {
    const err = errorOf(() => expandMacros('a | `outer`', [m('outer', 'search `missing`')]));
    expect(err.message).toBe('Macro `missing` is not defined (called by macro `outer`)');
    expect([err.position, err.end]).toEqual([4, 11]);
  });

  it('refuses cycles and runaway depth', () => {
    const cyc = errorOf(() => expandMacros('`a`', [m('a', '`b`'), m('b', '`a`')]));
    expect(cyc.message).toBe('Macro `a` calls itself: `a` → `b` → `a`');
    const chain = Array.from({ length: MAX_MACRO_DEPTH + 2 }, (_, i) =>
      m(`m${i}`, `\`m${i + 1}\``),
    );
    expect(errorOf(() => expandMacros('`m0`', chain)).message).toMatch(/nest more than 32/);
  });

  it('refuses a definition that doubles itself into an enormous search', () => {
    const defs = Array.from({ length: 30 }, (_, i) => m(`l${i}`, `\`l${i + 1}\` \`l${i + 1}\``));
    defs.push(m('l30', 'x'));
    expect(errorOf(() => expandMacros('`l0`', defs)).message).toMatch(/more than 10000 times/);
    const wide = [m('w', 'x'.repeat(200_000)), m('w4', '`w` `w` `w` `w` `w` `w`')];
    expect(errorOf(() => expandMacros('`w4`', wide)).message).toMatch(/longer than/);
  });

  it('leaves backticks in quoted strings and comments alone', () => {
    const q = '| rex "(?<q>`[^`]+`)" ```a `comment` ``` | eval x="`y`"';
    expect(expandMacros(q, []).text).toBe(q);
  });

  it('refuses an unclosed backtick and a malformed call', () => {
    expect(errorOf(() => expandMacros('index=x `sysmon', [])).position).toBe(8);
    expect(errorOf(() => expandMacros('`a b`', [])).message).toMatch(/Bad macro call/);
  });
});

describe('errors after expansion point into the query as written', () => {
  const defs = [m('sysmon', 'index=botsv2 sourcetype=sysmon'), m('bad', 'stats nosuch(x)')];

  it('maps an error after a macro back by the length difference', () => {
    const q = '`sysmon` | stats avg(x) as | head 1';
    const err = errorOf(() => parseSearch(q, undefined, defs));
    expect(q.slice(err.position)).toMatch(/^\| head/);
  });

  it('points at the whole call when the error is inside the expansion', () => {
    const q = 'index=a | `bad`';
    const err = errorOf(() => parseSearch(q, undefined, defs));
    expect(err.message).toBe(
      "Unknown statistical function 'nosuch' (in the expansion of macro `bad`)",
    );
    expect(q.slice(err.position, err.end)).toBe('`bad`');
  });

  it('maps run-time errors too', async () => {
    const q = '`sysmon` | eval y=match(sourcetype, "(")';
    const source = fromEvents(events([{ sourcetype: 'sysmon', index: 'botsv2' }]));
    const err = await runSearch(q, { source, tz: 'UTC', now: 0, macros: defs }).then(
      () => null,
      (e: unknown) => e as SplError,
    );
    expect(err).toBeInstanceOf(SplError);
    expect(q.slice(err!.position, err!.end)).toBe('match(sourcetype, "(")');
  });

  it('runs a search through its macros and reports the ones used', async () => {
    const evs = events([
      { sourcetype: 'sysmon', index: 'botsv2', raw: 'a' },
      { sourcetype: 'other', index: 'botsv2', raw: 'b' },
    ]);
    const source = fromEvents(evs);
    const r = await runSearch('`sysmon` | stats count', {
      source,
      tz: 'UTC',
      now: 0,
      macros: defs,
    });
    expect(r.rows).toEqual([{ count: 1 }]);
    expect(r.macros).toEqual(['sysmon']);
    // Without the definitions the same search fails instead of matching nothing.
    await expect(run(evs, '`sysmon` | stats count')).rejects.toThrow(
      'Macro `sysmon` is not defined',
    );
  });
});
