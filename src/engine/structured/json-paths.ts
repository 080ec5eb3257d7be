/**
 * JSON for spath and fromjson. Values come back as text (numbers as JSON writes them,
 * `true`/`false`, `null`), objects and arrays that a path stops at as their JSON text.
 */

/** One step of a spath location path: `name`, `name{}` (every element), `name{2}` (0-based). */
export interface PathStep {
  name: string;
  indexes: Array<number | 'all' | string>;
}

/** `a.b{}.c{1}` into steps; `{@attr}` (XML attributes) is kept as a string index. */
export function parsePath(path: string): PathStep[] {
  const steps: PathStep[] = [];
  let i = 0;
  let name = '';
  let indexes: PathStep['indexes'] = [];
  const push = () => {
    steps.push({ name, indexes });
    name = '';
    indexes = [];
  };
  while (i < path.length) {
    const c = path[i];
    if (c === '.') {
      push();
      i++;
    } else if (c === '{') {
      const close = path.indexOf('}', i);
      const inner = path.slice(i + 1, close < 0 ? path.length : close).trim();
      if (inner === '') indexes.push('all');
      else if (/^-?\d+$/.test(inner)) indexes.push(Number(inner));
      else indexes.push(inner);
      i = close < 0 ? path.length : close + 1;
    } else {
      name += c;
      i++;
    }
  }
  push();
  return steps;
}

/** Parses JSON text, or returns undefined when it is not JSON. */
export function tryParseJson(text: string): unknown {
  const t = text.trim();
  if (t === '' || (t[0] !== '{' && t[0] !== '[')) return undefined;
  try {
    return JSON.parse(t) as unknown;
  } catch {
    return undefined;
  }
}

export function jsonText(v: unknown): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The values at a path (several with `{}`), as text; empty when the path is not there. */
export function jsonAtPath(root: unknown, steps: readonly PathStep[]): string[] {
  let current: unknown[] = [root];
  for (const step of steps) {
    const next: unknown[] = [];
    for (const v of current) {
      let items: unknown[];
      if (step.name === '') items = [v];
      else items = isObject(v) && Object.hasOwn(v, step.name) ? [v[step.name]] : [];
      for (const index of step.indexes) {
        const out: unknown[] = [];
        for (const item of items) {
          if (!Array.isArray(item)) continue;
          if (index === 'all') out.push(...item);
          else if (typeof index === 'number') {
            const at = index < 0 ? item.length + index : index;
            if (at >= 0 && at < item.length) out.push(item[at]);
          }
        }
        items = out;
      }
      next.push(...items);
    }
    current = next;
  }
  return current.map(jsonText);
}

/**
 * Every leaf under `prefix` as Splunk's auto-extraction names it: `a.b`, arrays as `a{}`
 * (values of all elements gathered, so a field may be multivalue). `limit` bounds how many
 * values are taken, against hostile input.
 */
export function flattenJson(
  v: unknown,
  prefix: string,
  out: Map<string, string[]>,
  limit = 10_000,
): void {
  let taken = 0;
  const walk = (x: unknown, path: string) => {
    if (taken >= limit) return;
    if (Array.isArray(x)) {
      for (const item of x) walk(item, `${path}{}`);
    } else if (isObject(x)) {
      for (const [k, y] of Object.entries(x)) walk(y, path === '' ? k : `${path}.${k}`);
    } else if (path !== '') {
      taken++;
      const list = out.get(path);
      if (list) list.push(jsonText(x));
      else out.set(path, [jsonText(x)]);
    }
  };
  walk(v, prefix);
}
