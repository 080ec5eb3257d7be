import { describe, expect, it } from 'vitest';
import { fieldsOf } from '../model';
import { ChunkBuilder } from './chunk-builder';
import { ChunkColumns } from './chunk-columns';
import { MAX_CHUNK_EVENTS } from './constants';
import { csvBytes, realisticEvents } from '../../test/support/realistic-events';
import { rawAt } from './raw-store';
import { storedSize } from './stored-size';
import { lookupTerm } from './term-index-reader';

describe('ChunkBuilder', () => {
  it('summarises the chunk in its meta record', () => {
    const b = new ChunkBuilder();
    b.add({
      time: 2000,
      raw: 'b',
      fields: { sourcetype: 'st2', host: ['h2', 'h1'], index: 'main', x: '1' },
    });
    b.add({
      time: 1000,
      raw: 'a',
      fields: { sourcetype: 'st1', host: 'h1', source: 's', index: 'main' },
    });
    b.add({ time: 3000, raw: 'c', fields: {} });
    expect(b.count).toBe(3);
    const { meta } = b.build();
    expect(meta).toEqual({
      count: 3,
      minTime: 1000,
      maxTime: 3000,
      sourcetypes: ['st1', 'st2'],
      hosts: ['h1', 'h2'],
      sources: ['s'],
      indexes: ['main'],
      fields: ['host', 'index', 'source', 'sourcetype', 'x'],
      bytes: expect.any(Number),
    });
    expect(b.count).toBe(0);
  });

  it('gives an empty chunk NaN times and no fields', () => {
    const chunk = new ChunkBuilder().build();
    expect(chunk.meta).toMatchObject({ count: 0, fields: [], sourcetypes: [] });
    expect(chunk.meta.minTime).toBeNaN();
    expect(chunk.meta.maxTime).toBeNaN();
  });

  it('starts each chunk afresh', () => {
    const b = new ChunkBuilder();
    b.add({ time: 1, raw: 'first alpha', fields: { a: 'x' } });
    b.build();
    b.add({ time: 2, raw: 'second beta', fields: { b: 'y' } });
    const chunk = b.build();
    expect(chunk.meta.fields).toEqual(['b']);
    expect(rawAt(chunk.raw, 0)).toBe('second beta');
    expect(Array.from(lookupTerm(chunk.terms, 'beta'))).toEqual([0]);
    expect(lookupTerm(chunk.terms, 'alpha')).toHaveLength(0);
    expect(new ChunkColumns(chunk.columns).value('a', 0)).toBeUndefined();
  });

  it('encodes each chunk exactly as a fresh builder does, whatever its columns were before', () => {
    const enc = new TextEncoder();
    const names = ['port', 'user', 'dest'];
    type Step = (b: ChunkBuilder) => void;
    const byBytes =
      (t: number, port: string, user: string): Step =>
      (b) => {
        const bytes = enc.encode(`${port}|${user}|raw ${t}`);
        const i = b.beginBytesEvent(t, bytes, port.length + user.length + 2, bytes.length, false);
        b.slotColumn(names, 0)!.addBytes(i, bytes, 0, port.length, b.values);
        const u = port.length + 1;
        b.slotColumn(names, 1)!.addBytes(i, bytes, u, u + user.length, b.values);
        b.endEvent(i);
      };
    const byRow =
      (t: number, values: (string | string[] | undefined)[]): Step =>
      (b) =>
        b.addRow({ time: t, raw: `row ${t}`, columns: names, values });
    const many = (n: number, f: (k: number) => Step): Step[] =>
      Array.from({ length: n }, (_, k) => f(k));
    // Each chunk gives the columns another shape than the one before: numbers, then a dictionary
    // reached midway, lists, then none, more slots than the buffers first held, then few.
    const chunks: Step[][] = [
      [
        byRow(1, ['21', 'ann', ['a', 'b']]),
        byRow(2, [['20', '21'], undefined, 'c']),
        byBytes(3, '22', 'bob'),
      ],
      [byBytes(4, '21', 'ann'), byBytes(5, 'ftp', 'ann'), byRow(6, ['23', ['x', 'y'], undefined])],
      many(700, (k) =>
        k % 3 ? byBytes(k, String(k % 50), `u${k % 7}`) : byRow(k, [String(k), 'ann', `d${k}`]),
      ),
      [byRow(9, [undefined, 'zed', 'e']), byBytes(10, '1.5', 'zed')],
      many(300, (k) => byRow(k, [k % 2 ? 'ftp' : ['1', '2'], k % 5 ? undefined : 'ann', 'same'])),
      [byRow(11, ['7', '', undefined]), byBytes(12, '7', 'ann')],
    ];
    const reused = new ChunkBuilder();
    for (const steps of chunks) {
      const fresh = new ChunkBuilder();
      for (const step of steps) {
        step(reused);
        step(fresh);
      }
      expect(reused.build()).toEqual(fresh.build());
    }
  });

  it('decodes a structured clone of a chunk identically', () => {
    const events = realisticEvents(1500, 5);
    const b = new ChunkBuilder();
    for (const e of events) b.add(e);
    const chunk = b.build();
    const copy = structuredClone(chunk);
    expect(copy.meta).toEqual(chunk.meta);
    const cols = new ChunkColumns(copy.columns);
    const wrong: number[] = [];
    events.forEach((e, i) => {
      if (rawAt(copy.raw, i) !== e.raw || cols.times[i] !== e.time) wrong.push(i);
      for (const [name, v] of Object.entries(e.fields)) {
        if (JSON.stringify(cols.value(name, i)) !== JSON.stringify(v)) wrong.push(i);
      }
    });
    expect(wrong).toEqual([]);
    for (const term of ['retr', '10', 'stream', 'nothing-here']) {
      expect(lookupTerm(copy.terms, term)).toEqual(lookupTerm(chunk.terms, term));
    }
  });

  it('stores a realistic mix in well under its CSV size and estimates that size', () => {
    const events = realisticEvents(4096, 9);
    const b = new ChunkBuilder();
    for (const e of events) b.add(e);
    const chunk = b.build();
    const stored = storedSize(chunk.columns) + storedSize(chunk.terms) + storedSize(chunk.raw);
    expect(chunk.meta.bytes).toBe(stored);
    expect(stored).toBeLessThan(csvBytes(events) * 0.6);
  });

  it('stores rows given as parallel arrays as it stores field objects', () => {
    const columns = [null, 'host', 'empty', 'port', null];
    const rows = [
      { time: 1, raw: 'a', columns, values: ['t', 'h1', undefined, ['21', '22'], 'r'] },
      { time: 2, raw: 'b', columns, values: ['t', undefined, undefined, '80', 'r'] },
      // Another array with other positions: the builder must not reuse the first one's slots.
      { time: 3, raw: 'c', columns: ['port', 'host'], values: ['443', 'h2'] },
    ];
    const fromRows = new ChunkBuilder();
    const fromObjects = new ChunkBuilder();
    for (const row of rows) {
      fromRows.addRow(row);
      fromObjects.add({ time: row.time, raw: row.raw, fields: fieldsOf(row.columns, row.values) });
    }
    const a = fromRows.build();
    expect(a.meta.fields).toEqual(['host', 'port']);
    expect(a).toEqual(fromObjects.build());
    const cols = new ChunkColumns(a.columns);
    expect([0, 1, 2].map((i) => cols.value('port', i))).toEqual([['21', '22'], '80', '443']);
    expect([0, 1, 2].map((i) => cols.value('host', i))).toEqual(['h1', undefined, 'h2']);

    // After build() the same columns array maps to new column builders.
    fromRows.addRow(rows[1]);
    expect(new ChunkColumns(fromRows.build().columns).value('port', 0)).toBe('80');
  });

  it('refuses more events than 16-bit event numbers can address', () => {
    const b = new ChunkBuilder();
    for (let i = 0; i < MAX_CHUNK_EVENTS; i++) b.add({ time: i, raw: '', fields: {} });
    expect(() => b.add({ time: 0, raw: '', fields: {} })).toThrow(RangeError);
    expect(b.build().meta.count).toBe(MAX_CHUNK_EVENTS);
  });
});
