import { SplError } from '../errors';
import { Evaluator } from '../eval/evaluate';
import { ArgReader } from '../parse/arg-reader';
import { defaultFunctionLookup, parseEvalExpr, type FunctionLookup } from '../parse/eval-parser';
import { blankComments } from '../parse/lexer';
import { CallSyntaxError, findMacroCalls, type MacroCall } from './find-calls';
import { macroKey, MacroSet, type MacroDefinition } from './types';

/** A search with its macros expanded, and the way back from its offsets to the query's. */
export interface MacroExpansion {
  /** The search to parse: the query itself when it calls no macro. */
  text: string;
  /** Keys of the macros used (`sysmon`, `ctime(1)`), nested ones too, in order of first use. */
  used: string[];
  /** Maps an error at offsets of `text` to the query's; inside a macro, to the whole call. */
  mapError<E>(err: E): E;
}

export interface ExpandOptions {
  /** For `iseval` macros: the search's now (epoch ms) and zone, as eval sees them. */
  now?: number;
  tz?: string;
  functions?: FunctionLookup;
}

/** Nesting deeper than this is taken for a runaway definition (Splunk stops too). */
export const MAX_MACRO_DEPTH = 32;
/** Expansions that would grow a search past this many characters are refused. */
export const MAX_EXPANDED_LENGTH = 1_000_000;
/** Nor may one search call macros more often than this, nested calls included. */
export const MAX_MACRO_CALLS = 10_000;

interface Segment {
  /** Start in the expanded text, and length there. */
  out: number;
  outLength: number;
  /** Start in the query, and length there (a copy keeps its length, a call becomes its text). */
  orig: number;
  origLength: number;
  /** The macro whose expansion this is; null for text copied from the query. */
  macro: string | null;
}

/** A problem found while expanding the call at `call`, reported there in the query. */
class ExpandError extends Error {}

/**
 * Replaces every `` `name` `` and `` `name(a, b)` `` of the query by its definition, arguments
 * substituted for `$arg$`, recursively; `iseval` definitions are evaluated first. Comments are
 * left alone. Errors (an undefined macro, a wrong argument count, a cycle) are SplErrors at the
 * call's offsets in the query.
 */
export function expandMacros(
  query: string,
  macros: MacroSet | readonly MacroDefinition[] = [],
  opts: ExpandOptions = {},
): MacroExpansion {
  const blanked = blankComments(query);
  if (!blanked.includes('`')) return identity(query);
  const set = macros instanceof MacroSet ? macros : new MacroSet(macros);
  const expander = new Expander(set, opts);
  let calls: MacroCall[];
  try {
    calls = findMacroCalls(blanked);
  } catch (err) {
    if (err instanceof CallSyntaxError) throw new SplError(err.message, err.start, err);
    throw err;
  }
  const segments: Segment[] = [];
  let text = '';
  let from = 0;
  const copy = (to: number) => {
    if (to > from) {
      segments.push({
        out: text.length,
        outLength: to - from,
        orig: from,
        origLength: to - from,
        macro: null,
      });
      text += query.slice(from, to);
    }
  };
  for (const call of calls) {
    copy(call.start);
    let expanded: string;
    try {
      expanded = expander.expandCall(call, 0, []);
    } catch (err) {
      if (err instanceof ExpandError) {
        throw new SplError(err.message, call.start, { end: call.end });
      }
      throw err;
    }
    // Plain text substitution, as Splunk's: `earliest=`window`` reads as one comparison.
    const piece = expanded;
    segments.push({
      out: text.length,
      outLength: piece.length,
      orig: call.start,
      origLength: call.end - call.start,
      macro: macroKey(call.name, call.args.length),
    });
    text += piece;
    if (text.length > MAX_EXPANDED_LENGTH) {
      throw new SplError(
        `Expanding the macros makes the search longer than ${MAX_EXPANDED_LENGTH} characters`,
        call.start,
        { end: call.end },
      );
    }
    from = call.end;
  }
  copy(query.length);
  return { text, used: expander.used, mapError: (err) => mapError(err, segments, text.length) };
}

function identity(query: string): MacroExpansion {
  return { text: query, used: [], mapError: (err) => err };
}

class Expander {
  readonly used: string[] = [];
  private length = 0;
  private calls = 0;

  constructor(
    private readonly macros: MacroSet,
    private readonly opts: ExpandOptions,
  ) {}

