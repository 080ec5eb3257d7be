import { SplError } from '../errors';
import type { SearchExpr } from '../ast';
import type { ChunkInfo, EventChunk } from '../source';
import type { Value } from '../values';
import { candidatesFor, intersect, planTerm, union, type TermPlan } from './term-match';
import { fieldMatches, scalarTest, type ScalarTest } from './value-match';
import { constMap } from '../data-map';

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
  /** The candidates all match (the time range aside): `matches` need not be asked. */
  exact: boolean;
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
  /**
   * A test of one combination of the given fields' values (null: absent), when the search reads
   * nothing but those fields; null when it reads anything else (words, other fields, _time).
   */
  summaryMatch(fields: readonly string[]): ((valueOf: (field: string) => Value) => boolean) | null;
}

type Node =
  | { kind: 'and' | 'or'; items: Node[] }
  | { kind: 'not'; item: Node }
  | { kind: 'text'; plan: TermPlan; id: number }
  | { kind: 'field'; field: string; op: '=' | '!=' | 'cmp'; tests: ScalarTest[]; raw: SearchExpr }
  | { kind: 'all' };
type TextNode = Extract<Node, { kind: 'text' }>;
type FieldNode = Extract<Node, { kind: 'field' }>;

/** A field comparison's answer for event i of a chunk: `holds[codes[i]] === 1`. */
interface CodeTest {
  codes: ArrayLike<number>;
  holds: Uint8Array;
}

/**
 * The events every test holds for: among `among` (ascending) when given, else all of them
 * (the tests' codes are per event).
 */
function passing(tests: readonly CodeTest[], among: readonly number[] | null): number[] {
  const out: number[] = [];
  const n = tests[0].codes.length;
  if (tests.length === 1) {
    const { codes, holds } = tests[0];
    if (among) {
      for (const i of among) if (holds[codes[i]]) out.push(i);
    } else {
      for (let i = 0; i < n; i++) if (holds[codes[i]]) out.push(i);
    }
    return out;
  }
  const holdsAll = (i: number) => {
    for (const { codes, holds } of tests) if (!holds[codes[i]]) return false;
    return true;
  };
  if (among) {
    for (const i of among) if (holdsAll(i)) out.push(i);
  } else {
    for (let i = 0; i < n; i++) if (holdsAll(i)) out.push(i);
  }
  return out;
}

