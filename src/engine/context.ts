import type { EvalContext } from './eval/function-types';
import type { ArgReader } from './parse/arg-reader';
import type { Pipeline, Subsearch } from './ast';
import type { FunctionLookup } from './parse/eval-parser';
import type { LookupSource } from './lookups';
import type { Profiler } from './profile';
import type { EventSource } from './source';
import type { ResultSet, Row } from './values';

/** What a command's parser gets besides its arguments. */
export interface ParseContext {
  /** The whole query; node offsets point into it. */
  query: string;
  functions: FunctionLookup;
  /** Parses a `[ ... ]` token's text as a pipeline (append, appendcols, join). */
  parseSubsearch(sub: Subsearch): Pipeline;
  /**
   * Parses SPL that is not in the query as commands that take input (no implicit search):
   * foreach's template once substituted. Offsets are into `text`.
   */
  parseTemplate(text: string): Pipeline;
  /**
   * Parses a `[ ... ]` token's text as commands that take input (appendpipe's subpipeline);
   * offsets stay the query's.
   */
  parseSubpipeline(sub: Subsearch): Pipeline;
  /** A command's definition, for a command that runs a parsed template on its own input. */
  command(name: string): AnyCommand | undefined;
}

/** Counters the run reports back; commands that read events add to them. */
export interface RunCounts {
  /** Events in the chunks the search loaded (after pruning by time and metadata). */
  scanned: number;
  /** Events the base search matched. */
  matched: number;
  chunksTotal: number;
  chunksRead: number;
  /** Chunks whose counts came from their summaries, not their events (counted in chunksRead). */
  summaryChunks?: number;
}

/** What a command's run gets besides its input and arguments. */
export interface RunContext extends EvalContext {
  query: string;
  source: EventSource;
  functions: FunctionLookup;
  /** Lookup tables, when the caller has any. */
  lookups?: LookupSource;
  /** The run's time range, epoch ms; earliest inclusive, latest exclusive. */
  earliest?: number;
  latest?: number;
  /** Turns `earliest=`/`latest=` text into epoch ms (relative to `now`, in `tz`). */
  resolveTime(text: string, position: number): number;
  signal?: AbortSignal;
  counts: RunCounts;
  /** Runs a parsed subsearch with the same source, time range and context. */
  runPipeline(p: Pipeline): Promise<ResultSet>;
  /** Set only when the base search's events are the final results (see runSearch). */
  onEvents?(rows: Row[]): void;
  onProgress?(counts: RunCounts): void;
  /** Records where the run's time goes, when the caller asked (RunOptions.profile). */
  profile?: Profiler;
}

/**
 * What help and completion say about a command, kept with it in the registry: the syntax as
 * Splunk's Search Reference writes it, one line on what it does, an example that runs here, and
 * where it differs from Splunk (absent when it does not).
 */
export interface CommandMeta {
  syntax: string;
  description: string;
  example: string;
  differences?: string;
}

/**
 * One SPL command. `parse` turns the command's text into its own argument object (the AST node
 * keeps it opaque); `run` transforms the results of the previous command; `generate` produces
 * results when the command is first in its pipeline (the base search, inputlookup, makeresults).
 * A command may have both (search).
 */
export interface CommandDef<A> {
  name: string;
  /**
   * Its results are a table, not events: Splunk's search page shows them under Statistics. Set
   * on the transforming commands (stats, chart, timechart, top, rare) and on the others whose
   * results Splunk shows there (table, and the generating inputlookup and makeresults).
   */
  transforming?: boolean;
  /** Its results are buckets of time, shown as a time chart (timechart). */
  timeChart?: boolean;
  parse(r: ArgReader, ctx: ParseContext): A;
  run?(input: ResultSet, args: A, ctx: RunContext): ResultSet | Promise<ResultSet>;
  generate?(args: A, ctx: RunContext): ResultSet | Promise<ResultSet>;
  meta: CommandMeta;
}

/** Erases the argument type for the registry; the runner only pairs a node with its own def. */
export type AnyCommand = CommandDef<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The commands a query may name, as the pipeline parser looks them up. */
export interface CommandCatalog {
  get(name: string): AnyCommand | undefined;
  /** Why a Splunk command is not offered here, for the error; undefined when it is not known. */
  unsupported?(name: string): string | undefined;
}
