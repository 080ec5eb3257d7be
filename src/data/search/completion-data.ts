import type { CompletionData, FieldCoverage, MacroDefinition } from '../../engine';
import type { WorkbookDB } from '../db/db';
import { storedMacros } from '../macros/macro-store';
import { FieldValues } from './field-values';
import { ChunkCache, openStoredSource } from './stored-source';

interface Memo {
  key: string;
  fields?: Promise<FieldCoverage[]>;
  values: Map<string, Promise<FieldValues>>;
}

/**
 * Completion's view of the datasets in scope, kept in the search worker between keystrokes:
 * field names with the share of events in chunks that hold them (from the chunk list, no event
 * read), and a field's top values counted exactly, from the value counts stored with each chunk
 * where they list the field whole and from its column elsewhere (field-values.ts). Both are
 * remembered until the datasets in scope change.
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
      values: async (field) => {
        let hit = memo.values.get(field);
        if (!hit) {
          const opened = this.valuesOf(datasetIds, field, () => this.memo === memo);
          hit = opened;
          memo.values.set(field, opened);
          // A failed read is not remembered: the next keystroke tries again.
          const forget = () => memo.values.get(field) === opened && memo.values.delete(field);
          opened.then((fv) => fv.complete.catch(forget), forget);
        }
        return (await hit).answer();
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

  /** A field's values over the datasets in scope; its reading stops once the scope changes. */
  private async valuesOf(
    datasetIds: readonly string[],
    field: string,
    wanted: () => boolean,
  ): Promise<FieldValues> {
    const source = await openStoredSource(this.db, datasetIds, {
      cache: this.cache,
      needsRaw: () => false,
      fields: new Set([field]),
    });
    const infos = await source.chunks();
    const holding: number[] = [];
    infos.forEach((info, i) => info.fields.includes(field) && holding.push(i));
    return new FieldValues(source, holding, field, wanted);
  }
}
