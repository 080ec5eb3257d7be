import type { RunCounts } from '../../engine/commands/command';
import type { ResultSet, Row } from '../../engine/values';

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
    }
  | { type: 'cancel'; id: number };

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
}

export type FromSearchWorker =
  | { type: 'progress'; id: number; counts: RunCounts }
  | { type: 'events'; id: number; rows: Row[]; counts: RunCounts }
  | { type: 'done'; id: number; result: StoredResult }
  | { type: 'failed'; id: number; failure: SearchFailure }
  | { type: 'cancelled'; id: number };
