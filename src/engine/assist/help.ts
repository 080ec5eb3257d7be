import { COMMANDS, COMMAND_LIST } from '../commands';
import type { CommandMeta } from '../context';
import { EVAL_FUNCTIONS } from '../eval/functions';
import type { FunctionMeta } from '../eval/function-types';
import { STATS_FUNCTIONS, statsAliasOf } from '../stats/functions';

/**
 * Help and completion entries, read from the registries the engine runs: a command or function
 * the engine does not know is never offered, and its text is the one kept with its code.
 */
export interface CommandHelp extends CommandMeta {
  name: string;
  transforming: boolean;
}

export interface FunctionHelp extends FunctionMeta {
  name: string;
  kind: 'eval' | 'stats';
}

export function commandHelp(name: string): CommandHelp | undefined {
  const def = COMMANDS.get(name.toLowerCase());
  return def && { name: def.name, transforming: def.transforming === true, ...def.meta };
}

/** Every command the engine runs, by name. */
export function allCommands(): CommandHelp[] {
  return COMMAND_LIST.map((c) => commandHelp(c.name)!).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
}

export function evalFunctions(): FunctionHelp[] {
  return [...EVAL_FUNCTIONS.values()].map((f) => ({ name: f.name, kind: 'eval', ...f.meta }));
}

export function statsFunctions(): FunctionHelp[] {
  return STATS_FUNCTIONS.map((f) => ({ name: f.name, kind: 'stats', ...f.meta }));
}

/** Help on a function name as written (`c` is count, `p95` is perc). */
export function functionHelp(name: string, kind: 'eval' | 'stats'): FunctionHelp | undefined {
  const lower = name.toLowerCase();
  if (kind === 'eval') return evalFunctions().find((f) => f.name === lower);
  const canonical =
    statsAliasOf(lower) ?? (/^(?:exact|upper)?p(?:erc)?\d/.test(lower) ? 'perc' : lower);
  return statsFunctions().find((f) => f.name === canonical);
}
