import { hasKey } from '../data-map';
import { SplError } from '../errors';
import type { BinaryOp, EvalExpr } from '../ast';
import type { Row, EvalValue, Scalar } from '../values';
import { toNumber, toText, valuesOf } from './coerce';
import {
  EvalFunctionError,
  type EvalContext,
  type EvalFunction,
  type LazyArg,
} from './function-types';

type Bindings = Readonly<Record<string, EvalValue>>;

/**
 * Evaluates eval expressions over rows: the one switch over expression kinds. Splunk's rules:
 * arithmetic and `.` with a null operand give null; comparisons with null are false; strings
 * compare case-sensitively; two numbers (or numeric strings) compare as numbers.
 */
export class Evaluator {
  constructor(
    private readonly query: string,
    private readonly ctx: EvalContext,
    private readonly functions: (lowerName: string) => EvalFunction | undefined,
  ) {}

  evaluate(e: EvalExpr, row: Row, bindings?: Bindings): EvalValue {
    switch (e.kind) {
      case 'number':
        return e.value;
      case 'string':
        return e.value;
      case 'field':
        if (bindings && hasKey(bindings, e.name)) return bindings[e.name];
        return row[e.name] ?? null;
      case 'unary': {
        const v = this.evaluate(e.arg, row, bindings);
        if (e.op === 'NOT') return !this.truth(v, 'NOT', e);
        const n = toNumber(v);
        if (n === null) return null;
        return e.op === '-' ? -n : n;
      }
      case 'binary':
        return this.binary(e, row, bindings);
      case 'call':
        return this.call(e, row, bindings);
    }
  }

  /** The expression as a filter (where): true keeps the row. */
  test(e: EvalExpr, row: Row): boolean {
    return this.truth(this.evaluate(e, row), 'where', e);
  }

  private binary(e: Extract<EvalExpr, { kind: 'binary' }>, row: Row, b?: Bindings): EvalValue {
    const op = e.op;
    if (op === 'AND' || op === 'OR') {
      const left = this.truth(this.evaluate(e.left, row, b), op, e.left);
      if (op === 'AND' ? !left : left) return left;
      return this.truth(this.evaluate(e.right, row, b), op, e.right);
    }
    const l = this.evaluate(e.left, row, b);
    const r = this.evaluate(e.right, row, b);
    switch (op) {
      case 'XOR':
        return this.truth(l, op, e.left) !== this.truth(r, op, e.right);
      case '+':
        return plus(l, r);
      case '-':
      case '*':
      case '/':
      case '%':
        return arithmetic(op, l, r);
      case '.': {
        if (l === null || r === null) return null;
        return (toText(l) ?? '') + (toText(r) ?? '');
      }
      case 'LIKE':
        return this.like(l, r, e);
      default:
        return compare(op, l, r);
    }
  }

  private call(e: Extract<EvalExpr, { kind: 'call' }>, row: Row, b?: Bindings): EvalValue {
    const fn = this.functions(e.name.toLowerCase());
    if (!fn) throw new SplError(`Unknown function '${e.name}'`, e.start, { end: e.end });
    try {
      if (fn.lazy) {
        const args: LazyArg[] = e.args.map((arg) => ({
          evaluate: (more) => this.evaluate(arg, row, more ? { ...b, ...more } : b),
          fields: fieldsOf(arg),
          text: this.query.slice(arg.start, arg.end),
          fieldValue: (name) => (b && hasKey(b, name) ? b[name] : (row[name] ?? null)),
        }));
        return fn.call(args, this.ctx);
      }
      return fn.call(
        e.args.map((arg) => this.evaluate(arg, row, b)),
        this.ctx,
      );
    } catch (err) {
      if (err instanceof EvalFunctionError) {
        throw new SplError(`Error in '${e.name}': ${err.message}`, e.start, { end: e.end });
      }
      throw err;
    }
  }

  /** `x LIKE p` is the like() function written as an operator; null (no value) is false. */
  private like(l: EvalValue, r: EvalValue, e: EvalExpr): boolean {
    const fn = this.functions('like');
    if (!fn || fn.lazy) throw new SplError(`Unknown function 'like'`, e.start, { end: e.end });
    return fn.call([l, r], this.ctx) === true;
  }

  /** A boolean operand: booleans as they are, null as false; anything else is a type error. */
  private truth(v: EvalValue, op: string, at: { start: number; end: number }): boolean {
    if (typeof v === 'boolean') return v;
    if (v === null) return false;
    throw new SplError(
      `Type checking failed: '${op}' needs a boolean, got ${JSON.stringify(v)}`,
      at.start,
      { end: at.end },
    );
  }
}

/**
 * Two numbers (or numeric strings) add; two non-numeric strings concatenate, as Splunk; a number
 * and a non-numeric string, or a null, give null.
 */
function plus(l: EvalValue, r: EvalValue): EvalValue {
  const a = toNumber(l);
  const b = toNumber(r);
  if (a !== null && b !== null) return a + b;
  if (a === null && b === null && typeof l === 'string' && typeof r === 'string') return l + r;
  return null;
}

function arithmetic(op: '-' | '*' | '/' | '%', l: EvalValue, r: EvalValue): EvalValue {
  const a = toNumber(l);
  const b = toNumber(r);
  if (a === null || b === null) return null;
  if ((op === '/' || op === '%') && b === 0) return null;
  return op === '-' ? a - b : op === '*' ? a * b : op === '/' ? a / b : a % b;
}

/**
 * `=`, `==`, `!=`, `<`, ...: false when either side is null; a multivalue side holds when any of
 * its values does. Numbers compare numerically, anything else as case-sensitive text.
 */
function compare(op: BinaryOp, l: EvalValue, r: EvalValue): boolean {
  if (l === null || r === null) return false;
  if (typeof l === 'boolean' || typeof r === 'boolean') {
    const same = l === r;
    return op === '!=' ? !same : op === '=' || op === '==' ? same : false;
  }
  if (op === '!=') return !compare('=', l, r);
  const rs = valuesOf(r);
  return valuesOf(l).some((a) => rs.some((b) => compareScalars(op, a, b)));
}

function compareScalars(op: BinaryOp, a: Scalar, b: Scalar): boolean {
  const na = toNumber(a);
  const nb = toNumber(b);
  let c: number;
  if (na !== null && nb !== null) c = na - nb;
  else {
    const ta = toText(a) ?? '';
    const tb = toText(b) ?? '';
    c = ta < tb ? -1 : ta > tb ? 1 : 0;
  }
  switch (op) {
    case '=':
    case '==':
      return c === 0;
    case '<':
      return c < 0;
    case '<=':
      return c <= 0;
    case '>':
      return c > 0;
    default:
      return c >= 0;
  }
}

/** Field names an expression reads, for LazyArg.fields. */
export function fieldsOf(e: EvalExpr, out: string[] = []): string[] {
  switch (e.kind) {
    case 'field':
      if (!out.includes(e.name)) out.push(e.name);
      break;
    case 'unary':
      fieldsOf(e.arg, out);
      break;
    case 'binary':
      fieldsOf(e.left, out);
      fieldsOf(e.right, out);
      break;
    case 'call':
      for (const a of e.args) fieldsOf(a, out);
      break;
    default:
      break;
  }
  return out;
}
