/**
 * The search engine's public surface: everything outside src/engine imports from here, never
 * from a file inside (lint keeps it so; the engine's own tests may reach further).
 */

// Running a search, and what it reads of a chunked store.
export { SplError, SearchAbortedError, messageOf } from './errors';
export {
  parseSearch,
  runSearch,
  withMacros,
  type RunOptions,
  type SearchResult,
} from './run/run-search';
export { runFastSearch } from './run/fast-search';
export { readPlan, type ReadPlan, type TermNeed } from './run/read-plan';
export { resolveTimeModifier } from './run/time-bounds';
export { resultKind, type ResultKind } from './run/result-kind';
export type { RunCounts } from './context';
// A run's profile, for the inspector.
export {
  CHUNK_OUTCOMES,
  type ChunkOutcome,
  type ChunkTally,
  type CommandProfile,
  type RunProfile,
  type ScanProfile,
} from './profile';
export type { Pipeline, CommandNode, SearchExpr, EvalExpr } from './ast';

// What a search reads: the source contract, and the segmentation its term index must follow.
export {
  fromEvents,
  RawNotLoadedError,
  type EventSource,
  type EventChunk,
  type ChunkColumn,
  type ChunkInfo,
  type ChunkSummary,
  type PlainEvent,
  type StoredValue,
} from './source';
export type { LookupSource } from './lookups';
export { ASCII_CLASS, MAJOR, MINOR } from './text/breakers';
export { splitTerms } from './text/split-terms';

// Results and how they are shown.
export type { ResultSet, Row, Value, Scalar, FieldFormat } from './values';
export { formatCell } from './format';
export { toNumber } from './eval/coerce';
export { SPARKLINE_MARK } from './stats/sparkline';
export { wildcardMatcher } from './search/wildcard';

// Search macros.
export {
  expandMacros,
  parseMacrosConf,
  MacrosConfError,
  MacroSet,
  macroKey,
  type MacroDefinition,
  type MacroExpansion,
  type ConfMacro,
} from './macros';

// Writing searches: completion, help, formatting.
export {
  completeAt,
  type CompletionData,
  type CompletionKind,
  type Completions,
  type FieldCoverage,
  type ValueCount,
} from './assist/complete';
export { commandAt, commandHelp, formatSearch } from './assist';

// Time zones and time formats, which the import and the time pickers share with the search.
export {
  floorToSpan,
  fromLocalMs,
  isValidTimeZone,
  nextBucket,
  strptime,
  zoneOffsetMs,
  ZONE_ABBREVIATIONS,
  type TimeSpan,
} from './time';

// Maps keyed by names from data, without a prototype (see README.md, Data maps).
export {
  adoptDataMap,
  adoptDataMaps,
  constMap,
  dataMap,
  dataMapOf,
  hasKey,
  ownValue,
} from './data-map';
export { canonicalIpv6, ipv6Groups, isIpv4, isIpv6, parseIPv4, parseIPv6 } from './net/ip';
