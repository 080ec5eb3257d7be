import { numberText, toText } from '../eval/coerce';
import type { ResultSet, Row, Scalar } from '../values';
import type { Aggregator } from './aggregation';

export interface Group {
  /** The by-field values of the group, in by-clause order. */
  values: Scalar[];
  states: unknown[];
  /** First-seen order, for stable output where Splunk keeps input order. */
  index: number;
}

const SEP = '\u0001';

function keyPart(v: Scalar): string {
  return typeof v === 'string' ? v : numberText(v);
}

/**
 * Groups rows by the values of the by-fields. The key is the value itself for one field (no
 * allocation for string values, which event fields are), joined text for several. A row missing a
 * by-field belongs to no group; a multivalue by-field puts the row in one group per value, as
 * Splunk does.
 */
export class Grouper {
  readonly groups = new Map<string, Group>();
  private readonly single: Group | null;

  constructor(
    readonly by: readonly string[],
    private readonly newStates: () => unknown[],
  ) {
    this.single = by.length === 0 ? { values: [], states: newStates(), index: 0 } : null;
    if (this.single) this.groups.set('', this.single);
  }

  /** Calls `fn` with each group the row belongs to (none, one, or several). */
  forEachGroup(row: Row, fn: (g: Group) => void): void {
    if (this.single) {
      fn(this.single);
      return;
    }
    if (this.by.length === 1) {
      const v = row[this.by[0]];
      if (v === undefined || v === null) return;
      if (typeof v === 'object') {
        for (const x of new Set(v)) fn(this.get(keyPart(x), [x]));
      } else {
        fn(this.get(keyPart(v), [v]));
      }
      return;
    }
    let combos: Scalar[][] = [[]];
    for (const f of this.by) {
      const v = row[f];
      if (v === undefined || v === null) return;
      const list = typeof v === 'object' ? [...new Set(v)] : [v];
      if (list.length === 0) return;
      combos =
        list.length === 1
          ? combos.map((c) => [...c, list[0]])
          : combos.flatMap((c) => list.map((x) => [...c, x]));
    }
    for (const c of combos) fn(this.get(c.map(keyPart).join(SEP), c));
  }

  /** The row's first group, or null when it has none (eventstats, streamstats). */
  firstGroup(row: Row): Group | null {
    let first: Group | null = null;
    this.forEachGroup(row, (g) => {
      first ??= g;
    });
    return first;
  }

  private get(key: string, values: Scalar[]): Group {
    let g = this.groups.get(key);
    if (!g) {
      g = { values, states: this.newStates(), index: this.groups.size };
      this.groups.set(key, g);
    }
    return g;
  }
}

/**
 * Splunk's order for stats output: by the by-field values, lexicographically (so "10" before
 * "9"); values computed as numbers (bin, eval) compare as numbers.
 */
export function compareGroupValues(a: readonly Scalar[], b: readonly Scalar[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (typeof x === 'number' && typeof y === 'number') {
      if (x !== y) return x < y ? -1 : 1;
      continue;
    }
    const sx = toText(x) ?? '';
    const sy = toText(y) ?? '';
    if (sx !== sy) return sx < sy ? -1 : 1;
  }
  return 0;
}

/** The groups in output order. */
export function sortedGroups(grouper: Grouper): Group[] {
  return [...grouper.groups.values()].sort((a, b) => compareGroupValues(a.values, b.values));
}

/** Output field names in order, each once (a by-field may also be an aggregation's name). */
export function uniqueFields(names: readonly string[]): string[] {
  return [...new Set(names)];
}

/** stats' result: a row per group in output order, its by-field values, then its aggregations. */
export function statsResult(grouper: Grouper, by: readonly string[], agg: Aggregator): ResultSet {
  const rows = sortedGroups(grouper).map((g) => {
    const out: Row = Object.create(null);
    for (let i = 0; i < by.length; i++) out[by[i]] = g.values[i];
    agg.write(g.states, out);
    return out;
  });
  return { fields: uniqueFields([...by, ...agg.names()]), rows };
}
