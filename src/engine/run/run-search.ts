import type { RunContext, RunCounts } from '../context';
import { COMMANDS } from '../commands';
import { throwIfAborted } from '../errors';
import type { CommandNode, Pipeline } from '../ast';
import { defaultFunctionLookup, type FunctionLookup } from '../parse/eval-parser';
import { parsePipelineText } from './pipeline-parser';
import type { LookupSource } from '../lookups';
import { expandMacros, type MacroDefinition, type MacroExpansion } from '../macros';
import type { EventSource } from '../source';
import type { ResultSet, Row } from '../values';
import { Profiler, type RunProfile } from '../profile';
import { resolveTimeModifier } from './time-bounds';

export interface RunOptions {
  source: EventSource;
  /** The time range picker's bounds, epoch ms; earliest inclusive, latest exclusive. */
  earliest?: number;
  latest?: number;
  /** IANA zone of the user, for absolute times and strftime. */
  tz: string;
  /** The search's "now", epoch ms. */
  now: number;
  /** Seedable random for random(); defaults to Math.random. */
  random?: () => number;
  signal?: AbortSignal;
  /** Lookup tables for lookup/inputlookup. */
  lookups?: LookupSource;
  /**
   * Called with each chunk's matching events, in scan order (not yet newest first), when the
   * search is a base search alone, so the UI can show events before the search ends.
   */
  onEvents?(rows: Row[]): void;
  onProgress?(counts: RunCounts): void;
  /** Eval function lookup; defaults to the shared registry. */
  functions?: FunctionLookup;
  /**
   * Search macro definitions (imported `macros.conf`, a hunt's own); later ones with the same
   * name and argument count win. A query calling a macro not here fails at the call.
   */
  macros?: readonly MacroDefinition[];
  /** Record where the time goes (parse, each command, each read of chunks) as `profile`. */
  profile?: boolean;
}

export interface SearchResult extends ResultSet {
  counts: RunCounts;
  /** The macros the query used (`name`, `name(2)`), nested ones too. */
  macros?: string[];
  /** Only when asked (RunOptions.profile). */
  profile?: RunProfile;
}

/**
 * Parses a query, its macros expanded first; throws SplError with the offset of the problem in
 * the query as written.
 */
export function parseSearch(
  query: string,
  functions?: FunctionLookup,
  macros?: readonly MacroDefinition[],
): Pipeline {
  const expansion = expandMacros(query, macros, { functions });
  try {
    return parsePipelineText(expansion.text, COMMANDS, functions);
  } catch (err) {
    throw expansion.mapError(err);
  }
}

/**
 * Runs `fn` on the query with its macros expanded; any error it throws at offsets of the
 * expanded text comes back at the query's.
 */
export async function withMacros<T>(
  query: string,
  opts: Pick<RunOptions, 'macros' | 'functions' | 'now' | 'tz'>,
  fn: (text: string, expansion: MacroExpansion) => Promise<T>,
): Promise<T> {
  const expansion = expandMacros(query, opts.macros, opts);
  try {
    return await fn(expansion.text, expansion);
  } catch (err) {
    throw expansion.mapError(err);
  }
}

/** Parses and runs a query against a source. */
export function runSearch(query: string, opts: RunOptions): Promise<SearchResult> {
  const t0 = opts.profile ? performance.now() : 0;
  return withMacros(query, opts, async (text, expansion) => ({
    ...(await runExpanded(text, opts, t0)),
    macros: expansion.used,
  }));
}

/** `t0`: when the run started (macro expansion included), for the profile. */
async function runExpanded(query: string, opts: RunOptions, t0: number): Promise<SearchResult> {
  const pipeline = parsePipelineText(query, COMMANDS, opts.functions);
  const profiler = opts.profile ? new Profiler(query) : undefined;
  const parseMs = profiler ? performance.now() - t0 : 0;
  const ctx: RunContext = runContext(query, opts, profiler, {
    runPipeline: (p) => {
      const run = () => runPipeline(p, { ...ctx, onEvents: undefined });
      return profiler ? profiler.subsearch(run) : run();
    },
    onEvents: pipeline.commands.length === 1 ? opts.onEvents : undefined,
  });
  const { counts } = ctx;
  const result = await runPipeline(pipeline, ctx);
  if (!profiler) return { ...result, counts };
  const ms = performance.now() - t0;
  return { ...result, counts, profile: { parseMs, fast: false, commands: profiler.commands, ms } };
}

/** A run's context from its options, shared by runSearch and runFastSearch. */
export function runContext(
  query: string,
  opts: RunOptions,
  profiler: Profiler | undefined,
  own: Pick<RunContext, 'runPipeline' | 'onEvents'>,
): RunContext {
  const counts: RunCounts = { scanned: 0, matched: 0, chunksTotal: 0, chunksRead: 0 };
  return {
    query,
    source: opts.source,
    functions: opts.functions ?? defaultFunctionLookup,
    earliest: opts.earliest,
    latest: opts.latest,
    tz: opts.tz,
    now: opts.now,
    random: opts.random ?? (() => Math.floor(Math.random() * 0x7fffffff)),
    signal: opts.signal,
    lookups: opts.lookups,
    counts,
    resolveTime: (text, position) => resolveTimeModifier(text, position, opts.now, opts.tz),
    onProgress: opts.onProgress,
    profile: profiler,
    ...own,
  };
}

/** Runs each command on the previous one's results; the first generates them. */
export async function runPipeline(p: Pipeline, ctx: RunContext): Promise<ResultSet> {
  const [first, ...rest] = p.commands;
  throwIfAborted(ctx.signal);
  if (!first) return { fields: [], rows: [] };
  const def = COMMANDS.get(first.name);
  if (!def) throw new Error(`Command '${first.name}' vanished from the registry`);
  if (!def.generate) throw new Error(`Command '${first.name}' cannot generate results`);
  const end = ctx.profile?.begin(first, null);
  const generated = await def.generate(first.args, ctx);
  end?.(generated.rows.length);
  return runCommands(generated, rest, ctx);
}

/** Runs commands that take input, each on the previous one's results. */
export async function runCommands(
  input: ResultSet,
  nodes: readonly CommandNode[],
  ctx: RunContext,
): Promise<ResultSet> {
  let results = input;
  for (const node of nodes) {
    throwIfAborted(ctx.signal);
    const def = COMMANDS.get(node.name);
    if (!def) throw new Error(`Command '${node.name}' vanished from the registry`);
    if (!def.run) throw new Error(`Command '${node.name}' cannot take input`);
    const end = ctx.profile?.begin(node, results.rows.length);
    const out = await def.run(results, node.args, ctx);
    end?.(out.rows.length);
    // fieldformat formats hold to the end of the search, whatever commands follow (Splunk).
    results = results.formats && !out.formats ? { ...out, formats: results.formats } : out;
  }
  return results;
}
