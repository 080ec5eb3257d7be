import { describe, expect, it } from 'vitest';
import { SplError } from '../errors';
import { parseSearch } from '../run/run-search';
import { TEST_FUNCTIONS } from '../../test/support/engine-run';
import type { SearchExpr } from '../ast';

const parse = (q: string) => parseSearch(q, (n) => TEST_FUNCTIONS.get(n));

function errorOf(q: string): SplError {
  try {
    parse(q);
  } catch (e) {
    if (e instanceof SplError) return e;
    throw e;
  }
  throw new Error(`expected ${q} to fail`);
}

/** A compact rendering of a search expression, to assert grouping. */
function show(e: SearchExpr): string {
  switch (e.kind) {
    case 'and':
      return `(${e.items.map(show).join(' & ')})`;
    case 'or':
      return `(${e.items.map(show).join(' | ')})`;
    case 'not':
      return `!${show(e.item)}`;
    case 'term':
      return e.text;
    case 'phrase':
      return `"${e.text}"`;
    case 'compare':
      return `${e.field}${e.op}${e.value}`;
    case 'in':
      return `${e.field} in [${e.values.join(',')}]`;
    case 'all':
      return '*';
  }
}

const searchOf = (q: string) => show(parse(q).commands[0].args as SearchExpr);

describe('parsing searches', () => {
  it('reads the workshop base search with an implicit search command', () => {
    const p = parse(
      'index=botsv2 sourcetype=stream:ftp src=10.0.2.107 dest=160.153.91.7 method!=PORT method!=TYPE method!=NLST',
    );
    expect(p.commands.map((c) => c.name)).toEqual(['search']);
    expect(show(p.commands[0].args as SearchExpr)).toBe(
      '(index=botsv2 & sourcetype=stream:ftp & src=10.0.2.107 & dest=160.153.91.7 & method!=PORT & method!=TYPE & method!=NLST)',
    );
  });

  it.each([
    ['a b OR c', '(a & (b | c))'],
    ['a OR b c', '((a | b) & c)'],
    ['NOT a OR b', '(!a | b)'],
    ['(a b) OR c', '((a & b) | c)'],
    ['a AND b', '(a & b)'],
    ['x IN (1, b*) y', '(x in [1,b*] & y)'],
    ['"a phrase" x="quoted value"', '("a phrase" & x=quoted value)'],
    ['x >= 5 y<3 z!=a', '(x>=5 & y<3 & z!=a)'],
    ['search foo', 'foo'],
    ['a or b', '(a & or & b)'],
    ['foo ```a comment | here``` bar', '(foo & bar)'],
  ])('groups %s as %s', (q, expected) => {
    expect(searchOf(q)).toBe(expected);
  });

  it('splits commands at pipes but not inside strings or subsearches', () => {
    const p = parse('a "x|y" | eval z="|" | search b');
    expect(p.commands.map((c) => c.name)).toEqual(['search', 'eval', 'search']);
    // The pipe inside the brackets does not end the command: the subsearch is seen whole.
    expect(errorOf('a [search b | head 1] c').message).toBe(
      'Subsearches inside a search are not supported yet',
    );
  });

  it('parses eval with Splunk precedence', () => {
    const p = parse('* | eval x = 1 + 2 * 3 . "a", y = NOT a OR b AND c');
    const args = p.commands[1].args as Array<{ field: { text: string }; expr: unknown }>;
    expect(args.map((a) => a.field.text)).toEqual(['x', 'y']);
    expect(JSON.stringify(args[0].expr)).toMatch(/"op":"\.".*"op":"\+".*"op":"\*"/);
    expect(args[1].expr).toMatchObject({ kind: 'binary', op: 'OR', right: { op: 'AND' } });
  });
});

describe('parse errors', () => {
  it.each([
    ['foo | frobnicate x', "Unknown search command 'frobnicate'", 6],
    ['foo | transaction maxspan=abc', 'Expected a time span such as 30s, 5m, 1h or 1d', 26],
    ['foo | | head', "Missing a search command before '|'", 6],
    ['(a OR b', "Expected ')' to close '(' at 0", 7],
    ['a OR', 'Expected a search term', 4],
    ['OR a', "Expected a search term before 'OR'", 0],
    ['a) b', "Unexpected ')'", 1],
    ['x=', "Expected a value after 'x='", 2],
    ['a "unclosed', 'Unterminated quoted string', 2],
    ['* | eval x=(1 + 2', "Expected ')' to close '(' at 11", 17],
    ['* | eval x=foo(1)', "Unknown function 'foo'", 11],
    ['* | eval x=substr("a")', "Function 'substr' takes 2 or 3 arguments, got 1", 11],
    ['* | eval x=1 y=2', "Unexpected 'y' at 13 in 'eval' command", 13],
    ['* | where', "'where' needs an expression", 9],
    ['* | head 5 6', "Unexpected '6' at 11", 11],
    ['| head 5', "Command 'head' needs results to work on", 2],
    ['* | sort', "'sort' needs a field", 8],
    ['* | rename a b', "Expected 'as' after 'a'", 13],
    ['* | dedup 0 x', "'dedup' keeps at least 1", 10],
    ['* | search [search a', "Expected ']' to close '[' at 11", 11],
    ['TERM()', 'TERM() needs a term', 0],
    ['a src*=1', 'Wildcards in field names are not supported yet', 2],
    ['', 'Empty search', 0],
  ])('%s fails with "%s" at %i', (q, message, position) => {
    const e = errorOf(q);
    expect(e.message).toContain(message);
    expect(e.position).toBe(position);
  });
});
