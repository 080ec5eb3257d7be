import { SplError } from '../errors';
import type { Subsearch } from '../ast';
import { lexAt, type LexMode, type Token } from './lexer';

/** A name as written and where: field names, option values, `as` targets. */
export interface Word {
  text: string;
  start: number;
  end: number;
  /** Written in double quotes (so `*` in it is literal, and keywords are plain words). */
  quoted: boolean;
}

export interface FieldListOptions {
  /** Lower-case words that end the list (by, as, over, ...). */
  stopWords?: readonly string[];
  /** Whether `*` patterns are allowed (table, fields, rename) or refused. */
  wildcards?: boolean;
}

/**
 * Reads one command's arguments, token by token, in whichever lexing mode the command's grammar
 * needs at that point. Every command's parser takes one of these; the helpers below cover the
 * shapes most commands share (options, field lists, `as`, `by`).
 */
export class ArgReader {
  private pos: number;

  constructor(
    /** The whole query (offsets are into it). */
    readonly text: string,
    start: number,
    /** Where this command's text ends (its `|` or the end of the query). */
    readonly limit: number,
    /** The command's name, for error messages. */
    readonly command: string,
  ) {
    this.pos = start;
  }

  get position(): number {
    return this.pos;
  }

  peek(mode: LexMode = 'search'): Token {
    return lexAt(this.text, this.pos, this.limit, mode);
  }

  /** The token after the next one, in the same mode. */
  peek2(mode: LexMode = 'search'): Token {
    const first = this.peek(mode);
    return lexAt(this.text, first.end, this.limit, mode);
  }

  next(mode: LexMode = 'search'): Token {
    const t = this.peek(mode);
    this.pos = t.end;
    return t;
  }

  /**
   * The text up to (not including) the first `stop` character or the command's end, as written
   * and trimmed; for arguments no token mode reads whole (`TERM(user=admin)`).
   */
  readRaw(stop: string): Word {
    let i = this.pos;
    while (i < this.limit && this.text[i] !== stop) i++;
    const raw = this.text.slice(this.pos, i);
    const start = this.pos + (raw.length - raw.trimStart().length);
    this.pos = i;
    return { text: raw.trim(), start, end: start + raw.trim().length, quoted: false };
  }

  atEnd(): boolean {
    return this.peek().kind === 'eof';
  }

  isOp(op: string, mode: LexMode = 'search'): boolean {
    const t = this.peek(mode);
    return t.kind === 'op' && t.value === op;
  }

  /** Whether the next token is the bare word `word` (case-insensitive). */
  isWord(word: string): boolean {
    const t = this.peek();
    return t.kind === 'word' && t.value.toLowerCase() === word;
  }

  takeOp(op: string, mode: LexMode = 'search'): boolean {
    if (!this.isOp(op, mode)) return false;
    this.next(mode);
    return true;
  }

  takeWord(word: string): boolean {
    if (!this.isWord(word)) return false;
    this.next();
    return true;
  }

  expectOp(op: string, mode: LexMode = 'search', opening?: Token): Token {
    const t = this.peek(mode);
    if (t.kind === 'op' && t.value === op) return this.next(mode);
    const closes = opening ? ` to close '${opening.value}' at ${opening.start}` : '';
    throw new SplError(`Expected '${op}'${closes}, found ${describe(t)}`, t.start, {
      end: t.end,
      expected: op,
    });
  }

  /** A word or a quoted string; `what` names it in the error ("a field name"). */
  readWord(what: string): Word {
    const t = this.peek();
    if (t.kind !== 'word' && t.kind !== 'string') {
      throw this.error(`Expected ${what}, found ${describe(t)}`, t, what);
    }
    this.next();
    return { text: t.value, start: t.start, end: t.end, quoted: t.kind === 'string' };
  }

  /**
   * A name that may be written in pieces with no space between: `"Web".*` (what
   * `drop_dm_object_name("Web")` expands to) is the pattern `Web.*`. Quoted if any piece is.
   */
  readJoinedWord(what: string): Word {
    const first = this.readWord(what);
    let { text, end, quoted } = first;
    for (;;) {
      const t = this.peek();
      if (t.start !== end || (t.kind !== 'word' && t.kind !== 'string')) break;
      this.next();
      text += t.value;
      end = t.end;
      quoted ||= t.kind === 'string';
    }
    return { text, start: first.start, end, quoted };
  }

