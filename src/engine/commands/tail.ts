import type { CommandDef } from '../context';

/** `tail [N]`: the last N rows (10), in reverse order, as Splunk returns them. */
export const tailCommand: CommandDef<number> = {
  name: 'tail',
  meta: {
    syntax: 'tail [<int>]',
    description: 'Keeps the last N results (10), last first.',
    example: 'sourcetype=ftp | tail 5',
  },
  parse: (r) => r.readCount() ?? 10,
  run(input, n) {
    const rows = n === 0 ? [] : input.rows.slice(-n).reverse();
    return { fields: input.fields, rows };
  },
};
