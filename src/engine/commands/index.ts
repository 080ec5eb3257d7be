import { constMap, ownValue } from '../data-map';
import type { AnyCommand, CommandCatalog } from '../context';
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
import { tstatsCommand } from './tstats';
import { metadataCommand } from './metadata';
import { eventcountCommand } from './eventcount';
import { spathCommand } from './spath';
import { fromjsonCommand } from './fromjson';
import { xmlkvCommand } from './xmlkv';
import { xpathCommand } from './xpath';
import { joinCommand } from './join';
import { regexCommand } from './regex';
import { appendpipeCommand } from './appendpipe';
import { multisearchCommand } from './multisearch';
import { fromCommand } from './from';
import { outputlookupCommand } from './outputlookup';
import { addtotalsCommand } from './addtotals';
import { xyseriesCommand } from './xyseries';
import { fieldsummaryCommand } from './fieldsummary';
import { iplocationCommand } from './iplocation';
import { untableCommand } from './xyseries';

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
  tstatsCommand,
  metadataCommand,
  eventcountCommand,
  spathCommand,
  fromjsonCommand,
  xmlkvCommand,
  xpathCommand,
  joinCommand,
  regexCommand,
  appendpipeCommand,
  multisearchCommand,
  fromCommand,
  outputlookupCommand,
  addtotalsCommand,
  xyseriesCommand,
  fieldsummaryCommand,
  iplocationCommand,
  untableCommand,
];

/** Splunk commands that cannot work here, and why (the error says so instead of "unknown"). */
const UNSUPPORTED = constMap<string>({
  datamodel: 'there are no CIM data models here; search the events with their own fields',
  pivot: 'there are no CIM data models here',
  collect: 'there are no summary indexes here; outputlookup keeps results as a lookup table',
  sendemail: 'the workbook sends nothing anywhere',
  map: 'running a search per result is not offered; use a subsearch with join or append',
  dbxquery: 'there are no databases here',
  rest: 'there is no Splunk server to ask',
  savedsearch: 'there are no saved searches here',
});

/** Every command, for help and completion. */
export const COMMAND_LIST: readonly AnyCommand[] = BUILT;

const byName = new Map(BUILT.map((c) => [c.name, c]));

export const COMMANDS: CommandCatalog = {
  get: (name) => byName.get(name),
  unsupported: (name) => ownValue(UNSUPPORTED, name),
};
