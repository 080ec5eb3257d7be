import { describe, expect, it } from 'vitest';
import type { EventRecord, FieldValue } from '../model';
import { ChunkBuilder } from './chunk-builder';
import { ChunkColumns } from './chunk-columns';
import { realisticEvents, seededRandom } from '../../test/support/realistic-events';
import type { ColumnRecord } from './records';

function ev(fields: Record<string, FieldValue>, time = 0): EventRecord {
  return { time, raw: '', fields };
}

function build(events: EventRecord[]) {
  const b = new ChunkBuilder();
  for (const e of events) b.add(e);
  return b.build();
}

function same(a: FieldValue | undefined, b: FieldValue | undefined): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

/** Every field of every event decodes to exactly its input; fields an event lacks are undefined. */
function expectRoundTrip(events: EventRecord[], cols: ChunkColumns): void {
  const names = new Set(events.flatMap((e) => Object.keys(e.fields)));
  expect(cols.fieldNames()).toEqual([...names].sort());
  expect(cols.count).toBe(events.length);
  // Collected and asserted once: an expect per value would dominate the run time.
  const wrong: string[] = [];
  events.forEach((e, i) => {
    if (cols.times[i] !== e.time) wrong.push(`time[${i}]`);
    for (const name of names) {
      const got = cols.value(name, i);
      if (!same(got, e.fields[name]))
        wrong.push(`${name}[${i}]: ${JSON.stringify(got)} != ${JSON.stringify(e.fields[name])}`);
      if (cols.column(name)!.has(i) !== name in e.fields) wrong.push(`has ${name}[${i}]`);
    }
  });
  expect(wrong.slice(0, 10)).toEqual([]);
}

function columnOf(events: EventRecord[], name: string): ColumnRecord {
  return build(events).columns.columns.find((c) => c.name === name)!;
}

