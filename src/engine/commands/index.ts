import type { CommandCatalog } from '../parse/pipeline-parser';
import type { AnyCommand } from './command';
import { dedupCommand } from './dedup';
import { evalCommand } from './eval';
import { fieldsCommand } from './fields';
import { headCommand } from './head';
import { renameCommand } from './rename';
import { reverseCommand } from './reverse';
import { searchCommand } from './search';
import { sortCommand } from './sort';
import { tableCommand } from './table';
import { tailCommand } from './tail';
import { whereCommand } from './where';
import { binCommand, bucketCommand } from './bin';
import { chartCommand } from './chart';
import { eventstatsCommand } from './eventstats';
import { statsCommand } from './stats';
import { streamstatsCommand } from './streamstats';
import { timechartCommand } from './timechart';
import { rareCommand, topCommand } from './top';
import { appendCommand } from './append';
import { appendcolsCommand } from './appendcols';
import { convertCommand } from './convert';
import { fieldformatCommand } from './fieldformat';
import { fillnullCommand } from './fillnull';
import { foreachCommand } from './foreach';
import { inputlookupCommand } from './inputlookup';
import { lookupCommand } from './lookup';
import { makemvCommand } from './makemv';
import { makeresultsCommand } from './makeresults';
import { mvexpandCommand } from './mvexpand';
import { rexCommand } from './rex';
import { transactionCommand } from './transaction';

/** Every command the engine runs, one module each. Add new ones here. */
const BUILT: readonly AnyCommand[] = [
  searchCommand,
  whereCommand,
  evalCommand,
  tableCommand,
  fieldsCommand,
  renameCommand,
  sortCommand,
  headCommand,
  tailCommand,
  reverseCommand,
  dedupCommand,
  statsCommand,
  eventstatsCommand,
  streamstatsCommand,
  chartCommand,
  timechartCommand,
  topCommand,
  rareCommand,
  binCommand,
  bucketCommand,
  appendCommand,
  appendcolsCommand,
  foreachCommand,
  fieldformatCommand,
  lookupCommand,
  inputlookupCommand,
  rexCommand,
  transactionCommand,
  mvexpandCommand,
  makemvCommand,
  fillnullCommand,
  convertCommand,
  makeresultsCommand,
];

/** Commands planned for later phases; naming one gives "not supported yet", not "unknown". */
const PLANNED: string[] = [];

const byName = new Map(BUILT.map((c) => [c.name, c]));

export const COMMANDS: CommandCatalog = {
  get: (name) => byName.get(name),
  isPlanned: (name) => PLANNED.includes(name),
};
