/**
 * What the text before the cursor asks to be completed. A half-written query does not parse, so
 * this is a tolerant scan of the text up to the cursor (strings, comments, `[ ... ]` and `|` as
 * the lexer reads them), not the parser.
 */
export type AssistContext =
  | { kind: 'command'; from: number; prefix: string }
  | { kind: 'macro'; from: number; prefix: string }
  | { kind: 'value'; from: number; prefix: string; field: string; command: string }
  | {
      kind: 'word';
      from: number;
      prefix: string;
      /** The command the cursor is in (`search` for the implicit one). */
      command: string;
      /** Which functions fit there: eval functions, stats functions, or none. */
      functions: 'eval' | 'stats' | 'none';
    }
  | { kind: 'none' };

// Commands whose arguments are eval expressions, and those that take stats functions before `by`.
const EVAL_COMMANDS = new Set(['eval', 'where', 'fieldformat']);
const STATS_COMMANDS = new Set([
  'stats',
  'eventstats',
  'streamstats',
  'chart',
  'timechart',
  'tstats',
]);
const WORD_CHAR = /[A-Za-z0-9_.:*\-@/]/;

interface Segment {
  /** Where the command's text starts (after `|` or `[`). */
  start: number;
  /** Whether its first word names a command (false for a query's implicit search). */
  named: boolean;
}

/** Scans `query[0, pos)`: the command segment the cursor is in, or a string/macro it is inside. */
function scan(
  query: string,
  pos: number,
): { seg: Segment; open?: 'string' | 'macro' | 'comment'; openAt: number } {
  const stack: Segment[] = [];
  let seg: Segment = { start: 0, named: false };
  let i = 0;
  while (i < pos) {
    const c = query[i];
    if (query.startsWith('```', i)) {
      const close = query.indexOf('```', i + 3);
      if (close < 0 || close + 3 > pos) return { seg, open: 'comment', openAt: i };
      i = close + 3;
    } else if (c === '"') {
      let j = i + 1;
      while (j < pos && query[j] !== '"') j += query[j] === '\\' ? 2 : 1;
      if (j >= pos) return { seg, open: 'string', openAt: i };
      i = j + 1;
    } else if (c === '`') {
      const close = query.indexOf('`', i + 1);
      if (close < 0 || close >= pos) return { seg, open: 'macro', openAt: i };
      i = close + 1;
    } else if (c === '\\') {
      i += 2;
    } else if (c === '[') {
      stack.push(seg);
      seg = { start: i + 1, named: true };
      i++;
    } else if (c === ']') {
      seg = stack.pop() ?? { start: i + 1, named: true };
      i++;
    } else if (c === '|') {
      seg = { start: i + 1, named: true };
      i++;
    } else i++;
  }
  return { seg, openAt: -1 };
}

/** The completion context at `pos` in `query`. */
export function assistContext(query: string, pos: number): AssistContext {
  const { seg, open, openAt } = scan(query, pos);
  if (open === 'comment') return { kind: 'none' };
  if (open === 'macro') {
    const prefix = query.slice(openAt + 1, pos);
    return /^[\w-]*$/.test(prefix) ? { kind: 'macro', from: openAt + 1, prefix } : { kind: 'none' };
  }
  const text = query.slice(seg.start, pos);
  const lead = text.length - text.trimStart().length;
  const body = text.slice(lead);
  const firstWord = /^[A-Za-z_][\w-]*/.exec(body)?.[0] ?? '';
  if (seg.named && (body === firstWord || body === '')) {
    return { kind: 'command', from: seg.start + lead, prefix: body };
  }
  const command = seg.named ? firstWord.toLowerCase() : 'search';
  if (open === 'string') {
    const before = query.slice(seg.start, openAt);
    const field = /([A-Za-z_][\w.:-]*)\s*!?=\s*$/.exec(before)?.[1];
    if (!field) return { kind: 'none' };
    return { kind: 'value', from: openAt, prefix: query.slice(openAt, pos), field, command };
  }
  let from = pos;
  while (from > seg.start && WORD_CHAR.test(query[from - 1])) from--;
  const prefix = query.slice(from, pos);
  const before = query.slice(seg.start, from);
  const valueOf = /([A-Za-z_][\w.:-]*)\s*!?=\s*$/.exec(before);
  // In a search, `field=` asks for a value; in eval, `x=` starts an expression.
  const searching =
    command === 'search' || (!EVAL_COMMANDS.has(command) && !STATS_COMMANDS.has(command));
  if (valueOf && searching) return { kind: 'value', from, prefix, field: valueOf[1], command };
  let functions: 'eval' | 'stats' | 'none' = 'none';
  if (EVAL_COMMANDS.has(command)) functions = 'eval';
  else if (STATS_COMMANDS.has(command) && !/\s(?:by|over)\s/i.test(` ${before}`)) {
    functions = 'stats';
  }
  // eval(...) inside stats and friends takes eval functions.
  if (functions === 'stats' && /\beval\s*\([^)]*$/i.test(before)) functions = 'eval';
  return { kind: 'word', from, prefix, command, functions };
}

/**
 * The command whose text holds `pos` (for help on the command under the cursor): its name and
 * where the name starts, or null in an implicit search's first command.
 */
export function commandAt(query: string, pos: number): { name: string; start: number } | null {
  const { seg } = scan(query, pos);
  if (!seg.named) return { name: 'search', start: 0 };
  // The rest of the name after the cursor counts too: help follows the word being typed.
  const text = query.slice(seg.start);
  const m = /^\s*([A-Za-z_][\w-]*)/.exec(text);
  return m ? { name: m[1].toLowerCase(), start: seg.start + m[0].length - m[1].length } : null;
}
