import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { completeAt } from '../../engine';
import { WorkbookDB } from '../db/db';
import { CompletionIndex } from './completion-data';
import { topValues } from './field-values';
import { ChunkCache } from './stored-source';
import { storeEvents, variedEvents } from '../../test/support/stored-events';

const EVENTS = variedEvents(600);

let db: WorkbookDB;
let n = 0;
beforeEach(async () => {
  db = new WorkbookDB(`completion-${n++}`);
  await db.open();
  await storeEvents(db, 'ds', EVENTS, 128);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const at = (index: CompletionIndex, q: string) =>
  completeAt(q.replace('^', ''), q.indexOf('^'), index.forScope(['ds']));

describe('completion over stored events', () => {
  it('offers fields with their coverage, commands and functions from the registry', async () => {
    const index = new CompletionIndex(db, new ChunkCache());
    const fields = await at(index, 'index=main | stats count by ^');
    const host = fields.items.find((i) => i.label === 'host');
    expect(host).toMatchObject({ kind: 'field', detail: '100%' });
    // `late` is in the second half of the events only.
    expect(fields.items.find((i) => i.label === 'late')?.detail).toMatch(/^[45]\d%$/);
    expect(fields.items.some((i) => i.kind === 'function')).toBe(false);

    const commands = await at(index, 'index=main | st^');
    expect(commands.items.map((i) => i.label)).toEqual(
      expect.arrayContaining(['stats', 'streamstats']),
    );
    expect(commands.items.every((i) => i.label.startsWith('st'))).toBe(true);
    expect(commands.items[0].detail).toMatch(/^\|? ?st/);

    const fns = await at(index, 'x | eval y=rou^');
    expect(fns.items[0]).toMatchObject({ label: 'round', kind: 'function', apply: 'round(' });
    const stats = await at(index, 'x | stats dc^');
    expect(stats.items.map((i) => i.label)).toContain('dc');
  });

  it('counts a field’s top values exactly, multivalue fields included', async () => {
    const index = new CompletionIndex(db, new ChunkCache());
    const got = await at(index, 'index=main host=^');
    const expected = new Map<string, number>();
    for (const e of EVENTS) {
      const h = e.fields!.host as string;
      expected.set(h, (expected.get(h) ?? 0) + 1);
    }
    expect(got.items.map((i) => [i.label, Number(i.detail)])).toEqual(
      [...expected].sort((a, b) => b[1] - a[1]),
    );
    const tags = await at(index, 'index=main tags=^');
    const a = EVENTS.filter((e) => {
      const t = e.fields!.tags;
      return t !== undefined && (typeof t === 'string' ? [t] : t).includes('a');
    }).length;
    // Each value counts once per event holding it, so a list [a, a] counts twice.
    expect(Number(tags.items.find((i) => i.label === 'a')?.detail)).toBeGreaterThanOrEqual(a);
    const src = await at(index, 'index=main src="10.0.1^');
    expect(src.items.length).toBeGreaterThan(0);
    expect(src.items.every((i) => i.label.startsWith('10.0.1') && i.apply!.startsWith('"'))).toBe(
      true,
    );
  });

  it('quotes a value that a search would split', async () => {
    await storeEvents(db, 'ds2', [{ time: 0, raw: 'x', fields: { msg: 'a b|c' } }], 10);
    const index = new CompletionIndex(db, new ChunkCache());
    const got = await completeAt('msg=', 4, index.forScope(['ds2']));
    expect(got.items).toEqual([{ label: 'a b|c', kind: 'value', detail: '1', apply: '"a b|c"' }]);
  });
});

describe('topValues', () => {
  it('keeps the k most frequent, ties by value', () => {
    const counts = new Map([
      ['b', 2],
      ['a', 2],
      ['c', 5],
      ['d', 1],
    ]);
    expect(topValues(counts, 3)).toEqual([
      { value: 'c', count: 5 },
      { value: 'a', count: 2 },
      { value: 'b', count: 2 },
    ]);
  });
});
