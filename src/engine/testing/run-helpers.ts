import type { EvalFunction } from '../eval/function-types';
import { runSearch, type SearchResult } from '../run/run-search';
import { fromEvents, type PlainEvent } from '../source';

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
    const fields: Record<string, string | string[]> = { id: String(i + 1) };
    for (const [k, v] of Object.entries(spec)) if (k !== 'raw' && v !== undefined) fields[k] = v;
    return { time: T0 + i * 1000, raw: spec.raw ?? `event ${i + 1}`, fields };
  });
}

export async function run(
  evs: readonly PlainEvent[],
  query: string,
  opts: { chunkSize?: number; earliest?: number; latest?: number } = {},
): Promise<SearchResult> {
  const source = fromEvents(evs, { chunkSize: opts.chunkSize ?? 3 });
  return runSearch(query, {
    source,
    tz: 'UTC',
    now: T0 + 3_600_000,
    earliest: opts.earliest,
    latest: opts.latest,
    functions: (name) => TEST_FUNCTIONS.get(name),
  });
}

/** The `id` of each result row, in order. */
export async function ids(evs: readonly PlainEvent[], query: string): Promise<string[]> {
  const r = await run(evs, query);
  return r.rows.map((row) => String(row.id));
}
