import type { CommandNode, Pipeline, SearchExpr } from '../ast';
import {
  parseSearch,
  runCommands,
  runContext,
  withMacros,
  type RunOptions,
  type SearchResult,
} from './run-search';
import { Profiler } from '../profile';
import { compileSearch } from '../search/compile';
import type { AggSpec } from '../stats/agg-spec';
import type { StatsArgs } from '../stats/aggregation';
import type { TimechartArgs } from '../stats/split';
import type { ResultSet } from '../values';
import { fastStats } from '../fast/fast-stats';
import { fastTimechart } from '../fast/fast-timechart';

/**
 * Runs `<base search> | stats count [by f]` and `<base search> | timechart span=<s> count
 * [by f]` without making a row per event: matching events are counted by the by-field's
 * dictionary codes (`EventChunk.column`). Commands after the count that only reshape its rows
 * (`sort`, `eval`, `lookup`, ...) then run as usual. Returns null when the query has another
 * shape, so the caller runs `runSearch`; when it answers, the result is exactly `runSearch`'s.
 */
export function runFastSearch(query: string, opts: RunOptions): Promise<SearchResult | null> {
  const t0 = opts.profile ? performance.now() : 0;
  return withMacros(query, opts, async (text, expansion) => {
    const result = await runFastExpanded(text, opts, t0);
    return result && { ...result, macros: expansion.used };
  });
}

async function runFastExpanded(
  query: string,
  opts: RunOptions,
  t0: number,
): Promise<SearchResult | null> {
  const pipeline = parseSearch(query, opts.functions);
  const plan = fastPlan(pipeline);
  if (!plan) return null;
  const profiler = opts.profile ? new Profiler(query) : undefined;
  const parseMs = profiler ? performance.now() - t0 : 0;
  const ctx = runContext(query, opts, profiler, {
    runPipeline: () => Promise.reject(new Error('No subsearch in a fast search')),
  });
  const { counts } = ctx;
  const [first, second] = pipeline.commands;
  const end = profiler?.begin(first, null);
  const search = compileSearch(plan.search, ctx.resolveTime);
  let result: ResultSet;
  if (plan.kind === 'stats') result = await fastStats(search, plan.args, ctx);
  else result = await fastTimechart(search, plan.args, plan.args.span!, ctx);
  end?.(counts.matched);
  profiler?.countedBy(second, result.rows.length);
  result = await runCommands(result, plan.rest, ctx);
  if (!profiler) return { ...result, counts };
  const ms = performance.now() - t0;
  return { ...result, counts, profile: { parseMs, fast: true, commands: profiler.commands, ms } };
}

type FastPlan = (
  | { kind: 'stats'; search: SearchExpr; args: StatsArgs }
  | { kind: 'timechart'; search: SearchExpr; args: TimechartArgs }
) & {
  /** Commands after the count, run on its rows. */
  rest: CommandNode[];
};

/**
 * Commands that may follow the count: they read only the rows before them, as they would after
 * the same count made from events (a count's rows have no `_raw` and no `_time` either way), and
 * run no subsearch, which a fast search cannot. Left out: those that hold a subsearch or a
 * subpipeline (`search`, `append`, `appendcols`, `appendpipe`, `join`, `multisearch`, `foreach`)
 * and those that read events or write (`tstats`, `metadata`, `inputlookup`, `outputlookup`, ...).
 * The DNS hunt's label entropy (`stats count by query | ... | mvexpand ch | stats count by query
 * n ch | ... | rex ...`) took 488 ms in the search worker the slow way, every event's row made.
 */
const ROW_COMMANDS = new Set([
  'sort',
  'head',
  'tail',
  'reverse',
  'eval',
  'where',
  'fields',
  'table',
  'rename',
  'fillnull',
  'fieldformat',
  'eventstats',
  'streamstats',
  'lookup',
  'dedup',
  'convert',
  'stats',
  'chart',
  'timechart',
  'top',
  'rare',
  'bin',
  'bucket',
  'mvexpand',
  'makemv',
  'rex',
  'regex',
  'spath',
  'fromjson',
  'xyseries',
  'untable',
  'addtotals',
]);

/** Whether the pipeline has a shape the fast path answers exactly. */
export function fastPlan(p: Pipeline): FastPlan | null {
  if (p.commands.length < 2) return null;
  const [first, second, ...rest] = p.commands;
  if (!rest.every((c) => ROW_COMMANDS.has(c.name))) return null;
  if (first.name !== 'search') return null;
  const search = first.args as SearchExpr;
  if (second.name === 'stats') {
    const args = second.args as StatsArgs;
    if (!args.aggs.every(bareCount) || args.by.length > 1) return null;
    if (args.by.length === 1 && !storedField(args.by[0].text)) return null;
    return { kind: 'stats', search, args, rest };
  }
  if (second.name === 'timechart') {
    const args = second.args as TimechartArgs;
    // Without span= the bucket size depends on the events' range; left to timechart.
    if (!args.span || !args.aggs.every(bareCount)) return null;
    if (args.by && !storedField(args.by.text)) return null;
    return { kind: 'timechart', search, args, rest };
  }
  return null;
}

const bareCount = (a: AggSpec) =>
  a.fn.name === 'count' && a.field === null && a.expr === null && !a.sparkline;

// _time and _raw are not columns.
const storedField = (f: string) => f !== '_time' && f !== '_raw';
