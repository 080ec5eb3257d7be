/**
 * One search macro, as a `macros.conf` stanza defines it: `[name]` or `[name(2)]` with
 * `definition`, `args`, `iseval`, `validation` and `errormsg`. Plain data, so definitions cross
 * the worker boundary and can come from a hunt file as well as from an imported file.
 */
export interface MacroDefinition {
  name: string;
  /** The argument names, in call order; their count is part of the macro's identity. */
  args: readonly string[];
  definition: string;
  /** The definition is an eval expression whose value (text) is the expansion. */
  iseval?: boolean;
  /** An eval expression over the substituted arguments that must be true, else `errormsg`. */
  validation?: string;
  errormsg?: string;
}

/** `name` for a macro without arguments, `name(2)` with two: the stanza name Splunk keys by. */
export function macroKey(name: string, argCount: number): string {
  return argCount === 0 ? name : `${name}(${argCount})`;
}

/**
 * Definitions by key. Later definitions replace earlier ones with the same key, so a caller can
 * lay a hunt's own macros over the imported ones.
 */
export class MacroSet {
  private readonly byKey = new Map<string, MacroDefinition>();

  constructor(...sources: ReadonlyArray<Iterable<MacroDefinition> | undefined>) {
    for (const source of sources) {
      for (const m of source ?? []) this.byKey.set(macroKey(m.name, m.args.length), m);
    }
  }

  get(name: string, argCount: number): MacroDefinition | undefined {
    return this.byKey.get(macroKey(name, argCount));
  }

  /** The argument counts `name` is defined with, for the error when a call uses another. */
  arities(name: string): number[] {
    const out: number[] = [];
    for (const m of this.byKey.values()) if (m.name === name) out.push(m.args.length);
    return out.sort((a, b) => a - b);
  }

  get size(): number {
    return this.byKey.size;
  }
}
