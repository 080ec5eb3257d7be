import { parseBool } from '../parse/arg-reader';
import type { Pipeline } from '../ast';
import type { ResultSet } from '../values';
import type { AnyCommand, CommandDef } from '../context';

export interface AppendpipeArgs {
  pipeline: Pipeline;
  command(name: string): AnyCommand | undefined;
}

/**
 * `appendpipe [run_in_preview=b] [<subpipeline>]`: runs the subpipeline (commands such as
 * `stats`, no search of its own) on the current results and appends what it gives after them;
 * a summary row under a table.
 */
export const appendpipeCommand: CommandDef<AppendpipeArgs> = {
  name: 'appendpipe',
  meta: {
    syntax: 'appendpipe [run_in_preview=<bool>] [<subpipeline>]',
    description: 'Appends the results of a subpipeline run on the current results.',
    example: '... | stats count by src | appendpipe [stats sum(count) as count | eval src="TOTAL"]',
  },
  parse(r, ctx) {
    const preview = r.readOptions(['run_in_preview']).get('run_in_preview');
    if (preview) parseBool(preview);
    return { pipeline: ctx.parseSubpipeline(r.readSubsearch()), command: ctx.command };
  },
  async run(input, args, ctx) {
    let sub: ResultSet = input;
    for (const node of args.pipeline.commands) {
      const def = args.command(node.name);
      if (!def?.run) throw new Error(`Command '${node.name}' vanished from the registry`);
      sub = await def.run(sub, node.args, ctx);
    }
    const fields = [...input.fields];
    for (const f of sub.fields) if (!fields.includes(f)) fields.push(f);
    return { fields, rows: [...input.rows, ...sub.rows] };
  },
};
