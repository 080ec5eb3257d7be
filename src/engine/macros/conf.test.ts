import { describe, expect, it } from 'vitest';
import { parseMacrosConf, MacrosConfError } from './conf';
import { expandMacros } from './expand';

function confError(text: string): MacrosConfError {
  try {
    parseMacrosConf(text, 'macros.conf');
  } catch (err) {
    if (err instanceof MacrosConfError) return err;
    throw err;
  }
  throw new Error('expected a MacrosConfError');
}

describe('parseMacrosConf', () => {
  it("reads the spec's example stanzas (no arguments, arguments, iseval)", () => {
    const text = [
      '# comment',
      '[foobar(1)]',
      'args = foo',
      'definition = "foo = $foo$"',
      '',
      '[fooeval(2)]',
      'args = foo, bar',
      'definition = if (bar > 0, "$foo$", "-$foo$")',
      'iseval = true',
      '[plain]',
      'definition = index=main',
      'description = ignored',
    ].join('\n');
    const macros = parseMacrosConf(text);
    expect(macros).toEqual([
      { name: 'foobar', args: ['foo'], definition: '"foo = $foo$"', line: 2 },
      {
        name: 'fooeval',
        args: ['foo', 'bar'],
        definition: 'if (bar > 0, "$foo$", "-$foo$")',
        iseval: true,
        line: 6,
      },
      { name: 'plain', args: [], definition: 'index=main', line: 10 },
    ]);
    expect(expandMacros('`foobar(x)`', macros).text).toBe('"foo = x"');
  });

  it('joins continuation lines, keeping the line breaks', () => {
    const text =
      '[long]\ndefinition = search a \\\n  | stats count \\\n  | head 1\n[next]\ndefinition=x';
    const [long, next] = parseMacrosConf(text);
    expect(long.definition).toBe('search a \n| stats count \n| head 1');
    expect(next.definition).toBe('x');
  });

  it('keeps validation and errormsg, ignores [default] and CRLF line ends', () => {
    const text =
      '[default]\r\ndefinition = x\r\n[n(1)]\r\nargs = n\r\ndefinition = head $n$\r\nvalidation = isint($n$)\r\nerrormsg = n must be an integer\r\n';
    expect(parseMacrosConf(text)).toEqual([
      {
        name: 'n',
        args: ['n'],
        definition: 'head $n$',
        validation: 'isint($n$)',
        errormsg: 'n must be an integer',
        line: 3,
      },
    ]);
  });

  it('refuses bad files with the line and the problem', () => {
    expect(confError('[a]\ndefinition = x\nthis is not a setting').message).toBe(
      "macros.conf, line 3: expected a [stanza] or 'name = value', found 'this is not a setting'",
    );
    expect(confError('[a(2)]\nargs = x\ndefinition = $x$').message).toBe(
      "macros.conf, line 1: macro [a(2)] takes 2 argument(s) but 'args =' names 1",
    );
    expect(confError('\n\n[b]\nargs =\n').line).toBe(3);
    expect(confError('[b c]\ndefinition = x').message).toMatch(
      /line 1: '\[b c\]' is not a macro name/,
    );
    expect(confError('[b(1)]\nargs = a b\ndefinition = x').message).toMatch(
      /'a b' is not an argument name/,
    );
    expect(confError('[b]\ndefinition = x\niseval = maybe').message).toMatch(
      /iseval must be true or false/,
    );
  });
});