  /** A non-negative integer word, or null (nothing consumed) when the next token is not one. */
  readCount(): number | null {
    const t = this.peek();
    if (t.kind !== 'word' || !/^\d+$/.test(t.value)) return null;
    this.next();
    return Number(t.value);
  }

  /**
   * `name=value` options at the reader's position, for any name in `allowed` (lower-case). Names
   * are matched case-insensitively; a repeated option keeps its last value, as Splunk does.
   */
  readOptions(allowed: readonly string[]): Map<string, Word> {
    const out = new Map<string, Word>();
    for (;;) {
      const t = this.peek();
      if (t.kind !== 'word' || !allowed.includes(t.value.toLowerCase())) break;
      const eq = this.peek2();
      if (eq.kind !== 'op' || eq.value !== '=') break;
      this.next();
      this.next();
      out.set(t.value.toLowerCase(), this.readWord(`a value for ${t.value}`));
    }
    return out;
  }

  /** Field names separated by spaces and/or commas, up to a stop word, an operator or the end. */
  readFieldList(opts: FieldListOptions = {}): Word[] {
    const out: Word[] = [];
    for (;;) {
      this.takeOp(',');
      const t = this.peek();
      if (t.kind !== 'word' && t.kind !== 'string') break;
      if (t.kind === 'word' && opts.stopWords?.includes(t.value.toLowerCase())) break;
      const next = this.peek2();
      if (next.kind === 'op' && next.value === '=') break; // an option follows
      const w = this.readWord('a field name');
      if (!opts.wildcards && w.text.includes('*')) {
        throw new SplError(
          `Wildcards are not allowed in field names of '${this.command}'`,
          w.start,
          {
            end: w.end,
          },
        );
      }
      out.push(w);
    }
    return out;
  }

  /** `by <field list>` if present; [] otherwise. */
  readByClause(stopWords: readonly string[] = []): Word[] {
    if (!this.takeWord('by')) return [];
    const fields = this.readFieldList({ stopWords });
    if (fields.length === 0) throw this.error(`Expected a field name after 'by'`, this.peek());
    return fields;
  }

  /** A `[ ... ]` subsearch, unparsed (see ParseContext.parseSubsearch). */
  readSubsearch(): Subsearch {
    const t = this.peek();
    if (t.kind !== 'subsearch')
      throw this.error(`Expected a subsearch [ ... ], found ${describe(t)}`, t, '[');
    this.next();
    return { text: t.value, textStart: t.start + 1, start: t.start, end: t.end };
  }

  /** `as <name>` if present. */
  readAs(): Word | null {
    return this.takeWord('as') ? this.readWord(`a field name after 'as'`) : null;
  }

  /** Fails when anything is left of the command. */
  expectEnd(): void {
    const t = this.peek();
    if (t.kind !== 'eof') {
      throw this.error(`Unexpected ${describe(t)} in '${this.command}' command`, t);
    }
  }

  error(message: string, at: { start: number; end: number }, expected?: string): SplError {
    return new SplError(message, at.start, { end: at.end, expected });
  }
}

export function describe(t: Token): string {
  return t.kind === 'eof' ? 'the end of the command' : `'${t.text}' at ${t.start}`;
}

/** Parses option text as Splunk booleans: true/false, t/f, 1/0, yes/no. */
export function parseBool(w: Word): boolean {
  const v = w.text.toLowerCase();
  if (['true', 't', '1', 'yes'].includes(v)) return true;
  if (['false', 'f', '0', 'no'].includes(v)) return false;
  throw new SplError(`Expected true or false, found '${w.text}'`, w.start, { end: w.end });
}

export function parseCountWord(w: Word): number {
  if (!/^\d+$/.test(w.text)) {
    throw new SplError(`Expected a whole number, found '${w.text}'`, w.start, { end: w.end });
  }
  return Number(w.text);
}
