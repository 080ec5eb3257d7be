/**
 * Checks a value against a JSON Schema, for the keywords the hunt schema uses: a small
 * interpreter rather than a general validator (which would compile schemas to code with `new
 * Function`, not allowed under a strict content policy, and word its messages for machines).
 * Each problem has the path of the value it is about, so the caller can give its line.
 *
 * Supported: type (incl. integer), enum, const, pattern, minLength, maxLength, minimum,
 * minItems, items, properties, required, additionalProperties, patternProperties,
 * propertyNames, minProperties, anyOf, oneOf, allOf, if/then, $ref to `#/$defs/...`, and the
 * schemas `true`/`false`; `patternErrorMessage` words a pattern's problem. Anything else in a
 * schema is documentation and is ignored.
 */

import { constMap, hasKey } from '../../engine';

export type Path = (string | number)[];

export interface SchemaProblem {
  path: Path;
  message: string;
}

type Schema = boolean | { readonly [key: string]: unknown };
type SchemaObject = { readonly [key: string]: unknown };

const MAX_PROBLEMS = 200;

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typesOf(s: SchemaObject): string[] {
  if (s.type === undefined) return [];
  return (Array.isArray(s.type) ? s.type : [s.type]) as string[];
}

function hasType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

const NOUN = constMap<string>({
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a map of fields',
  null: 'nothing',
});

function describe(value: unknown): string {
  const type = typeOf(value);
  if (type === 'string') return `text "${String(value).slice(0, 40)}"`;
  if (type === 'number' || type === 'integer' || type === 'boolean') return String(value);
  return NOUN[type] ?? type;
}

/** Edit distance, for "did you mean" on misspelt field names (short names only). */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row[j];
      row[j] = next;
    }
  }
  return row[b.length];
}

function suggestion(name: string, known: string[]): string {
  let best = '';
  let bestD = Infinity;
  for (const k of known) {
    const d = distance(name.toLowerCase(), k.toLowerCase());
    if (d < bestD) [best, bestD] = [k, d];
  }
  return best && bestD <= Math.max(1, Math.floor(name.length / 3))
    ? ` (did you mean "${best}"?)`
    : '';
}