  /** The text a call stands for, its own calls expanded. `stack` holds the callers' keys. */
  expandCall(call: MacroCall, depth: number, stack: readonly string[]): string {
    const key = macroKey(call.name, call.args.length);
    const inside = stack.length > 0 ? ` (called by macro \`${stack[stack.length - 1]}\`)` : '';
    const def = this.macros.get(call.name, call.args.length);
    if (!def) throw new ExpandError(notDefined(call, this.macros.arities(call.name)) + inside);
    if (stack.includes(key)) {
      const chain = [...stack.slice(stack.indexOf(key)), key].map((k) => `\`${k}\``).join(' → ');
      throw new ExpandError(`Macro \`${key}\` calls itself: ${chain}`);
    }
    if (depth >= MAX_MACRO_DEPTH) {
      throw new ExpandError(`Macros nest more than ${MAX_MACRO_DEPTH} levels deep at \`${key}\``);
    }
    if (++this.calls > MAX_MACRO_CALLS) {
      throw new ExpandError(`The search calls macros more than ${MAX_MACRO_CALLS} times`);
    }
    if (!this.used.includes(key)) this.used.push(key);
    const values = new Map(def.args.map((name, i) => [name, call.args[i]]));
    const substitute = (text: string) =>
      text.replace(/\$([A-Za-z0-9_]+)\$/g, (m, name: string) => values.get(name) ?? m);
    if (def.validation) {
      const ok = this.evaluate(substitute(def.validation), key, 'validation');
      if (ok !== true) {
        throw new ExpandError(
          def.errormsg
            ? `Macro \`${key}\`: ${def.errormsg}`
            : `Macro \`${key}\`: invalid arguments`,
        );
      }
    }
    let body = substitute(def.definition);
    if (def.iseval) {
      const v = this.evaluate(body, key, 'definition');
      body = v === null || typeof v === 'boolean' ? String(v ?? '') : String(v);
    }
    return this.expandText(body, depth + 1, [...stack, key]);
  }

  private expandText(body: string, depth: number, stack: readonly string[]): string {
    const blanked = blankComments(body);
    if (!blanked.includes('`')) return this.count(blanked);
    let calls: MacroCall[];
    try {
      calls = findMacroCalls(blanked);
    } catch (err) {
      if (err instanceof CallSyntaxError) {
        throw new ExpandError(`In macro \`${stack[stack.length - 1]}\`: ${err.message}`);
      }
      throw err;
    }
    let out = '';
    let from = 0;
    for (const call of calls) {
      out += this.count(blanked.slice(from, call.start));
      out += this.expandCall(call, depth, stack);
      from = call.end;
    }
    return out + this.count(blanked.slice(from));
  }

  /** Bounds the work of a definition that calls another many times over (a "billion laughs"). */
  private count(text: string): string {
    this.length += text.length;
    if (this.length > MAX_EXPANDED_LENGTH) {
      throw new ExpandError(
        `Expanding the macros makes the search longer than ${MAX_EXPANDED_LENGTH} characters`,
      );
    }
    return text;
  }

  private evaluate(text: string, key: string, what: string) {
    const functions = this.opts.functions ?? defaultFunctionLookup;
    try {
      const r = new ArgReader(text, 0, text.length, 'eval');
      const expr = parseEvalExpr(r, functions);
      r.expectEnd();
      const ctx = {
        now: this.opts.now ?? Date.now(),
        tz: this.opts.tz ?? 'UTC',
        random: () => Math.floor(Math.random() * 0x7fffffff),
      };
      const v = new Evaluator(text, ctx, functions).evaluate(expr, Object.create(null));
      return Array.isArray(v) ? (v[0] ?? null) : v;
    } catch (err) {
      if (err instanceof SplError) {
        throw new ExpandError(
          `Macro \`${key}\`: its ${what} is not a valid eval expression: ${err.message}`,
        );
      }
      throw err;
    }
  }
}

function notDefined(call: MacroCall, arities: number[]): string {
  const key = macroKey(call.name, call.args.length);
  if (arities.length === 0) return `Macro \`${key}\` is not defined`;
  const takes = arities.map((n) => `${n} argument${n === 1 ? '' : 's'}`).join(' or ');
  return `Macro \`${key}\` is not defined: \`${call.name}\` takes ${takes}`;
}

function segmentAt(segments: readonly Segment[], pos: number): Segment {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid].out <= pos) lo = mid;
    else hi = mid - 1;
  }
  return segments[lo];
}

function mapError<E>(err: E, segments: readonly Segment[], length: number): E {
  if (!(err instanceof SplError) || segments.length === 0) return err;
  const clamp = (p: number) => Math.max(0, Math.min(length, p));
  const start = segmentAt(segments, clamp(err.position));
  const last = err.end > err.position ? segmentAt(segments, clamp(err.end - 1)) : start;
  const position = start.macro
    ? start.orig
    : start.orig + Math.min(clamp(err.position) - start.out, start.origLength);
  let end: number;
  if (last.macro) end = last.orig + last.origLength;
  else if (err.end > err.position) end = last.orig + (clamp(err.end - 1) - last.out) + 1;
  else end = position;
  if (start.macro) end = Math.max(end, start.orig + start.origLength);
  const message = start.macro
    ? `${err.message} (in the expansion of macro \`${start.macro}\`)`
    : err.message;
  return new SplError(message, position, { end, expected: err.expected }) as E;
}
