import { assistContext } from './context';
import { allCommands, evalFunctions, statsFunctions } from './help';

/** One field of the datasets in scope: the share of events that have it (0..1). */
export interface FieldCoverage {
  name: string;
  coverage: number;
}

export interface ValueCount {
  value: string;
  count: number;
  /** The count is a lower bound: part of the data was not counted yet (shown as `≥count`). */
  atLeast?: boolean;
}

/** What completion reads from the data; the search worker answers it from its chunk cache. */
export interface CompletionData {
  fields(): FieldCoverage[] | Promise<FieldCoverage[]>;
  values(field: string): ValueCount[] | Promise<ValueCount[]>;
  macros(): readonly string[] | Promise<readonly string[]>;
}

export type CompletionKind = 'command' | 'function' | 'field' | 'value' | 'macro' | 'keyword';

export interface CompletionItem {
  label: string;
  kind: CompletionKind;
  /** Shown beside the label: a syntax, a coverage, a count. */
  detail?: string;
  /** One line under the list for the item selected. */
  info?: string;
  /** The text inserted, when it is not the label (a quoted value, `name(`). */
  apply?: string;
}

export interface Completions {
  /** Where the replaced text starts. */
  from: number;
  items: CompletionItem[];
}

/** More is never read: the list is a guide, not an inventory. */
export const MAX_ITEMS = 200;
const KEYWORDS = ['AND', 'OR', 'NOT', 'by', 'as'];

const startsWith = (name: string, prefix: string) =>
  name.toLowerCase().startsWith(prefix.toLowerCase());

/** Text that a search reads as one value: quoted when it holds a space, a quote or an operator. */
export function quoteValue(value: string): string {
  return /^[^\s"'|()[\]=<>!,`\\]+$/.test(value)
    ? value
    : `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * Completions at `pos` in `query`, as Splunk's search assistant offers them: commands after a
 * pipe (with their syntax), functions where the command takes them, fields with their coverage,
 * a field's top values after `field=`, macro names inside backticks.
 */
export async function completeAt(
  query: string,
  pos: number,
  data: CompletionData,
): Promise<Completions> {
  const ctx = assistContext(query, pos);
  switch (ctx.kind) {
    case 'none':
      return { from: pos, items: [] };
    case 'command':
      return {
        from: ctx.from,
        items: allCommands()
          .filter((c) => startsWith(c.name, ctx.prefix))
          .map((c) => ({ label: c.name, kind: 'command', detail: c.syntax, info: c.description })),
      };
    case 'macro': {
      const names = [...new Set(await data.macros())].sort();
      return {
        from: ctx.from,
        items: names
          .filter((n) => startsWith(n, ctx.prefix))
          .map((n) => ({ label: n, kind: 'macro' as const })),
      };
    }
    case 'value': {
      const quoted = ctx.prefix.startsWith('"');
      const prefix = quoted ? ctx.prefix.slice(1) : ctx.prefix;
      const values = await data.values(ctx.field);
      return {
        from: ctx.from,
        items: values
          .filter((v) => startsWith(v.value, prefix))
          .slice(0, MAX_ITEMS)
          .map((v) => ({
            label: v.value,
            kind: 'value',
            detail: `${v.atLeast ? '≥' : ''}${v.count}`,
            apply: quoted
              ? `"${v.value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
              : quoteValue(v.value),
          })),
      };
    }
    case 'word': {
      const items: CompletionItem[] = [];
      if (ctx.functions !== 'none') {
        const fns = ctx.functions === 'eval' ? evalFunctions() : statsFunctions();
        for (const f of fns) {
          if (!startsWith(f.name, ctx.prefix)) continue;
          items.push({
            label: f.name,
            kind: 'function',
            detail: f.syntax,
            info: f.description,
            apply: `${f.name}(`,
          });
        }
      }
      for (const f of await data.fields()) {
        if (items.length >= MAX_ITEMS) break;
        if (!startsWith(f.name, ctx.prefix)) continue;
        items.push({ label: f.name, kind: 'field', detail: `${Math.round(f.coverage * 100)}%` });
      }
      if (ctx.prefix !== '') {
        for (const k of KEYWORDS) {
          if (startsWith(k, ctx.prefix)) items.push({ label: k, kind: 'keyword' });
        }
      }
      return { from: ctx.from, items };
    }
  }
}
