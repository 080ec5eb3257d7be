// Runs an SPL query over Splunk export files with the app's engine and prints the results as one
// JSON document: {"fields":[...],"rows":[{...}]} (multivalue values as arrays, absent values left
// out, _time in epoch seconds).
//
//   npm run --silent spl -- [--data FILE]... [--index NAME] [--lookup NAME=FILE]...
//                           [--macros FILE]... [--tz ZONE] [--earliest T] [--latest T]
//                           [--max-time SECONDS] QUERY
//
// --macros reads a macros.conf; later files win for a macro defined twice.
// Events without an index of their own get --index (default main), as an import in the app does.
//
// Exit codes: 0 results printed; 1 a file could not be read or used (message on stderr);
// 2 the query is wrong ({"error":{"message","position"}} on stdout), or the search ran past
// --max-time (default 60 s; {"error":{"message"}}).
import { parseArgs } from 'node:util';
import { DEFAULT_INDEX, INDEX_NAME_RULES, indexNameProblem } from '../src/data/index-name';
import {
  fromEvents,
  type MacroDefinition,
  type PlainEvent,
  resolveTimeModifier,
  type ResultSet,
  runSearch,
  SplError,
} from '../src/engine';
import { runInWorker, searchStarting } from './spl/in-worker';
import { InputError, readEvents, readLookup, readMacros } from './spl/read-events';

const USAGE =
  'usage: npm run --silent spl -- [--data FILE]... [--index NAME] [--lookup NAME=FILE]... ' +
  '[--macros FILE]... [--tz ZONE] ' +
  '[--earliest T] [--latest T] [--max-time SECONDS] QUERY';

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        data: { type: 'string', multiple: true, default: [] },
        index: { type: 'string', default: DEFAULT_INDEX },
        lookup: { type: 'string', multiple: true, default: [] },
        macros: { type: 'string', multiple: true, default: [] },
        tz: { type: 'string', default: 'UTC' },
        earliest: { type: 'string' },
        latest: { type: 'string' },
        'max-time': { type: 'string', default: '60' },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (err) {
    console.error(`spl: ${(err as Error).message}\n${USAGE}`);
    return 1;
  }
  const { values: opts, positionals } = args;
  if (opts.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length !== 1) {
    console.error(`spl: give exactly one query (quote it)\n${USAGE}`);
    return 1;
  }
  const query = positionals[0];
  const maxTime = Number(opts['max-time']);
  if (!(maxTime > 0 && maxTime <= 2_147_483)) {
    console.error(`spl: --max-time takes a number of seconds, not '${opts['max-time']}'`);
    return 1;
  }
  const tz = opts.tz;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
  } catch {
    console.error(`spl: unknown time zone '${tz}'`);
    return 1;
  }

  const problem = indexNameProblem(opts.index);
  if (problem !== null) {
    console.error(`spl: --index '${opts.index}': ${INDEX_NAME_RULES[problem]}`);
    return 1;
  }

  const events: PlainEvent[] = [];
  const tables = new Map<string, ResultSet>();
  const macros: MacroDefinition[] = [];
  try {
    for (const path of opts.macros) macros.push(...(await readMacros(path)));
    for (const path of opts.data) {
      const read = await readEvents(path, opts.index);
      if (read.skipped > 0) console.error(`spl: ${path}: skipped ${read.skipped} record(s)`);
      if (read.replaced > 0) {
        console.error(
          `spl: ${path}: ${read.replaced} character(s) not valid ${read.encoding}, read as U+FFFD`,
        );
      }
      for (const ev of read.events) events.push(ev);
    }
    for (const spec of opts.lookup) {
      const eq = spec.indexOf('=');
      if (eq <= 0) throw new InputError(`--lookup takes NAME=FILE, not '${spec}'`);
      tables.set(spec.slice(0, eq), await readLookup(spec.slice(eq + 1)));
    }
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    console.error(`spl: ${err.message}`);
    return 1;
  }

  const now = Date.now();
  searchStarting(maxTime * 1000);
  try {
    const time = (text: string | undefined) =>
      text === undefined ? undefined : resolveTimeModifier(text, 0, now, tz);
    const result = await runSearch(query, {
      source: fromEvents(events, { chunkSize: 4096 }),
      tz,
      now,
      earliest: time(opts.earliest),
      latest: time(opts.latest),
      macros,
      lookups: {
        table: (name) => tables.get(name) ?? null,
        names: () => [...tables.keys()],
        // outputlookup: kept for the rest of the run only; nothing is written to disk.
        save: (name, table) => void tables.set(name, table),
      },
    });
    process.stdout.write(JSON.stringify({ fields: result.fields, rows: result.rows }) + '\n');
    return 0;
  } catch (err) {
    if (!(err instanceof SplError)) throw err;
    const error = { message: err.message, position: err.position, end: err.end };
    process.stdout.write(JSON.stringify({ error }) + '\n');
    return 2;
  }
}

runInWorker(import.meta.url, main);