/** Problems of `value` against `root`, at most 200 (the first ones are what an author fixes). */
export function checkSchema(value: unknown, root: SchemaObject): SchemaProblem[] {
  const defs = (root.$defs ?? {}) as Record<string, Schema>;
  const problems: SchemaProblem[] = [];

  const resolve = (schema: Schema): Schema => {
    let s = schema;
    for (let i = 0; typeof s === 'object' && typeof s.$ref === 'string' && i < 20; i++) {
      const ref = s.$ref as string;
      const name = ref.replace(/^#\/\$defs\//, '');
      if (!hasKey(defs, name)) throw new Error(`schema: unknown $ref ${ref}`);
      s = defs[name];
    }
    return s;
  };

  /** Whether `value` passes, without recording problems (for if, anyOf, oneOf). */
  const passes = (v: unknown, schema: Schema): boolean => {
    const out: SchemaProblem[] = [];
    walk(v, schema, [], out);
    return out.length === 0;
  };

  const walk = (v: unknown, schema: Schema, path: Path, out: SchemaProblem[]): void => {
    if (out.length >= MAX_PROBLEMS) return;
    const s = resolve(schema);
    const at = (message: string, where: Path = path): void => {
      out.push({ path: where, message });
    };
    if (s === true) return;
    if (s === false) {
      const name = path[path.length - 1];
      return at(typeof name === 'string' ? `"${name}" is not allowed here` : 'is not allowed here');
    }

    if (s.type !== undefined) {
      const types = typesOf(s);
      if (!types.some((t) => hasType(v, t))) {
        const wanted = types.map((t) => NOUN[t] ?? t).join(' or ');
        return at(`expected ${wanted}, found ${describe(v)}`);
      }
    }
    if (s.const !== undefined && v !== s.const) {
      return at(`expected ${JSON.stringify(s.const)}, found ${describe(v)}`);
    }
    if (Array.isArray(s.enum) && !s.enum.includes(v)) {
      return at(`expected one of ${s.enum.join(', ')}; found ${describe(v)}`);
    }
    if (typeof v === 'string') {
      if (typeof s.minLength === 'number' && [...v].length < s.minLength) {
        at(s.minLength === 1 ? 'is empty' : `is shorter than ${s.minLength} characters`);
      }
      if (typeof s.maxLength === 'number' && [...v].length > s.maxLength) {
        at(`is longer than ${s.maxLength} characters`);
      }
      if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(v)) {
        const wanted = s.patternErrorMessage ?? `text of the form ${s.pattern}`;
        at(`"${v.slice(0, 60)}" is not ${String(wanted)}`);
      }
    }
    if (typeof v === 'number' && typeof s.minimum === 'number' && v < s.minimum) {
      at(`must be at least ${s.minimum}`);
    }
    if (Array.isArray(v)) {
      if (typeof s.minItems === 'number' && v.length < s.minItems) {
        at(s.minItems === 1 ? 'is an empty list' : `needs at least ${s.minItems} items`);
      }
      if (s.items !== undefined) {
        v.forEach((item, i) => walk(item, s.items as Schema, [...path, i], out));
      }
    }
    if (typeOf(v) === 'object') objectKeywords(v as Record<string, unknown>, s, path, out);
    combinators(v, s, path, out);
  };

  const objectKeywords = (
    v: Record<string, unknown>,
    s: SchemaObject,
    path: Path,
    out: SchemaProblem[],
  ) => {
    const props = (s.properties ?? {}) as Record<string, Schema>;
    const patterns = Object.entries((s.patternProperties ?? {}) as Record<string, Schema>).map(
      ([p, schema]) => [new RegExp(p, 'u'), schema] as const,
    );
    const keys = Object.keys(v);
    for (const name of (s.required ?? []) as string[]) {
      if (!Object.hasOwn(v, name)) out.push({ path, message: `"${name}" is missing` });
    }
    if (typeof s.minProperties === 'number' && keys.length < s.minProperties) {
      out.push({ path, message: 'is an empty map' });
    }
    for (const key of keys) {
      const where = [...path, key];
      // The schema's only name rule is for the language maps of texts.
      if (s.propertyNames !== undefined && !passes(key, s.propertyNames as Schema)) {
        out.push({ path: where, message: `"${key}" is not a language code such as en or ja` });
        continue;
      }
      let known = false;
      if (Object.hasOwn(props, key)) {
        known = true;
        walk(v[key], props[key], where, out);
      }
      for (const [re, schema] of patterns) {
        if (re.test(key)) {
          known = true;
          walk(v[key], schema, where, out);
        }
      }
      if (known) continue;
      const extra = s.additionalProperties;
      if (extra === false) {
        out.push({
          path: where,
          message: `unknown field "${key}"${suggestion(key, Object.keys(props))}`,
        });
      } else if (extra !== undefined) walk(v[key], extra as Schema, where, out);
    }
  };

  const combinators = (v: unknown, s: SchemaObject, path: Path, out: SchemaProblem[]) => {
    if (Array.isArray(s.allOf)) for (const sub of s.allOf as Schema[]) walk(v, sub, path, out);
    if (s.if !== undefined && passes(v, s.if as Schema)) {
      if (s.then !== undefined) walk(v, s.then as Schema, path, out);
    }
    if (Array.isArray(s.anyOf)) {
      const branches = s.anyOf as Schema[];
      if (!branches.some((b) => passes(v, b))) {
        // Report the branch made for this kind of value; else say what kinds would do.
        const fitting = branches.filter((b) => {
          const r = resolve(b);
          return typeof r === 'object' && typesOf(r).some((t) => hasType(v, t));
        });
        if (fitting.length === 1) walk(v, fitting[0], path, out);
        else {
          const kinds = branches
            .map((b) => resolve(b))
            .flatMap((r) => (typeof r === 'object' ? typesOf(r).map((t) => NOUN[t] ?? t) : []));
          out.push({ path, message: `expected ${kinds.join(' or ')}, found ${describe(v)}` });
        }
      }
    }
    if (Array.isArray(s.oneOf)) {
      const branches = s.oneOf as Schema[];
      const count = branches.filter((b) => passes(v, b)).length;
      if (count !== 1) {
        const names = branches.flatMap((b) => {
          const r = resolve(b);
          return typeof r === 'object' && Array.isArray(r.required) ? (r.required as string[]) : [];
        });
        out.push({
          path,
          message:
            count === 0
              ? `needs one of ${names.join(', ')}`
              : `has more than one of ${names.join(', ')}; keep one`,
        });
      }
    }
  };

  walk(value, root, [], problems);
  return problems;
}

/** `sections[2].steps[0].id` */
export function pathText(path: Path): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}
