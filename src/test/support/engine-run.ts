import type { EvalFunction } from '../../engine/eval/function-types';
import { runSearch, type RunOptions, type SearchResult } from '../../engine/run/run-search';
import type { ResultSet, Row } from '../../engine/values';
import {
  fromEvents,
  type ChunkColumn,
  type EventChunk,
  type EventSource,
  type PlainEvent,
} from '../../engine/source';
import { dataMap } from '../../engine/data-map';

/** A few stand-in eval functions, so engine tests do not depend on the shared library's state. */
export const TEST_FUNCTIONS = new Map<string, EvalFunction>([
  [
    'substr',
    {
      name: 'substr',
      minArgs: 2,
      maxArgs: 3,
      call: ([s, start, len]) =>
        String(s).substr(Number(start) - 1, len === undefined ? undefined : Number(len)),
    },
  ],
  ['like', { name: 'like', minArgs: 2, maxArgs: 2, call: ([v, p]) => likeStub(v, p) }],
  [
    'lower',
    {
      name: 'lower',
      minArgs: 1,
      maxArgs: 1,
      call: ([v]) => (v === null ? null : String(v).toLowerCase()),
    },
  ],
  [
    'if',
    {
      name: 'if',
      lazy: true,
      minArgs: 3,
      maxArgs: 3,
      call: ([c, a, b]) => (c.evaluate() === true ? a.evaluate() : b.evaluate()),
    },
  ],
]);

function likeStub(v: unknown, p: unknown): boolean | null {
  if (v === null) return null;
  const src = String(p)
    .split('')
    .map((c) => (c === '%' ? '.*' : c === '_' ? '.' : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${src}$`).test(String(v));
}

export const T0 = Date.UTC(2017, 7, 23, 20, 0, 0);

/** Events one second apart from T0, each with an `id` field and the given fields and raw text. */
export function events(
  specs: ReadonlyArray<{ raw?: string } & Record<string, string | string[] | undefined>>,
): PlainEvent[] {
  return specs.map((spec, i) => {
    const fields = dataMap<string | string[]>();
    fields.id = String(i + 1);
    for (const [k, v] of Object.entries(spec)) if (k !== 'raw' && v !== undefined) fields[k] = v;
    return { time: T0 + i * 1000, raw: spec.raw ?? `event ${i + 1}`, fields };
  });
}

/**
 * `columns`: the chunks also give their fields as dictionary codes (`EventChunk.column`), as the
 * stored chunks do.
 */
export async function run(
  evs: readonly PlainEvent[],
  query: string,
  opts: { chunkSize?: number; earliest?: number; latest?: number; columns?: boolean } = {},
): Promise<SearchResult> {
  const memory = fromEvents(evs, { chunkSize: opts.chunkSize ?? 3 });
  const source = opts.columns ? withColumns(memory) : memory;
  return runSearch(query, {
    source,
    tz: 'UTC',
    now: T0 + 3_600_000,
    earliest: opts.earliest,
    latest: opts.latest,
    functions: (name) => TEST_FUNCTIONS.get(name),
  });
}

/**
 * Runs a query with the shared eval function library (not the stand-ins), and lookup tables
 * and macros when given: for tests of Splunk's documented examples.
 */
export async function runReal(
  evs: readonly PlainEvent[],
  query: string,
  opts: Partial<RunOptions> & { tables?: Record<string, ResultSet> } = {},
): Promise<SearchResult> {
  const tables = new Map(Object.entries(opts.tables ?? {}));
  return runSearch(query, {
    source: fromEvents(evs, { chunkSize: 3 }),
    tz: 'UTC',
    now: T0 + 3_600_000,
    lookups: {
      table: (name) => tables.get(name) ?? null,
      names: () => [...tables.keys()],
    },
    ...opts,
  });
}

/** Rows as plain objects, for toEqual against literals. */
export function plain(rows: readonly Row[]): Array<Record<string, unknown>> {
  return rows.map((r) => ({ ...r }));
}

/** The `id` of each result row, in order. */
export async function ids(
  evs: readonly PlainEvent[],
  query: string,
  opts: { columns?: boolean } = {},
): Promise<string[]> {
  const r = await run(evs, query, opts);
  return r.rows.map((row) => String(row.id));
}

/**
 * The source with `column` on every chunk, built from `value` (null for a field some event holds
 * a list of), and `valueReads` counting `value` calls per field, so a test sees which way a
 * search read the fields. Each dictionary also holds a value no event has, as stored ones may.
 */
export function withColumns(
  source: EventSource,
): EventSource & { valueReads: Map<string, number> } {
  const valueReads = new Map<string, number>();
  const wrap = (chunk: EventChunk): EventChunk => {
    const columns = new Map<string, ChunkColumn | null>();
    return {
      info: chunk.info,
      count: chunk.count,
      times: chunk.times,
      value(field, i) {
        valueReads.set(field, (valueReads.get(field) ?? 0) + 1);
        return chunk.value(field, i);
      },
      raw: (i) => chunk.raw(i),
      eventsWithTerm: (term) => chunk.eventsWithTerm(term),
      eventsWithPrefix: (prefix) => chunk.eventsWithPrefix(prefix),
      column(field) {
        if (!columns.has(field)) columns.set(field, columnOf(chunk, field));
        return columns.get(field)!;
      },
    };
  };
  return {
    valueReads,
    chunks: () => source.chunks(),
    load: async (i) => wrap(await source.load(i)),
  };
}

function columnOf(chunk: EventChunk, field: string): ChunkColumn | null {
  const dict = ['value no event has'];
  const codeOf = new Map<string, number>();
  const found: number[] = [];
  for (let i = 0; i < chunk.count; i++) {
    const v = chunk.value(field, i);
    if (Array.isArray(v)) return null;
    if (v === undefined) {
      found.push(-1);
      continue;
    }
    let code = codeOf.get(v);
    if (code === undefined) {
      code = dict.length;
      dict.push(v);
      codeOf.set(v, code);
    }
    found.push(code);
  }
  return { dict, codes: found.map((c) => (c < 0 ? dict.length : c)) };
}
