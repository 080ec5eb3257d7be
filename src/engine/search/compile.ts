import { SplError } from '../errors';
import type { SearchExpr } from '../parse/ast';
import type { ChunkInfo, EventChunk } from '../source';
import type { Value } from '../values';
import { candidatesFor, intersect, planTerm, union, type TermPlan } from './term-match';
import { fieldMatches, scalarTest, type ScalarTest } from './value-match';

/** How a compiled search reads one event: a chunk position or a result row. */
export interface EventView {
  field(name: string): Value;
  raw(): string;
}

/** The time bounds written in the search (`earliest=`, `latest=`), epoch ms. */
export interface SearchTimeBounds {
  earliest?: number;
  latest?: number;
}

/** Per-chunk answers of the term index, made once per chunk. */
export interface ChunkTerms {
  /** Positions that can match, ascending; null for "every event". */
  candidates: number[] | null;
  matches(i: number, view: EventView): boolean;
}

/**
 * A search expression compiled once: (a) whether a chunk can hold matches, from its summary,
 * (b) which events of a loaded chunk can, from its term index, (c) whether one event does.
 */
export interface CompiledSearch {
  time: SearchTimeBounds;
  mayMatchChunk(info: ChunkInfo): boolean;
  forChunk(chunk: EventChunk): ChunkTerms;
  /** For rows that are no longer in a chunk (a `search` after other commands). */
  matchesRow(view: EventView): boolean;
}

type Node =
  | { kind: 'and' | 'or'; items: Node[] }
  | { kind: 'not'; item: Node }
  | { kind: 'text'; plan: TermPlan; id: number }
  | { kind: 'field'; field: string; op: '=' | '!=' | 'cmp'; tests: ScalarTest[]; raw: SearchExpr }
  | { kind: 'all' };

// Fields the store summarises per chunk, so `field=value` on them prunes whole chunks.
const META_FIELDS: Record<string, keyof ChunkInfo> = {
  index: 'indexes',
  sourcetype: 'sourcetypes',
  host: 'hosts',
  source: 'sources',
};

export function compileSearch(
  expr: SearchExpr,
  resolveTime: (text: string, position: number) => number,
): CompiledSearch {
  const time: SearchTimeBounds = {};
  let termCount = 0;

  const build = (e: SearchExpr, top: boolean): Node => {
    switch (e.kind) {
      case 'and': {
        const items = e.items.map((x) => build(x, top)).filter((n) => n.kind !== 'all');
        return items.length === 0 ? { kind: 'all' } : { kind: 'and', items };
      }
      case 'or':
        return { kind: 'or', items: e.items.map((x) => build(x, false)) };
      case 'not':
        return { kind: 'not', item: build(e.item, false) };
      case 'all':
        return { kind: 'all' };
      case 'term':
      case 'phrase':
        return { kind: 'text', plan: planTerm(e.text, e.kind === 'phrase'), id: termCount++ };
      case 'in':
        return {
          kind: 'field',
          field: e.field,
          op: '=',
          tests: e.values.map((v) => scalarTest('=', v)),
          raw: e,
        };
      case 'compare': {
        const name = e.field.toLowerCase();
        if (name === 'earliest' || name === 'latest') {
          if (!top || e.op !== '=') {
            throw new SplError(`'${e.field}' must be a plain ${e.field}=<time> term`, e.start, {
              end: e.end,
            });
          }
          time[name] = resolveTime(e.value, e.start);
          return { kind: 'all' };
        }
        const op = e.op === '=' || e.op === '!=' ? e.op : 'cmp';
        return { kind: 'field', field: e.field, op, tests: [scalarTest(e.op, e.value)], raw: e };
      }
    }
  };
  const root = build(expr, true);

  const fieldHolds = (n: Extract<Node, { kind: 'field' }>, v: Value): boolean =>
    n.tests.some((t) => fieldMatches(v, n.op === 'cmp' ? '=' : n.op, t));

  const evaluate = (
    n: Node,
    view: EventView,
    text: (n: Extract<Node, { kind: 'text' }>) => boolean,
  ): boolean => {
    switch (n.kind) {
      case 'all':
        return true;
      case 'and':
        return n.items.every((x) => evaluate(x, view, text));
      case 'or':
        return n.items.some((x) => evaluate(x, view, text));
      case 'not':
        return !evaluate(n.item, view, text);
      case 'text':
        return text(n);
      case 'field':
        return fieldHolds(n, view.field(n.field));
    }
  };

  return {
    time,
    mayMatchChunk: (info) => mayMatch(root, info),
    forChunk(chunk) {
      // Each word's candidate set, looked up once per chunk; null when the index cannot help.
      const sets = new Map<number, { hits: Uint8Array | null; exact: boolean }>();
      const candidatesOf = (n: Node): number[] | null => {
        switch (n.kind) {
          case 'text': {
            const list = candidatesFor(n.plan, chunk);
            let hits: Uint8Array | null = null;
            if (list) {
              hits = new Uint8Array(chunk.count);
              for (const i of list) hits[i] = 1;
            }
            sets.set(n.id, { hits, exact: n.plan.exact && list !== null });
            return list;
          }
          case 'and': {
            let acc: number[] | null = null;
            for (const item of n.items) {
              const c = candidatesOf(item);
              if (c) acc = acc ? intersect(acc, c) : c;
            }
            return acc;
          }
          case 'or': {
            let acc: number[] | null = [];
            for (const item of n.items) {
              const c = candidatesOf(item);
              acc = acc && c ? union(acc, c) : null;
            }
            return acc;
          }
          case 'not':
            candidatesOf(n.item);
            return null;
          default:
            return null;
        }
      };
      const candidates = candidatesOf(root);
      return {
        candidates,
        matches: (i, view) =>
          evaluate(root, view, (n) => {
            const s = sets.get(n.id);
            if (s?.hits && !s.hits[i]) return false;
            if (s?.exact) return true;
            return n.plan.verify(view.raw());
          }),
      };
    },
    matchesRow: (view) => evaluate(root, view, (n) => n.plan.verify(view.raw())),
  };
}

/** False only when the chunk's summary proves no event can match. */
function mayMatch(n: Node, info: ChunkInfo): boolean {
  switch (n.kind) {
    case 'and':
      return n.items.every((x) => mayMatch(x, info));
    case 'or':
      return n.items.some((x) => mayMatch(x, info));
    case 'field': {
      if (n.field === '_time' || n.field === '_raw') return true;
      const listKey = META_FIELDS[n.field];
      if (listKey && n.op === '=') {
        const values = info[listKey] as readonly string[];
        return values.some((v) => n.tests.some((t) => t(v)));
      }
      return info.fields.includes(n.field);
    }
    default:
      return true;
  }
}
