import type { AggSpec } from './agg-spec';

/**
 * Aggregations over field patterns (`values(*) as *`, `sum(bytes_*) as total_*`) become one per
 * matching input field, in the input's field order; a `*` in the `as` name takes what the
 * pattern's `*` matched, and without `as` each is named `fn(field)`. Internal fields (`_time`,
 * `_raw`) and the by-fields are not matched.
 */
export function expandWildcards(
  specs: readonly AggSpec[],
  fields: readonly string[],
  exclude: readonly string[],
): AggSpec[] {
  if (!specs.some((s) => s.wildcard)) return [...specs];
  const out: AggSpec[] = [];
  for (const s of specs) {
    if (!s.wildcard || s.field === null) {
      out.push(s);
      continue;
    }
    const { call, as } = s.wildcard;
    const re = patternRegExp(s.field);
    for (const f of fields) {
      if (f.startsWith('_') || exclude.includes(f)) continue;
      const m = re.exec(f);
      if (!m) continue;
      let i = 1;
      const name = as === null ? `${call}(${f})` : as.replace(/\*/g, () => m[i++] ?? '');
      out.push({ ...s, field: f, name, wildcard: undefined });
    }
  }
  return out;
}

function patternRegExp(pattern: string): RegExp {
  const parts = pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('(.*)')}$`);
}
