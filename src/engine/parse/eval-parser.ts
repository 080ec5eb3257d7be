import { SplError } from '../errors';
import { EVAL_FUNCTIONS } from '../eval/functions';
import type { EvalFunction } from '../eval/function-types';
import type { ArgReader } from './arg-reader';
import { describe } from './arg-reader';
import type { BinaryOp, EvalExpr } from '../ast';
import type { Token } from './lexer';
import { built, nested } from './nesting';

/** Where the parser looks functions up; tests may pass their own. */
export type FunctionLookup = (lowerName: string) => EvalFunction | undefined;

export const defaultFunctionLookup: FunctionLookup = (name) => EVAL_FUNCTIONS.get(name);

// Lowest to highest, as Splunk documents for eval and where: XOR, OR, AND, NOT, comparisons
// (with LIKE and IN), additive (+ - .), multiplicative, unary minus. Keywords may be written in
// any case (`and`, `like`, `in`), as Splunk accepts in eval and where.
const COMPARE = new Set(['=', '==', '!=', '<', '<=', '>', '>=']);

/**
 * Parses one eval expression at the reader's position. Stops before the first token that cannot
 * continue the expression (a `,` between assignments, the end, a keyword such as `as`); the
 * caller checks what follows.
 */
export function parseEvalExpr(
  r: ArgReader,
  lookup: FunctionLookup = defaultFunctionLookup,
): EvalExpr {
  return new EvalParser(r, lookup).xor();
}

class EvalParser {
  constructor(
    private readonly r: ArgReader,
    private readonly lookup: FunctionLookup,
  ) {}

  xor(): EvalExpr {
    return this.leftAssoc(['XOR'], () => this.or());
  }

  or(): EvalExpr {
    return this.leftAssoc(['OR'], () => this.and());
  }

  and(): EvalExpr {
    return this.leftAssoc(['AND'], () => this.not());
  }

  not(): EvalExpr {
    const t = this.r.peek('eval');
    if (isKeyword(t, 'NOT')) {
      this.r.next('eval');
      const arg = nested(t, () => this.not());
      return built({ kind: 'unary', op: 'NOT', arg, start: t.start, end: arg.end }, [arg], t);
    }
    return this.comparison();
  }

  comparison(): EvalExpr {
    let left = this.additive();
    for (;;) {
      const t = this.r.peek('eval');
      if (isKeyword(t, 'IN') && this.r.peek2('eval').text === '(') {
        left = this.inList(left);
        continue;
      }
      const isLike = isKeyword(t, 'LIKE');
      if (!isLike && !(t.kind === 'op' && COMPARE.has(t.value))) return left;
      this.r.next('eval');
      const right = this.additive();
      const op = (isLike ? 'LIKE' : t.value) as BinaryOp;
      const node: EvalExpr = { kind: 'binary', op, left, right, start: left.start, end: right.end };
      left = built(node, [left, right], t);
    }
  }

  /** `x IN (a, b)`: the `in(x, a, b)` function. */
  inList(left: EvalExpr): EvalExpr {
    this.r.next('eval');
    const open = this.r.next('eval');
    const args = [left];
    if (!this.r.isOp(')', 'eval')) {
      do args.push(this.additive());
      while (this.r.takeOp(',', 'eval'));
    }
    const close = this.r.expectOp(')', 'eval', open);
    if (args.length < 2) {
      throw new SplError(`Expected values in 'IN (...)'`, open.start, { end: close.end });
    }
    return { kind: 'call', name: 'in', args, start: left.start, end: close.end };
  }

  additive(): EvalExpr {
    return this.leftAssoc(['+', '-', '.'], () => this.multiplicative());
  }

  multiplicative(): EvalExpr {
    return this.leftAssoc(['*', '/', '%'], () => this.unary());
  }

  unary(): EvalExpr {
    const t = this.r.peek('eval');
    if (t.kind === 'op' && (t.value === '-' || t.value === '+')) {
      this.r.next('eval');
      const arg = nested(t, () => this.unary());
      return built({ kind: 'unary', op: t.value, arg, start: t.start, end: arg.end }, [arg], t);
    }
    return this.primary();
  }

  primary(): EvalExpr {
    const t = this.r.peek('eval');
    switch (t.kind) {
      case 'number':
        this.r.next('eval');
        return { kind: 'number', value: Number(t.value), start: t.start, end: t.end };
      case 'string':
        this.r.next('eval');
        return { kind: 'string', value: t.value, start: t.start, end: t.end };
      case 'field':
        this.r.next('eval');
        return { kind: 'field', name: t.value, start: t.start, end: t.end };
      case 'word': {
        this.r.next('eval');
        if (this.r.isOp('(', 'eval')) return nested(t, () => this.call(t.value, t.start));
        return { kind: 'field', name: t.value, start: t.start, end: t.end };
      }
      case 'op':
        if (t.value === '(') {
          this.r.next('eval');
          const inner = nested(t, () => this.xor());
          this.r.expectOp(')', 'eval', t);
          return inner;
        }
        break;
      default:
        break;
    }
    throw new SplError(`Expected an expression, found ${describe(t)}`, t.start, {
      end: t.end,
      expected: 'an expression',
    });
  }

  call(name: string, start: number): EvalExpr {
    const open = this.r.next('eval');
    const args: EvalExpr[] = [];
    if (!this.r.isOp(')', 'eval')) {
      do args.push(this.xor());
      while (this.r.takeOp(',', 'eval'));
    }
    const close = this.r.expectOp(')', 'eval', open);
    const fn = this.lookup(name.toLowerCase());
    const span = { start, end: close.end };
    if (!fn) throw new SplError(`Unknown function '${name}'`, start, { end: span.end });
    if (args.length < fn.minArgs || args.length > fn.maxArgs) {
      throw new SplError(
        `Function '${fn.name}' takes ${arity(fn)}, got ${args.length}`,
        start,
        span,
      );
    }
    return built({ kind: 'call', name: fn.name, args, ...span }, args, span);
  }

  private leftAssoc(ops: readonly string[], operand: () => EvalExpr): EvalExpr {
    let left = operand();
    for (;;) {
      const t = this.r.peek('eval');
      const value = t.kind === 'word' ? t.value.toUpperCase() : t.value;
      const isOp = (t.kind === 'op' || t.kind === 'word') && ops.includes(value);
      if (!isOp) return left;
      this.r.next('eval');
      const right = operand();
      const op = value as BinaryOp;
      const node: EvalExpr = { kind: 'binary', op, left, right, start: left.start, end: right.end };
      left = built(node, [left, right], t);
    }
  }
}

function isKeyword(t: Token, upper: string): boolean {
  return t.kind === 'word' && t.value.toUpperCase() === upper;
}

function arity(fn: EvalFunction): string {
  const plural = (n: number) => (n === 1 ? 'argument' : 'arguments');
  if (fn.minArgs === fn.maxArgs) return `${fn.minArgs} ${plural(fn.minArgs)}`;
  if (fn.maxArgs === Infinity) return `at least ${fn.minArgs} ${plural(fn.minArgs)}`;
  if (fn.maxArgs === fn.minArgs + 1) return `${fn.minArgs} or ${fn.maxArgs} arguments`;
  return `${fn.minArgs} to ${fn.maxArgs} arguments`;
}
