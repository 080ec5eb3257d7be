import { skipString } from '../parse/lexer';

/** One `` `name(args)` `` in a text: where it is (backticks included) and what it holds. */
export interface MacroCall {
  start: number;
  end: number;
  name: string;
  args: string[];
}

/** A problem with a call, at the call's own offsets in the text it was found in. */
export class CallSyntaxError extends Error {
  constructor(
    message: string,
    readonly start: number,
    readonly end: number,
  ) {
    super(message);
  }
}

const CALL = /^\s*([A-Za-z0-9_][\w.:-]*)\s*(?:\(([\s\S]*)\))?\s*$/;

/**
 * The macro calls of a text whose comments are already blanked. Backticks inside double-quoted
 * strings are text (a regular expression may hold one), not calls.
 */
export function findMacroCalls(text: string): MacroCall[] {
  const calls: MacroCall[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      i = skipString(text, i, text.length);
      continue;
    }
    if (c !== '`') continue;
    const close = text.indexOf('`', i + 1);
    if (close < 0) {
      throw new CallSyntaxError(
        `Unclosed macro call: no closing '\`' after the one at ${i}`,
        i,
        text.length,
      );
    }
    const inner = text.slice(i + 1, close);
    const m = CALL.exec(inner);
    if (!m) {
      throw new CallSyntaxError(
        `Bad macro call \`${inner}\`: expected \`name\` or \`name(argument, ...)\``,
        i,
        close + 1,
      );
    }
    const args = m[2] === undefined ? [] : splitArgs(m[2]);
    calls.push({ start: i, end: close + 1, name: m[1], args });
    i = close;
  }
  return calls;
}

/**
 * Arguments split at commas outside double quotes and parentheses, trimmed; the quotes stay
 * (`drop_dm_object_name("Web")` gives `"Web"`, as Splunk substitutes it). `name()` has none.
 */
function splitArgs(text: string): string[] {
  if (text.trim() === '') return [];
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') i = skipString(text, i, text.length);
    else if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0) {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(text.slice(start).trim());
  return out;
}
