/**
 * The parsed search. Every node records where it starts and ends in the query (character
 * offsets), so errors found later (at compile or run time) can still point at the text.
 */

export interface Span {
  start: number;
  end: number;
}

/** A whole search: commands separated by `|`. */
export interface Pipeline extends Span {
  commands: CommandNode[];
}

/**
 * One command. `args` is whatever that command's parser produced; only the command's own module
 * reads it (see commands/index.ts), so adding a command does not touch this file.
 */
export interface CommandNode<A = unknown> extends Span {
  name: string;
  args: A;
}

/**
 * A subsearch `[ ... ]` as written: its text, which `foreach` substitutes into, and where it is.
 * Commands that run it parse it with `ParseContext.parseSubsearch` (offsets stay the query's).
 */
export interface Subsearch extends Span {
  text: string;
  /** Offset of `text` in the query (after the `[`). */
  textStart: number;
}

// ---- search expressions (the `search` command and the base search) ----

export type CompareOp = '=' | '!=' | '<' | '<=' | '>' | '>=';

export type SearchExpr =
  | { kind: 'and'; items: SearchExpr[]; start: number; end: number }
  | { kind: 'or'; items: SearchExpr[]; start: number; end: number }
  | { kind: 'not'; item: SearchExpr; start: number; end: number }
  /**
   * A free-text word matched against the tokens of _raw; may hold `*`. `TERM(x)` must stand
   * between major breakers (spaces, not dots) and `CASE(x)` match with its case.
   */
  | { kind: 'term'; text: string; start: number; end: number; modifier?: 'TERM' | 'CASE' }
  /** A quoted phrase matched against _raw. */
  | { kind: 'phrase'; text: string; start: number; end: number }
  /** field op value; `*` in the value is a wildcard for = and != (quoted or not, as Splunk). */
  | { kind: 'compare'; field: string; op: CompareOp; value: string; start: number; end: number }
  | { kind: 'in'; field: string; values: string[]; start: number; end: number }
  /** Matches everything (`*` alone, or an empty search). */
  | { kind: 'all'; start: number; end: number };

// ---- eval expressions ----

export type BinaryOp =
  | '+'
  | '-'
  | '*'
  | '/'
  | '%'
  | '.'
  | '='
  | '=='
  | '!='
  | '<'
  | '<='
  | '>'
  | '>='
  | 'AND'
  | 'OR'
  | 'XOR'
  | 'LIKE';

export type EvalExpr =
  | { kind: 'number'; value: number; start: number; end: number }
  | { kind: 'string'; value: string; start: number; end: number }
  | { kind: 'field'; name: string; start: number; end: number }
  | { kind: 'unary'; op: '-' | '+' | 'NOT'; arg: EvalExpr; start: number; end: number }
  | { kind: 'binary'; op: BinaryOp; left: EvalExpr; right: EvalExpr; start: number; end: number }
  | { kind: 'call'; name: string; args: EvalExpr[]; start: number; end: number };
