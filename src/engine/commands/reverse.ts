import type { CommandDef } from '../context';

/** `reverse`: the rows in the opposite order. */
export const reverseCommand: CommandDef<null> = {
  name: 'reverse',
  meta: {
    syntax: 'reverse',
    description: 'Reverses the order of the results.',
    example: 'sourcetype=ftp | head 5 | reverse',
  },
  parse: () => null,
  run: (input) => ({ fields: input.fields, rows: [...input.rows].reverse() }),
};
