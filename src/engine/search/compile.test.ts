import { describe, expect, it } from 'vitest';
import type { SearchExpr } from '../ast';
import { parseSearch } from '../run/run-search';
import { fromEvents, type EventChunk } from '../source';
import { events, withColumns } from '../../test/support/engine-run';
import { compileSearch } from './compile';

const many = events(
  Array.from({ length: 200 }, (_, i) => ({
    raw: i % 4 === 0 ? `login failed for ${i}` : `login ok ${i}`,
    sourcetype: i % 3 ? 'stream:ftp' : 'syslog',
    dest: i % 5 === 0 ? '160.153.91.7' : `10.0.0.${i % 7}`,
    // Sparse: its codes are spread out per event.
    user: i % 2 ? `u${i % 3}` : undefined,
    // Lists: a comparison on it has no codes and is tested per event.
    tags: i % 2 ? ['a', 'b'] : 'c',
  })),
);

async function firstChunk(): Promise<EventChunk> {
  return withColumns(fromEvents(many, { chunkSize: 200 })).load(0);
}

function compiled(query: string) {
  const expr = parseSearch(query).commands[0].args as SearchExpr;
  return compileSearch(expr, () => 0);
}

/** The events of the chunk that match, asking the compiled search one event at a time. */
function matching(query: string, chunk: EventChunk): number[] {
  const terms = compiled(query).forChunk(chunk);
  const out: number[] = [];
  for (let i = 0; i < chunk.count; i++) {
    const view = { field: (f: string) => chunk.value(f, i) ?? null, raw: () => chunk.raw(i) };
    if (terms.matches(i, view as never)) out.push(i);
  }
  return out;
}

describe('compileSearch on a chunk with columns', () => {
  it.each([
    ['sourcetype=stream:ftp dest=160.153.91.7', true],
    ['sourcetype=stream:ftp OR dest=160.153.91.7', true],
    ['dest=160.153.91.7 sourcetype=stream:ftp failed', true],
    ['sourcetype=stream:ftp NOT dest=160.153.91.7', false],
    ['sourcetype=stream:ftp o* user=u1', true],
    ['sourcetype=stream:ftp *ail*', false],
    ['sourcetype=stream:ftp tags=a', false],
  ])('%s: the candidates are the matches; exact %s', async (query, exact) => {
    const c = await firstChunk();
    const terms = compiled(query).forChunk(c);
    expect(terms.exact).toBe(exact);
    const want = matching(query, c);
    expect(want.length).toBeGreaterThan(0);
    if (exact) expect(terms.candidates).toEqual(want);
    else for (const i of want) expect(terms.candidates ?? [i]).toContain(i);
  });
});
