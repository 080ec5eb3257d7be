import type { Completions, MacroDefinition, ResultSet, Row, RunCounts } from '../../engine';
import type { CacheStats } from './stored-source';
import type { EventsSummary, FieldValueCount } from './events-summary';
import type { SearchProfile } from './search-profile';

export type { DatasetChunks, SearchProfile } from './search-profile';
export type {
  EventsSummary,
  FieldSummary,
  FieldValueCount,
  TimelineBucket,
} from './events-summary';

/** Rows an events search sends with `done`; the rest are fetched a page at a time. */
export const FIRST_PAGE_ROWS = 100;

/** What the page asks the search worker. Every message names the search it is about. */
export type ToSearchWorker =
  | {
      type: 'search';
      id: number;
      query: string;
      datasetIds: string[];
      earliest?: number;
      latest?: number;
      tz: string;
      now: number;
      /** Whether the page wants matching events as they are found. */
      stream: boolean;
      /**
       * Keep the full result in the worker and answer with its first page and an events summary
       * (field counts, timeline) instead of every row.
       */
      summarize?: boolean;
      /** Macros beyond the stored ones (a hunt's own), winning over stored ones of that name. */
      macros?: MacroDefinition[];
    }
  | { type: 'cancel'; id: number }
  /** The datasets ready to search: read small ones into the cache ahead of the first search. */
  | { type: 'warm'; datasetIds: string[] }
  | { type: 'page'; id: number; resultId: number; offset: number; limit: number }
  | { type: 'fieldValues'; id: number; resultId: number; field: string; limit?: number }
  | { type: 'release'; resultId: number }
  /** Completions at `pos` in `query`, from the datasets in scope (see completion-data.ts). */
  | {
      type: 'complete';
      id: number;
      query: string;
      pos: number;
      datasetIds: string[];
      macros?: MacroDefinition[];
    };

/** A failure as it crosses to the page; `position`/`end` only for an SplError. */
export interface SearchFailure {
  name: string;
  message: string;
  position?: number;
  end?: number;
  expected?: string;
}

export interface StoredResult extends ResultSet {
  counts: RunCounts;
  /** Whether the column fast path answered. */
  fast: boolean;
  /** Milliseconds the worker spent on the search. */
  ms: number;
  /**
   * Only for a search started with `summarize`: then `rows` holds the first page only, and this
   * counts over every matching event.
   */
  events?: EventsSummary;
  /** The macros the search used (`name`, `name(2)`). */
  macros?: string[];
  /** What the worker's cache holds after the search. */
  cache?: CacheStats;
  /** Where the time went and what was read (the search's inspector). */
  profile?: SearchProfile;
}

export type FromSearchWorker =
  | { type: 'progress'; id: number; counts: RunCounts }
  | { type: 'events'; id: number; rows: Row[]; counts: RunCounts }
  | { type: 'done'; id: number; result: StoredResult }
  | { type: 'failed'; id: number; failure: SearchFailure }
  | { type: 'cancelled'; id: number }
  | { type: 'page'; id: number; rows: Row[] }
  | { type: 'fieldValues'; id: number; values: FieldValueCount[] }
  /** `ms`: the worker's time on the request, for the inspector and the bench. */
  | { type: 'completions'; id: number; completions: Completions; ms: number };
