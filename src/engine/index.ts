/** The search engine's public surface: parse and run SPL over an EventSource. */
export { SplError, SearchAbortedError, messageOf } from './errors';
export {
  fromEvents,
  type EventSource,
  type EventChunk,
  type ChunkInfo,
  type PlainEvent,
} from './source';
export {
  parseSearch,
  runSearch,
  withMacros,
  type RunOptions,
  type SearchResult,
} from './run/run-search';
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
export { resultKind, type ResultKind } from './run/result-kind';
export type { RunCounts } from './context';
export type { Pipeline, CommandNode, SearchExpr, EvalExpr } from './ast';
export type { ResultSet, Row, Value, Scalar, FieldFormat } from './values';
export { formatCell } from './format';
export { canonicalIpv6, ipv6Groups, isIpv4, isIpv6, parseIPv4, parseIPv6 } from './net/ip';
export type { LookupSource } from './lookups';
