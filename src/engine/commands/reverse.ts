import type { CommandDef } from './command';

/** `reverse`: the rows in the opposite order. */
export const reverseCommand: CommandDef<null> = {
  name: 'reverse',
  parse: () => null,
  run: (input) => ({ fields: input.fields, rows: [...input.rows].reverse() }),
};
