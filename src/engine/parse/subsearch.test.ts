import { describe, expect, it } from 'vitest';
import type { AnyCommand } from '../context';
import { COMMANDS } from '../commands';
import { SplError } from '../errors';
import type { Pipeline, Subsearch } from '../ast';
import { parsePipelineText } from '../run/pipeline-parser';

const meta = { syntax: '', description: '', example: '' };

// Stand-ins for append (parses its subsearch now) and foreach (keeps the text for later).
const append: AnyCommand = {
  name: 'append',
  meta,
  parse: (r, ctx) => ctx.parseSubsearch(r.readSubsearch()),
  run: (input) => input,
};
const foreach: AnyCommand = {
  name: 'foreach',
  meta,
  parse: (r) => ({ fields: r.readFieldList({ wildcards: true }), body: r.readSubsearch() }),
  run: (input) => input,
};
const catalog = {
  get: (n: string) => (n === 'append' ? append : n === 'foreach' ? foreach : COMMANDS.get(n)),
};

describe('subsearches', () => {
  it('parse recursively with an implicit search and offsets into the whole query', () => {
    const q = 'a | append [ b x=1 | head 2 ] | head 1';
    const p = parsePipelineText(q, catalog);
    expect(p.commands.map((c) => c.name)).toEqual(['search', 'append', 'head']);
    const inner = p.commands[1].args as Pipeline;
    expect(inner.commands.map((c) => c.name)).toEqual(['search', 'head']);
    expect(q.slice(inner.commands[1].start, inner.commands[1].end).trim()).toBe('head 2');
  });

  it('nest, and report errors at their place in the query', () => {
    const q = 'a | append [search b | append [search c | frob]]';
    let error: unknown;
    try {
      parsePipelineText(q, catalog);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SplError);
    expect(error).toMatchObject({
      message: "Unknown search command 'frob'",
      position: q.indexOf('frob'),
    });
  });

  it('can be kept as text for templates that are not SPL until substituted', () => {
    const q = 'a | foreach * [eval <<FIELD>>_s=<<FIELD>>]';
    const p = parsePipelineText(q, catalog);
    const body = (p.commands[1].args as { body: Subsearch }).body;
    expect(body.text).toBe('eval <<FIELD>>_s=<<FIELD>>');
    expect(q.slice(body.textStart, body.textStart + body.text.length)).toBe(body.text);
  });

  it('require the brackets', () => {
    expect(() => parsePipelineText('a | append b', catalog)).toThrow(/Expected a subsearch/);
  });
});
