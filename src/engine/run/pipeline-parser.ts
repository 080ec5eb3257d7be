import type { CommandCatalog, ParseContext } from '../context';
import { SplError } from '../errors';
import { ArgReader } from '../parse/arg-reader';
import type { CommandNode, Pipeline } from '../ast';
import { defaultFunctionLookup, type FunctionLookup } from '../parse/eval-parser';
import { blankComments, lexAt, splitCommands } from '../parse/lexer';
import { nested } from '../parse/nesting';

/**
 * Parses a whole query. A query that does not start with `|` starts with an implicit `search`;
 * one that does must start with a command that generates results.
 */
export function parsePipelineText(
  query: string,
  catalog: CommandCatalog,
  functions?: FunctionLookup,
): Pipeline {
  const text = blankComments(query);
  const ctx: ParseContext = {
    query,
    functions: functions ?? defaultFunctionLookup,
    parseSubsearch: (sub) =>
      nested({ start: sub.start, end: sub.end }, () =>
        parseCommands(text, sub.textStart, sub.textStart + sub.text.length, catalog, ctx),
      ),
    parseTemplate: (t) => parseCommands(blankComments(t), 0, t.length, catalog, ctx, true),
    parseSubpipeline: (sub) =>
      parseCommands(text, sub.textStart, sub.textStart + sub.text.length, catalog, ctx, true),
    command: (name) => catalog.get(name),
  };
  return parseCommands(text, 0, text.length, catalog, ctx);
}

function parseCommands(
  text: string,
  from: number,
  to: number,
  catalog: CommandCatalog,
  ctx: ParseContext,
  /** The commands continue a pipeline: no implicit search, the first one takes input. */
  continues = false,
): Pipeline {
  const ranges = splitCommands(text, from, to);
  const first = lexAt(text, ranges[0][0], ranges[0][1], 'search');
  const leadingPipe = first.kind === 'eof' && ranges.length > 1;
  if (first.kind === 'eof' && ranges.length === 1) {
    throw new SplError('Empty search', from, { expected: 'a search' });
  }
  const commands: CommandNode[] = [];
  ranges.forEach(([start, end], i) => {
    if (i === 0 && leadingPipe) return;
    const head = lexAt(text, start, end, 'search');
    if (head.kind === 'eof') {
      throw new SplError(`Missing a search command before '|' at ${end}`, end, {
        expected: 'a command',
      });
    }
    const implicit =
      !continues && i === 0 && !(head.kind === 'word' && head.value.toLowerCase() === 'search');
    const name = implicit ? 'search' : head.value.toLowerCase();
    if (!implicit && head.kind !== 'word') {
      throw new SplError(`Expected a command name, found '${head.text}'`, head.start, {
        end: head.end,
        expected: 'a command',
      });
    }
    const def = catalog.get(name);
    if (!def) {
      const why = catalog.unsupported?.(name);
      const message = why
        ? `Command '${name}' is not supported: ${why}`
        : `Unknown search command '${head.value}'`;
      throw new SplError(message, head.start, { end: head.end });
    }
    const first = !continues && commands.length === 0;
    if (first && !def.generate) {
      throw new SplError(
        `Command '${name}' needs results to work on and cannot start a search`,
        head.start,
        { end: head.end },
      );
    }
    if (!first && !def.run) {
      throw new SplError(`Command '${name}' must be the first command of a search`, head.start, {
        end: head.end,
      });
    }
    const r = new ArgReader(text, implicit ? start : head.end, end, name);
    const args = def.parse(r, ctx);
    r.expectEnd();
    commands.push({ name, args, start: head.start, end });
  });
  return { commands, start: from, end: to };
}