// Fields the store summarises per chunk, so `field=value` on them prunes whole chunks.
const META_FIELDS = constMap<keyof ChunkInfo>({
  index: 'indexes',
  sourcetype: 'sourcetypes',
  host: 'hosts',
  source: 'sources',
});

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
        return {
          kind: 'text',
          plan: planTerm(e.text, e.kind === 'phrase', e.kind === 'term' ? e.modifier : undefined),
          id: termCount++,
        };
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

  const fieldHolds = (n: FieldNode, v: Value): boolean =>
    n.tests.some((t) => fieldMatches(v, n.op === 'cmp' ? '=' : n.op, t));

  const evaluate = (
    n: Node,
    view: EventView,
    text: (n: TextNode) => boolean,
    field: (n: FieldNode) => boolean = (f) => fieldHolds(f, view.field(f.field)),
  ): boolean => {
    switch (n.kind) {
      case 'all':
        return true;
      case 'and':
        for (const x of n.items) if (!evaluate(x, view, text, field)) return false;
        return true;
      case 'or':
        for (const x of n.items) if (evaluate(x, view, text, field)) return true;
        return false;
      case 'not':
        return !evaluate(n.item, view, text, field);
      case 'text':
        return text(n);
      case 'field':
        return field(n);
    }
  };

  /**
   * A comparison on a chunk's column, decided once per distinct value (dictionary code) instead
   * of once per event; null when the chunk cannot give the field as codes (`_time`, `_raw`, a
   * field some event holds a list of, a source without columns).
   */
  const codeTestOf = (n: FieldNode, chunk: EventChunk): CodeTest | null => {
    if (n.field === '_time' || n.field === '_raw' || !chunk.column) return null;
    const column = chunk.column(n.field);
    if (!column) return null;
    const { dict, codes } = column;
    const holds = new Uint8Array(dict.length + 1);
    // A dictionary holds single strings: each is tested as it is, as fieldHolds would test it
    // wrapped in a list, without the list and the closures per value (thousands a chunk for an
    // address or a URL field, every search).
    const { tests } = n;
    const unequal = n.op === '!=';
    for (let c = 0; c < dict.length; c++) {
      const value = dict[c];
      let h = 0;
      for (let k = 0; k < tests.length; k++) {
        if (tests[k](value) !== unequal) {
          h = 1;
          break;
        }
      }
      holds[c] = h;
    }
    // The code of an event without the field reads as null, as the event view gives it.
    holds[dict.length] = fieldHolds(n, null) ? 1 : 0;
    return { codes, holds };
  };

  return {
    time,
    mayMatchChunk: (info) => mayMatch(root, info),
    forChunk(chunk) {
      // Each word's candidate set, looked up once per chunk; null when the index cannot help.
      const sets = new Map<number, { hits: Uint8Array | null; exact: boolean }>();
      // Each comparison's answer per code, when the chunk has the field as codes.
      const codeTests = new Map<FieldNode, CodeTest | null>();
      const candidatesOf = (n: Node): number[] | null => {
        switch (n.kind) {
          case 'field': {
            const test = codeTestOf(n, chunk);
            codeTests.set(n, test);
            return test ? passing([test], null) : null;
          }
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
            // Comparisons on columns are applied together, in one pass over the events (or over
            // what the other items left), not each in a pass of its own and then intersected.
            const tests: CodeTest[] = [];
            let acc: number[] | null = null;
            for (const item of n.items) {
              if (item.kind === 'field') {
                const test = codeTestOf(item, chunk);
                codeTests.set(item, test);
                if (test) tests.push(test);
                continue;
              }
              const c = candidatesOf(item);
              if (c) acc = acc ? intersect(acc, c) : c;
            }
            return tests.length > 0 ? passing(tests, acc) : acc;
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
      // Whether the candidates are the matches (before the time range): each node was decided
      // by codes or an exact term lookup, so testing them again per event would change nothing.
      const decided = (n: Node): boolean => {
        switch (n.kind) {
          case 'field':
            return codeTests.get(n) != null;
          case 'text':
            return sets.get(n.id)?.exact === true;
          case 'and':
          case 'or':
            return n.items.every(decided);
          default:
            return false;
        }
      };
      const exact = candidates !== null && decided(root);
      let at = 0;
      let view: EventView;
      const text = (n: TextNode) => {
        const s = sets.get(n.id);
        if (s?.hits && !s.hits[at]) return false;
        if (s?.exact) return true;
        return n.plan.verify(view.raw());
      };
      const field = (n: FieldNode) => {
        const test = codeTests.get(n);
        return test ? test.holds[test.codes[at]] === 1 : fieldHolds(n, view.field(n.field));
      };
      return {
        candidates,
        exact,
        matches: (i, v) => {
          at = i;
          view = v;
          return evaluate(root, v, text, field);
        },
      };
    },
    matchesRow: (view) => evaluate(root, view, (n) => n.plan.verify(view.raw())),
    summaryMatch(fields) {
      if (!readsOnly(root, fields)) return null;
      return (valueOf) => {
        const view: EventView = {
          field: valueOf,
          raw: () => {
            throw new Error('A summary has no raw text');
          },
        };
        return evaluate(root, view, () => false);
      };
    },
  };
}

/** Whether the search reads nothing but these fields. */
function readsOnly(n: Node, fields: readonly string[]): boolean {
  switch (n.kind) {
    case 'all':
      return true;
    case 'and':
    case 'or':
      return n.items.every((x) => readsOnly(x, fields));
    case 'not':
      return readsOnly(n.item, fields);
    case 'field':
      return fields.includes(n.field);
    case 'text':
      return false;
  }
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
