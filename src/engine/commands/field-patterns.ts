import type { Word } from '../parse/arg-reader';
import { wildcardMatcher } from '../search/wildcard';

/**
 * The fields named by a list of names and `*` patterns, in list order, each field once. Exact
 * names are kept even when no row has them (table shows such a column empty, as Splunk does).
 * Field names are case-sensitive.
 */
export function expandFields(patterns: readonly Word[], available: readonly string[]): string[] {
  const out: string[] = [];
  const add = (f: string) => {
    if (!out.includes(f)) out.push(f);
  };
  for (const p of patterns) {
    if (!p.text.includes('*')) add(p.text);
    else {
      const matches = wildcardMatcher(p.text, { caseless: false });
      for (const f of available) if (matches(f)) add(f);
    }
  }
  return out;
}

/** Whether `field` is named by any of the patterns. */
export function fieldNamedBy(patterns: readonly Word[], field: string): boolean {
  return patterns.some((p) =>
    p.text.includes('*') ? wildcardMatcher(p.text, { caseless: false })(field) : p.text === field,
  );
}
