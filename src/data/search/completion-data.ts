import type { CompletionData, FieldCoverage, MacroDefinition, ValueCount } from '../../engine';
import type { WorkbookDB } from '../db/db';
import { storedMacros } from '../macros/macro-store';
import { ChunkCache, openStoredSource } from './stored-source';

/** Top values offered after `field=`, as Splunk's field summary lists them. */
export const TOP_VALUES = 100;

interface Memo {
  key: string;
  fields?: Promise<FieldCoverage[]>;
  values: Map<string, Promise<ValueCount[]>>;
}

/**
 * Completion's view of the datasets in scope, kept in the search worker between keystrokes:
 * field names with the share of events in chunks that hold them (from the chunk summaries, no
 * event read), and a field's top values counted exactly over its column (read once per field,
 * through the worker's chunk cache). Both are remembered until the datasets in scope change.
 */
export class CompletionIndex {
  private memo: Memo = { key: '', values: new Map() };

  constructor(
    private readonly db: WorkbookDB,
    private readonly cache: ChunkCache,
  ) {}

  /** The data for one request; `extraMacros` are a hunt's own. */
  forScope(
    datasetIds: readonly string[],
    extraMacros: readonly MacroDefinition[] = [],
  ): CompletionData {
    const key = [...datasetIds].sort().join('\u0000');
    if (this.memo.key !== key) this.memo = { key, values: new Map() };
    const memo = this.memo;
    return {
      fields: () => (memo.fields ??= this.fieldsOf(datasetIds)),
      values: (field) => {
        let hit = memo.values.get(field);
        if (!hit) {
          hit = this.valuesOf(datasetIds, field);
          memo.values.set(field, hit);
          // A failed read is not remembered: the next keystroke tries again.
          hit.catch(() => memo.values.delete(field));
        }
        return hit;
      },
      macros: async () => [
        ...(await storedMacros(this.db)).map((m) => m.name),
        ...extraMacros.map((m) => m.name),
      ],
    };
  }

  private async fieldsOf(datasetIds: readonly string[]): Promise<FieldCoverage[]> {
    const source = await openStoredSource(this.db, datasetIds, { cache: this.cache });
    const infos = await source.chunks();
    let total = 0;
    const events = new Map<string, number>();
    for (const info of infos) {
      total += info.count;
      for (const f of info.fields) events.set(f, (events.get(f) ?? 0) + info.count);
    }
    return [...events]
      .map(([name, n]) => ({ name, coverage: total === 0 ? 0 : n / total }))
      .sort((a, b) => b.coverage - a.coverage || (a.name < b.name ? -1 : 1));
  }

  private async valuesOf(datasetIds: readonly string[], field: string): Promise<ValueCount[]> {
    const source = await openStoredSource(this.db, datasetIds, {
      cache: this.cache,
      needsRaw: () => false,
      fields: new Set([field]),
    });
    const infos = await source.chunks();
    const counts = new Map<string, number>();
    const add = (v: string, n: number) => counts.set(v, (counts.get(v) ?? 0) + n);
    for (let i = 0; i < infos.length; i++) {
      if (!infos[i].fields.includes(field)) continue;
      const chunk = await source.load(i);
      const column = chunk.column?.(field);
      if (column) {
        // One count per code, then one map update per distinct value of the chunk.
        const perCode = new Uint32Array(column.dict.length + 1);
        const codes = column.codes;
        for (let e = 0; e < codes.length; e++) perCode[codes[e]]++;
        for (let c = 0; c < column.dict.length; c++)
          if (perCode[c]) add(column.dict[c], perCode[c]);
      } else {
        for (let e = 0; e < chunk.count; e++) {
          const v = chunk.value(field, e);
          if (v === undefined) continue;
          for (const one of typeof v === 'string' ? [v] : v) add(one, 1);
        }
      }
    }
    return topValues(counts, TOP_VALUES);
  }
}

const before = (a: ValueCount, b: ValueCount) =>
  a.count > b.count || (a.count === b.count && a.value < b.value);

/**
 * The `k` most frequent values, most frequent first (ties by value): one pass keeping a sorted
 * list of k, so a field with a value per event is not sorted whole.
 */
export function topValues(counts: ReadonlyMap<string, number>, k: number): ValueCount[] {
  const top: ValueCount[] = [];
  for (const [value, count] of counts) {
    const item = { value, count };
    if (top.length === k && !before(item, top[k - 1])) continue;
    let at = top.length;
    while (at > 0 && before(item, top[at - 1])) at--;
    top.splice(at, 0, item);
    if (top.length > k) top.pop();
  }
  return top;
}
