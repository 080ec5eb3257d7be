import { describe, expect, it } from 'vitest';
import { parseSearch } from '../run/run-search';
import { assistContext, commandAt } from './context';
import { formatSearch } from './format';
import { allCommands, commandHelp, evalFunctions, functionHelp, statsFunctions } from './help';

describe('help from the registries', () => {
  it('has a syntax, a description and an example that parses for every command', () => {
    const commands = allCommands();
    expect(commands.length).toBeGreaterThan(45);
    for (const c of commands) {
      expect(c.syntax, c.name).toMatch(new RegExp(`^\\|? ?${c.name}\\b`));
      expect(c.description.length, c.name).toBeGreaterThan(10);
      // `...` stands for the search before: any base search will do.
      const example = c.example.replace(/^\.\.\./, 'index=main');
      expect(() => parseSearch(example), `${c.name}: ${example}`).not.toThrow();
    }
  });

  it('describes every eval and stats function with a syntax naming it', () => {
    for (const f of [...evalFunctions(), ...statsFunctions()]) {
      expect(f.syntax.startsWith(f.name === 'perc' ? 'perc<N>' : `${f.name}`), f.name).toBe(true);
      expect(f.description.length, f.name).toBeGreaterThan(5);
    }
    expect(functionHelp('c', 'stats')?.name).toBe('count');
    expect(functionHelp('p95', 'stats')?.name).toBe('perc');
    expect(functionHelp('ROUND', 'eval')?.syntax).toBe('round(<number>[, <digits>])');
    expect(commandHelp('STATS')?.transforming).toBe(true);
    expect(commandHelp('nosuch')).toBeUndefined();
  });
});

describe('assistContext', () => {
  const at = (q: string) => assistContext(q.replace('^', ''), q.indexOf('^'));
  it('completes command names after a pipe and in a subsearch', () => {
    expect(at('index=main | st^')).toEqual({ kind: 'command', from: 13, prefix: 'st' });
    expect(at('index=main |^')).toMatchObject({ kind: 'command', prefix: '' });
    expect(at('a | append [ sea^')).toMatchObject({ kind: 'command', prefix: 'sea' });
    expect(at('|^')).toMatchObject({ kind: 'command', prefix: '' });
  });
  it('completes values after field= in a search, fields and functions elsewhere', () => {
    expect(at('index=main src_ip=10.^')).toEqual({
      kind: 'value',
      from: 18,
      prefix: '10.',
      field: 'src_ip',
      command: 'search',
    });
    expect(at('x | search host="we^')).toMatchObject({
      kind: 'value',
      field: 'host',
      prefix: '"we',
    });
    expect(at('x | eval y=rou^')).toMatchObject({ kind: 'word', functions: 'eval', prefix: 'rou' });
    expect(at('x | stats co^')).toMatchObject({ kind: 'word', functions: 'stats', prefix: 'co' });
    expect(at('x | stats count by sr^')).toMatchObject({ kind: 'word', functions: 'none' });
    expect(at('x | stats count(eval(le^')).toMatchObject({ functions: 'eval' });
    expect(at('index=main sr^')).toMatchObject({ kind: 'word', command: 'search', prefix: 'sr' });
  });
  it('completes macro names inside backticks, nothing inside a comment', () => {
    expect(at('index=main `ftp_^')).toEqual({ kind: 'macro', from: 12, prefix: 'ftp_' });
    expect(at('index=main ```note | st^')).toEqual({ kind: 'none' });
    // A pipe inside quotes does not start a command.
    expect(at('x | search a="b | st^')).toMatchObject({ kind: 'value' });
  });
  it('finds the command under the cursor', () => {
    expect(commandAt('index=main | stats count by host', 20)).toEqual({ name: 'stats', start: 13 });
    expect(commandAt('index=main | stats count', 3)).toEqual({ name: 'search', start: 0 });
  });
});

describe('formatSearch', () => {
  it('puts one command per line, leaving quotes and subsearches whole', () => {
    expect(formatSearch('index=main | stats count by host|sort - count')).toBe(
      'index=main\n| stats count by host\n| sort - count',
    );
    expect(formatSearch('| makeresults | eval a="x|y" | append [search b | head 1]')).toBe(
      '| makeresults\n| eval a="x|y"\n| append [search b | head 1]',
    );
    expect(formatSearch('a | append [ b')).toBe('a | append [ b');
  });
});