describe('ChunkColumns', () => {
  it('round-trips hand-made events: missing, sparse, lists and strings that look like numbers', () => {
    const events = [
      ev({ a: 'x', n: '21', odd: '007', mv: ['b', 'b', ''], one: ['solo'] }, 1000),
      ev({ a: 'y', n: '-5', odd: '1e3', mv: 'plain', one: 'solo' }, 999),
      ev({ n: '3', odd: '-0', mv: [], empty: '' }, 1001),
      ev({ a: 'x', n: '2147483647', odd: '1.50', sparse: 'only here' }, 1002),
      ev({ a: '', odd: 'NaN' }, 1003),
      ev({}, 1004),
    ];
    const chunk = build(events);
    const cols = new ChunkColumns(chunk.columns);
    expectRoundTrip(events, cols);
    expect(cols.value('mv', 2)).toEqual([]);
    expect(cols.value('one', 0)).toEqual(['solo']);
    expect(cols.value('one', 1)).toBe('solo');
    expect(cols.has('sparse')).toBe(true);
    expect(cols.has('nope')).toBe(false);
    expect(cols.value('nope', 0)).toBeUndefined();
    expect(cols.value('a', 99)).toBeUndefined();
    expect(cols.column('odd')!.kind).toBe('dict');
  });

  it('stores canonical numbers as numbers, Int32 when it can, and only then', () => {
    const many = (f: (i: number) => Record<string, FieldValue>) =>
      Array.from({ length: 1000 }, (_, i) => ev(f(i)));
    const ints = columnOf(
      many((i) => ({ port: String(1024 + i * 61) })),
      'port',
    );
    expect(ints.kind).toBe('number');
    expect(ints.kind === 'number' && ints.numbers).toBeInstanceOf(Int32Array);
    const floats = columnOf(
      many((i) => ({ ratio: String(i / 8), big: String(2 ** 31 + i) })),
      'ratio',
    );
    expect(floats.kind === 'number' && floats.numbers).toBeInstanceOf(Float64Array);
    const oneOdd = columnOf(
      many((i) => ({ port: i === 500 ? '0500' : String(1024 + i) })),
      'port',
    );
    expect(oneOdd.kind).toBe('dict');
    // Numbers in most events but absent from some: NaN marks the gaps when stored densely.
    const gaps = many((i): Record<string, FieldValue> =>
      i % 10 ? { bytes: String(i * 1234.5) } : {},
    );
    const gapsCol = columnOf(gaps, 'bytes');
    expect(gapsCol.rows).toBeUndefined();
    expect(gapsCol.kind === 'number' && gapsCol.numbers).toBeInstanceOf(Float64Array);
    expectRoundTrip(gaps, new ChunkColumns(build(gaps).columns));
  });

  it('turns a column that was numeric so far into strings at its first other value', () => {
    // Numbers, a list of numbers, repeats, then strings; also one that is numeric to the end.
    const values: FieldValue[] = ['7', '-3', '7', ['1.5', '7'], '7', 'x', ['y', '-3'], '7', 'x'];
    const events = values.map((v, i) => ev({ late: v, idx: String(i * 1e9), host: String(i % 3) }));
    const chunk = build(events);
    expectRoundTrip(events, new ChunkColumns(chunk.columns));
    const late = chunk.columns.columns.find((c) => c.name === 'late')!;
    expect(late.kind === 'dict' && [...late.dict].sort()).toEqual(['-3', '1.5', '7', 'x', 'y']);
    expect(chunk.columns.columns.find((c) => c.name === 'idx')!.kind).toBe('number');
    expect(chunk.meta.hosts).toEqual(['0', '1', '2']);
  });

  it('keeps a low-cardinality numeric field as a 1-byte dictionary', () => {
    const events = Array.from({ length: 1000 }, (_, i) =>
      ev({ dest_port: ['21', '53', '443'][i % 3] }),
    );
    const col = columnOf(events, 'dest_port');
    expect(col.kind).toBe('dict');
    expect(col.kind === 'dict' && col.codes).toBeInstanceOf(Uint8Array);
    expect(col.rows).toBeUndefined();
  });

  it('stores a field present in few events sparsely and in most densely', () => {
    const events = Array.from({ length: 1000 }, (_, i) =>
      ev(i % 10 === 0 ? { rare: `r${i % 7}` } : { common: `c${i % 5}` }),
    );
    const chunk = build(events);
    const rare = chunk.columns.columns.find((c) => c.name === 'rare')!;
    const common = chunk.columns.columns.find((c) => c.name === 'common')!;
    expect(Array.from(rare.rows!)).toEqual(events.map((_, i) => i).filter((i) => i % 10 === 0));
    expect(common.rows).toBeUndefined();
    expectRoundTrip(events, new ChunkColumns(chunk.columns));
  });

  it('round-trips dictionaries past 256 and 65536 values', () => {
    const events = Array.from({ length: 4096 }, (_, i) =>
      ev({
        mid: `v${i % 300}`,
        huge: Array.from({ length: 17 }, (_, j) => `h${i}-${j}`),
        uni: `파일-${i % 999}-Ü`,
      }),
    );
    const chunk = build(events);
    const byName = (n: string) => chunk.columns.columns.find((c) => c.name === n)!;
    const mid = byName('mid');
    const huge = byName('huge');
    expect(mid.kind === 'dict' && mid.codes).toBeInstanceOf(Uint16Array);
    expect(huge.kind === 'dict' && huge.codes).toBeInstanceOf(Uint32Array);
    expectRoundTrip(events, new ChunkColumns(chunk.columns));
  });

  it('round-trips random events, also after a structured clone', () => {
    const rnd = seededRandom(11);
    const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
    const value = (): string =>
      pick([
        () => String(Math.floor(rnd() * 70000)),
        () => String(rnd() * 1e6 - 5e5),
        () => pick(['007', '1e3', '-0', '1.50', '', ' ', '+1', 'NaN', 'Infinity', '0x1f']),
        () => `s${Math.floor(rnd() * 50)}`,
        () => pick(['Ünïcode', '보고서', '😀', '\uFEFF', 'a"b,c\nd']),
      ])();
    const fieldValue = (): FieldValue =>
      rnd() < 0.15 ? Array.from({ length: Math.floor(rnd() * 4) }, value) : value();
    const names = Array.from({ length: 30 }, (_, i) => `f${i}`);
    const presence = names.map(() => rnd());
    const events = Array.from({ length: 3000 }, (_, i) => {
      const fields: Record<string, FieldValue> = {};
      names.forEach((n, k) => {
        if (rnd() < presence[k]) fields[n] = fieldValue();
      });
      return ev(fields, 1.7e12 + i * 37);
    });
    const chunk = build(events);
    expectRoundTrip(events, new ChunkColumns(chunk.columns));
    expectRoundTrip(events, new ChunkColumns(structuredClone(chunk.columns)));
  });

  it('exposes dictionary codes and numbers for fast filtering', () => {
    const events = realisticEvents(2000);
    const cols = new ChunkColumns(build(events).columns);
    const st = cols.column('sourcetype')!;
    expect(st.kind).toBe('dict');
    if (st.kind !== 'dict') return;
    const ftp = st.dict.indexOf('stream:ftp');
    const viaCodes = events.map((_, i) => i).filter((i) => st.codes[st.slot(i)] === ftp);
    expect(viaCodes).toEqual(
      events.map((e, i) => (e.fields.sourcetype === 'stream:ftp' ? i : -1)).filter((i) => i >= 0),
    );
    const ports = cols.column('src_port')!;
    const hasPort = events
      .map((e, i) => (e.fields.src_port === undefined ? -1 : i))
      .filter((i) => i >= 0);
    expect(Array.from(ports.events())).toEqual(hasPort);
    if (ports.kind === 'number') {
      for (const i of hasPort)
        expect(ports.numbers[ports.slot(i)]).toBe(Number(events[i].fields.src_port));
    }
  });

  it('decodes an empty chunk', () => {
    const cols = new ChunkColumns(build([]).columns);
    expect(cols.count).toBe(0);
    expect(cols.fieldNames()).toEqual([]);
    expect(cols.value('host', 0)).toBeUndefined();
  });
});

describe('byte path and text path in one chunk', () => {
  const enc = new TextEncoder();
  const columns = ['dest', 'port'];

  /** Adds an event through the byte path, with its field values as bytes. */
  function addBytes(b: ChunkBuilder, time: number, dest: string, port: string) {
    const bytes = enc.encode(`${dest}|${port}|raw`);
    const i = b.beginBytesEvent(time, bytes, bytes.length - 3, bytes.length, false);
    b.slotColumn(columns, 0)!.addBytes(i, bytes, 0, dest.length, b.values);
    const p = dest.length + 1;
    b.slotColumn(columns, 1)!.addBytes(i, bytes, p, p + port.length, b.values);
    b.endEvent(i);
  }

  it('gives a value one code whichever path brought it, in either order', () => {
    const b = new ChunkBuilder();
    addBytes(b, 0, '160.153.91.7', '21');
    b.addRow({ time: 1, raw: 'raw', columns, values: ['160.153.91.7', 'ftp'] });
    addBytes(b, 2, '160.153.91.7', '21');
    b.addRow({ time: 3, raw: 'raw', columns, values: ['10.0.2.107', '21'] });
    addBytes(b, 4, '10.0.2.107', 'ftp');
    addBytes(b, 5, '45.77.65.211', '20');
    const chunk = b.build();
    const cols = new ChunkColumns(chunk.columns);
    expect([0, 1, 2, 3, 4, 5].map((i) => cols.value('dest', i))).toEqual([
      '160.153.91.7',
      '160.153.91.7',
      '160.153.91.7',
      '10.0.2.107',
      '10.0.2.107',
      '45.77.65.211',
    ]);
    // 'port' went from numbers to a dictionary midway (at "ftp"): its numbers too are one code each.
    expect([0, 1, 2, 3, 4, 5].map((i) => cols.value('port', i))).toEqual([
      '21',
      'ftp',
      '21',
      '21',
      'ftp',
      '20',
    ]);
    expectDistinctDictionaries(chunk.columns.columns);
  });

  it('keeps one code per value when a column of numbers meets a word on the byte path', () => {
    const b = new ChunkBuilder();
    for (const [t, port] of ['21', '20', 'ftp', '21', '20', 'ftp'].entries())
      addBytes(b, t, '160.153.91.7', port);
    const chunk = b.build();
    const cols = new ChunkColumns(chunk.columns);
    expect([0, 1, 2, 3, 4, 5].map((i) => cols.value('port', i))).toEqual([
      '21',
      '20',
      'ftp',
      '21',
      '20',
      'ftp',
    ]);
    expectDistinctDictionaries(chunk.columns.columns);
  });

  function expectDistinctDictionaries(records: ColumnRecord[]) {
    for (const rec of records) {
      if (rec.kind !== 'dict') continue;
      expect(new Set(rec.dict).size, rec.name).toBe(rec.dict.length);
    }
  }
});
